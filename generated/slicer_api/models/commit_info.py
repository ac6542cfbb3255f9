from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labels import Labels


T = TypeVar("T", bound="CommitInfo")


@_attrs_define
class CommitInfo:
    """A commit in the catalogue."""

    commit_id: str
    """ Commit id. """
    source_hostname: str
    """ The VM it was committed from. """
    source_host_group: str
    """ That VM's host group. """
    created_at: datetime.datetime
    """ When it was committed (RFC 3339). """
    mode: str
    """ Known value `disk`. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    labels: Labels | Unset = UNSET
    """ Free-form string labels (key to value). """
    cache_key: str | Unset = UNSET
    """ Cache key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commit_id = self.commit_id

        source_hostname = self.source_hostname

        source_host_group = self.source_host_group

        created_at = self.created_at.isoformat()

        mode = self.mode

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        cache_key = self.cache_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit_id": commit_id,
                "source_hostname": source_hostname,
                "source_host_group": source_host_group,
                "created_at": created_at,
                "mode": mode,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels import Labels  # noqa: PLC0415

        d = dict(src_dict)
        commit_id = d.pop("commit_id")

        source_hostname = d.pop("source_hostname")

        source_host_group = d.pop("source_host_group")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        mode = d.pop("mode")

        tags = cast(list[str], d.pop("tags", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: Labels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = Labels.from_dict(_labels)

        cache_key = d.pop("cache_key", UNSET)

        commit_info = cls(
            commit_id=commit_id,
            source_hostname=source_hostname,
            source_host_group=source_host_group,
            created_at=created_at,
            mode=mode,
            tags=tags,
            labels=labels,
            cache_key=cache_key,
        )

        commit_info.additional_properties = d
        return commit_info

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
