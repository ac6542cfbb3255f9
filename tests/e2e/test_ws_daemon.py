"""The forward and shell WebSocket endpoints of slicer.local on the wire, with a plain
WebSocket client (not the SDK): statuses before the upgrade, framing, abrupt closes."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect, unix_connect

from slicer.local import LocalDaemon
from tests.e2e.netservers import closed_port, serve_echo

pytestmark = pytest.mark.anyio


def ws_open(
    daemon: LocalDaemon, path: str, headers: dict[str, str] | None = None
) -> ClientConnection:
    extra = dict(headers or {})
    if daemon.token:
        extra.setdefault("Authorization", f"Bearer {daemon.token}")
    if daemon.socket_path:
        return unix_connect(daemon.socket_path, f"ws://localhost{path}", additional_headers=extra)
    return connect(daemon.base_url.replace("http", "ws", 1) + path, additional_headers=extra)


def refused(daemon: LocalDaemon, path: str, headers: dict[str, str] | None = None) -> Any:
    with pytest.raises(InvalidStatus) as caught:
        ws_open(daemon, path, headers).close()
    return caught.value.response


def http_get(
    daemon: LocalDaemon, path: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    with daemon.client() as client:
        http = client._http.client  # the SDK's own transport (socket or TCP + token)
        return http.get(path, headers=headers)


@pytest.fixture
def hostname(daemon: LocalDaemon) -> Iterator[str]:
    with daemon.client() as client:
        vm = client.create_vm()
        try:
            yield vm.hostname
        finally:
            vm.delete()


def test_statuses_before_the_upgrade(daemon: LocalDaemon, hostname: str) -> None:
    up = {"X-Inlets-Upstream": f"127.0.0.1:{closed_port()}"}
    response = refused(daemon, "/vm/no-such-vm/forward", up)
    assert response.status_code == 404 and b'"code":"not_found"' in response.body
    response = refused(daemon, f"/vm/{hostname}/forward")
    assert response.status_code == 400 and b"X-Inlets-Upstream" in response.body
    response = refused(daemon, f"/vm/{hostname}/forward", {"X-Inlets-Upstream": "nope"})
    assert response.status_code == 400
    escape = {"X-Inlets-Upstream": "unix:/../../../../etc/passwd-does-not-exist.sock"}
    response = refused(daemon, f"/vm/{hostname}/forward", escape)
    assert response.status_code == 502  # ".." cannot climb out: it is <root>/etc/...
    assert b"upstream_unreachable" in response.body
    response = refused(daemon, f"/vm/{hostname}/forward", up)
    assert response.status_code == 502 and b"Connection refused" in response.body
    response = refused(daemon, f"/vm/{hostname}/shell?cwd=/nowhere")
    assert response.status_code == 400
    response = refused(daemon, "/vm/no-such-vm/shell")
    assert response.status_code == 404


def test_a_missing_token_is_a_real_401(tcp_daemon: LocalDaemon) -> None:
    with pytest.raises(InvalidStatus) as caught:
        connect(tcp_daemon.base_url.replace("http", "ws", 1) + "/vm/x/shell").close()
    assert caught.value.response.status_code == 401
    assert b'"code":"unauthorized"' in caught.value.response.body


def test_plain_get_is_426_json(daemon: LocalDaemon, hostname: str) -> None:
    up = {"X-Inlets-Upstream": "127.0.0.1:80"}
    for path, headers in ((f"/vm/{hostname}/forward", up), (f"/vm/{hostname}/shell", None)):
        response = http_get(daemon, path, headers)
        assert response.status_code == 426
        assert response.headers["upgrade"] == "websocket"
        assert response.json()["code"] == "upgrade_required"
    assert http_get(daemon, "/vm/no-such-vm/forward", up).status_code == 404
    assert http_get(daemon, f"/vm/{hostname}/forward").status_code == 400


async def test_text_message_closes_with_1003(daemon: LocalDaemon, hostname: str) -> None:
    with serve_echo() as echo:

        def scenario() -> int | None:
            ws = ws_open(
                daemon, f"/vm/{hostname}/forward", {"X-Inlets-Upstream": f"127.0.0.1:{echo.port}"}
            )
            with ws:
                ws.send(b"binary is fine")
                assert ws.recv(timeout=10) == b"binary is fine"
                ws.send("text is not")
                with pytest.raises(ConnectionClosed) as closed:
                    ws.recv(timeout=10)
            return closed.value.rcvd.code if closed.value.rcvd else None

        assert await asyncio.to_thread(scenario) == 1003


async def test_abrupt_client_close_ends_the_upstream(daemon: LocalDaemon, hostname: str) -> None:
    """No close frame, just a dropped TCP connection: the daemon ends the tunnel."""
    upstream_eof = asyncio.Event()
    loop = asyncio.get_running_loop()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def serve() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.settimeout(20)
                while conn.recv(65536):
                    pass
            loop.call_soon_threadsafe(upstream_eof.set)

        def drop() -> None:
            up = {"X-Inlets-Upstream": f"127.0.0.1:{port}"}
            with ws_open(daemon, f"/vm/{hostname}/forward", up) as ws:
                ws.send(b"some bytes")
                ws.socket.shutdown(socket.SHUT_RDWR)  # abrupt: no close frame

        task = asyncio.create_task(asyncio.to_thread(serve))
        await asyncio.to_thread(drop)
        await asyncio.wait_for(upstream_eof.wait(), 20)
        await task


async def test_upstream_eof_closes_the_websocket_normally(
    daemon: LocalDaemon, hostname: str
) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def serve() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.sendall(b"bye")

        def client() -> tuple[bytes, int | None]:
            ws = ws_open(
                daemon, f"/vm/{hostname}/forward", {"X-Inlets-Upstream": f"localhost:{port}"}
            )
            with ws:
                data = ws.recv(timeout=10)
                with pytest.raises(ConnectionClosed) as closed:
                    ws.recv(timeout=10)
            return data, closed.value.rcvd.code if closed.value.rcvd else None

        server = asyncio.create_task(asyncio.to_thread(serve))
        data, code = await asyncio.to_thread(client)
        await server
    assert data == b"bye"
    assert code == 1000
