"""Results of commands, and the sans-IO collector that turns frames into one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from slicer._core.exec.frames import Exit, Frame, Gap, Started, Stderr, Stdout
from slicer._core.models._read import Obj
from slicer.errors import ExecError, RemoteCommandError

__all__ = ["CompletedProcess", "ExecResult", "OutputCollector"]


@dataclass(frozen=True)
class CompletedProcess:
    """What :meth:`~slicer.VM.run` returns, in the shape of :class:`subprocess.CompletedProcess`.

    Attributes:
        args: the command as given.
        returncode: the exit status (128+N when a signal ended it, as a shell reports it).
        stdout, stderr: captured output (``bytes``, or ``str`` with ``text=True``), or
            ``None`` when not captured.
        pid: the process id in the VM.
        signal: the name of the signal that ended it (e.g. ``SIGKILL``), or ``None``.
    """

    args: Any
    returncode: int
    stdout: Any = None
    stderr: Any = None
    pid: int | None = None
    signal: str | None = None

    def check_returncode(self) -> None:
        """Raise :class:`~slicer.errors.ExecError` if the exit status is non-zero."""
        if self.returncode:
            raise ExecError(self)


@dataclass(frozen=True)
class ExecResult:
    """The buffered exec answer (``buffered=true``): all output at once."""

    exit_code: int
    stdout: bytes = b""
    stderr: bytes = b""
    pid: int | None = None
    signal: str | None = None
    error: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None

    @classmethod
    def from_wire(cls, data: object) -> ExecResult:
        import base64

        o = Obj(data)
        b64 = o.text("encoding") == "base64"

        def payload(key: str) -> bytes:
            text = o.text(key)
            return base64.b64decode(text) if b64 else text.encode("utf-8", "surrogateescape")

        return cls(
            exit_code=o.integer("exit_code"),
            stdout=payload("stdout"),
            stderr=payload("stderr"),
            pid=o.opt_integer("pid"),
            signal=o.text("signal") or None,
            error=o.text("error") or None,
            started_at=o.time("started_at"),
            ended_at=o.time("ended_at"),
        )


@dataclass
class OutputCollector:
    """Accumulates frames into a result; ``capture=False`` keeps no output."""

    capture: bool = True
    stdout: bytearray = field(default_factory=bytearray)
    stderr: bytearray = field(default_factory=bytearray)
    pid: int | None = None
    exit: Exit | None = None
    others: list[Frame] = field(default_factory=list)

    def add(self, frame: Frame) -> None:
        if isinstance(frame, Stdout):
            if self.capture:
                self.stdout += frame.data
        elif isinstance(frame, Stderr):
            if self.capture:
                self.stderr += frame.data
        elif isinstance(frame, Started):
            self.pid = frame.pid
            self.others.append(frame)
        elif isinstance(frame, Exit):
            self.exit = frame
            self.pid = frame.pid or self.pid
            self.others.append(frame)
        elif isinstance(frame, Gap):
            self.others.append(frame)

    def output(self, text: bool) -> tuple[Any, Any]:
        if not self.capture:
            return None, None
        if text:
            return self.stdout.decode("utf-8", "replace"), self.stderr.decode("utf-8", "replace")
        return bytes(self.stdout), bytes(self.stderr)

    def result(self, args: Any, text: bool) -> CompletedProcess:
        """The final result; an error frame raises :class:`RemoteCommandError`."""
        assert self.exit is not None, "result() before the exit frame"
        if self.exit.error:
            raise RemoteCommandError(self.exit.error, self.exit.exit_code, args)
        stdout, stderr = self.output(text)
        return CompletedProcess(
            args, self.exit.exit_code, stdout, stderr, self.pid, self.exit.signal
        )
