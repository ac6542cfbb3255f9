from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MkdirRequest")


@_attrs_define
class MkdirRequest:
    path: str
    """ Directory to create in the guest. """
    recursive: bool | Unset = UNSET
    """ Also create missing parent directories. """
    mode: str | Unset = UNSET
    """ Permission bits as an octal string, e.g. `0755`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        recursive = self.recursive

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if recursive is not UNSET:
            field_dict["recursive"] = recursive
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        recursive = d.pop("recursive", UNSET)

        mode = d.pop("mode", UNSET)

        mkdir_request = cls(
            path=path,
            recursive=recursive,
            mode=mode,
        )

        mkdir_request.additional_properties = d
        return mkdir_request

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
