"""Streams that break: the connection cut mid-stream, the daemon killed mid-stream, and a
stream's constant memory (client RSS) for 256 MiB of output."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from slicer import SlicerClient, Stdout, StreamInterruptedError
from slicer.local import LocalDaemon

ROOT = Path(__file__).resolve().parents[2]


class Relay:
    """A UNIX-socket relay in front of the daemon that can cut every connection at once."""

    def __init__(self, target: str, path: str) -> None:
        self.target = target
        self.path = path
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(path)
        self.listener.listen()
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            upstream.connect(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass

    def cut(self) -> None:
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def close(self) -> None:
        self.cut()
        self.listener.close()


SLOW = "for i in $(seq 1 200); do echo tick-$i; sleep 0.02; done"


@pytest.mark.parametrize("duplex", [False, True], ids=["httpx-stream", "own-connection"])
def test_connection_cut_mid_stream(unix_daemon, tmp_path, duplex) -> None:
    relay = Relay(unix_daemon.socket_path, str(tmp_path / "relay.sock"))
    try:
        with SlicerClient(relay.path) as client:
            vm = client.create_vm()
            stream = vm.exec_stream(SLOW, stdin=b"" if duplex else None)
            assert stream.uses_own_connection is duplex
            with pytest.raises(StreamInterruptedError) as caught, stream:
                for frame in stream:
                    if isinstance(frame, Stdout):
                        relay.cut()
            assert caught.value.frames, "the frames received before the cut are kept"
            assert stream.returncode is None
    finally:
        relay.close()
        with unix_daemon.client() as direct:
            for item in direct.list_vms():
                direct.vm(item).delete()


async def _async_cut(relay: Relay) -> None:
    from slicer import AsyncSlicerClient

    async with AsyncSlicerClient(relay.path) as client:
        vm = await client.create_vm()
        with pytest.raises(StreamInterruptedError):
            async with vm.exec_stream(SLOW) as stream:
                async for frame in stream:
                    if isinstance(frame, Stdout):
                        relay.cut()
        with pytest.raises(StreamInterruptedError) as caught:
            await _cut_during_run(vm, relay)
        assert caught.value.stdout, "run() keeps the output received before the cut"


async def _cut_during_run(vm, relay: Relay):
    import asyncio

    task = asyncio.ensure_future(vm.run(SLOW, timeout=30))
    await asyncio.sleep(0.5)
    relay.cut()
    return await task


@pytest.mark.anyio
async def test_connection_cut_mid_stream_async(unix_daemon, tmp_path) -> None:
    relay = Relay(unix_daemon.socket_path, str(tmp_path / "relay.sock"))
    try:
        await _async_cut(relay)
    finally:
        relay.close()
        with unix_daemon.client() as direct:
            for item in direct.list_vms():
                direct.vm(item).delete()


def test_daemon_killed_mid_stream() -> None:
    with LocalDaemon(in_process=False) as daemon, daemon.client() as client:
        vm = client.create_vm()
        with pytest.raises(StreamInterruptedError) as caught, vm.exec_stream(SLOW) as stream:
            for frame in stream:
                if isinstance(frame, Stdout):
                    daemon.process.kill()
        assert "before" in str(caught.value) or "broke" in str(caught.value)
        daemon.process.wait(10)
        daemon.restart()
        with pytest.raises(StreamInterruptedError):
            vm2 = client.create_vm()
            with vm2.exec_stream(SLOW, stdin=b"") as stream:
                for frame in stream:
                    if isinstance(frame, Stdout):
                        daemon.process.kill()


RSS_CLIENT = r"""
import asyncio, json, sys
from slicer import AsyncSlicerClient, SlicerClient, Stdout

def rss(field):
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith(field + ":"))

url, hostname, twin, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
cmd = f"head -c {size} /dev/zero"

def sync_run():
    with SlicerClient(url) as client:
        vm = client.vm(hostname)
        vm.run("true")
        base = rss("VmRSS")
        total = 0
        with vm.exec_stream(cmd) as stream:
            for frame in stream:
                if isinstance(frame, Stdout):
                    total += len(frame.data)
        return total, base, stream.returncode

async def async_run():
    async with AsyncSlicerClient(url) as client:
        vm = client.vm(hostname)
        await vm.run("true")
        base = rss("VmRSS")
        total = 0
        async with vm.exec_stream(cmd) as stream:
            async for frame in stream:
                if isinstance(frame, Stdout):
                    total += len(frame.data)
        return total, base, stream.returncode

total, base, code = sync_run() if twin == "sync" else asyncio.run(async_run())
print(json.dumps({"bytes": total, "growth_kib": rss("VmHWM") - base, "code": code}))
"""


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_256_mib_of_output_in_constant_memory(unix_daemon, twin) -> None:
    size = 256 * 1024 * 1024
    with unix_daemon.client() as client:
        vm = client.create_vm()
        try:
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    RSS_CLIENT,
                    unix_daemon.base_url,
                    vm.hostname,
                    twin,
                    str(size),
                ],
                capture_output=True,
                text=True,
                timeout=300,
                check=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        finally:
            vm.delete()
    report = json.loads(out.stdout)
    print(f"256 MiB streamed by the {twin} client: RSS growth {report['growth_kib']} KiB")
    assert report["bytes"] == size
    assert report["code"] == 0
    assert report["growth_kib"] < 64 * 1024, report
