from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vm_network_description import VMNetworkDescription


T = TypeVar("T", bound="VMDescription")


@_attrs_define
class VMDescription:
    """A VM's description: the node fields (see `Node`) at the top level, plus storage, image, commit lineage and network
    policy. Only `hostname` and `network` are guaranteed.

    """

    hostname: str
    """ The VM's hostname. """
    network: VMNetworkDescription
    """ A VM's network configuration and firewall policy. """
    hostgroup: str | Unset = UNSET
    """ The host group. """
    ip: str | Unset = UNSET
    """ IP address, often in CIDR form. """
    ram_bytes: int | Unset = UNSET
    """ RAM in bytes. """
    cpus: int | Unset = UNSET
    """ vCPUs. """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time (RFC 3339). """
    arch: str | Unset = UNSET
    """ Architecture. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    status: str | Unset = UNSET
    """ Known values `Running`, `Paused`, `Stopped`. """
    persistent: bool | Unset = UNSET
    """ The disk is kept after shutdown. """
    storage: str | Unset = UNSET
    """ Storage backend. """
    image: str | Unset = UNSET
    """ Image the VM was created from. """
    commit_id: str | Unset = UNSET
    """ Set when this VM was committed. """
    parent_commit_id: str | Unset = UNSET
    """ Set when this VM was forked from a commit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        network = self.network.to_dict()

        hostgroup = self.hostgroup

        ip = self.ip

        ram_bytes = self.ram_bytes

        cpus = self.cpus

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        arch = self.arch

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        status = self.status

        persistent = self.persistent

        storage = self.storage

        image = self.image

        commit_id = self.commit_id

        parent_commit_id = self.parent_commit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "network": network,
            }
        )
        if hostgroup is not UNSET:
            field_dict["hostgroup"] = hostgroup
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ram_bytes is not UNSET:
            field_dict["ram_bytes"] = ram_bytes
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if arch is not UNSET:
            field_dict["arch"] = arch
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if persistent is not UNSET:
            field_dict["persistent"] = persistent
        if storage is not UNSET:
            field_dict["storage"] = storage
        if image is not UNSET:
            field_dict["image"] = image
        if commit_id is not UNSET:
            field_dict["commit_id"] = commit_id
        if parent_commit_id is not UNSET:
            field_dict["parent_commit_id"] = parent_commit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vm_network_description import VMNetworkDescription  # noqa: PLC0415

        d = dict(src_dict)
        hostname = d.pop("hostname")

        network = VMNetworkDescription.from_dict(d.pop("network"))

        hostgroup = d.pop("hostgroup", UNSET)

        ip = d.pop("ip", UNSET)

        ram_bytes = d.pop("ram_bytes", UNSET)

        cpus = d.pop("cpus", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        arch = d.pop("arch", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        status = d.pop("status", UNSET)

        persistent = d.pop("persistent", UNSET)

        storage = d.pop("storage", UNSET)

        image = d.pop("image", UNSET)

        commit_id = d.pop("commit_id", UNSET)

        parent_commit_id = d.pop("parent_commit_id", UNSET)

        vm_description = cls(
            hostname=hostname,
            network=network,
            hostgroup=hostgroup,
            ip=ip,
            ram_bytes=ram_bytes,
            cpus=cpus,
            created_at=created_at,
            arch=arch,
            tags=tags,
            status=status,
            persistent=persistent,
            storage=storage,
            image=image,
            commit_id=commit_id,
            parent_commit_id=parent_commit_id,
        )

        vm_description.additional_properties = d
        return vm_description

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
