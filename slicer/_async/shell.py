"""``AsyncShellSession``: an interactive shell in a VM over a WebSocket (§3.13), on asyncio.

Hand-written twin of :mod:`slicer._sync.shell` (threads). The WebSocket lives in a task
the session owns, so the caller's task never holds httpx-ws's task group (and its
cancel scope) between calls.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, Self

import httpx
import wsproto
from httpx_ws import WebSocketDisconnect, WebSocketNetworkError

from slicer._async._http import AsyncHTTP
from slicer._async._websocket import open_websocket
from slicer._core.shell_frames import FrameReader, FrameType, encode_frame, window_size_frame
from slicer._shell_common import shell_request
from slicer._ws_session import AsyncWebSocketSession, close_gracefully
from slicer.errors import ProtocolError, ShellClosedError

__all__ = ["AsyncShellSession"]

#: Output chunks buffered before the session stops reading (backpressure).
_QUEUE = 256
#: Seconds :meth:`AsyncShellSession.aclose` waits for the daemon to end the session.
_CLOSE_WAIT = 5.0
_END = b""


class AsyncShellSession:
    """A terminal session: :meth:`send` keystrokes, iterate (or :meth:`recv`) output bytes,
    :meth:`resize` the terminal, :meth:`aclose` to end it. Create it with
    :meth:`AsyncVM.shell`; use it as an async context manager.

    Output is the raw byte stream of a PTY (stdout and stderr together, with terminal
    escape sequences). The protocol carries no exit status.
    """

    def __init__(self, http: AsyncHTTP, hostname: str) -> None:
        self._http = http
        self.hostname = hostname
        self._ws: AsyncWebSocketSession | None = None
        self._output: asyncio.Queue[bytes] = asyncio.Queue(_QUEUE)
        self._opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._runner: asyncio.Task[None] | None = None
        self._ended = False
        self._closing = False
        self._session_closed = False
        self._error: BaseException | None = None

    @classmethod
    async def open(
        cls,
        http: AsyncHTTP,
        hostname: str,
        *,
        shell: str | None = None,
        uid: int | None = None,
        gid: int | None = None,
        cwd: str | None = None,
        cols: int = 80,
        rows: int = 24,
    ) -> AsyncShellSession:
        """Open the session and set the terminal size.

        Raises:
            NotFoundError: no such VM (404).
            ConflictError: the VM is paused or stopped (409).
            BadRequestError: a bad shell, cwd, uid or gid (400).
            SlicerConnectionError: the daemon could not be reached.
        """
        first = window_size_frame(cols, rows)
        url, params = shell_request(hostname, shell=shell, uid=uid, gid=gid, cwd=cwd)
        self = cls(http, hostname)
        self._runner = asyncio.create_task(self._run(url, params, first))
        try:
            await asyncio.shield(self._opened)
        except BaseException:
            self._runner.cancel()
            with contextlib.suppress(BaseException):
                await self._runner
            raise
        return self

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"{type(self).__name__}(hostname={self.hostname!r}, {state})"

    @property
    def closed(self) -> bool:
        """True once the session has ended (either side) or was closed."""
        return self._ended or self._closing

    @property
    def session_closed(self) -> bool:
        """True once the daemon announced the end of the session (a SessionClose frame),
        as it does when the shell exits."""
        return self._session_closed

    # -- input -----------------------------------------------------------------------
    async def send(self, data: bytes | str) -> None:
        """Type ``data`` (a ``str`` is sent as UTF-8).

        Raises:
            ShellClosedError: the session has ended.
        """
        payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if payload:
            await self._send(encode_frame(FrameType.DATA, payload))

    async def resize(self, cols: int, rows: int) -> None:
        """Set the terminal size in characters (1-65535 each)."""
        await self._send(window_size_frame(cols, rows))

    async def _send(self, message: bytes) -> None:
        ws = self._ws
        if ws is None or self.closed:
            raise ShellClosedError(f"the shell session in VM {self.hostname!r} has ended")
        try:
            await ws.send_bytes(message)
        except (WebSocketNetworkError, wsproto.utilities.LocalProtocolError) as exc:
            raise ShellClosedError(f"the shell session in VM {self.hostname!r} has ended") from exc

    # -- output ----------------------------------------------------------------------
    async def recv(self, timeout: float | None = None) -> bytes:
        """The next chunk of output; ``b""`` once the session has ended.

        Raises:
            TimeoutError: nothing arrived within ``timeout`` seconds.
        """
        if self._ended and self._output.empty():
            return _END
        async with asyncio.timeout(timeout):
            chunk = await self._output.get()
        if chunk == _END:
            self._output.put_nowait(_END)  # every later call sees the end too
        return chunk

    async def read_until(self, marker: bytes | str, timeout: float | None = None) -> bytes:
        """Read output until it contains ``marker``; returns everything read (less if the
        session ends first).

        Raises:
            TimeoutError: ``marker`` did not show up within ``timeout`` seconds.
        """
        wanted = marker.encode("utf-8") if isinstance(marker, str) else marker
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        seen = bytearray()
        while wanted not in seen:
            left = None if deadline is None else max(0.0, deadline - loop.time())
            chunk = await self.recv(left)
            if not chunk:
                break
            seen += chunk
        return bytes(seen)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while chunk := await self.recv():
            yield chunk

    # -- end -------------------------------------------------------------------------
    async def aclose(self) -> None:
        """End the session: send Shutdown (the daemon ends the shell), wait briefly for
        the daemon to confirm, close the WebSocket. Idempotent."""
        if self._runner is None:
            return
        if not self._closing and not self._ended:
            self._closing = True
            with contextlib.suppress(Exception):
                if self._ws is not None:
                    await self._ws.send_bytes(encode_frame(FrameType.SHUTDOWN))
        self._closing = True
        self._drain()
        try:
            await asyncio.wait_for(asyncio.shield(self._runner), _CLOSE_WAIT)
        except (TimeoutError, Exception):
            self._runner.cancel()
            with contextlib.suppress(BaseException):
                await self._runner

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- the WebSocket task ----------------------------------------------------------
    def _drain(self) -> None:
        while not self._output.empty():
            self._output.get_nowait()

    async def _deliver(self, chunk: bytes) -> None:
        if self._closing:
            return  # nobody reads any more
        await self._output.put(chunk)

    async def _run(self, url: str, params: dict[str, Any], first: bytes) -> None:
        try:
            timeout: httpx.Timeout = self._http.timeout
            async with open_websocket(self._http, url, params=params, timeout=timeout) as ws:
                self._ws = ws
                await ws.send_bytes(first)
                self._opened.set_result(None)
                await self._receive(ws)
                await close_gracefully(ws, 1000, "session ended")
        except Exception as exc:
            if not self._opened.done():
                self._opened.set_exception(_unwrap(exc))
            else:
                self._error = _unwrap(exc)
        finally:
            self._ended = True
            if not self._opened.done():
                self._opened.set_exception(ShellClosedError("the shell session did not open"))
            if self._output.full():
                self._drain()
            self._output.put_nowait(_END)

    async def _receive(self, ws: AsyncWebSocketSession) -> None:
        frames = FrameReader()
        while True:
            try:
                event = await ws.receive()
            except (WebSocketDisconnect, WebSocketNetworkError):
                return
            if not isinstance(event, wsproto.events.BytesMessage):
                continue
            try:
                decoded = frames.feed(event.data)
            except ProtocolError as exc:
                self._error = exc
                return
            for frame in decoded:
                if frame.type == FrameType.DATA:
                    if frame.payload:
                        await self._deliver(frame.payload)
                elif frame.type in (FrameType.SESSION_CLOSE, FrameType.SHUTDOWN):
                    self._session_closed = True
                    return


def _unwrap(exc: BaseException) -> BaseException:
    """httpx-ws's task group wraps errors raised in its block: take the first one."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc
