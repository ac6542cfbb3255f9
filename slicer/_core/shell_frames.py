"""Interactive-shell frames (PROTOCOL.md §3.13), sans-IO.

Each binary WebSocket message carries one frame: 1 byte type, 4 bytes payload length
(unsigned big-endian), then the payload. :class:`FrameReader` also accepts frames split
across messages or several frames in one message, so a peer that batches is understood.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

from slicer.errors import ProtocolError

__all__ = [
    "HEADER_SIZE",
    "MAX_PAYLOAD",
    "FrameReader",
    "FrameType",
    "ShellFrame",
    "encode_frame",
    "parse_window_size",
    "window_size_frame",
]

HEADER_SIZE = 5
#: Largest payload accepted by :class:`FrameReader` (16 MiB); a longer length is garbage.
MAX_PAYLOAD = 16 * 1024 * 1024
_HEADER = struct.Struct(">BI")
_SIZE = struct.Struct(">II")


class FrameType(IntEnum):
    """Frame types; the direction each one travels is in brackets."""

    DATA = 0x01  #: raw terminal bytes [both ways]
    WINDOW_SIZE = 0x02  #: columns, rows as uint32 big-endian [client → server]
    SHUTDOWN = 0x03  #: end the session, or it is ending [either way]
    HEARTBEAT = 0x04  #: keep-alive, empty [client → server]
    SESSION_CLOSE = 0x05  #: the session has ended, empty [server → client]


@dataclass(frozen=True)
class ShellFrame:
    """One decoded frame. ``type`` is an ``int`` so unknown types survive decoding."""

    type: int
    payload: bytes = b""

    def encode(self) -> bytes:
        return encode_frame(self.type, self.payload)


def encode_frame(frame_type: int, payload: bytes = b"") -> bytes:
    """One frame: ``type`` (0-255), the payload length, the payload."""
    if not 0 <= frame_type <= 0xFF:
        raise ValueError(f"frame type must fit in one byte, got {frame_type}")
    if len(payload) > 0xFFFFFFFF:
        raise ValueError("frame payload longer than 4 GiB")
    return _HEADER.pack(frame_type, len(payload)) + bytes(payload)


def _dimension(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 0xFFFF:
        raise ValueError(f"{name} must be an integer from 1 to 65535, got {value!r}")
    return value


def window_size_frame(cols: int, rows: int) -> bytes:
    """A WindowSize frame for a terminal of ``cols`` x ``rows`` characters (1-65535 each)."""
    payload = _SIZE.pack(_dimension("cols", cols), _dimension("rows", rows))
    return encode_frame(FrameType.WINDOW_SIZE, payload)


def parse_window_size(payload: bytes) -> tuple[int, int]:
    """``(cols, rows)`` from a WindowSize payload.

    Raises:
        ProtocolError: the payload is not 8 bytes.
    """
    if len(payload) != _SIZE.size:
        raise ProtocolError(f"window-size payload must be 8 bytes, got {len(payload)}")
    cols, rows = _SIZE.unpack(payload)
    return int(cols), int(rows)


class FrameReader:
    """Incremental decoder: feed message payloads, get complete frames back."""

    def __init__(self, max_payload: int = MAX_PAYLOAD) -> None:
        self._buffer = bytearray()
        self._max = max_payload

    @property
    def pending(self) -> int:
        """Bytes held back, waiting for the rest of a frame."""
        return len(self._buffer)

    def feed(self, data: bytes | bytearray | memoryview) -> list[ShellFrame]:
        """Add ``data`` and return every frame it completes, in order.

        Raises:
            ProtocolError: a frame announces a payload longer than ``max_payload``.
        """
        self._buffer += data
        frames: list[ShellFrame] = []
        offset = 0
        buffer = self._buffer
        while len(buffer) - offset >= HEADER_SIZE:
            frame_type, length = _HEADER.unpack_from(buffer, offset)
            if length > self._max:
                raise ProtocolError(
                    f"shell frame announces {length} payload bytes (limit {self._max})"
                )
            end = offset + HEADER_SIZE + length
            if len(buffer) < end:
                break
            frames.append(ShellFrame(frame_type, bytes(buffer[offset + HEADER_SIZE : end])))
            offset = end
        if offset:
            del buffer[:offset]
        return frames
