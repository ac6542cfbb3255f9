"""I/O primitives of the async twin: a raw connection to the daemon, background tasks, and
stdin sources. ``slicer/_sync/_backend.py`` is its hand-written thread-based twin with the
same names (minus ``Async``); the rest of the exec code is written once against these.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import IO, Any
from urllib.parse import urlsplit

from slicer._core.urls import Endpoint

__all__ = [
    "READ_SIZE",
    "AsyncConnection",
    "AsyncTask",
    "DeadlineExceeded",
    "iterate_source",
    "monotonic",
    "spawn",
]

#: Bytes asked for per read of the connection.
READ_SIZE = 256 * 1024


class DeadlineExceeded(Exception):
    """A read did not finish before the caller's deadline."""


def monotonic() -> float:
    """Seconds on the monotonic clock (deadlines are expressed on it)."""
    return time.monotonic()


class AsyncConnection:
    """A plain byte stream to the daemon (UNIX socket, TCP or TLS)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._closed = False

    @classmethod
    async def open(cls, endpoint: Endpoint, connect_timeout: float | None) -> AsyncConnection:
        """Connect to ``endpoint``; ``OSError``/``TimeoutError`` when it cannot be reached."""
        if endpoint.socket_path is not None:
            opening = asyncio.open_unix_connection(endpoint.socket_path, limit=READ_SIZE)
        else:
            parts = urlsplit(endpoint.url)
            secure = parts.scheme == "https"
            port = parts.port or (443 if secure else 80)
            context = ssl.create_default_context() if secure else None
            opening = asyncio.open_connection(parts.hostname, port, ssl=context, limit=READ_SIZE)
        reader, writer = await asyncio.wait_for(opening, connect_timeout)
        return cls(reader, writer)

    async def send_all(self, data: bytes) -> None:
        if data:
            self._writer.write(data)
            await self._writer.drain()

    async def receive_some(self, deadline: float | None = None) -> bytes:
        """Up to ``READ_SIZE`` bytes; ``b""`` at EOF. Raises ``DeadlineExceeded``."""
        if deadline is None:
            return await self._reader.read(READ_SIZE)
        remaining = deadline - monotonic()
        if remaining <= 0:
            raise DeadlineExceeded
        try:
            return await asyncio.wait_for(self._reader.read(READ_SIZE), remaining)
        except TimeoutError:
            raise DeadlineExceeded from None

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._writer.close()
        with contextlib.suppress(Exception):
            await self._writer.wait_closed()


class AsyncTask:
    """A background coroutine (the stdin writer)."""

    def __init__(self, task: asyncio.Task[None]) -> None:
        self._task = task

    async def join(self) -> None:
        """Wait for it; its exception, if any, is raised here."""
        await self._task

    def cancel(self) -> None:
        self._task.cancel()

    async def stop(self) -> None:
        """Cancel and wait for it, ignoring how it ended."""
        self._task.cancel()
        with contextlib.suppress(BaseException):
            await self._task


def spawn(fn: Callable[[], Awaitable[None]]) -> AsyncTask:
    """Run ``fn()`` concurrently."""

    async def runner() -> None:
        await fn()

    return AsyncTask(asyncio.ensure_future(runner()))


async def iterate_source(source: Any, chunk_size: int = 64 * 1024) -> AsyncIterator[bytes]:
    """Bytes from a stdin source: ``bytes``, ``str``, a binary file, or a (async) iterable
    of bytes. Files are read ``chunk_size`` bytes at a time (without blocking the loop)."""
    if isinstance(source, str):
        source = source.encode()
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        for start in range(0, len(data), chunk_size):
            yield data[start : start + chunk_size]
        return
    if hasattr(source, "read"):
        handle: IO[bytes] = source
        while True:
            block = await asyncio.to_thread(handle.read, chunk_size)
            if not block:
                return
            yield block.encode() if isinstance(block, str) else block
    if isinstance(source, AsyncIterable):
        async for item in source:
            yield item.encode() if isinstance(item, str) else bytes(item)
        return
    if isinstance(source, Iterable):
        for item in source:
            yield item.encode() if isinstance(item, str) else bytes(item)
        return
    raise TypeError(f"unsupported stdin source: {type(source).__name__}")
