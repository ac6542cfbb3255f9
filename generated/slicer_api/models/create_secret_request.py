from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSecretRequest")


@_attrs_define
class CreateSecretRequest:
    """A new secret."""

    name: str
    """ Secret name. """
    data: str
    """ The value, **base64-encoded** (the daemon answers 400 "invalid base64" otherwise; the Go SDK passes the
    caller's string through, so Go callers encode it themselves). """
    permissions: str | Unset = UNSET
    """ File mode in the VM as an octal string, e.g. `0600`. """
    uid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    gid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data = self.data

        permissions = self.permissions

        uid = self.uid

        gid = self.gid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data": data,
            }
        )
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
        name = d.pop("name")

        data = d.pop("data")

        permissions = d.pop("permissions", UNSET)

        uid = d.pop("uid", UNSET)

        gid = d.pop("gid", UNSET)

        create_secret_request = cls(
            name=name,
            data=data,
            permissions=permissions,
            uid=uid,
            gid=gid,
        )

        create_secret_request.additional_properties = d
        return create_secret_request

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
