"""Models of cold fork: commits of stopped VMs and the VMs forked from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from slicer._core.models._read import Obj

__all__ = ["CommitInfo", "CommitResult", "DeleteCommitResult", "ForkResult"]


@dataclass(frozen=True)
class CommitResult:
    """The answer to committing a VM."""

    hostname: str
    commit_id: str
    status: str = ""
    parent_status: str = ""
    mode: str = ""
    tags: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    cache_key: str = ""

    @classmethod
    def from_wire(cls, data: object) -> CommitResult:
        o = Obj(data)
        return cls(
            hostname=o.text("hostname"),
            commit_id=o.text("commit_id"),
            status=o.text("status"),
            parent_status=o.text("parent_status"),
            mode=o.text("mode"),
            tags=o.texts("tags"),
            labels=o.labels("labels"),
            cache_key=o.text("cache_key"),
        )


@dataclass(frozen=True)
class CommitInfo:
    """A commit in the catalogue."""

    commit_id: str
    source_hostname: str = ""
    source_host_group: str = ""
    created_at: datetime | None = None
    mode: str = ""
    tags: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    cache_key: str = ""

    @classmethod
    def from_wire(cls, data: object) -> CommitInfo:
        o = Obj(data)
        return cls(
            commit_id=o.text("commit_id"),
            source_hostname=o.text("source_hostname"),
            source_host_group=o.text("source_host_group"),
            created_at=o.time("created_at"),
            mode=o.text("mode"),
            tags=o.texts("tags"),
            labels=o.labels("labels"),
            cache_key=o.text("cache_key"),
        )


@dataclass(frozen=True)
class DeleteCommitResult:
    """The answer to deleting a commit."""

    commit_id: str
    status: str = ""

    @classmethod
    def from_wire(cls, data: object) -> DeleteCommitResult:
        o = Obj(data)
        return cls(o.text("commit_id"), o.text("status"))


@dataclass(frozen=True)
class ForkResult:
    """The answer to forking a VM from a commit; ``hostname`` names the new child VM."""

    hostname: str
    source_hostname: str = ""
    commit_id: str = ""
    status: str = ""
    parent_status: str = ""
    child_status: str = ""
    mode: str = ""
    persistent: bool = False

    @classmethod
    def from_wire(cls, data: object) -> ForkResult:
        o = Obj(data)
        return cls(
            hostname=o.text("hostname"),
            source_hostname=o.text("source_hostname"),
            commit_id=o.text("commit_id"),
            status=o.text("status"),
            parent_status=o.text("parent_status"),
            child_status=o.text("child_status"),
            mode=o.text("mode"),
            persistent=o.flag("persistent"),
        )
