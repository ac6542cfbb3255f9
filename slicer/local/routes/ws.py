"""Helpers shared by the WebSocket routes (forward, shell).

Errors found before the upgrade (unknown VM, paused VM, bad parameters, an upstream that
cannot be dialled) are sent as a real HTTP response with the JSON ``Error`` body, using the
ASGI ``websocket.http.response`` extension (uvicorn's websockets-sansio and wsproto
implementations support it). A server without the extension gets a WebSocket close
instead (which servers turn into a bare 403).
"""

from __future__ import annotations

import contextlib
import logging
import os
import posixpath
from pathlib import Path

from starlette.websockets import WebSocket, WebSocketState

from slicer.local.errors import ApiError, bad_request, error_response

__all__ = ["close_quietly", "deny", "vm_path"]

log = logging.getLogger("slicer.local")


async def deny(websocket: WebSocket, error: ApiError) -> None:
    """Refuse the upgrade with ``error`` as an HTTP response (before ``accept``)."""
    response = error_response(error.status, error.message, error.code, error.headers)
    if "websocket.http.response" in websocket.scope.get("extensions", {}):
        if websocket.client_state == WebSocketState.CONNECTING:
            await websocket.receive()  # the websocket.connect message
        await websocket.send_denial_response(response)
        return
    await websocket.close(1008 if error.status < 500 else 1011, error.message[:120])


async def close_quietly(websocket: WebSocket, code: int = 1000, reason: str = "") -> None:
    """Close the WebSocket unless it is closed already; never raises."""
    if websocket.application_state == WebSocketState.DISCONNECTED:
        return
    with contextlib.suppress(Exception):
        await websocket.close(code, reason)


def vm_path(root: Path, path: str, what: str = "path") -> Path:
    """Map a path inside the VM to the host: absolute paths live under ``root``, relative
    ones (and ``~``) are relative to it. Never outside ``root`` (``..`` cannot climb above
    it; a symlink that leads out is refused with 400)."""
    if not path or "\x00" in path:
        raise bad_request(f"{what} must be a non-empty path")
    if path == "~" or path.startswith("~/"):
        path = path[1:]
    inside = posixpath.normpath("/" + path).lstrip("/")
    host = root / inside if inside else root
    real_root = os.path.realpath(root)
    real = os.path.realpath(host)
    if real != real_root and not real.startswith(real_root + os.sep):
        raise bad_request(f"{what} {path!r} leads outside the VM's filesystem")
    return Path(real)
