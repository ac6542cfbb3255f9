"""Typed fs entries and watch events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from slicer import FileBytes, FsEntry, FsEvent
from slicer._core.sse import SSEEvent
from slicer.errors import ProtocolError


def test_entry_mtime_rfc3339_or_unix_seconds() -> None:
    a = FsEntry.from_wire(
        {
            "name": "a",
            "type": "file",
            "size": 3,
            "mtime": "2026-05-01T10:00:00.123456789Z",
            "mode": "0644",
        }
    )
    b = FsEntry.from_wire(
        {"name": "b", "type": "directory", "size": 0, "mtime": 1777629600, "mode": "755"}
    )
    assert a.mtime == datetime(2026, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)
    assert b.mtime == datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
    assert (a.mode, b.mode) == (0o644, 0o755)
    assert a.is_file and b.is_dir and not a.is_symlink


def test_event_id_falls_back_to_the_sse_id() -> None:
    data = (
        '{"id":0,"type":"create","path":"/x","timestamp":"2026-05-01T10:00:00Z",'
        '"size":1,"isDir":true}'
    )
    event = FsEvent.from_sse(SSEEvent(data, "watch", "42"))
    assert (event.id, event.type, event.path, event.is_dir, event.size) == (
        42,
        "create",
        "/x",
        True,
        1,
    )
    assert event.timestamp == datetime(2026, 5, 1, 10, tzinfo=UTC)
    assert FsEvent.from_sse(SSEEvent(data.replace('"id":0', '"id":3'), "watch", "42")).id == 3


def test_bad_event_json() -> None:
    with pytest.raises(ProtocolError, match="failed to parse watch event"):
        FsEvent.from_sse(SSEEvent("{nope"))
    with pytest.raises(ProtocolError):
        FsEvent.from_sse(SSEEvent("[1]"))


def test_file_bytes() -> None:
    data = FileBytes(b"abc", mode=0o755)
    assert data == b"abc" and data.mode == 0o755 and isinstance(data, bytes)
