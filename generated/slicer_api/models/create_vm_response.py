from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVMResponse")


@_attrs_define
class CreateVMResponse:
    """The VM that was created (or relaunched)."""

    hostname: str
    """ The new VM's hostname, e.g. `api-1` (group name plus a counter). """
    ip: str
    """ IP address, often in CIDR form (`192.168.137.2/24`); strip the `/24` for the bare address. """
    created_at: datetime.datetime
    """ Creation time (RFC 3339). """
    hostgroup: str | Unset = UNSET
    """ Its host group. """
    arch: str | Unset = UNSET
    """ Architecture. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        ip = self.ip

        created_at = self.created_at.isoformat()

        hostgroup = self.hostgroup

        arch = self.arch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "ip": ip,
                "created_at": created_at,
            }
        )
        if hostgroup is not UNSET:
            field_dict["hostgroup"] = hostgroup
        if arch is not UNSET:
            field_dict["arch"] = arch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")

        ip = d.pop("ip")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        hostgroup = d.pop("hostgroup", UNSET)

        arch = d.pop("arch", UNSET)

        create_vm_response = cls(
            hostname=hostname,
            ip=ip,
            created_at=created_at,
            hostgroup=hostgroup,
            arch=arch,
        )

        create_vm_response.additional_properties = d
        return create_vm_response

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
