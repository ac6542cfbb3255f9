"""``AsyncFsWatch``: filesystem events of a VM, as a context manager and async iterator."""

from __future__ import annotations

import collections
import contextlib
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, Self

import httpx

from slicer._async._http import AsyncHTTP
from slicer._core.models.files import FsEvent
from slicer._core.sse import SSEEvent, SSEParser
from slicer.errors import ProtocolError, WatchInterruptedError

__all__ = ["AsyncFsWatch"]


def _events(events: list[SSEEvent]) -> list[FsEvent]:
    """Decode watch events; an event with empty data means nothing and is skipped."""
    return [FsEvent.from_sse(e) for e in events if e.data.strip()]


class AsyncFsWatch:
    """The events of one ``vm.fs.watch(...)`` call.

    ``async with vm.fs.watch("/app") as events: async for event in events: ...`` — the
    request is sent on entry, and the daemon has its watches in place by the time the
    block starts (so changes made inside the block are seen). Iterating without ``async
    with`` opens the stream on the first event. Iteration ends cleanly when the daemon
    closes the stream (``timeout``, ``one_shot``, ``max_events``); heartbeat comments are
    skipped. A connection that breaks instead raises
    :class:`~slicer.errors.WatchInterruptedError`. Leaving the block closes the stream.
    """

    def __init__(
        self, http: AsyncHTTP, url: str, params: dict[str, Any], headers: dict[str, str]
    ) -> None:
        self._http = http
        self._url = url
        self._params = params
        self._headers = headers
        self._stack: contextlib.AsyncExitStack | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self._parser = SSEParser()
        self._queue: collections.deque[FsEvent] = collections.deque()
        self._ended = False
        #: id of the last event received (what ``last_event_id=`` takes to resume).
        self.last_event_id: int | None = None

    async def __aenter__(self) -> Self:
        await self._open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> FsEvent:
        while not self._queue:
            if self._ended:
                await self.aclose()
                raise StopAsyncIteration
            if self._chunks is None:
                await self._open()
            try:
                await self._read()
            except BaseException:
                await self.aclose()  # a malformed or broken stream is not resumed
                raise
        event = self._queue.popleft()
        self.last_event_id = event.id
        return event

    async def _open(self) -> None:
        if self._stack is not None or self._ended:
            return
        stack = contextlib.AsyncExitStack()
        response = await stack.enter_async_context(
            self._http.stream(
                "GET",
                self._url,
                params=self._params,
                headers=self._headers,
                http_timeout=self._http.stream_timeout(),
            )
        )
        self._stack = stack
        kind = response.headers.get("content-type", "")
        if not kind.startswith("text/event-stream"):
            await self.aclose()
            raise ProtocolError(f"watch answered {kind or 'no content type'}, not an event stream")
        self._chunks = response.aiter_bytes()

    async def _read(self) -> None:
        assert self._chunks is not None
        try:
            chunk = await self._chunks.__anext__()
        except StopAsyncIteration:
            self._ended = True
            self._queue.extend(_events(self._parser.close()))
            return
        except httpx.TransportError as exc:
            raise WatchInterruptedError(f"the watch stream broke: {exc}") from exc
        self._queue.extend(_events(self._parser.feed(chunk)))

    async def aclose(self) -> None:
        """Close the stream (idempotent); iteration then ends."""
        self._ended = True
        stack, self._stack = self._stack, None
        self._chunks = None
        if stack is not None:
            with contextlib.suppress(httpx.TransportError):
                await stack.aclose()
