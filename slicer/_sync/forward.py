"""``Forwarder``: local TCP/UNIX listeners tunnelled into a VM, one WebSocket per accepted
connection (PROTOCOL.md §3.12), on threads.

Hand-written twin of :mod:`slicer._async.forward` (asyncio); a parity test keeps their
public surfaces identical. Threads: one accept thread per forwarder (a selector over every
listener plus a wake-up socket), and per tunnel one thread per direction besides the
session's own receiver. Every blocking call is woken by a socket shutdown on close, so no
thread outlives :meth:`Forwarder.close` (see :mod:`slicer._ws_session`).
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import wsproto
from httpx_ws import (
    WebSocketDisconnect,
    WebSocketInvalidTypeReceived,
    WebSocketNetworkError,
)

from slicer._core.forward_spec import ForwardListener
from slicer._forward_common import (
    CHUNK,
    Bound,
    bind_all,
    check_dial_timeout,
    default_client_id,
    log,
    parse_specs,
    tunnel_request,
)
from slicer._sync._http import SyncHTTP
from slicer._sync._websocket import open_websocket
from slicer._ws_session import WebSocketSession, abort_socket

__all__ = ["Forwarder"]

_NORMAL_CLOSE = (1000, 1001)
#: Seconds close() waits for each thread (they are woken at once; this only bounds a
#: handshake still in progress, which its dial timeout ends anyway).
_JOIN_TIMEOUT = 15.0


class Forwarder:
    """Running port forwards into one VM. Create it with :meth:`VM.forward`.

    Every listener is bound before it is returned. Each accepted connection gets its own
    WebSocket to the daemon; when either end finishes, both are torn down (there is no
    half-close). A connection whose tunnel cannot be opened (the daemon refuses the
    upgrade, e.g. 502 when nothing listens on the upstream, or closes it at once) is
    closed straight away and logged on the ``slicer.forward`` logger; the forwarder keeps
    serving. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        http: SyncHTTP,
        hostname: str,
        bound: list[Bound],
        client_id: str,
        dial_timeout: float | None,
    ) -> None:
        self._http = http
        self.hostname = hostname
        self._bound = bound
        self._client_id = client_id
        self._dial_timeout = dial_timeout
        self._lock = threading.Lock()
        self._tunnels: dict[threading.Thread, _Tunnel] = {}
        self._closed = False
        self._done = threading.Event()
        self._failures = 0
        self._last_error: BaseException | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._acceptor = threading.Thread(
            target=self._accept_loop, name=f"slicer-forward-{hostname}", daemon=True
        )

    @classmethod
    def start(
        cls,
        http: SyncHTTP,
        hostname: str,
        specs: Iterable[str],
        *,
        client_id: str | None = None,
        dial_timeout: float | None = 10.0,
    ) -> Forwarder:
        """Parse ``specs``, bind every listener (all or nothing) and start accepting.

        Raises:
            ForwardSpecError: a spec is malformed (nothing was bound).
            ForwardBindError: a listener could not be bound (the others were closed).
        """
        mappings = parse_specs(specs)
        check_dial_timeout(dial_timeout)
        bound = bind_all(mappings)
        self = cls(http, hostname, bound, client_id or default_client_id(), dial_timeout)
        self._acceptor.start()
        return self

    def __repr__(self) -> str:
        specs = ", ".join(repr(b.listener.spec) for b in self._bound)
        return f"{type(self).__name__}(hostname={self.hostname!r}, specs=[{specs}])"

    # -- state -----------------------------------------------------------------------
    @property
    def listeners(self) -> tuple[ForwardListener, ...]:
        """The bound listeners, in spec order (``local`` shows the real port for port 0)."""
        return tuple(b.listener for b in self._bound)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def active(self) -> int:
        """Tunnels open right now."""
        with self._lock:
            return len(self._tunnels)

    @property
    def failures(self) -> int:
        """Connections whose tunnel could not be opened or was cut abnormally."""
        return self._failures

    @property
    def last_error(self) -> BaseException | None:
        """Why the most recent failed tunnel failed."""
        return self._last_error

    # -- lifecycle -------------------------------------------------------------------
    def wait(self) -> None:
        """Block until the forwarder is closed."""
        self._done.wait()

    def close(self) -> None:
        """Close every listener and live tunnel and remove the UNIX socket files this
        forwarder created. Idempotent; returns once every thread has finished."""
        with self._lock:
            already, self._closed = self._closed, True
        if already:
            self._done.wait()
            return
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._acceptor.is_alive() and self._acceptor is not threading.current_thread():
            self._acceptor.join(_JOIN_TIMEOUT)
        for item in self._bound:
            item.close()
        with self._lock:
            tunnels = list(self._tunnels.items())
        for _, tunnel in tunnels:
            tunnel.abort()
        for thread, _ in tunnels:
            if thread is not threading.current_thread():
                thread.join(_JOIN_TIMEOUT)
        self._wake_r.close()
        self._wake_w.close()
        self._done.set()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- accepting -------------------------------------------------------------------
    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._wake_r, selectors.EVENT_READ, None)
            for item in self._bound:
                selector.register(item.sock, selectors.EVENT_READ, item)
            while not self._closed:
                for key, _ in selector.select():
                    if key.data is None or self._closed:
                        return
                    self._accept(key.data)

    def _accept(self, item: Bound) -> None:
        try:
            conn, _ = item.sock.accept()
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:  # e.g. out of file descriptors: keep serving
            log.warning("forward %s: accept failed: %s", item.listener.local, exc)
            return
        conn.setblocking(True)
        tunnel = _Tunnel(conn)
        thread = threading.Thread(
            target=self._serve, args=(item, tunnel), name="slicer-forward-tunnel", daemon=True
        )
        with self._lock:
            if self._closed:
                conn.close()
                return
            self._tunnels[thread] = tunnel
        thread.start()

    # -- tunnels ---------------------------------------------------------------------
    def _serve(self, item: Bound, tunnel: _Tunnel) -> None:
        url, headers = tunnel_request(self.hostname, item.mapping, self._client_id)
        problem: BaseException | None = None
        try:
            with open_websocket(self._http, url, headers=headers, timeout=self._dial_timeout) as ws:
                problem = tunnel.run(ws)
        except Exception as exc:
            problem = exc
        try:
            if problem is not None and not self._closed:
                self._failed(item, problem)
        finally:
            tunnel.finish()
            with self._lock:
                self._tunnels.pop(threading.current_thread(), None)

    def _failed(self, item: Bound, problem: BaseException) -> None:
        with self._lock:
            self._failures += 1
            self._last_error = problem
        log.warning(
            "forward %s to %s in VM %s: %s",
            item.listener.local,
            item.listener.remote,
            self.hostname,
            _describe(problem),
        )


