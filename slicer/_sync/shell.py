"""``ShellSession``: an interactive shell in a VM over a WebSocket (§3.13), on threads.

Hand-written twin of :mod:`slicer._async.shell` (asyncio). Output is read on the calling
thread from the session's event queue (filled by httpx-ws's receiver thread); input may
be sent from any thread.
"""

from __future__ import annotations

import collections
import contextlib
import queue
import threading
import time
from collections.abc import Iterator
from types import TracebackType
from typing import Self

import wsproto
from httpx_ws import WebSocketDisconnect, WebSocketNetworkError

from slicer._core.shell_frames import FrameReader, FrameType, encode_frame, window_size_frame
from slicer._shell_common import shell_request
from slicer._sync._http import SyncHTTP
from slicer._sync._websocket import open_websocket
from slicer._ws_session import WebSocketSession
from slicer.errors import ProtocolError, ShellClosedError

__all__ = ["ShellSession"]

#: Seconds :meth:`ShellSession.close` waits for the daemon to end the session.
_CLOSE_WAIT = 5.0
_END = b""


class ShellSession:
    """A terminal session: :meth:`send` keystrokes, iterate (or :meth:`recv`) output bytes,
    :meth:`resize` the terminal, :meth:`close` to end it. Create it with :meth:`VM.shell`;
    use it as a context manager.

    Output is the raw byte stream of a PTY (stdout and stderr together, with terminal
    escape sequences). The protocol carries no exit status.
    """

    def __init__(self, http: SyncHTTP, hostname: str) -> None:
        self._http = http
        self.hostname = hostname
        self._stack = contextlib.ExitStack()
        self._ws: WebSocketSession | None = None
        self._frames = FrameReader()
        self._pending: collections.deque[bytes] = collections.deque()
        self._lock = threading.Lock()
        self._ended = False
        self._closing = False
        self._session_closed = False
        self._error: BaseException | None = None

    @classmethod
    def open(
        cls,
        http: SyncHTTP,
        hostname: str,
        *,
        shell: str | None = None,
        uid: int | None = None,
        gid: int | None = None,
        cwd: str | None = None,
        cols: int = 80,
        rows: int = 24,
    ) -> ShellSession:
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
        try:
            self._ws = self._stack.enter_context(
                open_websocket(http, url, params=params, timeout=http.timeout)
            )
            self._ws.send_bytes(first)
        except BaseException:
            self._stack.close()
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
    def send(self, data: bytes | str) -> None:
        """Type ``data`` (a ``str`` is sent as UTF-8).

        Raises:
            ShellClosedError: the session has ended.
        """
        payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if payload:
            self._send(encode_frame(FrameType.DATA, payload))

    def resize(self, cols: int, rows: int) -> None:
        """Set the terminal size in characters (1-65535 each)."""
        self._send(window_size_frame(cols, rows))

    def _send(self, message: bytes) -> None:
        ws = self._ws
        if ws is None or self.closed:
            raise ShellClosedError(f"the shell session in VM {self.hostname!r} has ended")
        try:
            ws.send_bytes(message)
        except (WebSocketNetworkError, wsproto.utilities.LocalProtocolError) as exc:
            raise ShellClosedError(f"the shell session in VM {self.hostname!r} has ended") from exc

    # -- output ----------------------------------------------------------------------
    def recv(self, timeout: float | None = None) -> bytes:
        """The next chunk of output; ``b""`` once the session has ended.

        Raises:
            TimeoutError: nothing arrived within ``timeout`` seconds.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while not self._pending:
                if self._ended or self._ws is None:
                    return _END
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                self._receive_once(self._ws, left)
            return self._pending.popleft()

    def _receive_once(self, ws: WebSocketSession, timeout: float | None) -> None:
        try:
            event = ws.receive(timeout)
        except queue.Empty:
            raise TimeoutError(f"no shell output within {timeout:g} s") from None
        except (WebSocketDisconnect, WebSocketNetworkError):
            self._ended = True
            return
        if not isinstance(event, wsproto.events.BytesMessage):
            return
        try:
            frames = self._frames.feed(event.data)
        except ProtocolError as exc:
            self._error = exc
            self._ended = True
            return
        for frame in frames:
            if frame.type == FrameType.DATA:
                if frame.payload:
                    self._pending.append(frame.payload)
            elif frame.type in (FrameType.SESSION_CLOSE, FrameType.SHUTDOWN):
                self._session_closed = True
                self._ended = True
                return

    def read_until(self, marker: bytes | str, timeout: float | None = None) -> bytes:
        """Read output until it contains ``marker``; returns everything read (less if the
        session ends first).

        Raises:
            TimeoutError: ``marker`` did not show up within ``timeout`` seconds.
        """
        wanted = marker.encode("utf-8") if isinstance(marker, str) else marker
        deadline = None if timeout is None else time.monotonic() + timeout
        seen = bytearray()
        while wanted not in seen:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            chunk = self.recv(left)
            if not chunk:
                break
            seen += chunk
        return bytes(seen)

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self.recv():
            yield chunk

    # -- end -------------------------------------------------------------------------
    def close(self) -> None:
        """End the session: send Shutdown (the daemon ends the shell), wait briefly for
        the daemon to confirm, close the WebSocket. Idempotent."""
        if self._closing:
            return
        ws = self._ws
        if ws is not None and not self._ended:
            with contextlib.suppress(Exception):
                ws.send_bytes(encode_frame(FrameType.SHUTDOWN))
            deadline = time.monotonic() + _CLOSE_WAIT
            while not self._ended and time.monotonic() < deadline:
                # Another thread may be reading: it sees the end too, so never wait on it.
                if not self._lock.acquire(timeout=0.1):
                    continue
                try:
                    self._pending.clear()
                    self._receive_once(ws, 0.1)
                except Exception:
                    pass  # a timeout, or the end (seen through _ended)
                finally:
                    self._lock.release()
        self._closing = True
        self._stack.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
