"""``vm.bg``: background commands that outlive the request, reattachable from any client."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Self

import httpx
from slicer_api.api.exec_ import (
    delete_exec,
    exec_command,
    get_exec,
    get_exec_logs,
    kill_exec,
    list_execs,
    wait_exec,
)
from slicer_api.models import KillExecRequest
from slicer_api.types import UNSET

from slicer._async._backend import monotonic
from slicer._async._http import AsyncHTTP
from slicer._async._ops import json_of
from slicer._core.exec.background import SIGNALS, BackgroundExecInfo, KillResult, WaitResult
from slicer._core.exec.frames import Exit, Frame, FrameDecoder
from slicer._core.exec.request import command_spec, exec_command_kwargs, exec_query
from slicer._core.models._read import Obj
from slicer._core.requests import check_name
from slicer.errors import ExecTimeoutError, ProtocolError, StreamInterruptedError

__all__ = ["AsyncBackground", "AsyncBackgroundExec", "AsyncLogStream"]

#: Longest single wait-exit poll the daemon allows (seconds).
_MAX_POLL = 600
_BROKEN = (httpx.HTTPError, OSError, ProtocolError)


class AsyncLogStream:
    """Frames of a background exec's log (``Gap`` frames included), as an async iterator
    and context manager. Without ``follow`` it ends after what is buffered; with
    ``follow`` it ends after the ``Exit`` frame, and raises
    :class:`~slicer.errors.StreamInterruptedError` if the stream ends before it."""

    def __init__(self, http: AsyncHTTP, url: str, params: dict[str, Any], follow: bool) -> None:
        self._http = http
        self._url = url
        self._params = params
        self._follow = follow
        self._stack = contextlib.AsyncExitStack()
        self._chunks: AsyncIterator[bytes] | None = None
        self._decoder = FrameDecoder()
        self._pending: list[Frame] = []
        self._done = False
        self.last_id: int | None = None
        """Id of the last frame received (resume with ``logs(from_id=last_id + 1)``)."""

    async def __aenter__(self) -> Self:
        if self._chunks is None:
            response = await self._stack.enter_async_context(
                self._http.stream(
                    "GET", self._url, params=self._params, http_timeout=self._http.stream_timeout()
                )
            )
            self._chunks = response.aiter_bytes()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._stack.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Frame:
        await self.__aenter__()
        assert self._chunks is not None
        while not self._pending:
            if self._done:
                raise StopAsyncIteration
            try:
                data = await anext(self._chunks, b"")
            except _BROKEN as exc:
                raise StreamInterruptedError(f"the log stream broke: {exc}") from exc
            if data:
                self._pending += self._decoder.feed(data)
                continue
            self._pending += self._decoder.flush()
            self._done = True
            if self._follow and not any(isinstance(f, Exit) for f in self._pending):
                raise StreamInterruptedError("the followed log ended before the exit frame")
        frame = self._pending.pop(0)
        self.last_id = getattr(frame, "id", None) or self.last_id
        if isinstance(frame, Exit):
            self._done = True
            self._pending.clear()
        return frame


class AsyncBackgroundExec:
    """A handle on one background exec (``vm.bg.start(...)`` or ``vm.bg.get(exec_id)``)."""

    def __init__(
        self, http: AsyncHTTP, hostname: str, exec_id: str, pid: int | None = None
    ) -> None:
        self._http = http
        self.hostname = hostname
        self.exec_id = check_name("exec_id", exec_id)
        self.pid = pid

    def __repr__(self) -> str:
        return f"{type(self).__name__}(exec_id={self.exec_id!r}, hostname={self.hostname!r})"

    async def info(self) -> BackgroundExecInfo:
        """Current state. Raises :class:`~slicer.errors.GoneError` after :meth:`delete`."""
        response = await self._http.call(
            get_exec.asyncio_detailed, self.hostname, self.exec_id, idempotent=True
        )
        info = BackgroundExecInfo.from_wire(json_of(response, "exec info"))
        self.pid = info.pid or self.pid
        return info

    def logs(self, follow: bool = False, from_id: int | None = None) -> AsyncLogStream:
        """The output frames from ``from_id`` (default: the oldest still buffered).

        A ``Gap`` frame says how much the ring buffer dropped before the next frame.
        """
        if from_id is not None and (isinstance(from_id, bool) or from_id < 1):
            raise ValueError(f"from_id must be a positive frame id, got {from_id!r}")
        kwargs = get_exec_logs._get_kwargs(
            self.hostname,
            self.exec_id,
            follow=True if follow else UNSET,
            from_id=from_id if from_id else UNSET,
        )
        return AsyncLogStream(self._http, kwargs["url"], kwargs.get("params", {}), follow)

    async def wait(self, timeout: float | None = None) -> int:
        """Wait until the command exits and return its exit status.

        Args:
            timeout: seconds to wait (whole seconds on the wire: it may overrun by under
                a second); ``None`` waits as long as it takes, in long polls of up to 600 s
                that no HTTP read timeout interrupts.

        Raises:
            ExecTimeoutError: still running after ``timeout``; it keeps running.
        """
        deadline = None if timeout is None else monotonic() + timeout
        while True:
            remaining = _MAX_POLL if deadline is None else deadline - monotonic()
            # The daemon counts whole seconds (at least 1): the wait may overrun by < 1 s.
            poll = max(1, min(_MAX_POLL, int(remaining)))
            response = await self._http.call(
                wait_exec.asyncio_detailed,
                self.hostname,
                self.exec_id,
                timeout=poll,
                http_timeout=self._http.stream_timeout(),
                idempotent=True,
            )
            result = WaitResult.from_wire(json_of(response, "wait-exit"))
            if not result.running and result.exit_code is not None:
                return result.exit_code
            if deadline is not None and monotonic() >= deadline:
                raise ExecTimeoutError(self.exec_id, timeout or 0.0, None, None)

    async def kill(self, signal: str = "TERM", grace: float | None = None) -> KillResult:
        """Signal the command's process group.

        Args:
            signal: ``TERM`` (default), ``KILL``, ``INT``, ``HUP``, ``QUIT``, ``USR1``, ``USR2``.
            grace: for ``TERM``, seconds before the daemon escalates to ``KILL`` (default 5).
        """
        name = signal.upper().removeprefix("SIG")
        if name not in SIGNALS:
            raise ValueError(f"unsupported signal {signal!r}: use one of {', '.join(SIGNALS)}")
        body: dict[str, Any] = {"signal": name}
        if grace is not None:
            if isinstance(grace, bool) or grace < 0:
                raise ValueError(f"grace must be a non-negative number of seconds, got {grace!r}")
            body["grace_ms"] = int(grace * 1000)
        response = await self._http.call(
            kill_exec.asyncio_detailed,
            self.hostname,
            self.exec_id,
            body=KillExecRequest.from_dict(body),
        )
        return KillResult.from_wire(json_of(response, "kill"))

    async def delete(self) -> None:
        """Reap the exec and free its buffer; afterwards it answers 410
        (:class:`~slicer.errors.GoneError`). A running exec cannot be deleted
        (:class:`~slicer.errors.ConflictError`): kill and wait first."""
        await self._http.call(delete_exec.asyncio_detailed, self.hostname, self.exec_id)


class AsyncBackground:
    """``vm.bg``: start background commands and reattach to existing ones."""

    def __init__(self, http: AsyncHTTP, hostname: str) -> None:
        self._http = http
        self._hostname = hostname

    async def start(
        self,
        cmd: str | Sequence[str],
        args: Iterable[str] = (),
        *,
        cwd: str | None = None,
        env: Mapping[str, str] | Iterable[str] | None = None,
        uid: int | None = None,
        gid: int | None = None,
        shell: str | bool | None = None,
        ring_bytes: int | None = None,
    ) -> AsyncBackgroundExec:
        """Start a command that keeps running after this call; its output goes to a ring
        buffer of ``ring_bytes`` bytes (daemon default 1 MiB).

        Raises:
            ServiceUnavailableError: the daemon's buffer budget is exhausted (503).
        """
        spec = command_spec(cmd, args, shell=shell)
        query = exec_query(
            spec, cwd=cwd, env=env, uid=uid, gid=gid, background=True, ring_bytes=ring_bytes
        )
        response = await self._http.call(
            exec_command.asyncio_detailed, self._hostname, **exec_command_kwargs(query)
        )
        data = Obj(json_of(response, "background exec"))
        return AsyncBackgroundExec(
            self._http, self._hostname, data.text("exec_id"), data.opt_integer("pid")
        )

    def get(self, exec_id: str) -> AsyncBackgroundExec:
        """A handle on an existing exec by id (no request is sent)."""
        return AsyncBackgroundExec(self._http, self._hostname, exec_id)

    async def list(self) -> list[BackgroundExecInfo]:
        """Every exec of the VM that has not been deleted, running or exited."""
        response = await self._http.call(
            list_execs.asyncio_detailed, self._hostname, idempotent=True
        )
        data = json_of(response, "exec list")
        items = data if isinstance(data, list) else []
        return [BackgroundExecInfo.from_wire(item) for item in items if isinstance(item, dict)]