def _describe(exc: BaseException) -> str:
    if isinstance(exc, WebSocketDisconnect):
        return f"the daemon closed the tunnel with code {exc.code} ({exc.reason or 'no reason'})"
    return str(exc) or type(exc).__name__


class _Tunnel:
    """One local connection and its WebSocket."""

    def __init__(self, conn: socket.socket) -> None:
        self.conn = conn
        self.ws: WebSocketSession | None = None
        self._stopped = threading.Event()
        self._problem: BaseException | None = None
        self._inbound: threading.Thread | None = None

    def run(self, ws: WebSocketSession) -> BaseException | None:
        """Relay until either side ends; returns an abnormal close, if any. The caller's
        ``with`` then closes the WebSocket, which also wakes the inbound thread."""
        self.ws = ws
        if self._stopped.is_set():
            return None
        inbound = threading.Thread(
            target=self._ws_to_local, args=(ws,), name="slicer-forward-in", daemon=True
        )
        inbound.start()
        self._inbound = inbound
        try:
            while not self._stopped.is_set():
                data = self.conn.recv(CHUNK)
                if not data:
                    break
                ws.send_bytes(data)
        except (OSError, WebSocketNetworkError, wsproto.utilities.LocalProtocolError):
            pass
        finally:
            self._stop_local()
        return self._problem

    def _ws_to_local(self, ws: WebSocketSession) -> None:
        try:
            while True:
                data = ws.receive_bytes()
                self.conn.sendall(data)
        except WebSocketDisconnect as exc:
            if exc.code not in _NORMAL_CLOSE and not self._stopped.is_set():
                self._problem = exc
        except WebSocketInvalidTypeReceived:
            with contextlib.suppress(Exception):
                ws.close(1003, "unsupported data")
        except (OSError, WebSocketNetworkError):
            pass
        finally:
            self._stop_local()

    def _stop_local(self) -> None:
        """Shut the local connection down: wakes the outbound ``recv``."""
        self._stopped.set()
        abort_socket(self.conn)

    def abort(self) -> None:
        """Tear the tunnel down now (from another thread)."""
        self._stop_local()
        ws = self.ws
        if ws is not None:
            ws.abort()

    def finish(self) -> None:
        """After the WebSocket is closed: wait for the inbound thread, close the socket."""
        if self._inbound is not None:
            self._inbound.join()
        with contextlib.suppress(OSError):
            self.conn.close()
