from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FsWatchEvent")


@_attrs_define
class FsWatchEvent:
    """One filesystem event, the JSON in the `data` of a watch Server-Sent Event."""

    id: int
    """ Event id (unsigned 64-bit), also sent as the SSE `id:`. When 0, the last SSE `id:` applies. """
    type_: str
    """ Known values `create`, `write`, `remove`, `rename`, `chmod`. """
    path: str
    """ Absolute path in the guest. """
    timestamp: str
    """ When it happened, as an RFC 3339 string with nanoseconds. Kept as a string so no precision is lost. """
    size: int
    """ File size in bytes. """
    is_dir: bool
    """ Whether the path is a directory (camelCase on the wire). """
    message: str | Unset = UNSET
    """ Extra information, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        path = self.path

        timestamp = self.timestamp

        size = self.size

        is_dir = self.is_dir

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "path": path,
                "timestamp": timestamp,
                "size": size,
                "isDir": is_dir,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        path = d.pop("path")

        timestamp = d.pop("timestamp")

        size = d.pop("size")

        is_dir = d.pop("isDir")

        message = d.pop("message", UNSET)

        fs_watch_event = cls(
            id=id,
            type_=type_,
            path=path,
            timestamp=timestamp,
            size=size,
            is_dir=is_dir,
            message=message,
        )

        fs_watch_event.additional_properties = d
        return fs_watch_event

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
