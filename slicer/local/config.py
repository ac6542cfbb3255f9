"""Daemon configuration: host groups, from code or a YAML file.

YAML shape (``config:`` as the top key, as in Slicer's own files, is also accepted)::

    host_groups:
      - name: sbox
        count: 0          # VMs created when the daemon starts
        cpus: 2           # per-VM vCPU limit (alias: vcpu)
        ram_bytes: 4294967296   # per-VM RAM limit in bytes (or ram_gb: 4, GiB)
        gpu_count: 0
        network: {mode: bridge, allow: [], drop: []}   # reported only, never enforced
    shutdown_grace_seconds: 2
    legacy_cp: false                # answer cp-v1 copy modes like an old agent (tests)
    watch_heartbeat_seconds: 15     # heartbeat comments on idle /fs/watch streams
"""

from __future__ import annotations

import ipaddress
import os
import platform
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["GIB", "DaemonConfig", "HostGroupConfig", "NetworkConfig", "host_arch", "host_platform"]

GIB = 1 << 30
_NAME = re.compile(r"^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?$")


def host_arch() -> str:
    """The host architecture in Go's spelling (``amd64``, ``arm64``, ...)."""
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}.get(
        machine, machine or "unknown"
    )


def host_platform() -> str:
    """The host OS in Go's spelling (``linux``, ``darwin``)."""
    return "linux" if sys.platform.startswith("linux") else sys.platform


class ConfigError(ValueError):
    """The configuration is invalid."""


@dataclass(frozen=True)
class NetworkConfig:
    """A host group's network settings; reported by describe, never enforced."""

    mode: str = "bridge"
    allow: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class HostGroupConfig:
    """One host group: per-VM limits plus how many VMs to start with the daemon."""

    name: str = "sbox"
    count: int = 0
    cpus: int = 2
    ram_bytes: int = 4 * GIB
    gpu_count: int = 0
    arch: str = field(default_factory=host_arch)
    network: NetworkConfig = field(default_factory=NetworkConfig)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not _NAME.match(self.name):
            raise ConfigError(
                f"host group name {self.name!r} must be lowercase letters, digits, '-' or '_'"
            )
        for attr, low in (("count", 0), ("cpus", 1), ("ram_bytes", 1), ("gpu_count", 0)):
            value = getattr(self, attr)
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise ConfigError(f"host group {self.name!r}: {attr} must be an integer >= {low}")

    def to_json(self) -> dict[str, Any]:
        """The ``HostGroup`` wire object."""
        return {
            "name": self.name,
            "count": self.count,
            "ram_bytes": self.ram_bytes,
            "cpus": self.cpus,
            "arch": self.arch,
            "gpu_count": self.gpu_count,
        }


def _group_from_mapping(raw: Any) -> HostGroupConfig:
    if not isinstance(raw, dict):
        raise ConfigError("each host group must be a mapping")
    known = {"name", "count", "cpus", "vcpu", "ram_bytes", "ram_gb", "gpu_count", "arch", "network"}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"unknown host group keys: {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    for key in ("name", "count", "gpu_count", "arch"):
        if key in raw:
            kwargs[key] = raw[key]
    if "cpus" in raw or "vcpu" in raw:
        kwargs["cpus"] = raw.get("cpus", raw.get("vcpu"))
    if "ram_bytes" in raw:
        kwargs["ram_bytes"] = raw["ram_bytes"]
    elif "ram_gb" in raw:
        gb = raw["ram_gb"]
        if isinstance(gb, bool) or not isinstance(gb, int | float) or gb <= 0:
            raise ConfigError("ram_gb must be a positive number")
        kwargs["ram_bytes"] = int(gb * GIB)
    if not isinstance(kwargs.get("arch", ""), str):
        raise ConfigError("arch must be a string")
    net = raw.get("network")
    if net is not None:
        if not isinstance(net, dict):
            raise ConfigError("network must be a mapping")
        kwargs["network"] = NetworkConfig(
            mode=str(net.get("mode", "bridge")),
            allow=_cidr_list(net.get("allow")),
            drop=_cidr_list(net.get("drop")),
        )
    return HostGroupConfig(**kwargs)


