"""``AsyncExecStream``: the frames of one command, as a context manager and async iterator."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from slicer_api.api.exec_ import exec_command

from slicer._async._backend import AsyncTask, iterate_source, spawn
from slicer._async._duplex import AsyncDuplexExchange
from slicer._async._http import AsyncHTTP
from slicer._core.exec.frames import Exit, Frame, FrameDecoder, Stderr, Stdout
from slicer._core.exec.request import ExecSpec, check_stdin_source, exec_query
from slicer.errors import (
    ProtocolError,
    RemoteCommandError,
    SlicerConnectionError,
    StreamInterruptedError,
)

__all__ = ["AsyncExecStream"]

_BROKEN = (httpx.HTTPError, OSError, SlicerConnectionError, ProtocolError)


class AsyncExecStream:
    """A running command's output as typed frames: :class:`~slicer.Started`,
    :class:`~slicer.Stdout`, :class:`~slicer.Stderr` and finally :class:`~slicer.Exit`.

    Use it as ``async with vm.exec_stream(...) as stream: async for frame in stream``.
    The request is sent on entry (or on the first iteration). Iteration stops after the
    ``Exit`` frame; afterwards :attr:`returncode`, :attr:`signal` and :attr:`pid` are set.
    A stream that ends or breaks before ``Exit`` raises
    :class:`~slicer.errors.StreamInterruptedError`; an ``Exit`` carrying the daemon's error
    (the command could not run) raises :class:`~slicer.errors.RemoteCommandError`.
    Leaving the block early closes the connection, and the daemon kills the command.
    """

    def __init__(
        self,
        http: AsyncHTTP,
        hostname: str,
        spec: ExecSpec,
        *,
        cwd: str | None = None,
        env: Mapping[str, str] | Iterable[str] | None = None,
        uid: int | None = None,
        gid: int | None = None,
        stdin: Any = None,
        stdio: str = "base64",
        interactive: bool = False,
        deadline: float | None = None,
    ) -> None:
        check_stdin_source(stdin)
        self._http = http
        self._hostname = hostname
        self.spec = spec
        self._stdin_source = stdin
        self._interactive = interactive
        self._deadline = deadline
        self._query = exec_query(
            spec,
            cwd=cwd,
            env=env,
            uid=uid,
            gid=gid,
            stdin=stdin is not None or interactive,
            stdio=stdio,
        )
        self._decoder = FrameDecoder()
        self._pending: list[Frame] = []
        self._seen: list[Frame] = []
        self._started = False
        self._finished = False
        self._closed = False
        self._duplex: AsyncDuplexExchange | None = None
        self._writer: AsyncTask | None = None
        self._stack = contextlib.AsyncExitStack()
        self._chunks: AsyncIterator[bytes] | None = None
        self.exit: Exit | None = None
        """The ``Exit`` frame, once received."""
        self.pid: int | None = None
        """The process id in the VM, once the ``Started`` frame arrived."""

    @property
    def returncode(self) -> int | None:
        """Exit status, ``None`` until the ``Exit`` frame."""
        return None if self.exit is None else self.exit.exit_code

    @property
    def signal(self) -> str | None:
        """Name of the signal that ended the command, if one did."""
        return None if self.exit is None else self.exit.signal

    @property
    def uses_own_connection(self) -> bool:
        """Whether the command runs on a dedicated full-duplex connection (stdin or a
        deadline) rather than the shared httpx client."""
        return self._stdin_source is not None or self._interactive or self._deadline is not None

    async def _start(self) -> None:
        if self._started:
            return
        self._started = True
        path = exec_command._get_kwargs(self._hostname, cmd=self.spec.cmd)["url"]
        if self.uses_own_connection:
            has_body = self._stdin_source is not None or self._interactive
            self._duplex = AsyncDuplexExchange(self._http, path, self._query, stdin=has_body)
            await self._duplex.start()
            if self._stdin_source is not None:
                self._writer = spawn(self._feed_stdin)
            return
        response = await self._stack.enter_async_context(
            self._http.stream(
                "POST",
                path,
                params=httpx.QueryParams(list[tuple[str, Any]](self._query)),
                http_timeout=self._http.stream_timeout(),
            )
        )
        self._chunks = response.aiter_bytes()

    async def _feed_stdin(self) -> None:
        duplex = self._duplex
        assert duplex is not None
        with contextlib.suppress(OSError, ValueError):
            async for block in iterate_source(self._stdin_source):
                await duplex.write(block)
            await duplex.close_stdin()

    async def write_stdin(self, data: bytes) -> None:
        """Send bytes to the command's stdin (interactive streams only)."""
        if self._duplex is None or not self._interactive:
            raise ValueError("this stream has no interactive stdin (use popen or stdin=PIPE)")
        await self._duplex.write(data)

    async def close_stdin(self) -> None:
        """Send EOF to the command's stdin. Idempotent."""
        if self._duplex is not None:
            await self._duplex.close_stdin()

    async def _read_chunk(self, deadline: float | None) -> bytes:
        try:
            if self._duplex is not None:
                data = await self._duplex.receive(deadline)
                if not data and not self._duplex.complete:
                    raise StreamInterruptedError(
                        "the exec connection closed before the end of the response",
                        frames=list(self._seen),
                    )
                return data
            assert self._chunks is not None
            return await anext(self._chunks, b"")
        except _BROKEN as exc:
            raise StreamInterruptedError(
                f"the exec stream broke before the command's exit frame: {exc}",
                frames=list(self._seen),
            ) from exc

    async def next_frame(self, deadline: float | None = None) -> Frame | None:
        """The next frame (``Exit`` included, even one with an error), or ``None`` after
        ``Exit``. Raises ``StreamInterruptedError`` when the stream ends without one.

        ``deadline`` (monotonic seconds) bounds the wait on a dedicated connection and
        raises ``DeadlineExceeded``; the stream's own deadline applies when it is ``None``.
        """
        await self._start()
        while not self._pending:
            if self._finished:
                return None
            data = await self._read_chunk(self._deadline if deadline is None else deadline)
            if data:
                self._pending += self._decoder.feed(data)
                continue
            self._pending += self._decoder.flush()
            if not self._pending:
                self._finished = True
                raise StreamInterruptedError(
                    "the exec stream ended without an exit frame: the command's outcome is unknown",
                    frames=list(self._seen),
                )
        frame = self._pending.pop(0)
        if isinstance(frame, Exit):
            self.exit = frame
            self.pid = frame.pid or self.pid
            self._finished = True
            self._pending.clear()
        elif not isinstance(frame, Stdout | Stderr):
            self.pid = getattr(frame, "pid", None) or self.pid
            self._seen.append(frame)
        return frame

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Frame:
        frame = await self.next_frame()
        if frame is None:
            raise StopAsyncIteration
        if isinstance(frame, Exit) and frame.error:
            raise RemoteCommandError(frame.error, frame.exit_code, self.spec.display())
        return frame

    async def aclose(self) -> None:
        """Close the stream; a command still running is killed by the daemon."""
        if self._closed:
            return
        self._closed = True
        if self._duplex is not None:
            await self._duplex.aclose()
        if self._writer is not None:
            await self._writer.stop()
        await self._stack.aclose()

    async def __aenter__(self) -> Self:
        try:
            await self._start()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
