"""The one place where an HTTP error status becomes an exception from :mod:`slicer.errors`."""

from __future__ import annotations

import json

from slicer import errors

__all__ = ["error_for_status", "error_message"]

_BY_STATUS: dict[int, type[errors.APIError]] = {
    400: errors.BadRequestError,
    401: errors.UnauthorizedError,
    403: errors.ForbiddenError,
    404: errors.NotFoundError,
    408: errors.RequestTimeoutError,
    409: errors.ConflictError,
    410: errors.GoneError,
    501: errors.NotImplementedByDaemonError,
    503: errors.ServiceUnavailableError,
}

_MAX_MESSAGE = 2000


def error_message(body: bytes) -> tuple[str, str | None]:
    """Extract ``(message, code)`` from an error body.

    The daemon sends ``{"error": "...", "code": "..."}``; some endpoints (and Go's
    ``http.Error``) send plain text. Both are accepted; over-long bodies are cut.
    """
    text = body.decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text) if text.startswith("{") else None
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        code = data.get("code")
        return data["error"][:_MAX_MESSAGE], code if isinstance(code, str) and code else None
    return text[:_MAX_MESSAGE], None


def error_for_status(
    status_code: int, body: bytes, *, method: str = "", path: str = ""
) -> errors.APIError:
    """Build the exception for an error response.

    Works for any integer status, including ones IANA does not register. ``POST /secrets``
    answering 409 gives :class:`~slicer.errors.SecretExistsError`.
    """
    message, code = error_message(body)
    cls: type[errors.APIError]
    if status_code == 409 and method.upper() == "POST" and path.rstrip("/").endswith("/secrets"):
        cls = errors.SecretExistsError
    elif status_code in _BY_STATUS:
        cls = _BY_STATUS[status_code]
    elif status_code >= 500:
        cls = errors.ServerError
    else:
        cls = errors.APIError
    return cls(status_code, message, code, method=method.upper(), path=path)
