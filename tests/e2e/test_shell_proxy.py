"""``slicer.shell.proxy_app`` served by uvicorn, driven by a plain WebSocket client (as a
browser terminal would), against real slicer.local daemons."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from slicer.local import LocalDaemon
from slicer.shell import FrameReader, FrameType, encode_frame, proxy_app, window_size_frame

pytestmark = pytest.mark.anyio


@contextlib.contextmanager
def serve_proxy(daemon: LocalDaemon, **options: Any) -> Iterator[str]:
    """Run ``proxy_app`` (on its own client and event loop) and yield its ws:// base URL."""
    client = daemon.async_client()
    app = proxy_app(client, **options)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    config = uvicorn.Config(app, ws="websockets-sansio", lifespan="off", log_level="warning")
    server = uvicorn.Server(config)

    async def main() -> None:
        try:
            await server.serve(sockets=[sock])
        finally:
            await client.aclose()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.01)
        assert thread.is_alive()
    try:
        yield f"127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def talk(url: str, script: Callable[[Any, FrameReader], Any], **kwargs: Any) -> Any:
    with connect(url, open_timeout=20, **kwargs) as ws:
        return script(ws, FrameReader())


def run_42(ws: Any, frames: FrameReader) -> tuple[bytes, list[int], Any]:
    ws.send(window_size_frame(80, 24))
    ws.send(encode_frame(FrameType.DATA, b"echo $((6*7))\n"))
    ws.send("a text message is dropped")
    output = bytearray()
    while b"42\r\n" not in output:
        for frame in frames.feed(ws.recv(timeout=20)):
            if frame.type == FrameType.DATA:
                output += frame.payload
    ws.send(encode_frame(FrameType.SHUTDOWN))
    types: list[int] = []
    try:
        while True:
            types += [f.type for f in frames.feed(ws.recv(timeout=20))]
    except ConnectionClosed as closed:
        return bytes(output), types, closed.rcvd


async def test_browser_reaches_the_shell(vm: Any, daemon: LocalDaemon) -> None:
    with serve_proxy(daemon, vm=vm.hostname) as where:
        output, types, close_frame = await asyncio.to_thread(talk, f"ws://{where}/", run_42)
    assert b"42\r\n" in output
    assert FrameType.SESSION_CLOSE in types
    assert close_frame is not None and close_frame.code == 1000
    assert close_frame.reason == "session ended"


async def test_vm_name_from_the_request(vm: Any, daemon: LocalDaemon) -> None:
    def pick(scope: Any) -> str:
        return str(scope["path"]).rsplit("/", 1)[-1]

    with serve_proxy(daemon, vm=pick) as where:
        output, _, _ = await asyncio.to_thread(talk, f"ws://{where}/shell/{vm.hostname}", run_42)
        assert b"42" in output
        with pytest.raises(InvalidStatus) as empty:
            await asyncio.to_thread(talk, f"ws://{where}/shell/", run_42)
        assert empty.value.response.status_code == 400
        with pytest.raises(InvalidStatus) as unknown:
            await asyncio.to_thread(talk, f"ws://{where}/shell/no-such-vm", run_42)
        assert unknown.value.response.status_code == 502
        assert b"no-such-vm" in unknown.value.response.body


async def test_origin_check_and_plain_http(vm: Any, daemon: LocalDaemon) -> None:
    with serve_proxy(daemon, vm=vm.hostname) as where:
        with pytest.raises(InvalidStatus) as foreign:
            await asyncio.to_thread(talk, f"ws://{where}/", run_42, origin="http://evil.example")
        assert foreign.value.response.status_code == 403
        same, _, _ = await asyncio.to_thread(
            talk, f"ws://{where}/", run_42, origin=f"http://{where}"
        )
        assert b"42" in same
        async with httpx.AsyncClient() as http:
            plain = await http.get(f"http://{where}/")
        assert plain.status_code == 426
    with serve_proxy(daemon, vm=vm.hostname, check_origin=None) as where:
        anyone, _, _ = await asyncio.to_thread(
            talk, f"ws://{where}/", run_42, origin="http://evil.example"
        )
        assert b"42" in anyone
