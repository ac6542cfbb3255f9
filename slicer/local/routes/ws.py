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
from pathlib import Path

from starlette.websockets import WebSocket, WebSocketState

from slicer.local.errors import ApiError, bad_request, error_response
from slicer.local.vmfs import VMPaths

__all__ = ["close_quietly", "deny", "upgrade_required", "vm_path"]

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
    """Map a path inside the VM to the host (see :class:`slicer.local.vmfs.VMPaths`):
    absolute paths live under ``root``, relative ones (and ``~``) are relative to it, and
    nothing resolves outside ``root``."""
    if not path or "\x00" in path:
        raise bad_request(f"{what} must be a non-empty path")
    return Path(VMPaths(root).resolve(path))


def upgrade_required() -> ApiError:
    """The 426 answer to a plain HTTP request on a WebSocket endpoint."""
    return ApiError(
        426,
        "this endpoint is a WebSocket: send the request with Upgrade: websocket",
        "upgrade_required",
        headers={"Upgrade": "websocket"},
    )
