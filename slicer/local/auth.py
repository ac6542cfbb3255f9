"""Pure ASGI middleware: Host-header allow-list (DNS rebinding) and bearer token.

Streaming-safe (no ``BaseHTTPMiddleware``). Order: Host check (400), then the token
(401) for every path except ``/healthz``. Tokens are compared in constant time and
never echoed or logged.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from slicer.local.errors import error_response

__all__ = ["LOCAL_HOSTS", "AuthMiddleware", "host_name"]

LOCAL_HOSTS = frozenset({"unix", "localhost", "127.0.0.1", "::1"})
PUBLIC_PATHS = frozenset({"/healthz"})


def host_name(header: str) -> str | None:
    """The host part of a ``Host`` header (lowercase, IPv6 unbracketed); None if malformed."""
    h = header.strip().lower()
    if h.startswith("["):
        end = h.find("]")
        if end < 0:
            return None
        name, rest = h[1:end], h[end + 1 :]
        if rest and not (rest.startswith(":") and rest[1:].isdigit()):
            return None
        return name
    if h.count(":") == 1:
        name, port = h.split(":")
        return name if port.isdigit() else None
    return h  # a bare name, or a bare IPv6 address such as ::1


class AuthMiddleware:
    """Reject non-local ``Host`` headers, and requests without the token when one is set."""

    def __init__(self, app: ASGIApp, *, token: str | None, extra_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self._token = token.encode("utf-8") if token else None
        self._hosts = LOCAL_HOSTS | {h.strip("[]").lower() for h in extra_hosts if h}

    def host_allowed(self, header: str | None) -> bool:
        if header is None:  # HTTP/1.0 without Host: nothing a browser would send
            return True
        return host_name(header) in self._hosts

    def token_ok(self, header: str | None) -> bool:
        if self._token is None:
            return True
        scheme, _, credentials = (header or "").partition(" ")
        if scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(credentials.strip().encode("utf-8"), self._token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not self.host_allowed(headers.get("host")):
            await self._reject(scope, receive, send, 400, "host not allowed", "host_not_allowed")
            return
        if scope["path"] not in PUBLIC_PATHS and not self.token_ok(headers.get("authorization")):
            await self._reject(scope, receive, send, 401, "unauthorized", "unauthorized")
            return
        await self.app(scope, receive, send)

    async def _reject(
        self, scope: Scope, receive: Receive, send: Send, status: int, message: str, code: str
    ) -> None:
        headers = {"WWW-Authenticate": 'Bearer realm="slicer"'} if status == 401 else None
        if scope["type"] == "websocket":
            if "websocket.http.response" not in scope.get("extensions", {}):
                await send({"type": "websocket.close", "code": 1008, "reason": message})
                return
            # A real 400/401 with the JSON body, before the upgrade (not a bare 403);
            # Starlette sends a response in a websocket scope as websocket.http.response.*
            await receive()  # websocket.connect
        await error_response(status, message, code, headers)(scope, receive, send)
