"""A push parser for Server-Sent Events (``text/event-stream``), bytes in, events out.

It follows the WHATWG rules the Slicer watch stream relies on (PROTOCOL.md §3.11): lines end
with ``\\n`` (a trailing ``\\r`` is dropped), a blank line dispatches the event collected so
far, ``:`` starts a comment (heartbeats), several ``data:`` lines are joined with ``\\n``,
the last ``id:`` persists across events. A blank line with no ``data`` dispatches nothing,
so heartbeat comments never become (empty) events — the bug httpx-sse 0.4.3 has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from slicer.errors import ProtocolError

__all__ = ["MAX_LINE_BYTES", "SSEEvent", "SSEParser"]

#: Longest line accepted, in bytes (the Go SDK's limit); longer ones raise ProtocolError.
MAX_LINE_BYTES: Final = 1 << 20


@dataclass(frozen=True)
class SSEEvent:
    """One dispatched event.

    Attributes:
        data: the ``data`` lines joined with ``\\n``.
        event: the ``event`` field (``"message"`` when not given).
        id: the last event id seen on the stream so far (``None`` if none yet).
        retry: the ``retry`` field in milliseconds, if this event set one.
    """

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEParser:
    """Feed chunks with :meth:`feed`; call :meth:`close` at the end of the stream."""

    def __init__(self, max_line: int = MAX_LINE_BYTES) -> None:
        self._max_line = max_line
        self._buffer = bytearray()
        self._data: list[str] = []
        self._event = ""
        self._retry: int | None = None
        self.last_id: str | None = None

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """Consume ``chunk``; return the events it completes."""
        events: list[SSEEvent] = []
        self._buffer += chunk
        start = 0
        while True:
            end = self._buffer.find(b"\n", start)
            if end < 0:
                break
            line = bytes(self._buffer[start:end])
            start = end + 1
            if len(line) > self._max_line:
                raise ProtocolError(f"event stream line longer than {self._max_line} bytes")
            if line.endswith(b"\r"):
                line = line[:-1]
            event = self._line(line.decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        del self._buffer[:start]
        if len(self._buffer) > self._max_line:
            raise ProtocolError(f"event stream line longer than {self._max_line} bytes")
        return events

    def close(self) -> list[SSEEvent]:
        """End of stream: dispatch what is pending (as the Go SDK does) and reset."""
        events: list[SSEEvent] = []
        if self._buffer:
            line = bytes(self._buffer).rstrip(b"\r")
            self._buffer.clear()
            event = self._line(line.decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        event = self._dispatch()
        if event is not None:
            events.append(event)
        return events

    def _line(self, line: str) -> SSEEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self.last_id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> SSEEvent | None:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], "", None
        if not data:
            return None
        return SSEEvent("\n".join(data), event or "message", self.last_id, retry)
