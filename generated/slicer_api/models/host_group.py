from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HostGroup")


@_attrs_define
class HostGroup:
    """A host group, the template VMs are created from. (Older docs show `ram_gb` and `vcpu`; daemons send `ram_bytes` and
    `cpus`.)

    """

    name: str
    """ Group name, used in `/hostgroup/{group}/...` paths. """
    count: int
    """ Number of VMs configured at daemon start-up. """
    ram_bytes: int
    """ RAM per VM in bytes (also the most a create may ask for). """
    cpus: int
    """ vCPUs per VM (also the most a create may ask for). """
    arch: str
    """ Architecture, e.g. `amd64` or `arm64`. """
    gpu_count: int
    """ GPUs per VM. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        count = self.count

        ram_bytes = self.ram_bytes

        cpus = self.cpus

        arch = self.arch

        gpu_count = self.gpu_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "count": count,
                "ram_bytes": ram_bytes,
                "cpus": cpus,
                "arch": arch,
                "gpu_count": gpu_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        count = d.pop("count")

        ram_bytes = d.pop("ram_bytes")

        cpus = d.pop("cpus")

        arch = d.pop("arch")

        gpu_count = d.pop("gpu_count")

        host_group = cls(
            name=name,
            count=count,
            ram_bytes=ram_bytes,
            cpus=cpus,
            arch=arch,
            gpu_count=gpu_count,
        )

        host_group.additional_properties = d
        return host_group

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
