from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """A VM as listed by the daemon."""

    hostname: str
    """ The VM's hostname, its canonical id in every `/vm/{hostname}` path. """
    ip: str
    """ IP address, often in CIDR form (`192.168.137.2/24`). """
    created_at: datetime.datetime
    """ Creation time (RFC 3339). """
    status: str
    """ Known values `Running`, `Paused`, `Stopped`. """
    hostgroup: str | Unset = UNSET
    """ The host group the VM belongs to. """
    ram_bytes: int | Unset = UNSET
    """ RAM in bytes. """
    cpus: int | Unset = UNSET
    """ vCPUs. """
    arch: str | Unset = UNSET
    """ Architecture. """
    tags: list[str] | Unset = UNSET
    """ Free-form tags such as `name=web`, `e2e`, `uuid=...`. """
    persistent: bool | Unset = UNSET
    """ The VM's disk is kept after shutdown, so it can be relaunched and committed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        ip = self.ip

        created_at = self.created_at.isoformat()

        status = self.status

        hostgroup = self.hostgroup

        ram_bytes = self.ram_bytes

        cpus = self.cpus

        arch = self.arch

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        persistent = self.persistent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "ip": ip,
                "created_at": created_at,
                "status": status,
            }
        )
        if hostgroup is not UNSET:
            field_dict["hostgroup"] = hostgroup
        if ram_bytes is not UNSET:
            field_dict["ram_bytes"] = ram_bytes
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if arch is not UNSET:
            field_dict["arch"] = arch
        if tags is not UNSET:
            field_dict["tags"] = tags
        if persistent is not UNSET:
            field_dict["persistent"] = persistent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")

        ip = d.pop("ip")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        status = d.pop("status")

        hostgroup = d.pop("hostgroup", UNSET)

        ram_bytes = d.pop("ram_bytes", UNSET)

        cpus = d.pop("cpus", UNSET)

        arch = d.pop("arch", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        persistent = d.pop("persistent", UNSET)

        node = cls(
            hostname=hostname,
            ip=ip,
            created_at=created_at,
            status=status,
            hostgroup=hostgroup,
            ram_bytes=ram_bytes,
            cpus=cpus,
            arch=arch,
            tags=tags,
            persistent=persistent,
        )

        node.additional_properties = d
        return node

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
