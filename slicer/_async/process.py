"""``vm.popen``: a remote process in the shape of ``subprocess.Popen`` /
``asyncio.subprocess.Process``, with interactive stdin over a full-duplex connection."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from types import TracebackType
from typing import IO, Any, Self

from slicer._async._backend import AsyncTask, DeadlineExceeded, iterate_source, monotonic, spawn
from slicer._async.exec_stream import AsyncExecStream
from slicer._core.exec.frames import Exit, Stderr, Stdout
from slicer.errors import ExecTimeoutError, RemoteCommandError

__all__ = [
    "DEVNULL",
    "PIPE",
    "STDOUT",
    "AsyncOutputReader",
    "AsyncRemoteProcess",
    "AsyncStdinWriter",
]

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class AsyncStdinWriter:
    """The remote process's stdin: ``write`` sends bytes, ``close`` sends EOF."""

    def __init__(self, stream: AsyncExecStream) -> None:
        self._stream = stream
        self.closed = False

    async def write(self, data: bytes) -> None:
        """Send ``data`` (blocks while the remote side is not reading)."""
        if self.closed:
            raise ValueError("write to closed stdin")
        await self._stream.write_stdin(bytes(data))

    async def close(self) -> None:
        """Send EOF: the remote process reads end-of-file. Idempotent."""
        if not self.closed:
            self.closed = True
            with contextlib.suppress(OSError):
                await self._stream.close_stdin()


