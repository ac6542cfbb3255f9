"""``AsyncForwarder``: local TCP/UNIX listeners tunnelled into a VM, one WebSocket per
accepted connection (PROTOCOL.md §3.12), on asyncio.

Hand-written twin of :mod:`slicer._sync.forward` (threads); a parity test keeps their
public surfaces identical.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Iterable
from types import TracebackType
from typing import Self

import wsproto
from httpx_ws import WebSocketDisconnect, WebSocketNetworkError

from slicer._async._http import AsyncHTTP
from slicer._async._websocket import open_websocket
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
from slicer._ws_session import AsyncWebSocketSession, close_gracefully

__all__ = ["AsyncForwarder"]

_NORMAL_CLOSE = (1000, 1001)
#: Seconds aclose() lets live tunnels finish their close handshake before cancelling them.
_CLOSE_WAIT = 5.0


class AsyncForwarder:
    """Running port forwards into one VM. Create it with :meth:`AsyncVM.forward`.

    Every listener is bound before it is returned. Each accepted connection gets its own
    WebSocket to the daemon; when either end finishes, both are torn down (there is no
    half-close). A connection whose tunnel cannot be opened (the daemon refuses the
    upgrade, e.g. 502 when nothing listens on the upstream, or closes it at once) is
    closed straight away and logged on the ``slicer.forward`` logger; the forwarder keeps
    serving. Use it as an async context manager, or call :meth:`aclose`.
    """

    def __init__(
        self,
        http: AsyncHTTP,
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
        self._servers: list[asyncio.Server] = []
        self._tunnels: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
        self._closed = False
        self._done = asyncio.Event()
        self._failures = 0
        self._last_error: BaseException | None = None

    @classmethod
    async def start(
        cls,
        http: AsyncHTTP,
        hostname: str,
        specs: Iterable[str],
        *,
        client_id: str | None = None,
        dial_timeout: float | None = 10.0,
    ) -> AsyncForwarder:
        """Parse ``specs``, bind every listener (all or nothing) and start accepting.

        Raises:
            ForwardSpecError: a spec is malformed (nothing was bound).
            ForwardBindError: a listener could not be bound (the others were closed).
        """
        mappings = parse_specs(specs)
        check_dial_timeout(dial_timeout)
        bound = bind_all(mappings)
        self = cls(http, hostname, bound, client_id or default_client_id(), dial_timeout)
        try:
            for item in bound:
                handler = functools.partial(self._accepted, item)
                if item.mapping.listen_unix:
                    server = await asyncio.start_unix_server(handler, sock=item.sock, limit=CHUNK)
                else:
                    server = await asyncio.start_server(handler, sock=item.sock, limit=CHUNK)
                self._servers.append(server)
        except BaseException:
            await self.aclose()
            raise
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
    async def wait(self) -> None:
        """Wait until the forwarder is closed."""
        await self._done.wait()

    async def aclose(self) -> None:
        """Close every listener and live tunnel and remove the UNIX socket files this
        forwarder created. Idempotent."""
        if self._closed:
            await self._done.wait()
            return
        self._closed = True
        for server in self._servers:
            server.close()
        for item in self._bound:
            item.close()
        tunnels = list(self._tunnels.items())
        for _, writer in tunnels:
            writer.transport.abort()  # the tunnel sees EOF and closes its WebSocket cleanly
        if tunnels:
            _, late = await asyncio.wait([task for task, _ in tunnels], timeout=_CLOSE_WAIT)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        self._done.set()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- tunnels ---------------------------------------------------------------------
    async def _accepted(
        self, item: Bound, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if self._closed or task is None:
            writer.close()
            return
        self._tunnels[task] = writer
        try:
            await self._tunnel(task, item, reader, writer)
        except asyncio.CancelledError:
            # This task is the root of the connection (asyncio's server made it). Ending it
            # as cancelled makes asyncio 3.11 log a spurious "Unhandled exception".
            pass
        finally:
            self._tunnels.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _tunnel(
        self,
        task: asyncio.Task[None],
        item: Bound,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        url, headers = tunnel_request(self.hostname, item.mapping, self._client_id)
        problem: BaseException | None = None
        try:
            async with open_websocket(
                self._http, url, headers=headers, timeout=self._dial_timeout
            ) as ws:
                problem = await _relay(ws, reader, writer)
                await close_gracefully(ws)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            problem = exc
        if problem is not None and not self._closed:
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
    if isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        return _describe(exc.exceptions[0])
    if isinstance(exc, WebSocketDisconnect):
        return f"the daemon closed the tunnel with code {exc.code} ({exc.reason or 'no reason'})"
    return str(exc) or type(exc).__name__


async def _relay(
    ws: AsyncWebSocketSession, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> BaseException | None:
    """Copy both ways until either side ends; returns an abnormal close, if any."""

    async def local_to_ws() -> None:
        while data := await reader.read(CHUNK):
            await ws.send_bytes(data)

    async def ws_to_local() -> BaseException | None:
        while True:
            try:
                event = await ws.receive()
            except WebSocketDisconnect as exc:
                return None if exc.code in _NORMAL_CLOSE else exc
            if isinstance(event, wsproto.events.BytesMessage):
                writer.write(event.data)
                await writer.drain()
            elif isinstance(event, wsproto.events.TextMessage):
                await ws.close(1003, "unsupported data")
                return None

    outbound = asyncio.create_task(local_to_ws())
    inbound = asyncio.create_task(ws_to_local())
    try:
        await asyncio.wait((outbound, inbound), return_when=asyncio.FIRST_COMPLETED)
    finally:
        outbound.cancel()
        inbound.cancel()
        await asyncio.gather(outbound, inbound, return_exceptions=True)
    if inbound.done() and not inbound.cancelled():
        error = inbound.exception()
        if isinstance(error, WebSocketNetworkError | OSError):
            return None  # the connection dropped: end of tunnel
        return error if error is not None else inbound.result()
    return None
