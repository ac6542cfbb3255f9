"""JSON error responses (the ``Error`` schema) and the app's exception handlers.

Every error the daemon sends is ``{"error": "<message>", "code": "<code>"}`` with
``application/json``; tracebacks go to the server log only, never to the client.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, ExceptionHandler, Message, Receive, Scope, Send

__all__ = [
    "CODES",
    "ApiError",
    "CatchAllMiddleware",
    "bad_request",
    "conflict",
    "error_response",
    "exception_handlers",
    "not_found",
    "not_implemented",
]

log = logging.getLogger("slicer.local")

#: Default ``code`` per HTTP status.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    409: "conflict",
    410: "gone",
    500: "internal",
    501: "not_implemented",
    503: "unavailable",
}

_MESSAGES: dict[int, str] = {
    404: "not found",
    405: "method not allowed",
    500: "internal server error",
}


class ApiError(Exception):
    """An error that maps to one JSON error response."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")
        self.headers = dict(headers or {})


def bad_request(message: str) -> ApiError:
    """400 ``bad_request``."""
    return ApiError(400, message)


def not_found(message: str) -> ApiError:
    """404 ``not_found``."""
    return ApiError(404, message)


def conflict(message: str) -> ApiError:
    """409 ``conflict``."""
    return ApiError(409, message)


def not_implemented(message: str) -> ApiError:
    """501 ``not_implemented``."""
    return ApiError(501, message)


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """Build the JSON ``Error`` response."""
    body = {"error": message, "code": code or CODES.get(status, "error")}
    return JSONResponse(body, status_code=status, headers=headers)


def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.code, exc.headers)


def _http_exception(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    message = _MESSAGES.get(status) or (exc.detail or "error").lower()
    headers = dict(exc.headers or {})
    if "Allow" in headers:  # starlette joins a set: make the order stable
        methods = sorted(m.strip() for m in headers["Allow"].split(","))
        headers["Allow"] = ", ".join(methods)
    return error_response(status, message, headers=headers)


def _disconnect(_request: Request, _exc: Exception) -> Response:
    return error_response(400, "client disconnected")


def exception_handlers() -> dict[Any, ExceptionHandler]:
    """Handlers for ``Starlette(exception_handlers=...)``."""
    return {
        ApiError: _api_error,
        HTTPException: _http_exception,
        ClientDisconnect: _disconnect,
    }


class CatchAllMiddleware:
    """Turn any unhandled exception into a JSON 500 and keep the connection usable.

    (Starlette's own ``ServerErrorMiddleware`` re-raises after answering, which makes
    uvicorn drop the keep-alive connection.) The traceback goes to the log only.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            if started:
                raise  # too late for an error response: let the server cut the stream
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            await error_response(500, "internal server error")(scope, receive, send)
