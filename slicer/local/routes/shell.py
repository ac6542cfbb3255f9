"""``/vm/{hostname}/shell``: an interactive shell on a PTY over a WebSocket (§3.13).

Query: ``shell`` (a host path, default ``/bin/bash``), ``uid``/``gid`` (switching needs a
daemon running as root; 4294967295 means "the default user"), ``cwd`` (a VM path; default
the VM root). Before the upgrade: 404 unknown VM, 409 paused/stopped VM, 400 bad
parameters or a shell that cannot be started, 403 a uid/gid the daemon cannot switch to.

Frames (one per binary message; see :mod:`slicer._core.shell_frames`): Data both ways,
WindowSize resizes the PTY, Heartbeat is ignored, Shutdown from the client ends the
session. When the shell exits the daemon sends the rest of its output, then a
SessionClose frame, then closes with 1000. However the session ends, the shell's process
group is hung up and killed, the shell is reaped and the PTY is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from slicer._core.shell_frames import FrameReader, FrameType, encode_frame, parse_window_size
from slicer.errors import ProtocolError
from slicer.local.daemon import Daemon
from slicer.local.errors import ApiError, bad_request
from slicer.local.routes.base import param, run_sync
from slicer.local.routes.ws import close_quietly, deny, upgrade_required, vm_path
from slicer.local.terminal import Terminal
from slicer.local.vm import VM

__all__ = ["ShellRoutes"]

log = logging.getLogger("slicer.local")

DEFAULT_SHELL = "/bin/bash"
#: Seconds to keep reading output after the shell exits (children may still write).
_DRAIN = 0.3
#: Why a session ended: the shell exited, the client sent Shutdown, the client went away.
EXITED, SHUTDOWN, GONE = "exited", "shutdown", "gone"
#: Queued output chunks before the PTY is no longer read (backpressure).
_MAX_QUEUED = 64


@dataclass(frozen=True)
class ShellParams:
    shell: str
    cwd: Path
    uid: int | None
    gid: int | None


def _id(query: Mapping[str, str], name: str) -> int | None:
    text = query.get(name)
    if text is None or text == "":
        return None
    if not text.isdigit() or int(text) > 4294967295:
        raise bad_request(f"{name} must be an integer from 0 to 4294967295, got {text!r}")
    return int(text)


def parse_params(vm: VM, query: Mapping[str, str]) -> ShellParams:
    """Validate the query (400 when something is wrong)."""
    shell = query.get("shell") or DEFAULT_SHELL
    if shell == DEFAULT_SHELL and not os.access(shell, os.X_OK):
        shell = "/bin/sh"
    if not os.path.isabs(shell) or not os.path.isfile(shell) or not os.access(shell, os.X_OK):
        raise bad_request(f"shell {shell!r} is not an executable file (give an absolute path)")
    cwd_text = query.get("cwd")
    cwd = vm_path(vm.root_dir, cwd_text, "cwd") if cwd_text else vm.root_dir
    if not cwd.is_dir():
        raise bad_request(f"cwd {cwd_text!r} is not a directory in the VM")
    return ShellParams(shell, cwd, _id(query, "uid"), _id(query, "gid"))


class ShellRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def http(self, request: Request) -> Response:
        """A plain GET (no upgrade): the checks of the WebSocket route, then 426."""
        vm = self.d.vms.require_running(param(request, "hostname"))
        parse_params(vm, request.query_params)
        raise upgrade_required()

    async def websocket(self, websocket: WebSocket) -> None:
        hostname = str(websocket.path_params["hostname"])
        try:
            vm = await run_sync(self.d.vms.require_running, hostname)
            params = parse_params(vm, websocket.query_params)
            term = await run_sync(
                Terminal.spawn, vm, params.shell, params.cwd, params.uid, params.gid
            )
        except ApiError as exc:
            await deny(websocket, exc)
            return
        try:
            await websocket.accept()
            reason = await _Session(websocket, term).run()
            if reason != GONE:
                await run_sync(term.close)  # a Shutdown ends the shell before we say so
                with contextlib.suppress(Exception):
                    await websocket.send_bytes(encode_frame(FrameType.SESSION_CLOSE))
        finally:
            await run_sync(term.close)
            await close_quietly(websocket, 1000, "session ended")


class _Session:
    """Relays frames between one WebSocket and one terminal."""

    def __init__(self, websocket: WebSocket, term: Terminal) -> None:
        self.ws = websocket
        self.term = term
        self.loop = asyncio.get_running_loop()
        self.output: asyncio.Queue[bytes] = asyncio.Queue()
        self.hung_up = asyncio.Event()
        self.reading = False
        self.finished = False

    async def run(self) -> str:
        """Relay until the session ends; returns why: EXITED, SHUTDOWN or GONE."""
        self._start_reading()
        exited = asyncio.create_task(self._shell_exit())
        pump = asyncio.create_task(self._pump_output())
        inbound = asyncio.create_task(self._inbound())
        try:
            done, _ = await asyncio.wait(
                {exited, inbound, pump}, return_when=asyncio.FIRST_COMPLETED
            )
            if inbound in done:
                return GONE if inbound.exception() is not None else inbound.result()
            if pump in done:
                return GONE  # sending failed: the client is gone
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.hung_up.wait(), _DRAIN)
            await self._flush()
            return EXITED
        finally:
            self.finished = True
            self._stop_reading()
            for task in (exited, pump, inbound):
                task.cancel()
            for outcome in await asyncio.gather(exited, pump, inbound, return_exceptions=True):
                if isinstance(outcome, Exception):
                    log.debug("shell session: %r", outcome)

    # -- terminal output -------------------------------------------------------------
    def _start_reading(self) -> None:
        if not self.reading and not self.hung_up.is_set():
            self.loop.add_reader(self.term.master, self._on_readable)
            self.reading = True

    def _stop_reading(self) -> None:
        if self.reading:
            self.loop.remove_reader(self.term.master)
            self.reading = False

    def _on_readable(self) -> None:
        data = self.term.read()
        if data is None:
            return
        if not data:
            self._stop_reading()
            self.hung_up.set()
            return
        self.output.put_nowait(data)
        if self.output.qsize() >= _MAX_QUEUED:
            self._stop_reading()

    async def _pump_output(self) -> None:
        while True:
            data = await self.output.get()
            try:
                await self.ws.send_bytes(encode_frame(FrameType.DATA, data))
            finally:
                self.output.task_done()
            if self.output.empty() and not self.finished:
                self._start_reading()

    async def _flush(self) -> None:
        """Queue what the terminal still holds and wait until the pump has sent it all."""
        self.finished = True
        self._stop_reading()
        while data := self.term.read():
            self.output.put_nowait(data)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.output.join(), 5.0)

    # -- process exit ----------------------------------------------------------------
    async def _shell_exit(self) -> None:
        pid = self.term.proc.pid
        try:
            fd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            while self.term.proc.poll() is None:
                await asyncio.sleep(0.05)
            return
        try:
            gone: asyncio.Future[None] = self.loop.create_future()

            def on_exit() -> None:
                if not gone.done():
                    gone.set_result(None)

            self.loop.add_reader(fd, on_exit)
            try:
                await gone
            finally:
                self.loop.remove_reader(fd)
        finally:
            os.close(fd)

    # -- client frames ---------------------------------------------------------------
    async def _inbound(self) -> str:
        reader = FrameReader()
        while True:
            message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return GONE
            data = message.get("bytes")
            if data is None:
                continue  # text messages are not part of the protocol
            try:
                frames = reader.feed(data)
            except ProtocolError as exc:
                log.debug("shell session: %s", exc)
                return GONE
            for frame in frames:
                if frame.type == FrameType.DATA:
                    await self.term.write(frame.payload)
                elif frame.type == FrameType.WINDOW_SIZE:
                    with contextlib.suppress(ProtocolError):
                        self.term.resize(*parse_window_size(frame.payload))
                elif frame.type == FrameType.SHUTDOWN:
                    return SHUTDOWN
