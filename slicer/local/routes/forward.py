"""``/vm/{hostname}/forward``: one TCP or UNIX-socket tunnel per WebSocket (PROTOCOL.md §3.12).

The target comes from ``X-Inlets-Upstream``: ``host:port`` or ``unix:<path>``.

- A local VM shares the host's network, so a TCP target is dialled from the host: the
  guest's loopback (``127.0.0.1``, ``localhost``, ``::1``), an empty host, ``0.0.0.0`` and the
  VM's own IP all mean the host's ``127.0.0.1``; any other host is dialled as given.
- A ``unix:`` path is a VM path: ``/var/run/docker.sock`` is ``<root>/var/run/docker.sock``
  (a relative path is relative to the VM root); it cannot lead outside the VM root.

Before the upgrade: 404 unknown VM, 409 paused/stopped VM, 400 missing or malformed
``X-Inlets-Upstream``, **502 when the upstream cannot be dialled** (refused, missing socket,
unreachable or no answer within 10 s) — the daemon dials first and only then accepts, so a
client sees a failed handshake, never a tunnel that closes at once. After the upgrade raw
bytes travel in binary messages both ways; a text message is answered with close code
1003. Either side ending (EOF, a close frame, or an abrupt disconnect) ends both.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from slicer.local.daemon import Daemon
from slicer.local.errors import ApiError, bad_request
from slicer.local.routes.base import param, run_sync
from slicer.local.routes.ws import close_quietly, deny, upgrade_required, vm_path
from slicer.local.vm import VM

__all__ = ["DIAL_TIMEOUT", "ForwardRoutes", "Upstream", "parse_upstream"]

log = logging.getLogger("slicer.local")

#: Seconds the daemon waits for the upstream to accept the connection.
DIAL_TIMEOUT = 10.0
#: Bytes read from the upstream per WebSocket message.
CHUNK = 256 * 1024
_MAX_SUN_PATH = 107
_LOOPBACK_ALIASES = frozenset({"", "localhost", "0.0.0.0", "::", "::1"})


@dataclass(frozen=True)
class Upstream:
    """Where a tunnel goes: a host TCP address, or a host path of a UNIX socket."""

    target: str  # as the client wrote it, for messages
    host: str = ""
    port: int = 0
    path: Path | None = None


def parse_upstream(vm: VM, header: str | None) -> Upstream:
    """Validate ``X-Inlets-Upstream`` and map it to what the host must dial (400 if bad)."""
    value = (header or "").strip()
    if not value:
        raise bad_request("missing X-Inlets-Upstream header (host:port or unix:/path)")
    if value.startswith("unix:"):
        return Upstream(value, path=vm_path(vm.root_dir, value[5:], "upstream socket"))
    host, sep, port_text = value.rpartition(":")
    if not sep or not port_text.isdigit() or not 0 < int(port_text) <= 65535:
        raise bad_request(
            f"invalid X-Inlets-Upstream {value!r}: expected host:port (port 1-65535) or unix:/path"
        )
    host = host.strip("[]")
    if host.lower() in _LOOPBACK_ALIASES or host == vm.ip_address:
        host = "127.0.0.1"
    else:
        with contextlib.suppress(ValueError):
            if ipaddress.ip_address(host).is_loopback:
                host = str(ipaddress.ip_address(host))
    return Upstream(value, host=host, port=int(port_text))


async def _open_unix(path: Path) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    if len(os.fsencode(path)) <= _MAX_SUN_PATH:
        return await asyncio.open_unix_connection(str(path))
    # sun_path is too short for a deep VM root: reach the socket through its directory.
    fd = os.open(path.parent, os.O_PATH | os.O_DIRECTORY)
    try:
        return await asyncio.open_unix_connection(f"/proc/self/fd/{fd}/{path.name}")
    finally:
        os.close(fd)


async def dial(upstream: Upstream) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Connect to the upstream; 502 ``upstream_unreachable`` when that fails."""
    try:
        async with asyncio.timeout(DIAL_TIMEOUT):
            if upstream.path is not None:
                return await _open_unix(upstream.path)
            return await asyncio.open_connection(upstream.host, upstream.port, limit=CHUNK)
    except TimeoutError:
        reason = f"no answer within {DIAL_TIMEOUT:g} s"
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc) or type(exc).__name__
    raise ApiError(
        502, f"cannot reach upstream {upstream.target}: {reason}", "upstream_unreachable"
    )


class ForwardRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def http(self, request: Request) -> Response:
        """A plain GET (no upgrade): the checks of the WebSocket route, then 426."""
        vm = self.d.vms.require_running(param(request, "hostname"))
        parse_upstream(vm, request.headers.get("x-inlets-upstream"))
        raise upgrade_required()

    async def websocket(self, websocket: WebSocket) -> None:
        hostname = str(websocket.path_params["hostname"])
        try:
            vm = await run_sync(self.d.vms.require_running, hostname)
            upstream = parse_upstream(vm, websocket.headers.get("x-inlets-upstream"))
            reader, writer = await dial(upstream)
        except ApiError as exc:
            await deny(websocket, exc)
            return
        try:
            await websocket.accept()
            await _relay(websocket, reader, writer)
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            await close_quietly(websocket, 1000, "closing")


async def _relay(
    websocket: WebSocket, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    """Copy both ways until either side ends, then stop the other direction."""

    async def client_to_upstream() -> None:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            data = message.get("bytes")
            if data is None:
                await close_quietly(websocket, 1003, "binary messages only")
                return
            writer.write(data)
            await writer.drain()

    async def upstream_to_client() -> None:
        while data := await reader.read(CHUNK):
            await websocket.send_bytes(data)

    tasks = [
        asyncio.create_task(client_to_upstream()),
        asyncio.create_task(upstream_to_client()),
    ]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        for outcome in await asyncio.gather(*tasks, return_exceptions=True):
            if isinstance(outcome, Exception):
                log.debug("forward tunnel ended: %r", outcome)
