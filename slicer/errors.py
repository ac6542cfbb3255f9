"""The one exception tree of slicervm.

Every error the SDK raises on purpose derives from :class:`SlicerError`::

    SlicerError
    ├── APIError(status_code, message, code)        the daemon answered with an error status
    │   ├── BadRequestError                         400
    │   ├── UnauthorizedError                       401
    │   ├── ForbiddenError                          403
    │   ├── NotFoundError                           404 (also a FileNotFoundError)
    │   ├── RequestTimeoutError                     408 (a server-side wait expired)
    │   ├── ConflictError                           409
    │   │   └── SecretExistsError                   409 on secret create
    │   ├── GoneError                               410 (a reaped background exec)
    │   ├── NotImplementedByDaemonError             501
    │   ├── ServiceUnavailableError                 503
    │   └── ServerError                             any other 5xx
    ├── SlicerConnectionError                       the daemon could not be reached
    ├── SlicerTimeoutError                          an HTTP request timed out on the client side
    └── ProtocolError                               the daemon sent something we cannot understand

``APIError`` instances carry the HTTP ``status_code`` (always an ``int``, even for codes that
are not registered with IANA), the daemon's ``message`` and its optional machine ``code``.
No exception text ever contains the bearer token.
"""

from __future__ import annotations

__all__ = [
    "APIError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "GoneError",
    "NotFoundError",
    "NotImplementedByDaemonError",
    "ProtocolError",
    "RequestTimeoutError",
    "SecretExistsError",
    "ServerError",
    "ServiceUnavailableError",
    "SlicerConnectionError",
    "SlicerError",
    "SlicerTimeoutError",
    "UnauthorizedError",
]


class SlicerError(Exception):
    """Base class of every error raised by slicervm."""


class APIError(SlicerError):
    """The daemon answered a request with an error status.

    Attributes:
        status_code: the HTTP status as an int.
        message: the daemon's error text (the ``error`` field of its JSON body, or the body).
        code: the daemon's optional machine-readable code, e.g. ``"not_found"``.
        method: the HTTP method of the failed request.
        path: the request path (no query string, no host, never any credential).
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        code: str | None = None,
        *,
        method: str = "",
        path: str = "",
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.code = code
        self.method = method
        self.path = path
        where = f"{method} {path} " if method and path else ""
        text = f"{where}failed with {status_code}"
        if message:
            text += f": {message}"
        super().__init__(text)


class BadRequestError(APIError):
    """400: the daemon rejected the request's parameters or body."""


class UnauthorizedError(APIError):
    """401: the bearer token is missing or wrong."""


class ForbiddenError(APIError):
    """403: the daemon refused the operation (trial mode, protected VM, …)."""


class NotFoundError(APIError, FileNotFoundError):
    """404: the VM, group, secret, commit or path does not exist.

    It is also a :class:`FileNotFoundError`, so ``except FileNotFoundError`` works for
    filesystem calls.
    """

    def __str__(self) -> str:
        return APIError.__str__(self)


class RequestTimeoutError(APIError):
    """408: a server-side wait (``wait=`` on create, restore or fork) ran out of time."""


class ConflictError(APIError):
    """409: the resource is in the wrong state (paused VM, duplicate name, running exec…)."""


class SecretExistsError(ConflictError):
    """409 on secret create: a secret with that name already exists."""


class GoneError(APIError):
    """410: the resource existed but has been reaped (a deleted background exec)."""


class NotImplementedByDaemonError(APIError):
    """501: this daemon does not support the operation (e.g. suspend on Linux)."""


class ServiceUnavailableError(APIError):
    """503: the daemon is temporarily out of a resource (e.g. the exec ring budget)."""


class ServerError(APIError):
    """Any other 5xx: the daemon failed."""


class SlicerConnectionError(SlicerError, ConnectionError):
    """The daemon could not be reached (socket missing, connection refused, reset…)."""


class SlicerTimeoutError(SlicerError, TimeoutError):
    """An HTTP request exceeded its client-side timeout."""


class ProtocolError(SlicerError):
    """The daemon sent a response that does not follow the Slicer protocol."""
