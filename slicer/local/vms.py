"""The VM table: allocation (hostnames, IPs, directories), lookup, persistence, removal.

Hostnames are ``<group>-<n>`` with ``n`` counting from 1 per group and never reused
within one state directory (the counters are persisted). IPs are unique among the
daemon's VMs. Persistent VMs are saved in ``vms.json`` and come back Stopped after a
restart; ephemeral VMs are removed when they stop and when the daemon stops.
"""

from __future__ import annotations

import ipaddress
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slicer.local.config import DaemonConfig, HostGroupConfig
from slicer.local.errors import ApiError, bad_request, not_found
from slicer.local.network import NetworkPolicy
from slicer.local.secrets import SecretStore
from slicer.local.store import JsonFile, private_dir
from slicer.local.userdata import start_userdata
from slicer.local.vm import RUNNING, VM

__all__ = ["VMManager", "VMSpec"]

_IP_BASE = int(ipaddress.IPv4Address("192.168.137.0"))
_IP_LIMIT = int(ipaddress.IPv4Address("192.168.255.255"))


@dataclass
class VMSpec:
    """What a create (or fork) asks for; zero/None fields take the group's defaults."""

    cpus: int = 0
    ram_bytes: int = 0
    gpu_count: int | None = None
    persistent: bool = False
    userdata: str = ""
    tags: list[str] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    network: NetworkPolicy | None = None
    ip: str = ""
    image: str = ""
    #: fork: copy this directory's ``root/`` (and ``secrets/`` if ``secrets_from``) in.
    source_dir: Path | None = None
    inherit_secret_files: bool = False
    parent_commit_id: str = ""
    userdata_ran: bool = False
    userdata_exit_code: int | None = None


def clean_tags(tags: list[str]) -> list[str]:
    """Validate tags (non-empty strings) and drop duplicates, keeping order."""
    out: list[str] = []
    for tag in tags:
        if not tag.strip():
            raise bad_request("tags must not be empty")
        if tag not in out:
            out.append(tag)
    return out


def _copy_regular(src: str, dst: str) -> None:
    """copytree helper: copy regular files, skip fifos, sockets and devices."""
    if Path(src).is_file():
        shutil.copy2(src, dst)


def copy_tree(src: Path, dst: Path) -> None:
    """Copy a VM root, keeping symlinks as links and skipping special files."""
    shutil.copytree(src, dst, symlinks=True, copy_function=_copy_regular, dirs_exist_ok=True)


