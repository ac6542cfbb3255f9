from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret:
    """Metadata of a secret (never its value). Daemons send the modification time as `modified_at` (what the SDKs read);
    the public docs call it `mod_time`. Both are accepted; clients should read `modified_at` and fall back to
    `mod_time`.

    """

    name: str
    """ Secret name. """
    size: int
    """ Size of the value in bytes. """
    permissions: str
    """ File mode in the VM as an octal string, e.g. `0600`. """
    uid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    gid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    modified_at: datetime.datetime | Unset = UNSET
    """ Last modification time (RFC 3339). The name daemons use. """
    mod_time: datetime.datetime | Unset = UNSET
    """ Last modification time under the name the public docs use. Read only when `modified_at` is absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        permissions = self.permissions

        uid = self.uid

        gid = self.gid

        modified_at: str | Unset = UNSET
        if not isinstance(self.modified_at, Unset):
            modified_at = self.modified_at.isoformat()

        mod_time: str | Unset = UNSET
        if not isinstance(self.mod_time, Unset):
            mod_time = self.mod_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
                "permissions": permissions,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if gid is not UNSET:
            field_dict["gid"] = gid
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if mod_time is not UNSET:
            field_dict["mod_time"] = mod_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        size = d.pop("size")

        permissions = d.pop("permissions")

        uid = d.pop("uid", UNSET)

        gid = d.pop("gid", UNSET)

        _modified_at = d.pop("modified_at", UNSET)
        modified_at: datetime.datetime | Unset
        if isinstance(_modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = datetime.datetime.fromisoformat(_modified_at)

        _mod_time = d.pop("mod_time", UNSET)
        mod_time: datetime.datetime | Unset
        if isinstance(_mod_time, Unset):
            mod_time = UNSET
        else:
            mod_time = datetime.datetime.fromisoformat(_mod_time)

        secret = cls(
            name=name,
            size=size,
            permissions=permissions,
            uid=uid,
            gid=gid,
            modified_at=modified_at,
            mod_time=mod_time,
        )

        secret.additional_properties = d
        return secret

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
