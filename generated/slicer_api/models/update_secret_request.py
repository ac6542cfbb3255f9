from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSecretRequest")


@_attrs_define
class UpdateSecretRequest:
    """Changes to a secret; only the fields given are changed. The Go SDK always sends `data` (even empty), which makes
    "keep the value" unclear; clients should leave `data` out when the value is not being changed.

    """

    data: str | Unset = UNSET
    """ The new value, base64-encoded. """
    permissions: str | Unset = UNSET
    """ File mode as an octal string. """
    uid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    gid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        permissions = self.permissions

        uid = self.uid

        gid = self.gid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if uid is not UNSET:
            field_dict["uid"] = uid
        if gid is not UNSET:
            field_dict["gid"] = gid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        permissions = d.pop("permissions", UNSET)

        uid = d.pop("uid", UNSET)

        gid = d.pop("gid", UNSET)

        update_secret_request = cls(
            data=data,
            permissions=permissions,
            uid=uid,
            gid=gid,
        )

        update_secret_request.additional_properties = d
        return update_secret_request

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