class VMManager:
    """Every VM of one daemon, guarded by the daemon lock."""

    def __init__(
        self,
        config: DaemonConfig,
        state_dir: Path,
        lock: threading.RLock,
        secrets: SecretStore,
    ) -> None:
        self.config = config
        self.state_dir = state_dir
        self.vms_dir = state_dir / "vms"
        self.lock = lock
        self.secrets = secrets
        self._file = JsonFile(state_dir / "vms.json")
        self._vms: dict[str, VM] = {}
        self._counters: dict[str, int] = {}
        self._reserved_ips: set[int] = set()
        self.closing = False

    # -- persistence -----------------------------------------------------------
    def load(self) -> None:
        """Load persistent VMs (as Stopped) and drop leftovers of ephemeral ones."""
        private_dir(self.vms_dir)
        doc = self._file.load({})
        self._counters = {k: int(v) for k, v in doc.get("counters", {}).items()}
        for rec in doc.get("vms", []):
            vm = VM.from_record(rec, self.vms_dir / rec["hostname"], str(self.state_dir))
            self._vms[vm.hostname] = vm
        for entry in self.vms_dir.iterdir():
            if entry.name not in self._vms:
                shutil.rmtree(entry, ignore_errors=True)

    def save(self) -> None:
        """Persist counters and persistent VM records (call with the lock held)."""
        self._file.save(
            {
                "counters": self._counters,
                "vms": [vm.to_record() for vm in self._vms.values() if vm.persistent],
            }
        )

    # -- lookup ----------------------------------------------------------------
    def group(self, name: str) -> HostGroupConfig:
        g = self.config.group(name)
        if g is None:
            raise not_found(f"host group {name!r} not found")
        return g

    def get(self, hostname: str) -> VM:
        with self.lock:
            vm = self._vms.get(hostname)
        if vm is None:
            raise not_found(f"vm {hostname!r} not found")
        return vm

    def require_running(self, hostname: str) -> VM:
        """The VM, if its "agent" can answer: 404 unknown, 409 paused or stopped.

        Data-plane handlers (exec, files, fs, shell, forward) start with this.
        """
        vm = self.get(hostname)
        if vm.status != RUNNING:
            raise ApiError(
                409, f"vm {vm.hostname!r} is {vm.status.lower()}: its agent cannot answer"
            )
        return vm

    def exists(self, hostname: str) -> bool:
        with self.lock:
            return hostname in self._vms

    def select(
        self, group: str | None = None, tag: str | None = None, tag_prefix: str | None = None
    ) -> list[VM]:
        with self.lock:
            vms = list(self._vms.values())
        if group is not None:
            vms = [v for v in vms if v.group == group]
        if tag:
            vms = [v for v in vms if tag in v.tags]
        if tag_prefix:
            vms = [v for v in vms if any(t.startswith(tag_prefix) for t in v.tags)]
        return vms

    # -- creation --------------------------------------------------------------
    def _limits(self, g: HostGroupConfig, spec: VMSpec) -> tuple[int, int, int]:
        cpus = spec.cpus or g.cpus
        ram = spec.ram_bytes or g.ram_bytes
        gpus = g.gpu_count if spec.gpu_count is None else spec.gpu_count
        if cpus > g.cpus:
            raise bad_request(f"cpus {cpus} exceeds the host group limit of {g.cpus}")
        if ram > g.ram_bytes:
            raise bad_request(f"ram_bytes {ram} exceeds the host group limit of {g.ram_bytes}")
        if gpus > g.gpu_count:
            raise bad_request(f"gpu_count {gpus} exceeds the host group limit of {g.gpu_count}")
        return cpus, ram, gpus

    def _used_ips(self) -> set[int]:
        used = {int(ipaddress.IPv4Address(v.ip_address)) for v in self._vms.values()}
        return used | self._reserved_ips

    def _pick_ip(self, requested: str) -> int:
        used = self._used_ips()
        if requested:
            try:
                addr = int(ipaddress.IPv4Interface(requested).ip)
            except ValueError:
                raise bad_request(f"invalid ip {requested!r}") from None
            if addr in used:
                raise bad_request(f"ip {requested} is already in use")
            return addr
        for addr in range(_IP_BASE + 2, _IP_LIMIT):
            if addr & 0xFF in (0, 1, 255) or addr in used:
                continue
            return addr
        raise ApiError(503, "no free IP addresses")

    def _next_hostname(self, group: str) -> str:
        while True:
            n = self._counters.get(group, 0) + 1
            self._counters[group] = n
            name = f"{group}-{n}"
            if name not in self._vms and not (self.vms_dir / name).exists():
                return name

    def create(self, group_name: str, spec: VMSpec) -> VM:
        """Validate ``spec``, build the VM's directory and start it (userdata included)."""
        g = self.group(group_name)
        cpus, ram, gpus = self._limits(g, spec)
        tags = clean_tags(spec.tags)
        self.secrets.check_names(spec.secrets)
        with self.lock:
            if self.closing:
                raise ApiError(503, "daemon is shutting down")
            ip = self._pick_ip(spec.ip)
            self._reserved_ips.add(ip)
            hostname = self._next_hostname(g.name)
            self.save()
        try:
            vm = VM(
                hostname=hostname,
                group=g.name,
                ip=f"{ipaddress.IPv4Address(ip)}/24",
                arch=g.arch,
                cpus=cpus,
                ram_bytes=ram,
                gpu_count=gpus,
                persistent=spec.persistent,
                directory=self.vms_dir / hostname,
                state_dir=str(self.state_dir),
                tags=tags,
                secrets=list(spec.secrets),
                network=spec.network,
                image=spec.image,
                userdata=spec.userdata,
                userdata_ran=spec.userdata_ran,
                userdata_exit_code=spec.userdata_exit_code,
                parent_commit_id=spec.parent_commit_id,
            )
            self._build_dir(vm, spec)
        except BaseException:
            with self.lock:
                self._reserved_ips.discard(ip)
            shutil.rmtree(self.vms_dir / hostname, ignore_errors=True)
            raise
        with self.lock:
            self._reserved_ips.discard(ip)
            self._vms[hostname] = vm
            self.save()
        if spec.source_dir is None:
            start_userdata(vm)
        else:
            vm.userdata_done.set()
        return vm

    def _build_dir(self, vm: VM, spec: VMSpec) -> None:
        private_dir(vm.directory)
        if spec.source_dir is not None and (spec.source_dir / "root").is_dir():
            copy_tree(spec.source_dir / "root", vm.root_dir)
        vm.root_dir.mkdir(mode=0o755, exist_ok=True)
        if spec.inherit_secret_files and spec.source_dir is not None:
            src = spec.source_dir / "secrets"
            if src.is_dir():
                copy_tree(src, vm.secrets_dir)
        private_dir(vm.secrets_dir)
        if not spec.inherit_secret_files:
            self.secrets.materialize(vm.secrets, vm.secrets_dir)
        vm.console_log.touch(mode=0o600)

    # -- removal ---------------------------------------------------------------
    def remove(self, vm: VM) -> None:
        """Kill the VM's processes, forget it and delete its directory."""
        vm.processes.terminate(self.config.shutdown_grace_seconds)
        with self.lock:
            if self._vms.get(vm.hostname) is vm:
                del self._vms[vm.hostname]
                self.save()
        shutil.rmtree(vm.directory, ignore_errors=True)

    def running(self) -> list[VM]:
        with self.lock:
            return [v for v in self._vms.values() if v.status == RUNNING]

    def snapshot(self, vm: VM) -> dict[str, Any]:
        """A consistent copy of the VM's node object."""
        with self.lock:
            return vm.to_node()
