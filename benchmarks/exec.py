"""P1/P2/P6: exec overhead, streaming throughput and concurrency, against baselines measured
in the same run on the same daemon (a separate process, so it does not share our GIL)."""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import time

import httpx

from benchmarks._util import per_call, row
from slicer import AsyncSlicerClient, Stdout
from slicer.local import LocalDaemon


def _raw_stream_bytes(socket_path: str, hostname: str, size: int) -> int:
    """Baseline for P2: the same request on a raw socket, reading the response bytes."""
    target = f"/vm/{hostname}/exec?cmd=head+-c+{size}+%2Fdev%2Fzero&stdio=base64"
    request = f"POST {target} HTTP/1.1\r\nHost: unix\r\nContent-Length: 0\r\n\r\n".encode()
    total = 0
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(socket_path)
        sock.sendall(request)
        while data := sock.recv(256 * 1024):
            total += len(data)
            if data.endswith(b"0\r\n\r\n"):
                break
    return total


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def run(args: argparse.Namespace) -> None:
    size = (32 if args.quick else 256) * 1024 * 1024
    concurrency = 50 if args.quick else 200
    with LocalDaemon(in_process=False) as daemon, daemon.client() as client:
        vm = client.create_vm()
        raw = httpx.Client(
            base_url="http://unix", transport=httpx.HTTPTransport(uds=daemon.socket_path)
        )

        def raw_true() -> object:
            params = {"cmd": "true", "shell": "", "stdio": "base64"}
            response = raw.post(f"/vm/{vm.hostname}/exec", params=params)
            response.raise_for_status()
            return response.content

        print("== P1 exec round trip: vm.run(['true']) vs raw httpx POST of the same request")
        calls = max(20, args.calls // 5)
        row(
            "vm.run(['true'])",
            per_call(lambda: vm.run(["true"]), calls, rounds=3),
            per_call(raw_true, calls, rounds=3),
        )
        raw.close()

        print(f"== P2 streaming {size >> 20} MiB of stdout: exec_stream vs raw socket read")
        raw_runs, sdk_runs = [], []
        for _ in range(3):  # best of 3, alternating, so both see the same machine load
            start = time.perf_counter()
            wire = _raw_stream_bytes(daemon.socket_path, vm.hostname, size)
            raw_runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            got = 0
            with vm.exec_stream(f"head -c {size} /dev/zero") as stream:
                for frame in stream:
                    if isinstance(frame, Stdout):
                        got += len(frame.data)
            sdk_runs.append(time.perf_counter() - start)
        raw_s, sdk_s = min(raw_runs), min(sdk_runs)
        assert got == size
        sdk_mbps, raw_mbps = size / sdk_s / 1e6, size / raw_s / 1e6
        print(
            f"exec_stream {sdk_mbps:8.1f} MB/s   raw socket {raw_mbps:8.1f} MB/s of payload "
            f"({wire / raw_s / 1e6:.1f} MB/s on the wire)   ratio {sdk_mbps / raw_mbps:5.2f}x"
        )

        print(f"== P6 {concurrency} runs: concurrent with AsyncSlicerClient vs sequential")

        async def measure() -> None:
            async with AsyncSlicerClient(daemon.base_url) as aclient:
                avm = aclient.vm(vm.hostname)
                await avm.run(["true"])
                before = _fds()
                start = time.perf_counter()
                for _ in range(concurrency):
                    await avm.run(["true"])
                sequential = time.perf_counter() - start
                start = time.perf_counter()
                results = await asyncio.gather(*(avm.run(["true"]) for _ in range(concurrency)))
                concurrent = time.perf_counter() - start
                assert all(r.returncode == 0 for r in results)
                await asyncio.sleep(0.2)
                after = _fds()
            print(
                f"sequential {sequential:6.2f} s   concurrent {concurrent:6.2f} s   "
                f"speed-up {sequential / concurrent:5.2f}x   open fds before {before}, "
                f"after {after}, after close {_fds()}"
            )
            # `true` costs the daemon CPU (a process spawn) and little else, so the speed-up
            # above is bounded by slicer.local on 2 cores; commands that wait show whether
            # the client itself overlaps them.
            async with AsyncSlicerClient(daemon.base_url) as aclient:
                avm = aclient.vm(vm.hostname)
                waits = 20
                start = time.perf_counter()
                for _ in range(waits):
                    await avm.run(["sleep", "0.2"])
                sequential = time.perf_counter() - start
                start = time.perf_counter()
                await asyncio.gather(*(avm.run(["sleep", "0.2"]) for _ in range(waits)))
                concurrent = time.perf_counter() - start
            print(
                f"{waits} x sleep 0.2: sequential {sequential:6.2f} s   concurrent "
                f"{concurrent:6.2f} s   speed-up {sequential / concurrent:5.2f}x"
            )

        asyncio.run(measure())
        vm.delete()
