from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_policy import NetworkPolicy


T = TypeVar("T", bound="CreateVMRequest")


@_attrs_define
class CreateVMRequest:
    """Overrides for a new VM. Every field may be left out; `{}` creates a VM with the group's defaults."""

    ram_bytes: int | Unset = UNSET
    """ RAM in bytes; must not exceed the host group's `ram_bytes` (400 otherwise). """
    cpus: int | Unset = UNSET
    """ vCPUs; must not exceed the host group's `cpus` (400 otherwise). """
    gpu_count: int | Unset = UNSET
    """ GPUs; must not exceed the host group's `gpu_count` (400 otherwise). """
    persistent: bool | Unset = UNSET
    """ Keep the disk after shutdown so the VM can be relaunched (and committed). """
    disk_image: str | Unset = UNSET
    """ Disk image to boot from. """
    import_user: str | Unset = UNSET
    """ GitHub user whose public SSH keys are imported. """
    ssh_keys: list[str] | Unset = UNSET
    """ Public SSH keys to install. """
    userdata: str | Unset = UNSET
    """ Script run on first boot. """
    ip: str | Unset = UNSET
    """ Requested static IP. """
    tags: list[str] | Unset = UNSET
    """ Tags for the VM, e.g. `name=web`. """
    secrets: list[str] | Unset = UNSET
    """ Names of secrets (see `/secrets`) to mount into the VM. """
    network: NetworkPolicy | Unset = UNSET
    """ Isolated-network firewall lists. Each list is three-state: left out means "inherit", an empty list `[]`
    means "clear", and a non-empty list replaces. Clients must keep `[]` and "left out" apart. """
    hostname: str | Unset = UNSET
    """ Requested hostname. Accepted by the real daemon per its docs; the Go SDK never sends it, and a daemon may
    ignore it. """
    protected: bool | Unset = UNSET
    """ Protect the VM against deletion. Accepted by the real daemon per its docs; the Go SDK never sends it, and a
    daemon may ignore it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ram_bytes = self.ram_bytes

        cpus = self.cpus

        gpu_count = self.gpu_count

        persistent = self.persistent

        disk_image = self.disk_image

        import_user = self.import_user

        ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.ssh_keys, Unset):
            ssh_keys = self.ssh_keys

        userdata = self.userdata

        ip = self.ip

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        secrets: list[str] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        hostname = self.hostname

        protected = self.protected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ram_bytes is not UNSET:
            field_dict["ram_bytes"] = ram_bytes
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if gpu_count is not UNSET:
            field_dict["gpu_count"] = gpu_count
        if persistent is not UNSET:
            field_dict["persistent"] = persistent
        if disk_image is not UNSET:
            field_dict["disk_image"] = disk_image
        if import_user is not UNSET:
            field_dict["import_user"] = import_user
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys
        if userdata is not UNSET:
            field_dict["userdata"] = userdata
        if ip is not UNSET:
            field_dict["ip"] = ip
        if tags is not UNSET:
            field_dict["tags"] = tags
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if network is not UNSET:
            field_dict["network"] = network
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if protected is not UNSET:
            field_dict["protected"] = protected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_policy import NetworkPolicy  # noqa: PLC0415

        d = dict(src_dict)
        ram_bytes = d.pop("ram_bytes", UNSET)

        cpus = d.pop("cpus", UNSET)

        gpu_count = d.pop("gpu_count", UNSET)

        persistent = d.pop("persistent", UNSET)

        disk_image = d.pop("disk_image", UNSET)

        import_user = d.pop("import_user", UNSET)

        ssh_keys = cast(list[str], d.pop("ssh_keys", UNSET))

        userdata = d.pop("userdata", UNSET)

        ip = d.pop("ip", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        secrets = cast(list[str], d.pop("secrets", UNSET))

        _network = d.pop("network", UNSET)
        network: NetworkPolicy | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = NetworkPolicy.from_dict(_network)

        hostname = d.pop("hostname", UNSET)

        protected = d.pop("protected", UNSET)

        create_vm_request = cls(
            ram_bytes=ram_bytes,
            cpus=cpus,
            gpu_count=gpu_count,
            persistent=persistent,
            disk_image=disk_image,
            import_user=import_user,
            ssh_keys=ssh_keys,
            userdata=userdata,
            ip=ip,
            tags=tags,
            secrets=secrets,
            network=network,
            hostname=hostname,
            protected=protected,
        )

        create_vm_request.additional_properties = d
        return create_vm_request

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
