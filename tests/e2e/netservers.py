"""Small upstream servers for the forward tests, run on threads of this process.

A local VM shares the host's network and filesystem, so a server listening on the host's
127.0.0.1 is reachable as ``127.0.0.1:<port>`` inside the VM, and a UNIX socket placed under
the VM's root directory is the VM path ``/<relative path>``.

Protocols:
- echo: every byte comes back.
- sink: the client sends an 8-byte big-endian length N, then N bytes; the server answers
  with the 32-byte SHA-256 of those bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = [
    "ThreadServer",
    "closed_port",
    "free_port",
    "pattern_chunks",
    "recv_exactly",
    "serve_echo",
    "serve_flood",
    "serve_sink",
]

Handler = Callable[[socket.socket], None]


class ThreadServer:
    """Accept connections on a thread; one thread per connection."""

    def __init__(self, sock: socket.socket, handler: Handler) -> None:
        self.sock = sock
        self.handler = handler
        self.connections = 0
        self._closing = False
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def _loop(self) -> None:
        while not self._closing:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            self.handler(conn)

    def close(self) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self._thread.join(5)


def _echo(conn: socket.socket) -> None:
    while data := conn.recv(256 * 1024):
        conn.sendall(data)


def _sink(conn: socket.socket) -> None:
    (size,) = struct.unpack(">Q", recv_exactly(conn, 8))
    digest = hashlib.sha256()
    left = size
    while left:
        data = conn.recv(min(left, 1024 * 1024))
        if not data:
            return
        digest.update(data)
        left -= len(data)
    conn.sendall(digest.digest())


def _flood(conn: socket.socket) -> None:
    block = os.urandom(256 * 1024)
    while True:
        conn.sendall(block)


def _listen(unix_path: Path | None) -> socket.socket:
    if unix_path is None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
    else:
        unix_path.parent.mkdir(parents=True, exist_ok=True)
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(unix_path))
    sock.listen(256)
    return sock


@contextlib.contextmanager
def serve_echo(unix_path: Path | None = None) -> Iterator[ThreadServer]:
    server = ThreadServer(_listen(unix_path), _echo)
    try:
        yield server
    finally:
        server.close()


@contextlib.contextmanager
def serve_sink(unix_path: Path | None = None) -> Iterator[ThreadServer]:
    server = ThreadServer(_listen(unix_path), _sink)
    try:
        yield server
    finally:
        server.close()


@contextlib.contextmanager
def serve_flood() -> Iterator[ThreadServer]:
    """Sends data until the connection breaks, without reading."""
    server = ThreadServer(_listen(None), _flood)
    try:
        yield server
    finally:
        server.close()


def recv_exactly(conn: socket.socket, size: int) -> bytes:
    buf = bytearray()
    while len(buf) < size:
        data = conn.recv(size - len(buf))
        if not data:
            raise ConnectionError(f"connection closed after {len(buf)} of {size} bytes")
        buf += data
    return bytes(buf)


def free_port() -> int:
    """A TCP port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def closed_port() -> int:
    """A port nothing listens on (bound and released, so connecting is refused)."""
    return free_port()


def pattern_chunks(total: int, chunk: int = 1024 * 1024) -> Iterator[bytes]:
    """``total`` bytes in chunks: one random block, each chunk stamped with its index."""
    block = bytearray(os.urandom(chunk))
    index = 0
    sent = 0
    while sent < total:
        size = min(chunk, total - sent)
        block[:8] = struct.pack(">Q", index)
        yield bytes(block[:size])
        sent += size
        index += 1
