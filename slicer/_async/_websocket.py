"""Open a WebSocket (forward, shell) on the SDK's own httpx client, with its error mapping.

The handshake is an ordinary request on ``http.client`` — same transport, base URL, auth
and user agent as every other call; per-call headers are passed with the request, the
shared client is never modified. A non-101 answer raises the :mod:`slicer.errors`
exception for its status (with the daemon's message).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from slicer._async._http import AsyncHTTP
from slicer._core.status import error_for_status
from slicer._http_common import map_transport_errors
from slicer._ws_session import QUEUE_SIZE, READ_CHUNK, AsyncWebSocketSession, handshake_headers
from slicer.errors import ProtocolError

__all__ = ["open_websocket"]


@contextlib.asynccontextmanager
async def open_websocket(
    http: AsyncHTTP,
    url: str,
    *,
    params: Any = None,
    headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = 10.0,
) -> AsyncIterator[AsyncWebSocketSession]:
    """Upgrade ``GET url`` to a WebSocket; ``timeout`` (seconds) bounds the handshake only.

    Raises:
        APIError: the daemon refused the upgrade (its status mapped as for any call).
        SlicerConnectionError: the daemon could not be reached.
        SlicerTimeoutError: the handshake took longer than ``timeout``.
        ProtocolError: the answer was neither an error nor ``101 Switching Protocols``.
    """
    request_headers = {**(headers or {}), **handshake_headers()}
    with map_transport_errors(str(http.endpoint)):
        async with http.client.stream(
            "GET", url, params=params, headers=request_headers, timeout=httpx.Timeout(timeout)
        ) as response:
            if response.status_code != 101:
                await response.aread()
                if response.status_code >= 400:
                    raise error_for_status(
                        response.status_code, response.content, method="GET", path=url
                    )
                raise ProtocolError(
                    f"GET {url}: expected 101 Switching Protocols, got {response.status_code}"
                )
            session = AsyncWebSocketSession(
                response.extensions["network_stream"],
                max_message_size_bytes=READ_CHUNK,
                queue_size=QUEUE_SIZE,
                keepalive_ping_interval_seconds=None,
                response=response,
            )
            async with session:
                yield session
