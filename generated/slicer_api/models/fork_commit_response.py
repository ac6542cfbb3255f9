from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForkCommitResponse")


@_attrs_define
class ForkCommitResponse:
    """A forked child VM."""

    hostname: str
    """ The child VM's hostname. """
    source_hostname: str
    """ The VM the commit was made from. """
    status: str
    """ Known value `forked`. """
    mode: str
    """ Known value `disk`. """
    persistent: bool
    """ Whether the child is persistent. """
    commit_id: str | Unset = UNSET
    """ The commit forked from. """
    parent_status: str | Unset = UNSET
    """ State of the source VM. """
    child_status: str | Unset = UNSET
    """ State of the child, e.g. `running` (with `wait=none`, `starting`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        source_hostname = self.source_hostname

        status = self.status

        mode = self.mode

        persistent = self.persistent

        commit_id = self.commit_id

        parent_status = self.parent_status

        child_status = self.child_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "source_hostname": source_hostname,
                "status": status,
                "mode": mode,
                "persistent": persistent,
            }
        )
        if commit_id is not UNSET:
            field_dict["commit_id"] = commit_id
        if parent_status is not UNSET:
            field_dict["parent_status"] = parent_status
        if child_status is not UNSET:
            field_dict["child_status"] = child_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")

        source_hostname = d.pop("source_hostname")

        status = d.pop("status")

        mode = d.pop("mode")

        persistent = d.pop("persistent")

        commit_id = d.pop("commit_id", UNSET)

        parent_status = d.pop("parent_status", UNSET)

        child_status = d.pop("child_status", UNSET)

        fork_commit_response = cls(
            hostname=hostname,
            source_hostname=source_hostname,
            status=status,
            mode=mode,
            persistent=persistent,
            commit_id=commit_id,
            parent_status=parent_status,
            child_status=child_status,
        )

        fork_commit_response.additional_properties = d
        return fork_commit_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
