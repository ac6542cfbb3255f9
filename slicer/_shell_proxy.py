"""``proxy_app``: an ASGI app relaying a browser's WebSocket to a VM shell (like the Go
SDK's ``shell.NewProxyHandler``). Pure ASGI: mount it in Starlette, FastAPI, or serve it
with uvicorn directly.

Per connection: check the ``Origin`` (403), pick the VM (400 when the name is empty),
open the shell upstream (502 when that fails) — all before the browser's upgrade is
accepted, using the ASGI ``websocket.http.response`` extension where the server has it
(otherwise the upgrade is refused with a close, which servers send as 403). Then binary
messages are relayed unchanged both ways and text messages are dropped; a direction stops
right after it forwards a Shutdown frame; when either side ends, both WebSockets are
closed with 1000 ``session ended``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

import wsproto
from httpx_ws import WebSocketDisconnect, WebSocketNetworkError

from slicer._async._websocket import open_websocket
from slicer._async.client import AsyncSlicerClient
from slicer._core.shell_frames import FrameType
from slicer._shell_common import check_id, shell_request
from slicer._ws_session import AsyncWebSocketSession, close_gracefully
from slicer.errors import SlicerError

__all__ = ["proxy_app", "same_origin"]

log = logging.getLogger("slicer.shell")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_SHUTDOWN = bytes([FrameType.SHUTDOWN])


def same_origin(origin: str | None, host: str | None) -> bool:
    """The default origin check (gorilla/websocket's): no ``Origin`` header, or one whose
    host[:port] equals the request's ``Host``."""
    if origin is None:
        return True
    netloc = urlsplit(origin).netloc
    return bool(netloc) and host is not None and netloc.lower() == host.lower()


def proxy_app(
    client: AsyncSlicerClient,
    *,
    vm: str | Callable[[Scope], str | None],
    shell: str | None = None,
    uid: int | None = None,
    gid: int | None = None,
    cwd: str | None = None,
    check_origin: Callable[[str | None, str | None], bool] | None = same_origin,
) -> ASGIApp:
    """An ASGI app that gives each browser WebSocket a shell in a VM.

    Args:
        client: the async client whose daemon hosts the VMs (use it on the server's loop).
        vm: a VM name, or a function of the ASGI scope that picks one (e.g. from
            ``scope["path_params"]`` or the query string); an empty name gets 400.
        shell, uid, gid, cwd: passed to the shell endpoint (``None`` = daemon default).
        check_origin: ``(origin, host) -> bool``; the default allows same-origin requests
            and requests without an ``Origin`` header. ``None`` allows every origin.
    """
    if not vm:
        raise ValueError("give a VM name or a function that picks one")
    check_id("uid", uid)
    check_id("gid", gid)
    http = client._http

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "websocket":
            await _plain(send, 426, "this endpoint needs a WebSocket upgrade")
            return
        await receive()  # websocket.connect
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if check_origin is not None and not check_origin(
            headers.get("origin"), headers.get("host")
        ):
            await _deny(scope, send, 403, "origin not allowed")
            return
        name = vm if isinstance(vm, str) else vm(scope)
        if not name:
            await _deny(scope, send, 400, "missing VM name")
            return
        try:
            url, params = shell_request(name, shell=shell, uid=uid, gid=gid, cwd=cwd)
        except ValueError as exc:
            await _deny(scope, send, 400, str(exc))
            return
        accepted = False
        try:
            async with open_websocket(http, url, params=params, timeout=http.timeout) as upstream:
                await send({"type": "websocket.accept"})
                accepted = True
                await _relay(receive, send, upstream)
                await close_gracefully(upstream, 1000, "session ended")
        except (SlicerError, WebSocketNetworkError, OSError) as exc:
            if not accepted:
                log.warning("shell proxy: cannot open a shell in VM %s: %s", name, exc)
                await _deny(scope, send, 502, f"cannot open a shell in VM {name!r}: {exc}")
                return
        except BaseExceptionGroup as group:
            log.debug("shell proxy: session in VM %s ended: %r", name, group)
        if accepted:
            with contextlib.suppress(Exception):
                await send({"type": "websocket.close", "code": 1000, "reason": "session ended"})

    return app


async def _relay(receive: Receive, send: Send, upstream: AsyncWebSocketSession) -> None:
    async def browser_to_vm() -> None:
        while True:
            message = await receive()
            if message["type"] == "websocket.disconnect":
                return
            data = message.get("bytes")
            if data is None:
                continue  # text is dropped
            await upstream.send_bytes(data)
            if data[:1] == _SHUTDOWN:
                return

    async def vm_to_browser() -> None:
        while True:
            try:
                event = await upstream.receive()
            except (WebSocketDisconnect, WebSocketNetworkError):
                return
            if isinstance(event, wsproto.events.BytesMessage):
                await send({"type": "websocket.send", "bytes": event.data})
                if event.data[:1] == _SHUTDOWN:
                    return

    inbound = asyncio.create_task(browser_to_vm())
    outbound = asyncio.create_task(vm_to_browser())
    pending: set[asyncio.Task[None]] = {inbound, outbound}
    try:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)

        if inbound in done and inbound.exception() is None:
            # The browser said Shutdown (or left): let the daemon finish the session.
            await asyncio.wait(pending, timeout=5.0)
    finally:
        for task in (inbound, outbound):
            task.cancel()
        await asyncio.gather(inbound, outbound, return_exceptions=True)


async def _deny(scope: Scope, send: Send, status: int, message: str) -> None:
    """Refuse the upgrade with an HTTP ``status`` (needs the server's denial extension)."""
    if "websocket.http.response" not in scope.get("extensions", {}):
        await send({"type": "websocket.close", "code": 1008, "reason": message[:120]})
        return
    body = (message + "\n").encode("utf-8")
    await send(
        {
            "type": "websocket.http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "websocket.http.response.body", "body": body})


async def _plain(send: Send, status: int, message: str) -> None:
    body = (message + "\n").encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"upgrade", b"websocket"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