def _cidr_list(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError("network allow/drop must be lists of CIDRs")
    for item in raw:
        try:
            ipaddress.ip_network(str(item), strict=False)
        except ValueError:
            raise ConfigError(f"invalid CIDR in network policy: {item!r}") from None
    return tuple(str(x) for x in raw)


@dataclass(frozen=True)
class DaemonConfig:
    """Everything the daemon needs besides its listener and state directory."""

    host_groups: tuple[HostGroupConfig, ...] = field(default_factory=lambda: (HostGroupConfig(),))
    #: Seconds between SIGTERM and SIGKILL when a VM stops.
    shutdown_grace_seconds: float = 2.0
    #: Answer ``/cp`` cp-v1 modes like an old agent (400 ``invalid mode: cp-v1-…``), to
    #: test a client's legacy fallback.
    legacy_cp: bool = False
    #: Seconds between heartbeat comments on an idle ``/fs/watch`` stream.
    watch_heartbeat_seconds: float = 15.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "host_groups", tuple(self.host_groups))
        names = [g.name for g in self.host_groups]
        if len(set(names)) != len(names):
            raise ConfigError("host group names must be unique")
        if self.shutdown_grace_seconds < 0:
            raise ConfigError("shutdown_grace_seconds must be >= 0")
        if not self.watch_heartbeat_seconds > 0:
            raise ConfigError("watch_heartbeat_seconds must be > 0")

    def group(self, name: str) -> HostGroupConfig | None:
        """The host group called ``name``, if any."""
        for g in self.host_groups:
            if g.name == name:
                return g
        return None

    @classmethod
    def from_mapping(cls, raw: Any) -> DaemonConfig:
        """Build from parsed YAML/JSON."""
        if raw is None:
            return cls()
        if not isinstance(raw, dict):
            raise ConfigError("the config must be a mapping")
        if "config" in raw and isinstance(raw["config"], dict):
            raw = raw["config"]
        kwargs: dict[str, Any] = {}
        if "host_groups" in raw:
            groups = raw["host_groups"]
            if not isinstance(groups, list):
                raise ConfigError("host_groups must be a list")
            kwargs["host_groups"] = tuple(_group_from_mapping(g) for g in groups)
        if "shutdown_grace_seconds" in raw:
            grace = raw["shutdown_grace_seconds"]
            if isinstance(grace, bool) or not isinstance(grace, int | float):
                raise ConfigError("shutdown_grace_seconds must be a number")
            kwargs["shutdown_grace_seconds"] = float(grace)
        if "legacy_cp" in raw:
            if not isinstance(raw["legacy_cp"], bool):
                raise ConfigError("legacy_cp must be true or false")
            kwargs["legacy_cp"] = raw["legacy_cp"]
        if "watch_heartbeat_seconds" in raw:
            beat = raw["watch_heartbeat_seconds"]
            if isinstance(beat, bool) or not isinstance(beat, int | float):
                raise ConfigError("watch_heartbeat_seconds must be a number")
            kwargs["watch_heartbeat_seconds"] = float(beat)
        return cls(**kwargs)

    @classmethod
    def from_yaml(cls, path: str | os.PathLike[str]) -> DaemonConfig:
        """Load a YAML config file."""
        try:
            raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: invalid YAML: {exc}") from None
        return cls.from_mapping(raw)

    def to_mapping(self) -> dict[str, Any]:
        """The inverse of :meth:`from_mapping` (used to hand a config to a subprocess)."""
        return {
            "host_groups": [
                {
                    **g.to_json(),
                    "network": {
                        "mode": g.network.mode,
                        "allow": list(g.network.allow),
                        "drop": list(g.network.drop),
                    },
                }
                for g in self.host_groups
            ],
            "shutdown_grace_seconds": self.shutdown_grace_seconds,
            "legacy_cp": self.legacy_cp,
            "watch_heartbeat_seconds": self.watch_heartbeat_seconds,
        }
