from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FsEntry")


@_attrs_define
class FsEntry:
    """A file, directory or symlink in the guest."""

    name: str
    """ Base name. """
    type_: str
    """ Known values `file`, `directory`, `symlink`. """
    size: int
    """ Size in bytes. """
    mtime: datetime.datetime | int
    """ Modification time. Daemons send an RFC 3339 string (the Go SDK cannot decode anything else); the public docs
    show integer Unix seconds. Both are accepted here. """
    mode: str
    """ Permission bits as an octal string, e.g. `0644`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        size = self.size

        mtime: int | str
        if isinstance(self.mtime, datetime.datetime):
            mtime = self.mtime.isoformat()
        else:
            mtime = self.mtime

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "size": size,
                "mtime": mtime,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        size = d.pop("size")

        def _parse_mtime(data: object) -> datetime.datetime | int:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mtime_type_0 = datetime.datetime.fromisoformat(data)

                return mtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | int, data)

        mtime = _parse_mtime(d.pop("mtime"))

        mode = d.pop("mode")

        fs_entry = cls(
            name=name,
            type_=type_,
            size=size,
            mtime=mtime,
            mode=mode,
        )

        fs_entry.additional_properties = d
        return fs_entry

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
