"""VM models: listings, creation results, description, health, logs and stats."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from slicer._core.durations import parse_go_duration
from slicer._core.models._read import Obj, as_list, as_object

__all__ = [
    "AgentHealth",
    "DeleteResult",
    "NetworkPolicy",
    "StatsSnapshot",
    "VMDescription",
    "VMInfo",
    "VMLogs",
    "VMNetwork",
    "VMStats",
    "strip_cidr",
]


def strip_cidr(ip: str) -> str:
    """``192.168.137.2/24`` → ``192.168.137.2``."""
    return ip.split("/", 1)[0]


@dataclass(frozen=True)
class NetworkPolicy:
    """Firewall lists of CIDRs. ``None`` means "not given" (inherit); ``()`` means "empty"."""

    allow: tuple[str, ...] | None = None
    drop: tuple[str, ...] | None = None

    @classmethod
    def from_wire(cls, data: object) -> NetworkPolicy:
        o = Obj(data)
        return cls(allow=o.opt_texts("allow"), drop=o.opt_texts("drop"))

    def to_wire(self) -> dict[str, list[str]]:
        """JSON body form: absent lists are left out, empty lists are sent as ``[]``."""
        body: dict[str, list[str]] = {}
        if self.allow is not None:
            body["allow"] = list(self.allow)
        if self.drop is not None:
            body["drop"] = list(self.drop)
        return body


@dataclass(frozen=True)
class VMInfo:
    """One VM as ``GET /nodes`` and create report it.

    Attributes:
        hostname: the VM's id, used in every per-VM call.
        group: its host group.
        ip: its address without the prefix length (``ip_cidr`` keeps it).
        ram_bytes: RAM in bytes.
        status: ``Running``, ``Paused`` or ``Stopped`` (other values are passed through).
    """

    hostname: str
    group: str = ""
    ip: str = ""
    ip_cidr: str = ""
    ram_bytes: int = 0
    cpus: int = 0
    created_at: datetime | None = None
    arch: str = ""
    tags: tuple[str, ...] = ()
    status: str = ""
    persistent: bool = False

    @classmethod
    def from_wire(cls, data: object) -> VMInfo:
        o = Obj(data)
        return cls(**_vm_fields(o))


def _vm_fields(o: Obj) -> dict[str, Any]:
    ip = o.text("ip")
    return {
        "hostname": o.text("hostname"),
        "group": o.text("hostgroup"),
        "ip": strip_cidr(ip),
        "ip_cidr": ip,
        "ram_bytes": o.integer("ram_bytes"),
        "cpus": o.integer("cpus"),
        "created_at": o.time("created_at"),
        "arch": o.text("arch"),
        "tags": o.texts("tags"),
        "status": o.text("status"),
        "persistent": o.flag("persistent"),
    }


@dataclass(frozen=True)
class VMNetwork:
    """Network policy of a VM: the group's, the per-VM override and the effective result."""

    mode: str = ""
    policy_source: str = ""
    host_group: NetworkPolicy | None = None
    override: NetworkPolicy | None = None
    effective: NetworkPolicy | None = None

    @classmethod
    def from_wire(cls, data: object) -> VMNetwork:
        o = Obj(data)

        def policy(key: str) -> NetworkPolicy | None:
            sub = as_object(data).get(key)
            return NetworkPolicy.from_wire(sub) if isinstance(sub, dict) else None

        return cls(
            mode=o.text("mode"),
            policy_source=o.text("policy_source"),
            host_group=policy("host_group"),
            override=policy("override"),
            effective=policy("effective"),
        )


@dataclass(frozen=True)
class VMDescription(VMInfo):
    """``GET /vm/{hostname}``: the VM's fields plus storage, lineage and network policy."""

    storage: str = ""
    image: str = ""
    commit_id: str = ""
    parent_commit_id: str = ""
    network: VMNetwork = field(default_factory=VMNetwork)

    @classmethod
    def from_wire(cls, data: object) -> VMDescription:
        o = Obj(data)
        return cls(
            **_vm_fields(o),
            storage=o.text("storage"),
            image=o.text("image"),
            commit_id=o.text("commit_id"),
            parent_commit_id=o.text("parent_commit_id"),
            network=VMNetwork.from_wire(as_object(data).get("network")),
        )


@dataclass(frozen=True)
class DeleteResult:
    """The daemon's answer to a VM delete."""

    message: str = ""
    disk_removed: bool = False

    @classmethod
    def from_wire(cls, data: object) -> DeleteResult:
        o = Obj(data)
        return cls(message=o.text("message"), disk_removed=o.flag("disk_removed"))


