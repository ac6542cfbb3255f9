from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_policy import NetworkPolicy


T = TypeVar("T", bound="ForkCommitRequest")


@_attrs_define
class ForkCommitRequest:
    """Options for a fork. Only the keys that are set are sent; a key left out is inherited or takes the daemon default. No
    `hostname`: the daemon names the child.

    """

    network: NetworkPolicy | Unset = UNSET
    """ Isolated-network firewall lists. Each list is three-state: left out means "inherit", an empty list `[]`
    means "clear", and a non-empty list replaces. Clients must keep `[]` and "left out" apart. """
    tags: list[str] | Unset = UNSET
    """ Tags. Appended to the inherited tags, or replacing them with `tag_mode=replace`. May be `[]`. """
    tag_mode: str | Unset = UNSET
    """ Known values `append` (default) and `replace`. """
    secrets: list[str] | Unset = UNSET
    """ Secret names; replaces the inherited grants. `[]` removes every secret (and its files) from the child. """
    persistent: bool | Unset = UNSET
    """ Whether the child is persistent. Left out means the daemon default. """
    fixups: list[str] | Unset = UNSET
    """ Post-clone fix-ups to run. Known values `hostname`, `machine-id`, `ssh-host-keys`. `[]` turns every fix-up
    off; left out means the daemon default (all, correctness first). """
    vcpu: int | Unset = UNSET
    """ vCPUs, within the source group's limit. Left out (or 0) means inherit. """
    ram_bytes: int | Unset = UNSET
    """ RAM in bytes, within the source group's limit. Left out (or 0) means inherit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tag_mode = self.tag_mode

        secrets: list[str] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets

        persistent = self.persistent

        fixups: list[str] | Unset = UNSET
        if not isinstance(self.fixups, Unset):
            fixups = self.fixups

        vcpu = self.vcpu

        ram_bytes = self.ram_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network is not UNSET:
            field_dict["network"] = network
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tag_mode is not UNSET:
            field_dict["tag_mode"] = tag_mode
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if persistent is not UNSET:
            field_dict["persistent"] = persistent
        if fixups is not UNSET:
            field_dict["fixups"] = fixups
        if vcpu is not UNSET:
            field_dict["vcpu"] = vcpu
        if ram_bytes is not UNSET:
            field_dict["ram_bytes"] = ram_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_policy import NetworkPolicy  # noqa: PLC0415

        d = dict(src_dict)
        _network = d.pop("network", UNSET)
        network: NetworkPolicy | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = NetworkPolicy.from_dict(_network)

        tags = cast(list[str], d.pop("tags", UNSET))

        tag_mode = d.pop("tag_mode", UNSET)

        secrets = cast(list[str], d.pop("secrets", UNSET))

        persistent = d.pop("persistent", UNSET)

        fixups = cast(list[str], d.pop("fixups", UNSET))

        vcpu = d.pop("vcpu", UNSET)

        ram_bytes = d.pop("ram_bytes", UNSET)

        fork_commit_request = cls(
            network=network,
            tags=tags,
            tag_mode=tag_mode,
            secrets=secrets,
            persistent=persistent,
            fixups=fixups,
            vcpu=vcpu,
            ram_bytes=ram_bytes,
        )

        fork_commit_request.additional_properties = d
        return fork_commit_request

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