class AsyncOutputReader:
    """Readable output of the remote process (``stdout`` or ``stderr`` with ``PIPE``).

    Reading pulls frames from the connection; output of the other stream read meanwhile
    is kept for it.
    """

    def __init__(self, process: AsyncRemoteProcess) -> None:
        self._process = process
        self._buffer = bytearray()
        self.eof = False

    def _feed(self, data: bytes) -> None:
        self._buffer += data

    async def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes (all until EOF when ``n < 0``); ``b""`` at EOF."""
        while not self.eof and (n < 0 or not self._buffer):
            await self._process._pump()
        size = len(self._buffer) if n < 0 else min(n, len(self._buffer))
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    async def readline(self) -> bytes:
        """One line including its ``\\n`` (the rest at EOF)."""
        while not self.eof and b"\n" not in self._buffer:
            await self._process._pump()
        end = self._buffer.find(b"\n")
        size = len(self._buffer) if end < 0 else end + 1
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> bytes:
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


class AsyncRemoteProcess:
    """A command running in a VM. Create it with :meth:`AsyncVM.popen`.

    Attributes:
        args: the command as given.
        pid: process id in the VM.
        returncode: exit status once known (``None`` while running; ``-9`` after
            :meth:`kill`, which makes the daemon SIGKILL the process group).
        stdin: an :class:`AsyncStdinWriter` when ``stdin=PIPE``.
        stdout, stderr: :class:`AsyncOutputReader` when ``PIPE`` was asked.
    """

    def __init__(
        self, stream: AsyncExecStream, args: Any, stdin: Any, stdout: Any, stderr: Any
    ) -> None:
        self._stream = stream
        self.args = args
        self.pid: int | None = None
        self.returncode: int | None = None
        self.signal: str | None = None
        self.stdin = AsyncStdinWriter(stream) if stdin == PIPE else None
        self.stdout = AsyncOutputReader(self) if stdout == PIPE else None
        self.stderr = AsyncOutputReader(self) if stderr == PIPE else None
        self._stdout_mode = stdout
        self._stderr_mode = stderr
        self._feeder: AsyncTask | None = None
        self._killed = False

    async def _begin(self) -> None:
        """Send the request and wait for the ``Started`` frame (so ``pid`` is known)."""
        await self._stream.__aenter__()
        while self.pid is None and self.returncode is None:
            await self._pump()

    def _sink(self, mode: Any, reader: AsyncOutputReader | None, data: bytes, err: bool) -> None:
        if mode == DEVNULL:
            return
        if mode == STDOUT:
            self._sink(self._stdout_mode, self.stdout, data, err=False)
        elif reader is not None:
            reader._feed(data)
        elif mode is None:
            target = sys.stderr if err else sys.stdout
            target.buffer.write(data)
            target.flush()
        else:
            handle: IO[bytes] = mode
            handle.write(data)

    async def _pump(self, deadline: float | None = None) -> bool:
        """Read one frame and dispatch it; ``False`` once the process has exited."""
        if self.returncode is not None:
            return False
        frame = await self._stream.next_frame(deadline)
        if frame is None or isinstance(frame, Exit):
            self._finish(frame)
            return False
        if isinstance(frame, Stdout):
            self._sink(self._stdout_mode, self.stdout, frame.data, err=False)
        elif isinstance(frame, Stderr):
            self._sink(self._stderr_mode, self.stderr, frame.data, err=True)
        else:
            self.pid = self._stream.pid
        return True

    def _finish(self, frame: Exit | None) -> None:
        for reader in (self.stdout, self.stderr):
            if reader is not None:
                reader.eof = True
        if frame is None:
            return
        if frame.error:
            self.returncode = frame.exit_code
            raise RemoteCommandError(frame.error, frame.exit_code, self.args)
        self.returncode = frame.exit_code
        self.signal = frame.signal
        self.pid = frame.pid or self.pid

    async def _pump_until_exit(self, deadline: float | None) -> None:
        while await self._pump(deadline):
            pass

    async def wait(self, timeout: float | None = None) -> int:
        """Wait for the process to exit and return its status. Output sent to ``PIPE``
        meanwhile is kept for reading.

        Raises:
            ExecTimeoutError: still running after ``timeout`` seconds (it is not killed).
        """
        deadline = None if timeout is None else monotonic() + timeout
        try:
            await self._pump_until_exit(deadline)
        except DeadlineExceeded:
            raise ExecTimeoutError(self.args, timeout or 0.0, None, None) from None
        assert self.returncode is not None
        return self.returncode

    async def poll(self) -> int | None:
        """The exit status if the process has ended, else ``None`` (never blocks)."""
        with contextlib.suppress(DeadlineExceeded):
            while self.returncode is None and await self._pump(monotonic()):
                pass
        return self.returncode

    async def communicate(
        self, input: Any = None, timeout: float | None = None
    ) -> tuple[bytes | None, bytes | None]:
        """Send ``input`` (then EOF) while reading all output, and wait for the exit.

        Returns ``(stdout, stderr)``; an entry is ``None`` unless that stream is ``PIPE``.

        Raises:
            ExecTimeoutError: not finished after ``timeout`` seconds; the process keeps
                running (call :meth:`kill`), and the output so far is on the error.
        """
        if input is not None:
            if self.stdin is None:
                raise ValueError("communicate(input=...) needs stdin=PIPE")
            if self._feeder is None:
                source = input

                async def feed() -> None:
                    with contextlib.suppress(OSError, ValueError):
                        async for block in iterate_source(source):
                            await self._stream.write_stdin(block)
                    assert self.stdin is not None
                    await self.stdin.close()

                self._feeder = spawn(feed)
        elif self.stdin is not None:
            await self.stdin.close()
        deadline = None if timeout is None else monotonic() + timeout
        try:
            await self._pump_until_exit(deadline)
        except DeadlineExceeded:
            partial = (self._peek(self.stdout), self._peek(self.stderr))
            raise ExecTimeoutError(self.args, timeout or 0.0, *partial) from None
        if self._feeder is not None:
            await self._feeder.stop()
        out = await self.stdout.read() if self.stdout is not None else None
        err = await self.stderr.read() if self.stderr is not None else None
        return out, err

    @staticmethod
    def _peek(reader: AsyncOutputReader | None) -> bytes | None:
        return None if reader is None else bytes(reader._buffer)

    async def kill(self) -> None:
        """Kill the process: the exec connection is closed and the daemon SIGKILLs the
        process group (so ``returncode`` becomes ``-9`` unless it had already exited)."""
        if self.returncode is None:
            self.returncode = -int(signal.SIGKILL)
            self.signal = "SIGKILL"
            self._killed = True
        for reader in (self.stdout, self.stderr):
            if reader is not None:
                reader.eof = True
        await self._stream.aclose()

    async def terminate(self) -> None:
        """The same as :meth:`kill`: foreground exec has no signal channel, so ending the
        connection (which the daemon answers with SIGKILL) is the only way."""
        await self.kill()

    async def aclose(self) -> None:
        """Release the connection (killing the process if it still runs)."""
        if self._feeder is not None:
            self._feeder.cancel()
        if self.returncode is None:
            await self.kill()
        else:
            await self._stream.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Like ``Popen``: close stdin and wait for the exit; on an exception, kill."""
        try:
            if exc is None and self.returncode is None:
                if self.stdin is not None:
                    await self.stdin.close()
                await self._pump_until_exit(None)
        finally:
            await self.aclose()
