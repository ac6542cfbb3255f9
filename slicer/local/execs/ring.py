"""The per-exec ring buffer of background output frames (PROTOCOL.md §3.8.3).

Frames get monotonic ids from 1. When the payload bytes held exceed the cap, the oldest
frames are evicted and counted; a reader whose cursor points at evicted frames first gets
a ``gap`` frame saying how much it missed. The ``exit`` frame is never evicted.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

__all__ = ["Ring"]


class Ring:
    """Frames of one background exec, capped at ``cap`` payload bytes."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.frames: deque[tuple[int, int, dict[str, Any]]] = deque()  # (id, size, frame)
        self.next_id = 1
        self.held = 0
        self.bytes_written = 0
        self.bytes_dropped = 0
        self.frames_dropped = 0
        self.closed = False
        self.changed = asyncio.Condition()

    async def append(self, frame: dict[str, Any], size: int = 0, trimmed: int = 0) -> None:
        """Add a frame (``size``: its output bytes; ``trimmed``: bytes cut off its front
        because one chunk was larger than the whole ring), evicting old output beyond the cap.
        """
        async with self.changed:
            frame = {"id": self.next_id, **frame}
            self.frames.append((self.next_id, size, frame))
            self.next_id += 1
            self.held += size
            self.bytes_written += size + trimmed
            self.bytes_dropped += trimmed
            while self.held > self.cap and len(self.frames) > 1:
                _, dropped, _old = self.frames.popleft()  # never the exit frame: it is last
                self.held -= dropped
                self.bytes_dropped += dropped
                self.frames_dropped += 1
            if frame.get("type") == "exit":
                self.closed = True
            self.changed.notify_all()

    def read_from(self, cursor: int) -> tuple[list[dict[str, Any]], int]:
        """Frames with id >= ``cursor`` (a gap frame first if some were evicted), and the
        cursor after them."""
        out: list[dict[str, Any]] = []
        oldest = self.frames[0][0] if self.frames else self.next_id
        if cursor < oldest and self.frames_dropped:
            out.append(
                {
                    "id": oldest - 1,
                    "type": "gap",
                    "dropped_frames": oldest - cursor,
                    "dropped_bytes": self.bytes_dropped,
                    "message": "ring evicted frames before cursor",
                }
            )
            cursor = oldest
        for ident, _, frame in self.frames:
            if ident >= cursor:
                out.append(frame)
        return out, max(cursor, self.next_id)
