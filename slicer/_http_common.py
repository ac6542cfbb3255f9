"""HTTP plumbing shared by the async and sync clients (the parts that do not await).

* ``USE_CLIENT_DEFAULT``: the sentinel for "use the client's timeout" (httpx's idiom).
* the per-call context that our httpx event hooks read, so error mapping and per-call
  timeouts apply to the SDK's own requests only — never to other requests made with an
  ``httpx`` client the caller lent us, and without mutating that client per call.
* translation of httpx transport exceptions into :mod:`slicer.errors`.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Final, TypeAlias

import httpx
from slicer_api.types import Response

from slicer import errors
from slicer._version import __version__

__all__ = [
    "AsyncOperation",
    "DEFAULT_TIMEOUT",
    "GENERATED_PARSE_ERRORS",
    "LONG_POLL_MARGIN",
    "RETRYABLE_ERRORS",
    "SyncOperation",
    "USE_CLIENT_DEFAULT",
    "CallContext",
    "TimeoutTypes",
    "UseClientDefault",
    "active_call",
    "call_context",
    "default_headers",
    "long_poll_timeout",
    "map_transport_errors",
    "raw_response",
    "to_timeout",
]


class UseClientDefault:
    """Type of :data:`USE_CLIENT_DEFAULT`: "use the timeout the client was built with"."""

    def __repr__(self) -> str:
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT: Final = UseClientDefault()

#: A timeout in seconds, an ``httpx.Timeout``, or ``None`` for no timeout.
TimeoutTypes: TypeAlias = float | httpx.Timeout | None

#: A generated operation: ``module.asyncio_detailed`` …
AsyncOperation: TypeAlias = Callable[..., Awaitable[Response[Any]]]
#: … or ``module.sync_detailed`` (the name unasync maps ``AsyncOperation`` to).
SyncOperation: TypeAlias = Callable[..., Response[Any]]

#: Default HTTP timeouts (seconds): 10 to connect, 60 for each read, write and pool wait.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)

#: Extra seconds granted on top of a server-side wait before the client gives up.
LONG_POLL_MARGIN: Final = 30.0

#: Errors after which an idempotent request may be sent again.
RETRYABLE_ERRORS: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
)


def to_timeout(value: TimeoutTypes) -> httpx.Timeout:
    """Normalise a timeout argument."""
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def long_poll_timeout(base: httpx.Timeout, server_wait: float) -> httpx.Timeout:
    """``base`` with its read timeout stretched to cover a server-side wait of ``server_wait`` s."""
    read = base.read
    needed = server_wait + LONG_POLL_MARGIN
    return httpx.Timeout(
        connect=base.connect,
        read=None if read is None else max(read, needed),
        write=base.write,
        pool=base.pool,
    )


def default_headers(token: str | None, user_agent: str | None) -> dict[str, str]:
    """``User-Agent`` always; ``Authorization`` only when there is a token."""
    headers = {"User-Agent": user_agent or f"slicervm-python/{__version__}"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


@dataclass
class CallContext:
    """What the event hooks need to know about the SDK call in progress.

    Attributes:
        owner: identity of the SDK HTTP layer making the call (hooks of other layers
            sharing a borrowed ``httpx`` client ignore it).
        timeout: the timeout for this call's requests, or ``None`` for the client default.
        response: the last response received, kept so that a body the generated client
            is too strict to parse can still be read by the tolerant models.
    """

    owner: int
    timeout: httpx.Timeout | None = None
    response: httpx.Response | None = None


_CALL: contextvars.ContextVar[CallContext | None] = contextvars.ContextVar(
    "slicer_call", default=None
)


def active_call(owner: int) -> CallContext | None:
    """The context of the SDK call running in this task/thread, if it belongs to ``owner``."""
    ctx = _CALL.get()
    return ctx if ctx is not None and ctx.owner == owner else None


@contextlib.contextmanager
def call_context(owner: int, timeout: httpx.Timeout | None) -> Iterator[CallContext]:
    """Mark the requests sent inside the block as SDK requests (task- and thread-local)."""
    ctx = CallContext(owner=owner, timeout=timeout)
    token = _CALL.set(ctx)
    try:
        yield ctx
    finally:
        _CALL.reset(token)


#: What the generated models raise when a body does not match their (strict) schema.
GENERATED_PARSE_ERRORS: Final = (KeyError, TypeError, ValueError, AttributeError)


def raw_response(ctx: CallContext) -> Response[Any] | None:
    """The last response of a call as a generated ``Response`` with nothing parsed."""
    received = ctx.response
    if received is None:
        return None
    try:
        status = HTTPStatus(received.status_code)
    except ValueError:
        status = HTTPStatus.OK  # only success responses get here; the code is not used
    return Response(
        status_code=status, content=received.content, headers=received.headers, parsed=None
    )


@contextlib.contextmanager
def map_transport_errors(target: str) -> Iterator[None]:
    """Translate httpx transport errors into :mod:`slicer.errors` exceptions.

    ``target`` names the daemon in messages (a URL or socket path, never a credential).
    """
    try:
        yield
    except httpx.TimeoutException as exc:
        raise errors.SlicerTimeoutError(
            f"request to {target} timed out ({type(exc).__name__})"
        ) from exc
    except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.NetworkError) as exc:
        raise errors.SlicerConnectionError(
            f"cannot reach the Slicer daemon at {target}: {exc}"
        ) from exc
