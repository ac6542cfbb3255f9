from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BackgroundExecStarted")


@_attrs_define
class BackgroundExecStarted:
    """A background exec that was started."""

    exec_id: str
    """ Opaque exec id, e.g. `ex_abc123`. """
    pid: int
    """ Process id in the guest. """
    started_at: datetime.datetime
    """ Start time (RFC 3339). """
    ring_bytes: int
    """ Effective size of the output ring buffer in bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exec_id = self.exec_id

        pid = self.pid

        started_at = self.started_at.isoformat()

        ring_bytes = self.ring_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exec_id": exec_id,
                "pid": pid,
                "started_at": started_at,
                "ring_bytes": ring_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exec_id = d.pop("exec_id")

        pid = d.pop("pid")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        ring_bytes = d.pop("ring_bytes")

        background_exec_started = cls(
            exec_id=exec_id,
            pid=pid,
            started_at=started_at,
            ring_bytes=ring_bytes,
        )

        background_exec_started.additional_properties = d
        return background_exec_started

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
