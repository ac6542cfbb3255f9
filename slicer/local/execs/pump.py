"""Reading a process's stdout and stderr as they arrive, and describing how it ended."""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import os
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from slicer._core.exec.encode import now_rfc3339

__all__ = ["CHUNK", "TextDecoders", "exit_fields", "kill_group", "pump_output"]

#: Bytes read from a pipe at a time (also the most one output frame carries).
CHUNK = 64 * 1024
#: Seconds to wait for the pipes to close after the process exited (a background
#: grandchild may hold them open; its later output is not the command's).
PIPE_GRACE = 1.0

OnChunk = Callable[[str, bytes], Awaitable[None]]


async def pump_output(proc: asyncio.subprocess.Process, on_chunk: OnChunk) -> None:
    """Call ``on_chunk(kind, data)`` for every chunk of stdout/stderr, in arrival order,
    until both pipes are at EOF (or ``PIPE_GRACE`` after the process exited).

    A small queue gives backpressure: when ``on_chunk`` is slow (a slow client), the
    readers stop reading and the process blocks on its pipe, as with a local pipe.
    """
    queue: asyncio.Queue[tuple[str, bytes | None]] = asyncio.Queue(maxsize=8)

    async def read(stream: asyncio.StreamReader | None, kind: str) -> None:
        try:
            while stream is not None and (chunk := await stream.read(CHUNK)):
                await queue.put((kind, chunk))
        finally:
            await queue.put((kind, None))

    readers = [
        asyncio.create_task(read(proc.stdout, "stdout")),
        asyncio.create_task(read(proc.stderr, "stderr")),
    ]
    exited = asyncio.create_task(proc.wait())
    open_pipes = 2
    try:
        while open_pipes:
            timeout = PIPE_GRACE if exited.done() else None
            getter = asyncio.create_task(queue.get())
            done, _ = await asyncio.wait(
                {getter, exited}, timeout=timeout, return_when="FIRST_COMPLETED"
            )
            if getter not in done:
                getter.cancel()
                if exited.done() and timeout is not None:
                    break  # pipes still open well after exit: a grandchild holds them
                continue
            kind, chunk = getter.result()
            if chunk is None:
                open_pipes -= 1
            else:
                await on_chunk(kind, chunk)
    finally:
        for task in (*readers, exited):
            task.cancel()
        for task in (*readers, exited):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


class TextDecoders:
    """Incremental UTF-8 decoding per stream, so text frames never split a character."""

    def __init__(self) -> None:
        self._decoders = {
            kind: codecs.getincrementaldecoder("utf-8")(errors="replace")
            for kind in ("stdout", "stderr")
        }

    def decode(self, kind: str, data: bytes, final: bool = False) -> str:
        return self._decoders[kind].decode(data, final)


def exit_fields(returncode: int) -> dict[str, Any]:
    """``exit_code`` (128+N for a signal, like a shell) and ``signal`` (e.g. ``SIGKILL``)."""
    fields: dict[str, Any] = {"ended_at": now_rfc3339()}
    if returncode < 0:
        number = -returncode
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"SIG{number}"
        fields["exit_code"] = 128 + number
        fields["signal"] = name
    else:
        fields["exit_code"] = returncode
    return fields


def kill_group(proc: asyncio.subprocess.Process, sig: int = signal.SIGKILL) -> None:
    """Signal the process's whole group (it leads its own session), even after the
    leader exited, so no grandchild is left behind; a stopped (paused) group is
    continued so it can act on a catchable signal."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)
        if sig not in (signal.SIGKILL, signal.SIGCONT):
            os.killpg(proc.pid, signal.SIGCONT)
