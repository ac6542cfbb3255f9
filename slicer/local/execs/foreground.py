"""``POST /vm/{h}/exec`` streaming and buffered: a plain ASGI handler, full duplex.

Starlette's ``StreamingResponse`` cannot be used: it listens for disconnects on its own and
swallows the request-body messages that carry stdin (tooling.md §9). This handler owns
``receive``: one task forwards request-body chunks to the process's stdin (closing it at
the end of the body) and notices the client going away, while the response streams
NDJSON frames as output arrives.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
from typing import Any

from starlette.types import Receive, Send

from slicer._core.exec.encode import frame_line, now_rfc3339, output_frame
from slicer.local.execs.command import ExecCommand, StartFailure, spawn
from slicer.local.execs.pump import TextDecoders, exit_fields, kill_group, pump_output
from slicer.local.vm import VM

__all__ = ["run_buffered", "stream_exec"]

NDJSON_HEADERS = [
    (b"content-type", b"application/x-ndjson"),
    (b"cache-control", b"no-cache"),
    (b"x-content-type-options", b"nosniff"),
]


async def _feed_stdin(
    receive: Receive, proc: asyncio.subprocess.Process | None, gone: asyncio.Event
) -> None:
    """Copy the request body to the process's stdin; on disconnect kill the process."""
    stdin = proc.stdin if proc is not None else None
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            gone.set()
            if proc is not None:
                kill_group(proc)
            return
        if message["type"] != "http.request":
            continue
        body = message.get("body", b"")
        if stdin is not None and body:
            try:
                stdin.write(body)
                await stdin.drain()
            except (BrokenPipeError, ConnectionResetError):
                stdin = None  # the process closed its stdin; discard the rest
        if not message.get("more_body", False) and stdin is not None:
            with contextlib.suppress(OSError):
                stdin.close()
            stdin = None


async def stream_exec(vm: VM, command: ExecCommand, receive: Receive, send: Send) -> None:
    """Run ``command`` and stream its frames; ``exit`` (or an error frame) comes last."""
    try:
        proc = await spawn(vm, command)
    except StartFailure as failure:
        await send({"type": "http.response.start", "status": 200, "headers": NDJSON_HEADERS})
        frame = {
            "error": failure.message,
            "exit_code": failure.exit_code,
            "timestamp": now_rfc3339(),
        }
        await send({"type": "http.response.body", "body": frame_line(frame), "more_body": False})
        return
    gone = asyncio.Event()
    feeder = asyncio.create_task(_feed_stdin(receive, proc, gone))
    decoders = TextDecoders()

    async def emit(frame: dict[str, Any]) -> None:
        await send({"type": "http.response.body", "body": frame_line(frame), "more_body": True})

    async def on_chunk(kind: str, data: bytes) -> None:
        payload: bytes | str = data
        if command.stdio == "text":
            payload = decoders.decode(kind, data)
            if not payload:
                return
        await emit(output_frame(kind, payload, command.stdio))

    try:
        await send({"type": "http.response.start", "status": 200, "headers": NDJSON_HEADERS})
        now = now_rfc3339()
        await emit({"type": "started", "pid": proc.pid, "started_at": now, "timestamp": now})
        await pump_output(proc, on_chunk)
        returncode = await proc.wait()
        if command.stdio == "text":
            for kind in ("stdout", "stderr"):
                tail = decoders.decode(kind, b"", final=True)
                if tail:
                    await emit(output_frame(kind, tail, "text"))
        await emit(
            {"type": "exit", "pid": proc.pid, **exit_fields(returncode), "timestamp": now_rfc3339()}
        )
        await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        kill_group(proc)  # nothing of a foreground command outlives its request
        feeder.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await feeder
        with contextlib.suppress(Exception):
            await asyncio.wait_for(proc.wait(), 5)


async def run_buffered(vm: VM, command: ExecCommand) -> dict[str, Any]:
    """Run ``command`` to completion and return the ``ExecResult`` object (§3.7)."""
    try:
        proc = await spawn(vm, command)
    except StartFailure as failure:
        return {
            "stdout": "",
            "stderr": "",
            "exit_code": failure.exit_code,
            "error": failure.message,
        }
    out = {"stdout": bytearray(), "stderr": bytearray()}

    async def collect(kind: str, data: bytes) -> None:
        out[kind] += data

    try:
        await pump_output(proc, collect)
        returncode = await proc.wait()
    finally:
        kill_group(proc)
    result: dict[str, Any] = {"pid": proc.pid, **exit_fields(returncode)}
    result.pop("ended_at", None)
    for kind, data in out.items():
        if command.stdio == "base64":
            result[kind] = base64.b64encode(bytes(data)).decode("ascii")
        else:
            result[kind] = bytes(data).decode("utf-8", "replace")
    if command.stdio == "base64":
        result["encoding"] = "base64"
    return result
