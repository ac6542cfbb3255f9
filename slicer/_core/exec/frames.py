"""Typed exec frames, decoded from the NDJSON objects of PROTOCOL.md §3.6 and §3.8.3.

Typed frames carry ``type``; legacy (untyped) frames carry ``stdout``/``stderr`` fields and an
``exit_code`` on every line. Output payloads are always ``bytes`` here, whatever the
``encoding`` on the wire.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import datetime

from slicer._core.exec.ndjson import LineSplitter
from slicer._core.models._read import Obj
from slicer.errors import ProtocolError

__all__ = [
    "Exit",
    "Frame",
    "FrameDecoder",
    "Gap",
    "Started",
    "Stderr",
    "Stdout",
    "decode_frame",
    "decode_line",
]


@dataclass(frozen=True)
class Started:
    """The remote process started (``pid`` is its id in the VM)."""

    pid: int
    started_at: datetime | None = None
    timestamp: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Stdout:
    """A chunk of standard output."""

    data: bytes
    timestamp: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Stderr:
    """A chunk of standard error."""

    data: bytes
    timestamp: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Exit:
    """The process ended: the terminal frame of a stream.

    Attributes:
        exit_code: the exit status (for a signal death, whatever the daemon reports).
        signal: the name of the terminating signal (e.g. ``KILL``), or ``None``.
        error: the daemon's error text when the command could not run (e.g. not found).
    """

    exit_code: int
    signal: str | None = None
    pid: int | None = None
    ended_at: datetime | None = None
    timestamp: datetime | None = None
    error: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Gap:
    """Background logs only: the ring buffer dropped output before this point."""

    dropped_bytes: int
    dropped_frames: int
    message: str = ""
    id: int | None = None
    timestamp: datetime | None = None


Frame = Started | Stdout | Stderr | Exit | Gap

_LEGACY_EXIT = re.compile(r"^exit status (-?\d+)$")


def _payload(o: Obj, key: str, base64_encoded: bool) -> bytes:
    text = o.text(key)
    if not text:
        return b""
    if not base64_encoded:
        return text.encode("utf-8", errors="surrogateescape")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ProtocolError(f"invalid base64 in exec frame field {key!r}") from exc


def decode_frame(data: object) -> list[Frame]:
    """Turn one decoded JSON object into zero or more frames.

    A legacy frame may hold stdout, stderr and an exit at once, hence the list. Unknown
    typed frames give nothing, except that their ``error``/non-zero ``exit_code`` still
    end the stream as the Go SDK does.
    """
    if not isinstance(data, dict):
        raise ProtocolError(f"exec frame is not a JSON object: {data!r:.80}")
    o = Obj(data)
    kind = o.text("type")
    b64 = o.text("encoding") == "base64"
    ident = o.opt_integer("id")
    stamp = o.time("timestamp")
    error = o.text("error") or None
    if kind == "started":
        return [Started(o.integer("pid"), o.time("started_at"), stamp, ident)]
    if kind in ("stdout", "stderr"):
        payload = _payload(o, "data", b64) or _payload(o, kind, b64)
        cls = Stdout if kind == "stdout" else Stderr
        frames: list[Frame] = [cls(payload, stamp, ident)] if payload else []
        return frames + ([_exit(o, error, stamp, ident)] if error else [])
    if kind == "exit":
        return [_exit(o, error, stamp, ident)]
    if kind == "gap":
        return [
            Gap(
                o.integer("dropped_bytes"),
                o.integer("dropped_frames"),
                o.text("message"),
                ident,
                stamp,
            )
        ]
    if kind:
        return [_exit(o, error, stamp, ident)] if error or o.integer("exit_code") else []
    # Legacy, untyped frame.
    out: list[Frame] = []
    stdout, stderr = _payload(o, "stdout", b64), _payload(o, "stderr", b64)
    if not stdout and not stderr:
        stdout = stderr = _payload(o, "data", b64)
    if stdout:
        out.append(Stdout(stdout, stamp, ident))
    if stderr:
        out.append(Stderr(stderr, stamp, ident))
    if error or o.integer("exit_code"):
        out.append(_exit(o, error, stamp, ident))
    return out


def _exit(o: Obj, error: str | None, stamp: datetime | None, ident: int | None) -> Exit:
    code = o.integer("exit_code")
    if error:
        legacy = _LEGACY_EXIT.match(error)
        if legacy:  # an old agent reporting a plain non-zero exit, not a failure to run
            return Exit(
                code or int(legacy.group(1)),
                None,
                o.opt_integer("pid"),
                o.time("ended_at"),
                stamp,
                None,
                ident,
            )
        code = code or 1
    return Exit(
        code,
        o.text("signal") or None,
        o.opt_integer("pid"),
        o.time("ended_at"),
        stamp,
        error,
        ident,
    )


def decode_line(line: bytes) -> list[Frame]:
    """Decode one NDJSON line."""
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise ProtocolError(f"exec stream line is not JSON: {line[:80]!r}") from exc
    return decode_frame(data)


class FrameDecoder:
    """NDJSON bytes in (any chunking), frames out; :meth:`flush` at the end of the body
    decodes a last line that has no newline."""

    __slots__ = ("_splitter",)

    def __init__(self) -> None:
        self._splitter = LineSplitter()

    def feed(self, data: bytes) -> list[Frame]:
        frames: list[Frame] = []
        for line in self._splitter.feed(data):
            frames += decode_line(line)
        return frames

    def flush(self) -> list[Frame]:
        tail = self._splitter.flush()
        return [] if tail is None else decode_line(tail)
