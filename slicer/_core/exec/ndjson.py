"""Incremental NDJSON line splitting: bytes in, complete lines out."""

from __future__ import annotations

from slicer.errors import ProtocolError

__all__ = ["MAX_LINE_BYTES", "LineSplitter"]

#: Longest NDJSON line accepted (bytes); a longer one means a broken or hostile peer.
MAX_LINE_BYTES = 64 * 1024 * 1024


class LineSplitter:
    """Split a byte stream on ``\\n``. Memory stays bounded by one line.

    ``feed`` returns the complete lines in the chunk (without the newline, with a
    trailing ``\\r`` removed); ``flush`` returns the final unterminated line, if any.
    """

    __slots__ = ("_buffer", "_max")

    def __init__(self, max_line: int = MAX_LINE_BYTES) -> None:
        self._buffer = bytearray()
        self._max = max_line

    def feed(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        if b"\n" not in chunk:
            self._check()
            return []
        *lines, rest = self._buffer.split(b"\n")
        self._buffer = bytearray(rest)
        self._check()
        return [bytes(line).removesuffix(b"\r") for line in lines if line.strip()]

    def flush(self) -> bytes | None:
        line = bytes(self._buffer).removesuffix(b"\r")
        self._buffer.clear()
        return line if line.strip() else None

    def _check(self) -> None:
        if len(self._buffer) > self._max:
            raise ProtocolError(f"NDJSON line longer than {self._max} bytes")
