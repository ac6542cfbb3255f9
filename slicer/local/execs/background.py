"""Background execs (PROTOCOL.md §3.8): launch, list, info, logs, kill, wait-exit, delete.

Each exec keeps its output in a :class:`~slicer.local.execs.ring.Ring`. The sum of the
rings' caps is bounded by an agent-wide budget; a launch that would exceed it gets 503.
After delete ("reap") the id answers 410 Gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import signal
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from slicer._core.exec.encode import frame_line, now_rfc3339, output_frame
from slicer.local.errors import ApiError, bad_request, not_found
from slicer.local.execs.command import DEFAULT_RING_BYTES, ExecCommand, StartFailure, spawn
from slicer.local.execs.pump import exit_fields, kill_group, pump_output
from slicer.local.execs.ring import Ring
from slicer.local.vm import VM

__all__ = ["BUDGET_BYTES", "BackgroundExec", "BackgroundExecs"]

#: Agent-wide cap on the sum of the ring buffers of unreaped execs (bytes).
BUDGET_BYTES = 256 * 1024 * 1024
SIGNALS = ("TERM", "KILL", "INT", "HUP", "QUIT", "USR1", "USR2")
DEFAULT_GRACE_MS = 5000
MAX_WAIT_SECONDS = 600
DEFAULT_WAIT_SECONDS = 30


@dataclass
class BackgroundExec:
    """One background command and its output ring."""

    exec_id: str
    hostname: str
    proc: asyncio.subprocess.Process
    command: ExecCommand
    ring: Ring
    started_at: str
    exit: dict[str, Any] | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self.exit is None

    def info(self) -> dict[str, Any]:
        """The ``BackgroundExecInfo`` object."""
        out: dict[str, Any] = {
            "exec_id": self.exec_id,
            "pid": self.proc.pid,
            "command": self.command.cmd,
            "started_at": self.started_at,
            "running": self.running,
            "exit_code": None if self.exit is None else self.exit["exit_code"],
            "ended_at": None if self.exit is None else self.exit["ended_at"],
            "bytes_written": self.ring.bytes_written,
            "bytes_dropped": self.ring.bytes_dropped,
            "next_id": self.ring.next_id,
            "ring_bytes": self.ring.cap,
        }
        if self.command.args:
            out["args"] = list(self.command.args)
        if self.command.cwd:
            out["cwd"] = self.command.cwd
        if self.command.uid:
            out["uid"] = self.command.uid
        if self.exit is not None and self.exit.get("signal"):
            out["signal"] = self.exit["signal"]
        return out


class BackgroundExecs:
    """Every background exec of one daemon."""

    def __init__(self, budget: int = BUDGET_BYTES) -> None:
        self.budget = budget
        self._execs: dict[tuple[str, str], BackgroundExec] = {}
        self._reaped: set[tuple[str, str]] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def _committed(self) -> int:
        return sum(e.ring.cap for e in self._execs.values())

    async def start(self, vm: VM, command: ExecCommand) -> dict[str, Any]:
        cap = command.ring_bytes or DEFAULT_RING_BYTES
        if self._committed() + cap > self.budget:
            raise ApiError(
                503,
                f"background exec ring budget exhausted ({self.budget} bytes in use or "
                "reserved); delete finished execs first",
            )
        command.stdio = "base64"
        try:
            proc = await spawn(vm, command)
        except StartFailure as failure:
            raise ApiError(400, failure.message, "exec_failed") from None
        started = now_rfc3339()
        entry = BackgroundExec(
            exec_id=f"ex_{secrets.token_hex(8)}",
            hostname=vm.hostname,
            proc=proc,
            command=command,
            ring=Ring(cap),
            started_at=started,
        )
        await entry.ring.append(
            {"type": "started", "pid": proc.pid, "started_at": started, "timestamp": started}
        )
        entry.task = asyncio.create_task(self._pump(entry))
        self._execs[(vm.hostname, entry.exec_id)] = entry
        return {"exec_id": entry.exec_id, "pid": proc.pid, "started_at": started, "ring_bytes": cap}

    async def _pump(self, entry: BackgroundExec) -> None:
        async def on_chunk(kind: str, data: bytes) -> None:
            trimmed = max(0, len(data) - entry.ring.cap)  # keep the newest bytes of a huge chunk
            data = data[trimmed:]
            await entry.ring.append(output_frame(kind, data, "base64"), len(data), trimmed)

        try:
            await pump_output(entry.proc, on_chunk)
            returncode = await entry.proc.wait()
        except asyncio.CancelledError:
            kill_group(entry.proc)
            returncode = await entry.proc.wait()
        fields = exit_fields(returncode)
        entry.exit = {"type": "exit", "pid": entry.proc.pid, **fields, "timestamp": now_rfc3339()}
        await entry.ring.append(entry.exit)

    def list(self, hostname: str) -> list[dict[str, Any]]:
        return [e.info() for (h, _), e in self._execs.items() if h == hostname]

    def get(self, hostname: str, exec_id: str) -> BackgroundExec:
        entry = self._execs.get((hostname, exec_id))
        if entry is not None:
            return entry
        if (hostname, exec_id) in self._reaped:
            raise ApiError(410, f"exec {exec_id!r} has been reaped")
        raise not_found(f"exec {exec_id!r} not found")

    async def logs(self, entry: BackgroundExec, follow: bool, from_id: int) -> AsyncIterator[bytes]:
        """NDJSON lines from ``from_id`` (oldest held when 0); with ``follow`` until exit."""
        cursor = max(from_id, 1)
        while True:
            async with entry.ring.changed:
                frames, cursor = entry.ring.read_from(cursor)
                if not frames and follow and not entry.ring.closed:
                    await entry.ring.changed.wait()
                    continue
            for frame in frames:
                yield frame_line(frame)
            if not follow or (entry.ring.closed and not entry.ring.read_from(cursor)[0]):
                return

    async def kill(
        self, entry: BackgroundExec, sig_name: str, grace_ms: int | None
    ) -> dict[str, Any]:
        name = (sig_name or "TERM").upper().removeprefix("SIG")
        if name not in SIGNALS:
            raise bad_request(f"unsupported signal {sig_name!r}: use one of {', '.join(SIGNALS)}")
        if grace_ms is not None and grace_ms < 0:
            raise bad_request("grace_ms must not be negative")
        if entry.running:
            kill_group(entry.proc, getattr(signal, f"SIG{name}"))
            if name == "TERM":
                grace = (DEFAULT_GRACE_MS if grace_ms is None else grace_ms) / 1000
                self._tasks.add(task := asyncio.create_task(self._escalate(entry, grace)))
                task.add_done_callback(self._tasks.discard)
        return {
            "exec_id": entry.exec_id,
            "pid": entry.proc.pid,
            "running": entry.running,
            "signal_sent": name,
        }

    async def _escalate(self, entry: BackgroundExec, grace: float) -> None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.wait_closed(entry), grace)
            return
        kill_group(entry.proc, signal.SIGKILL)

    async def wait_closed(self, entry: BackgroundExec) -> None:
        async with entry.ring.changed:
            await entry.ring.changed.wait_for(lambda: entry.exit is not None)

    async def wait_exit(self, entry: BackgroundExec, timeout: int) -> dict[str, Any]:
        timed_out = False
        try:
            await asyncio.wait_for(self.wait_closed(entry), timeout)
        except TimeoutError:
            timed_out = True
        out: dict[str, Any] = {
            "exec_id": entry.exec_id,
            "running": entry.running,
            "exit_code": None if entry.exit is None else entry.exit["exit_code"],
            "ended_at": None if entry.exit is None else entry.exit["ended_at"],
            "timed_out": timed_out,
        }
        if entry.exit is not None and entry.exit.get("signal"):
            out["signal"] = entry.exit["signal"]
        return out

    def delete(self, entry: BackgroundExec) -> dict[str, Any]:
        if entry.running:
            raise ApiError(
                409, f"exec {entry.exec_id!r} is still running: kill it, wait, then delete"
            )
        key = (entry.hostname, entry.exec_id)
        self._execs.pop(key, None)
        self._reaped.add(key)
        return {"exec_id": entry.exec_id, "reaped": True}

    def prune(self, vm_exists: Callable[[str], bool]) -> None:
        """Forget the execs of VMs that no longer exist (frees their ring budget)."""
        for key in [k for k in self._execs if not vm_exists(k[0])]:
            entry = self._execs.pop(key)
            if entry.task is not None and entry.running:
                kill_group(entry.proc)
