from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Info")


@_attrs_define
class Info:
    """Daemon version information. Every field may be left out."""

    version: str | Unset = UNSET
    """ Daemon version. """
    git_commit: str | Unset = UNSET
    """ Git commit the daemon was built from. """
    platform: str | Unset = UNSET
    """ Server operating system, e.g. `linux` or `darwin`. """
    arch: str | Unset = UNSET
    """ Server architecture, e.g. `amd64` or `arm64`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        git_commit = self.git_commit

        platform = self.platform

        arch = self.arch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if git_commit is not UNSET:
            field_dict["git_commit"] = git_commit
        if platform is not UNSET:
            field_dict["platform"] = platform
        if arch is not UNSET:
            field_dict["arch"] = arch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        git_commit = d.pop("git_commit", UNSET)

        platform = d.pop("platform", UNSET)

        arch = d.pop("arch", UNSET)

        info = cls(
            version=version,
            git_commit=git_commit,
            platform=platform,
            arch=arch,
        )

        info.additional_properties = d
        return info

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
