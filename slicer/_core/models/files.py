"""Filesystem entries and watch events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from slicer._core.models._read import Obj
from slicer._core.sse import SSEEvent
from slicer._core.timestamps import parse_timestamp
from slicer.errors import ProtocolError

__all__ = ["FileBytes", "FsEntry", "FsEvent", "parse_mode"]


def parse_mode(text: object) -> int:
    """An octal mode string (``"0644"``, ``"755"``) → its bits; ``0`` when unreadable."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    if isinstance(text, str):
        try:
            return int(text.strip(), 8)
        except ValueError:
            return 0
    return 0


class FileBytes(bytes):
    """The bytes of a file read with ``vm.fs.read_file``; ``mode`` holds its permission
    bits (from ``X-Slicer-File-Mode``, ``0o600`` when the daemon does not say)."""

    mode: int

    def __new__(cls, data: bytes, mode: int = 0o600) -> FileBytes:
        obj = super().__new__(cls, data)
        obj.mode = mode
        return obj


@dataclass(frozen=True)
class FsEntry:
    """A file, directory or symlink in the VM (``vm.fs.stat`` / ``vm.fs.read_dir``).

    Attributes:
        name: base name.
        type: ``"file"``, ``"directory"`` or ``"symlink"`` (a newer daemon may add others).
        size: bytes.
        mtime: modification time (the daemon sends RFC 3339 or Unix seconds; both read).
        mode: permission bits, e.g. ``0o644``.
    """

    name: str
    type: str
    size: int = 0
    mtime: datetime | None = None
    mode: int = 0

    @property
    def is_dir(self) -> bool:
        return self.type == "directory"

    @property
    def is_file(self) -> bool:
        return self.type == "file"

    @property
    def is_symlink(self) -> bool:
        return self.type == "symlink"

    @classmethod
    def from_wire(cls, data: object) -> FsEntry:
        o = Obj(data)
        return cls(
            name=o.text("name"),
            type=o.text("type"),
            size=o.integer("size"),
            mtime=o.time("mtime"),
            mode=parse_mode(o.text("mode")),
        )


@dataclass(frozen=True)
class FsEvent:
    """One filesystem event from ``vm.fs.watch``.

    Attributes:
        id: the event id (per connection, from 1).
        type: ``"create"``, ``"write"``, ``"remove"``, ``"rename"`` or ``"chmod"``.
        path: absolute path in the VM.
        timestamp: when it happened.
        size: file size in bytes when the event was sent.
        is_dir: whether the path is a directory.
        message: extra information from the daemon, if any.
    """

    id: int
    type: str
    path: str
    timestamp: datetime | None
    size: int = 0
    is_dir: bool = False
    message: str = ""

    @classmethod
    def from_sse(cls, event: SSEEvent) -> FsEvent:
        """Decode one SSE event's JSON data; the id is the JSON ``id`` unless it is 0, then
        the stream's last ``id:`` line.

        Raises:
            ProtocolError: the data is not a JSON object.
        """
        try:
            data = json.loads(event.data)
        except ValueError:
            raise ProtocolError(f"failed to parse watch event: {event.data[:200]!r}") from None
        if not isinstance(data, dict):
            raise ProtocolError(f"failed to parse watch event: {event.data[:200]!r}")
        o = Obj(data)
        event_id = o.integer("id")
        if not event_id and event.id and event.id.isdigit():
            event_id = int(event.id)
        return cls(
            id=event_id,
            type=o.text("type"),
            path=o.text("path"),
            timestamp=parse_timestamp(data.get("timestamp")),
            size=o.integer("size"),
            is_dir=o.flag("isDir"),
            message=o.text("message"),
        )
