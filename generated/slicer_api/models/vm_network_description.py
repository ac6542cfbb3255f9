from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_policy import NetworkPolicy


T = TypeVar("T", bound="VMNetworkDescription")


@_attrs_define
class VMNetworkDescription:
    """A VM's network configuration and firewall policy."""

    policy_source: str
    """ Where the effective policy comes from, e.g. `vm`. Other values are possible. """
    host_group: NetworkPolicy
    """ Isolated-network firewall lists. Each list is three-state: left out means "inherit", an empty list `[]`
    means "clear", and a non-empty list replaces. Clients must keep `[]` and "left out" apart. """
    effective: NetworkPolicy
    """ Isolated-network firewall lists. Each list is three-state: left out means "inherit", an empty list `[]`
    means "clear", and a non-empty list replaces. Clients must keep `[]` and "left out" apart. """
    mode: str | Unset = UNSET
    """ Network mode, e.g. `isolated`. """
    override: NetworkPolicy | Unset = UNSET
    """ Isolated-network firewall lists. Each list is three-state: left out means "inherit", an empty list `[]`
    means "clear", and a non-empty list replaces. Clients must keep `[]` and "left out" apart. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_source = self.policy_source

        host_group = self.host_group.to_dict()

        effective = self.effective.to_dict()

        mode = self.mode

        override: dict[str, Any] | Unset = UNSET
        if not isinstance(self.override, Unset):
            override = self.override.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_source": policy_source,
                "host_group": host_group,
                "effective": effective,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if override is not UNSET:
            field_dict["override"] = override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_policy import NetworkPolicy  # noqa: PLC0415

        d = dict(src_dict)
        policy_source = d.pop("policy_source")

        host_group = NetworkPolicy.from_dict(d.pop("host_group"))

        effective = NetworkPolicy.from_dict(d.pop("effective"))

        mode = d.pop("mode", UNSET)

        _override = d.pop("override", UNSET)
        override: NetworkPolicy | Unset
        if isinstance(_override, Unset):
            override = UNSET
        else:
            override = NetworkPolicy.from_dict(_override)

        vm_network_description = cls(
            policy_source=policy_source,
            host_group=host_group,
            effective=effective,
            mode=mode,
            override=override,
        )

        vm_network_description.additional_properties = d
        return vm_network_description

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
