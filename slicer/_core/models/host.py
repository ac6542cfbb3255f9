"""Daemon-level models: server info and host groups."""

from __future__ import annotations

from dataclasses import dataclass

from slicer._core.models._read import Obj

__all__ = ["HostGroup", "Info"]


@dataclass(frozen=True)
class Info:
    """What ``GET /info`` says about the daemon."""

    version: str = ""
    git_commit: str = ""
    platform: str = ""
    arch: str = ""

    @classmethod
    def from_wire(cls, data: object) -> Info:
        o = Obj(data)
        return cls(o.text("version"), o.text("git_commit"), o.text("platform"), o.text("arch"))


@dataclass(frozen=True)
class HostGroup:
    """A host group: a template VMs are created from, with its resource limits.

    Attributes:
        ram_bytes: RAM of each VM, in bytes.
        count: VMs the daemon starts for this group at boot.
    """

    name: str
    count: int = 0
    ram_bytes: int = 0
    cpus: int = 0
    arch: str = ""
    gpu_count: int = 0

    @classmethod
    def from_wire(cls, data: object) -> HostGroup:
        o = Obj(data)
        return cls(
            name=o.text("name"),
            count=o.integer("count"),
            ram_bytes=o.integer("ram_bytes"),
            cpus=o.integer("cpus"),
            arch=o.text("arch"),
            gpu_count=o.integer("gpu_count"),
        )
