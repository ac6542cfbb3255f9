"""Models of background execs (PROTOCOL.md §3.8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from slicer._core.models._read import Obj

__all__ = ["BackgroundExecInfo", "KillResult", "SIGNALS", "WaitResult"]

#: Signals a background exec can be sent.
SIGNALS = ("TERM", "KILL", "INT", "HUP", "QUIT", "USR1", "USR2")


@dataclass(frozen=True)
class BackgroundExecInfo:
    """State of a background exec.

    Attributes:
        exit_code: ``None`` while running.
        bytes_written: output produced so far (bytes); ``bytes_dropped`` of it was evicted
            from the ring buffer of ``ring_bytes`` bytes.
        next_id: the id the next log frame will get.
    """

    exec_id: str
    pid: int = 0
    command: str = ""
    args: tuple[str, ...] = ()
    cwd: str = ""
    uid: int = 0
    started_at: datetime | None = None
    running: bool = False
    exit_code: int | None = None
    signal: str | None = None
    ended_at: datetime | None = None
    bytes_written: int = 0
    bytes_dropped: int = 0
    next_id: int = 0
    ring_bytes: int = 0

    @classmethod
    def from_wire(cls, data: object) -> BackgroundExecInfo:
        o = Obj(data)
        return cls(
            exec_id=o.text("exec_id"),
            pid=o.integer("pid"),
            command=o.text("command"),
            args=o.texts("args"),
            cwd=o.text("cwd"),
            uid=o.integer("uid"),
            started_at=o.time("started_at"),
            running=o.flag("running"),
            exit_code=o.opt_integer("exit_code"),
            signal=o.text("signal") or None,
            ended_at=o.time("ended_at"),
            bytes_written=o.integer("bytes_written"),
            bytes_dropped=o.integer("bytes_dropped"),
            next_id=o.integer("next_id"),
            ring_bytes=o.integer("ring_bytes"),
        )


@dataclass(frozen=True)
class KillResult:
    """The answer to a kill: whether the exec was still running when signalled."""

    exec_id: str
    pid: int = 0
    running: bool = False
    signal_sent: str = ""

    @classmethod
    def from_wire(cls, data: object) -> KillResult:
        o = Obj(data)
        return cls(o.text("exec_id"), o.integer("pid"), o.flag("running"), o.text("signal_sent"))


@dataclass(frozen=True)
class WaitResult:
    """One wait-exit long poll."""

    exec_id: str
    running: bool
    exit_code: int | None = None
    signal: str | None = None
    ended_at: datetime | None = None
    timed_out: bool = False

    @classmethod
    def from_wire(cls, data: object) -> WaitResult:
        o = Obj(data)
        return cls(
            exec_id=o.text("exec_id"),
            running=o.flag("running"),
            exit_code=o.opt_integer("exit_code"),
            signal=o.text("signal") or None,
            ended_at=o.time("ended_at"),
            timed_out=o.flag("timed_out"),
        )
