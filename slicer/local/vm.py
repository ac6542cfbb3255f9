"""One VM: its record, its private directory and its process groups.

A "VM" here is a directory plus local processes; nothing is isolated. Layout of
``<state_dir>/vms/<hostname>/`` (mode 0700):

- ``root/``        the VM's filesystem root (cwd and HOME of its processes)
- ``secrets/``     the secrets granted to the VM, one 0600 file each
- ``console.log``  the serial console: userdata output (what ``logs`` returns)
- ``userdata.sh``  the userdata script, when one was given
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from slicer.local.gotime import parse_rfc3339, rfc3339, utcnow
from slicer.local.network import NetworkPolicy
from slicer.local.processes import ProcessGroups, Spawned, marker_env

__all__ = ["PAUSED", "RUNNING", "STOPPED", "VM"]

RUNNING = "Running"
PAUSED = "Paused"
STOPPED = "Stopped"


@dataclass
class VM:
    """A local VM. Mutate only while holding the daemon lock (or ``op_lock`` for lifecycle)."""

    hostname: str
    group: str
    ip: str  # CIDR form, e.g. 192.168.137.2/24
    arch: str
    cpus: int
    ram_bytes: int
    gpu_count: int
    persistent: bool
    directory: Path
    state_dir: str
    created_at: datetime = field(default_factory=utcnow)
    tags: list[str] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    network: NetworkPolicy | None = None
    status: str = RUNNING
    image: str = ""
    userdata: str = ""
    userdata_ran: bool = False
    userdata_exit_code: int | None = None
    commit_id: str = ""
    parent_commit_id: str = ""
    #: monotonic time (seconds) of the last launch; drives uptimes.
    started_mono: float = field(default_factory=time.monotonic)
    processes: ProcessGroups = field(default_factory=ProcessGroups, repr=False)
    #: serialises lifecycle operations (stop, pause, ...) on this VM.
    op_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: set once the userdata script has finished (or when there is none).
    userdata_done: threading.Event = field(default_factory=threading.Event, repr=False)

    # -- paths -----------------------------------------------------------------
    @property
    def root_dir(self) -> Path:
        return self.directory / "root"

    @property
    def secrets_dir(self) -> Path:
        return self.directory / "secrets"

    @property
    def console_log(self) -> Path:
        return self.directory / "console.log"

    @property
    def userdata_path(self) -> Path:
        return self.directory / "userdata.sh"

    @property
    def ip_address(self) -> str:
        """The IP without its prefix length."""
        return self.ip.split("/", 1)[0]

    # -- processes (the extension point for exec, shell, ...) -------------------
    def register_process(self, proc: Spawned) -> int:
        """Track a process started with ``start_new_session=True``; returns its pgid."""
        return self.processes.register(proc)

    def signal_all(self, sig: int) -> int:
        """Signal every process group of this VM; returns how many were signalled."""
        return self.processes.signal_all(sig)

    def process_env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The environment for a process run "inside" this VM."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "HOME": str(self.root_dir),
            "USER": os.environ.get("USER", ""),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "HOSTNAME": self.hostname,
            "SLICER_SECRETS_DIR": str(self.secrets_dir),
            **marker_env(self.state_dir, self.hostname),
        }
        if extra:
            env.update(extra)
        return env

    def spawn_options(
        self, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> dict[str, Any]:
        """Keyword arguments for ``subprocess.Popen`` / ``asyncio.create_subprocess_exec``
        that run a process "inside" this VM: cwd (default ``root/``), the VM environment
        plus ``env``, and its own session so :meth:`register_process` can track its group.
        """
        return {
            "cwd": str(cwd or self.root_dir),
            "env": self.process_env(env),
            "start_new_session": True,
        }

    def uptime_ns(self) -> int:
        """Nanoseconds since the VM was last launched."""
        return int((time.monotonic() - self.started_mono) * 1e9)

    # -- wire shapes -----------------------------------------------------------
    def to_node(self) -> dict[str, Any]:
        """The ``Node`` wire object (Go omitempty rules)."""
        out: dict[str, Any] = {"hostname": self.hostname, "hostgroup": self.group, "ip": self.ip}
        if self.ram_bytes:
            out["ram_bytes"] = self.ram_bytes
        if self.cpus:
            out["cpus"] = self.cpus
        out["created_at"] = rfc3339(self.created_at)
        if self.arch:
            out["arch"] = self.arch
        if self.tags:
            out["tags"] = list(self.tags)
        out["status"] = self.status
        if self.persistent:
            out["persistent"] = True
        return out

    def to_created(self) -> dict[str, Any]:
        """The create/relaunch response object."""
        return {
            "hostname": self.hostname,
            "hostgroup": self.group,
            "ip": self.ip,
            "created_at": rfc3339(self.created_at),
            "arch": self.arch,
        }

    # -- persistence -----------------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        """The persisted form (persistent VMs only)."""
        return {
            "hostname": self.hostname,
            "group": self.group,
            "ip": self.ip,
            "arch": self.arch,
            "cpus": self.cpus,
            "ram_bytes": self.ram_bytes,
            "gpu_count": self.gpu_count,
            "persistent": self.persistent,
            "created_at": rfc3339(self.created_at),
            "tags": self.tags,
            "secrets": self.secrets,
            "network": None if self.network is None else self.network.to_json(),
            "image": self.image,
            "userdata_ran": self.userdata_ran,
            "userdata_exit_code": self.userdata_exit_code,
            "commit_id": self.commit_id,
            "parent_commit_id": self.parent_commit_id,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any], directory: Path, state_dir: str) -> VM:
        """Rebuild a VM from :meth:`to_record` output; it comes back Stopped."""
        vm = cls(
            hostname=rec["hostname"],
            group=rec["group"],
            ip=rec["ip"],
            arch=rec.get("arch", ""),
            cpus=int(rec.get("cpus", 0)),
            ram_bytes=int(rec.get("ram_bytes", 0)),
            gpu_count=int(rec.get("gpu_count", 0)),
            persistent=bool(rec.get("persistent", True)),
            directory=directory,
            state_dir=state_dir,
            created_at=parse_rfc3339(rec.get("created_at")) or utcnow(),
            tags=list(rec.get("tags") or []),
            secrets=list(rec.get("secrets") or []),
            network=NetworkPolicy.from_json(rec.get("network")),
            status=STOPPED,
            image=rec.get("image", ""),
            userdata_ran=bool(rec.get("userdata_ran", False)),
            userdata_exit_code=rec.get("userdata_exit_code"),
            commit_id=rec.get("commit_id", ""),
            parent_commit_id=rec.get("parent_commit_id", ""),
        )
        vm.userdata_done.set()
        return vm
