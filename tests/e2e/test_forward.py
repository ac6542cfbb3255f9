"""Port forwarding against real slicer.local daemons: sync and async forwarders, daemon over
a UNIX socket and over TCP with a token.

Upstream servers run on threads of the test process (see tests/e2e/netservers.py): a local
VM shares the host's loopback and its root directory is a host directory. The HTTP server
test starts its server inside the VM with ``vm.bg``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import socket
import stat
import struct
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from slicer import ForwardBindError, ForwardSpecError, NotFoundError, ServerError
from slicer.local import LocalDaemon
from tests.conftest import run
from tests.e2e.netservers import (
    closed_port,
    free_port,
    pattern_chunks,
    recv_exactly,
    serve_echo,
    serve_flood,
    serve_sink,
)

pytestmark = pytest.mark.anyio

MiB = 1024 * 1024


async def close(fwd: Any) -> None:
    await run(fwd.aclose() if hasattr(fwd, "aclose") else fwd.close())


def vm_root(daemon: LocalDaemon, hostname: str) -> Path:
    assert daemon.state_dir is not None
    return Path(daemon.state_dir) / "vms" / hostname / "root"


def exchange(address: Any, payload: bytes, family: int = socket.AF_INET) -> bytes:
    """Send ``payload`` to an echo server through ``address`` and read as much back."""
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(30)
        sock.connect(address)
        sender = threading.Thread(target=sock.sendall, args=(payload,))
        sender.start()
        try:
            return recv_exactly(sock, len(payload))
        finally:
            sender.join()


def closes_within(port: int, seconds: float) -> bool:
    """Connect, send a byte, and tell whether the connection is closed within ``seconds``."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"x")
        sock.settimeout(seconds)
        try:
            return sock.recv(1) == b""
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False


# -- the spec table against real listeners ------------------------------------------------


async def test_http_server_in_vm_through_fixed_and_random_port(
    vm: Any, daemon: LocalDaemon
) -> None:
    port = free_port()
    await run(vm.run("mkdir -p site && echo '<h1>hello from the VM</h1>' > site/index.html"))
    server = await run(
        vm.bg.start(["python3", "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd="site")
    )
    try:
        await asyncio.to_thread(_wait_listening, port)
        # 8080 as in the issue, unless something on this machine already holds it.
        fixed = 8080 if _port_free(8080) else free_port()
        fwd = await run(vm.forward(f"{fixed}:127.0.0.1:{port}", f"0:127.0.0.1:{port}"))
        try:
            fixed_listener, random_listener = fwd.listeners
            assert fixed_listener.local == f"127.0.0.1:{fixed}"
            assert fixed_listener.port == fixed
            assert fixed_listener.remote == f"127.0.0.1:{port}"
            assert random_listener.spec == f"0:127.0.0.1:{port}"
            assert random_listener.port not in (0, fixed)
            assert random_listener.local == f"127.0.0.1:{random_listener.port}"
            for listener in fwd.listeners:
                async with httpx.AsyncClient() as http:
                    page = await http.get(f"http://127.0.0.1:{listener.port}/index.html")
                assert page.status_code == 200
                assert "hello from the VM" in page.text
        finally:
            await close(fwd)
    finally:
        await run(server.kill(signal="KILL"))


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _wait_listening(port: int) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


async def test_tcp_to_unix_and_unix_to_unix(vm: Any, daemon: LocalDaemon, tmp_path: Path) -> None:
    # A UNIX echo server standing in for the guest's /var/run/docker.sock.
    guest_socket = vm_root(daemon, vm.hostname) / "var" / "run" / "docker.sock"
    local_socket = tmp_path / "nested" / "dir" / "docker.sock"
    with serve_echo(guest_socket):
        fwd = await run(
            vm.forward("127.0.0.1:0:/var/run/docker.sock", f"{local_socket}:/var/run/docker.sock")
        )
        try:
            tcp, unix = fwd.listeners
            assert tcp.remote == unix.remote == "unix:/var/run/docker.sock"
            assert unix.local == str(local_socket) and unix.port == 0
            mode = os.stat(local_socket).st_mode
            assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o660
            payload = os.urandom(3 * MiB)
            got = await asyncio.to_thread(exchange, ("127.0.0.1", tcp.port), payload)
            assert got == payload
            got = await asyncio.to_thread(exchange, str(local_socket), payload, socket.AF_UNIX)
            assert got == payload
        finally:
            await close(fwd)
    assert not local_socket.exists()


async def test_relative_guest_socket_and_stale_local_socket(
    vm: Any, daemon: LocalDaemon, tmp_path: Path
) -> None:
    guest_socket = vm_root(daemon, vm.hostname) / "run" / "app.sock"
    local_socket = tmp_path / "app.sock"
    stale = socket.socket(socket.AF_UNIX)  # bound then closed: a leftover file
    stale.bind(str(local_socket))
    stale.close()
    assert local_socket.exists()
    with serve_echo(guest_socket):
        async with contextlib.AsyncExitStack() as stack:
            fwd = await run(vm.forward(f"{local_socket}:run/app.sock"))
            stack.push_async_callback(close, fwd)
            assert fwd.listeners[0].remote == "unix:run/app.sock"
            got = await asyncio.to_thread(exchange, str(local_socket), b"ping", socket.AF_UNIX)
            assert got == b"ping"


# -- load -----------------------------------------------------------------------------------


async def test_hundred_concurrent_connections_each_checksummed(vm: Any) -> None:
    with serve_echo() as echo:
        fwd = await run(vm.forward(f"0:127.0.0.1:{echo.port}"))
        try:
            port = fwd.listeners[0].port

            async def one(i: int) -> bool:
                payload = os.urandom(MiB)
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                try:

                    async def send() -> None:
                        for start in range(0, MiB, 64 * 1024):
                            writer.write(payload[start : start + 64 * 1024])
                            await writer.drain()

                    sending = asyncio.create_task(send())
                    back = await reader.readexactly(MiB)
                    await sending
                finally:
                    writer.close()
                return hashlib.sha256(back).digest() == hashlib.sha256(payload).digest()

            results = await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(100))), 240)
            assert all(results)
            assert echo.connections == 100
            assert fwd.failures == 0
        finally:
            await close(fwd)


