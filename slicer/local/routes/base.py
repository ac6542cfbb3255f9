"""Route helpers: one Starlette ``Route`` per path with per-method handlers.

Handlers written as plain ``def`` run in a worker thread: use that for anything that
touches daemon state (it may wait for the daemon lock or for disk). ``async def``
handlers run on the event loop and must only await (request bodies, waits) and hand
state work to :func:`run_sync`.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

__all__ = ["Handler", "empty", "json", "param", "route", "run_sync", "text", "wait_event"]

AsyncHandler = Callable[[Request], Awaitable[Response]]
SyncHandler = Callable[[Request], Response]
Handler = AsyncHandler | SyncHandler
T = TypeVar("T")


def _as_async(handler: Handler) -> AsyncHandler:
    if inspect.iscoroutinefunction(handler):
        return cast(AsyncHandler, handler)
    sync = cast(SyncHandler, handler)

    async def in_thread(request: Request) -> Response:
        return await run_in_threadpool(sync, request)

    return in_thread


def route(path: str, **handlers: Handler) -> Route:
    """A route serving ``path`` for exactly the given methods (GET implies HEAD).

    Keeping every method of a path in one ``Route`` makes 405 responses carry the full
    ``Allow`` header.
    """
    table = {method.upper(): _as_async(handler) for method, handler in handlers.items()}
    if "GET" in table and "HEAD" not in table:
        table["HEAD"] = table["GET"]

    async def endpoint(request: Request) -> Response:
        return await table[request.method](request)

    endpoint.__name__ = endpoint.__qualname__ = "route:" + path
    return Route(path, endpoint, methods=list(table), name=path)


def param(request: Request, name: str) -> str:
    """A (percent-decoded) path parameter."""
    return str(request.path_params[name])


def json(content: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(content, status_code=status)


def text(message: str, status: int = 200) -> PlainTextResponse:
    """A one-line ``text/plain`` response (lifecycle POSTs)."""
    return PlainTextResponse(message + "\n", status_code=status)


def empty(status: int) -> Response:
    """A response without a body (204, or 200 for HEAD)."""
    return Response(status_code=status)


async def run_sync(fn: Callable[..., T], *args: Any) -> T:
    """Run blocking state code in a worker thread, off the event loop."""
    return await run_in_threadpool(fn, *args)


async def wait_event(event: threading.Event, timeout: float) -> bool:
    """Poll a thread event without blocking the loop; True if it was set in time."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    delay = 0.005
    while not event.is_set():
        remaining = deadline - loop.time()
        if remaining <= 0:
            return False
        await asyncio.sleep(min(delay, remaining))
        delay = min(delay * 2, 0.05)
    return True