@dataclass(frozen=True)
class AgentHealth:
    """The guest agent's health report.

    Attributes:
        agent_uptime_ns: agent uptime in nanoseconds (Go ``time.Duration``).
        system_uptime_ns: guest uptime in nanoseconds.
        userdata_ran: whether the userdata script has finished.
        userdata_exit_code: its exit code; ``None`` while it runs or when unknown.
        detailed: ``False`` for a HEAD probe, which only tells that the agent answers.
    """

    hostname: str
    agent_uptime_ns: int = 0
    agent_version: str = ""
    system_uptime_ns: int = 0
    userdata_ran: bool = False
    userdata_exit_code: int | None = None
    ip: str = ""
    detailed: bool = True

    @property
    def agent_uptime(self) -> timedelta:
        return timedelta(microseconds=self.agent_uptime_ns / 1000)

    @property
    def system_uptime(self) -> timedelta:
        return timedelta(microseconds=self.system_uptime_ns / 1000)

    @classmethod
    def from_wire(cls, data: object, hostname: str = "") -> AgentHealth:
        o = Obj(data)
        return cls(
            hostname=o.text("hostname") or hostname,
            agent_uptime_ns=o.integer("agent_uptime"),
            agent_version=o.text("agent_version"),
            system_uptime_ns=o.integer("system_uptime"),
            userdata_ran=o.flag("userdata_ran"),
            userdata_exit_code=o.opt_integer("userdata_exit_code"),
            ip=strip_cidr(o.text("ip")),
        )


@dataclass(frozen=True)
class VMLogs:
    """The tail of a VM's serial console."""

    hostname: str
    lines: int
    content: str

    @classmethod
    def from_wire(cls, data: object) -> VMLogs:
        o = Obj(data)
        return cls(o.text("hostname"), o.integer("lines"), o.text("content"))


@dataclass(frozen=True)
class StatsSnapshot:
    """Guest metrics. Memory and disk sizes are bytes; I/O totals are byte counts."""

    hostname: str = ""
    arch: str = ""
    timestamp: datetime | None = None
    uptime: timedelta | None = None
    total_cpus: int = 0
    total_memory: int = 0
    memory_used: int = 0
    memory_available: int = 0
    memory_used_percent: float = 0.0
    load_avg_1: float = 0.0
    load_avg_5: float = 0.0
    load_avg_15: float = 0.0
    disk_read_total: float = 0.0
    disk_write_total: float = 0.0
    network_read_total: float = 0.0
    network_write_total: float = 0.0
    disk_io_inflight: int = 0
    open_connections: int = 0
    open_files: int = 0
    entropy: int = 0
    disk_space_total: int = 0
    disk_space_used: int = 0
    disk_space_free: int = 0
    disk_space_used_percent: float = 0.0

    @classmethod
    def from_wire(cls, data: object) -> StatsSnapshot:
        o = Obj(data)
        uptime: timedelta | None = None
        try:
            if o.text("uptime"):
                uptime = timedelta(seconds=parse_go_duration(o.text("uptime")))
        except ValueError:
            uptime = None
        return cls(
            hostname=o.text("hostname"),
            arch=o.text("arch"),
            timestamp=o.time("timestamp"),
            uptime=uptime,
            total_cpus=o.integer("totalCpus"),
            total_memory=o.integer("totalMemory"),
            memory_used=o.integer("memoryUsed"),
            memory_available=o.integer("memoryAvailable"),
            memory_used_percent=o.number("memoryUsedPercent"),
            load_avg_1=o.number("loadAvg1"),
            load_avg_5=o.number("loadAvg5"),
            load_avg_15=o.number("loadAvg15"),
            disk_read_total=o.number("diskReadTotal"),
            disk_write_total=o.number("diskWriteTotal"),
            network_read_total=o.number("networkReadTotal"),
            network_write_total=o.number("networkWriteTotal"),
            disk_io_inflight=o.integer("diskIOInflight"),
            open_connections=o.integer("openConnections"),
            open_files=o.integer("openFiles"),
            entropy=o.integer("entropy"),
            disk_space_total=o.integer("diskSpaceTotal"),
            disk_space_used=o.integer("diskSpaceUsed"),
            disk_space_free=o.integer("diskSpaceFree"),
            disk_space_used_percent=o.number("diskSpaceUsedPercent"),
        )


@dataclass(frozen=True)
class VMStats:
    """Metrics for one VM. ``snapshot`` is ``None`` when the daemon could not collect them,
    and then ``error`` says why."""

    hostname: str
    ip: str = ""
    created_at: datetime | None = None
    snapshot: StatsSnapshot | None = None
    error: str = ""

    @classmethod
    def from_wire(cls, data: object) -> VMStats:
        o = Obj(data)
        snap = as_object(data).get("snapshot")
        return cls(
            hostname=o.text("hostname"),
            ip=strip_cidr(o.text("ip")),
            created_at=o.time("created_at"),
            snapshot=StatsSnapshot.from_wire(snap) if isinstance(snap, dict) else None,
            error=o.text("error"),
        )

    @classmethod
    def list_from_wire(cls, data: object) -> list[VMStats]:
        """Stats arrive as an array; a daemon following the public docs sends one object."""
        items = as_list(data) if isinstance(data, list) else [data]
        return [cls.from_wire(item) for item in items if isinstance(item, dict)]