@pytest.mark.parametrize("daemon", ["unix"], indirect=True)
async def test_one_gib_transfer_with_checksum(vm: Any) -> None:
    """1 GiB streamed through one tunnel (sync and async forwarder; the daemon on a socket)."""
    total = 1024 * MiB
    with serve_sink() as sink:
        fwd = await run(vm.forward(f"0:127.0.0.1:{sink.port}"))
        try:
            port = fwd.listeners[0].port

            def upload() -> bool:
                digest = hashlib.sha256()
                with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
                    sock.sendall(struct.pack(">Q", total))
                    for chunk in pattern_chunks(total):
                        digest.update(chunk)
                        sock.sendall(chunk)
                    return recv_exactly(sock, 32) == digest.digest()

            assert await asyncio.to_thread(upload)
        finally:
            await close(fwd)


# -- faults -----------------------------------------------------------------------------------


async def test_refused_upstream_closes_the_connection_and_keeps_serving(
    vm: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="slicer.forward")
    dead = closed_port()
    with serve_echo() as echo:
        fwd = await run(vm.forward(f"0:127.0.0.1:{dead}", f"0:127.0.0.1:{echo.port}"))
        try:
            refused, alive = fwd.listeners
            assert await asyncio.to_thread(closes_within, refused.port, 1.0)
            assert await asyncio.to_thread(closes_within, refused.port, 1.0)
            got = await asyncio.to_thread(exchange, ("127.0.0.1", alive.port), b"still here")
            assert got == b"still here"
            await asyncio.to_thread(_wait_for, lambda: fwd.failures == 2)
            assert isinstance(fwd.last_error, ServerError)
            assert fwd.last_error.status_code == 502
            assert fwd.last_error.code == "upstream_unreachable"
            assert f"127.0.0.1:{dead}" in caplog.text and "502" in caplog.text
        finally:
            await close(fwd)


async def test_upstream_that_closes_at_once_closes_the_connection(vm: Any) -> None:
    """The tunnel opens, then the upstream hangs up immediately: the local connection
    closes promptly too, and the forwarder keeps serving."""
    with socket.socket() as upstream:
        upstream.bind(("127.0.0.1", 0))
        upstream.listen(8)
        stop = threading.Event()

        def hang_up() -> None:
            while not stop.is_set():
                with contextlib.suppress(OSError):
                    upstream.accept()[0].close()

        threading.Thread(target=hang_up, daemon=True).start()
        fwd = await run(vm.forward(f"0:127.0.0.1:{upstream.getsockname()[1]}"))
        try:
            port = fwd.listeners[0].port
            assert await asyncio.to_thread(closes_within, port, 1.0)
            assert await asyncio.to_thread(closes_within, port, 1.0)
            assert fwd.failures == 0  # a normal end of tunnel, not a failure
        finally:
            stop.set()
            await close(fwd)
            with contextlib.suppress(OSError):
                upstream.shutdown(socket.SHUT_RDWR)


async def test_unknown_vm_fails_per_connection(client: Any) -> None:
    fwd = await run(client.vm("no-such-vm").forward("0:127.0.0.1:80"))
    try:
        assert await asyncio.to_thread(closes_within, fwd.listeners[0].port, 1.0)
        await asyncio.to_thread(_wait_for, lambda: fwd.failures == 1)
        assert isinstance(fwd.last_error, NotFoundError)
    finally:
        await close(fwd)


async def test_close_frees_ports_removes_sockets_and_cuts_live_tunnels(
    vm: Any, tmp_path: Path
) -> None:
    port = free_port()
    local_socket = tmp_path / "fwd.sock"
    with serve_echo() as echo:
        fwd = await run(
            vm.forward(f"{port}:127.0.0.1:{echo.port}", f"{local_socket}:/nothing.sock")
        )
        live = socket.create_connection(("127.0.0.1", port), timeout=10)
        try:
            live.sendall(b"hello")
            assert await asyncio.to_thread(recv_exactly, live, 5) == b"hello"
            await asyncio.to_thread(_wait_for, lambda: fwd.active == 1)
            await close(fwd)
            await close(fwd)  # idempotent
            assert fwd.closed
            assert await asyncio.to_thread(_closed_by_peer, live)
        finally:
            live.close()
    assert not local_socket.exists()
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))  # the port is free again
    # every thread the (sync) forwarder and its WebSocket sessions started has finished
    await asyncio.to_thread(_wait_for, lambda: not forwarder_threads())


async def test_close_while_a_client_does_not_read_a_flood(vm: Any) -> None:
    """The upstream sends without end and the local client reads nothing: every buffer
    on the way fills up. close() must still end every thread and connection."""
    with serve_flood() as flood:
        fwd = await run(vm.forward(f"0:127.0.0.1:{flood.port}", f"0:127.0.0.1:{flood.port}"))
        stalled = [socket.create_connection(("127.0.0.1", lst.port)) for lst in fwd.listeners]
        try:
            await asyncio.to_thread(_wait_for, lambda: fwd.active == 2)
            await asyncio.sleep(1.0)  # let the buffers fill
            await close(fwd)
            assert fwd.active == 0
            for sock in stalled:
                assert await asyncio.to_thread(_drained_to_eof, sock)
        finally:
            for sock in stalled:
                sock.close()
    await asyncio.to_thread(_wait_for, lambda: not forwarder_threads())


def _drained_to_eof(sock: socket.socket) -> bool:
    sock.settimeout(10)
    try:
        while sock.recv(1024 * 1024):
            pass
    except ConnectionResetError:
        pass
    return True


def forwarder_threads() -> list[str]:
    """Threads of forwarders and of httpx-ws sync sessions (receivers and read pools)."""
    marks = ("slicer-forward", "_background_receive", "ThreadPoolExecutor")
    return [t.name for t in threading.enumerate() if any(m in t.name for m in marks)]


def _closed_by_peer(sock: socket.socket) -> bool:
    sock.settimeout(10)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True


def _wait_for(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


async def test_bind_is_all_or_nothing_and_names_the_spec(vm: Any, tmp_path: Path) -> None:
    first = free_port()
    local_socket = tmp_path / "never.sock"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        specs = (f"{first}:127.0.0.1:80", f"{taken}:127.0.0.1:80", f"{local_socket}:/x.sock")
        with pytest.raises(ForwardBindError) as caught:
            await run(vm.forward(*specs))
    assert caught.value.spec == specs[1]
    assert specs[1] in str(caught.value) and isinstance(caught.value, OSError)
    assert not local_socket.exists()
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", first))  # the first listener was closed again


async def test_bad_spec_fails_before_binding(vm: Any) -> None:
    port = free_port()
    with pytest.raises(ForwardSpecError, match="invalid port 'x'"):
        await run(vm.forward(f"{port}:127.0.0.1:80", "x:127.0.0.1:9000"))
    with pytest.raises(ValueError, match="at least one"):
        await run(vm.forward())
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))


async def test_socket_path_that_is_a_regular_file_is_left_alone(vm: Any, tmp_path: Path) -> None:
    precious = tmp_path / "data.sock"
    precious.write_text("not a socket")
    with pytest.raises(ForwardBindError, match="not a socket"):
        await run(vm.forward(f"{precious}:/x.sock"))
    assert precious.read_text() == "not a socket"


async def test_paused_vm_refuses_tunnels_until_resumed(vm: Any) -> None:
    with serve_echo() as echo:
        fwd = await run(vm.forward(f"0:127.0.0.1:{echo.port}"))
        try:
            port = fwd.listeners[0].port
            await run(vm.pause())
            assert await asyncio.to_thread(closes_within, port, 1.0)
            await asyncio.to_thread(_wait_for, lambda: fwd.failures == 1)
            assert getattr(fwd.last_error, "status_code", None) == 409
            await run(vm.resume())
            assert await asyncio.to_thread(exchange, ("127.0.0.1", port), b"back") == b"back"
        finally:
            await close(fwd)
