"""P5: port forwarding. Bulk throughput, small round trips and 100 concurrent connections
through a forward (sync Forwarder on threads, and AsyncForwarder), against the same
transfers over direct loopback TCP to the same server, measured in the same run.

The daemon is slicer.local on a UNIX socket; upstream servers are threads of this process.
Every byte crosses: client socket -> forwarder -> WebSocket -> daemon -> upstream socket.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import socket
import statistics
import struct
import threading
import time
from collections.abc import Callable, Iterator

from slicer.local import LocalDaemon
from tests.e2e.netservers import pattern_chunks, recv_exactly, serve_echo, serve_sink

MiB = 1024 * 1024


def upload(port: int, total: int) -> float:
    """Send ``total`` bytes to the sink, check its SHA-256; returns seconds."""
    digest = hashlib.sha256()
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(struct.pack(">Q", total))
        for chunk in pattern_chunks(total):
            digest.update(chunk)
            sock.sendall(chunk)
        if recv_exactly(sock, 32) != digest.digest():
            raise AssertionError("checksum mismatch")
    return time.perf_counter() - start


def round_trips(port: int, count: int, size: int = 64) -> list[float]:
    """``count`` request/response exchanges of ``size`` bytes on one connection (seconds)."""
    payload = b"x" * size
    samples = []
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for _ in range(20):  # warm-up
            sock.sendall(payload)
            recv_exactly(sock, size)
        for _ in range(count):
            start = time.perf_counter()
            sock.sendall(payload)
            recv_exactly(sock, size)
            samples.append(time.perf_counter() - start)
    return samples


def connect_and_first_trip(port: int, count: int) -> list[float]:
    """New connection plus one 64-byte exchange, ``count`` times (seconds each)."""
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"y" * 64)
            recv_exactly(sock, 64)
        samples.append(time.perf_counter() - start)
    return samples


def concurrent(port: int, connections: int, each: int) -> float:
    """``connections`` parallel uploads of ``each`` bytes; returns wall seconds."""
    errors: list[BaseException] = []

    def one() -> None:
        try:
            upload(port, each)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(connections)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - start


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94]


@contextlib.contextmanager
def async_forward(daemon: LocalDaemon, hostname: str, *specs: str) -> Iterator[list[int]]:
    """An AsyncForwarder on its own event loop thread; yields the bound ports."""
    ready = threading.Event()
    stop: dict[str, Callable[[], None]] = {}
    ports: list[int] = []

    async def main() -> None:
        async with (
            daemon.async_client() as client,
            await client.vm(hostname).forward(*specs) as fwd,
        ):
            ports.extend(item.port for item in fwd.listeners)
            done = asyncio.Event()
            loop = asyncio.get_running_loop()
            stop["now"] = lambda: loop.call_soon_threadsafe(done.set)
            ready.set()
            await done.wait()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    ready.wait(30)
    try:
        yield ports
    finally:
        stop["now"]()
        thread.join(30)


def run(args: argparse.Namespace) -> None:
    total = 64 * MiB if args.quick else 1024 * MiB
    trips = 200 if args.quick else 1000
    each = 1 * MiB if args.quick else 8 * MiB
    print("== P5 port forwarding: through a forward vs direct loopback TCP, same server")
    with (
        LocalDaemon() as daemon,
        serve_sink() as sink,
        serve_echo() as echo,
        daemon.client() as client,
    ):
        vm = client.create_vm()
        specs = (f"0:127.0.0.1:{sink.port}", f"0:127.0.0.1:{echo.port}")
        with vm.forward(*specs) as fwd, async_forward(daemon, vm.hostname, *specs) as async_ports:
            sync_ports = [item.port for item in fwd.listeners]
            report(sink.port, echo.port, sync_ports, async_ports, total, trips, each)


def report(
    sink: int,
    echo: int,
    sync_ports: list[int],
    async_ports: list[int],
    total: int,
    trips: int,
    each: int,
) -> None:
    variants = {
        "direct": (sink, echo),
        "sync fwd": tuple(sync_ports),
        "async fwd": tuple(async_ports),
    }

    print(f"-- bulk: {total // MiB} MiB upload, SHA-256 checked (MB/s, ratio to direct)")
    rates = {}
    for name, (sink_port, _) in variants.items():
        rates[name] = total / upload(sink_port, total) / 1e6
    for name, rate in rates.items():
        print(f"{name:<10} {rate:9.1f} MB/s   ratio {rate / rates['direct']:5.2f}x")

    print(f"-- {trips} round trips of 64 bytes on one connection (µs)")
    base = None
    for name, (_, echo_port) in variants.items():
        samples = round_trips(echo_port, trips)
        med, tail = statistics.median(samples), p95(samples)
        base = base or (med, tail)
        print(
            f"{name:<10} median {med * 1e6:8.1f}   p95 {tail * 1e6:8.1f}"
            f"   ratio {med / base[0]:5.2f}x / {tail / base[1]:5.2f}x"
        )

    print("-- new connection + first 64-byte round trip, 100 times (µs)")
    base_conn = None
    for name, (_, echo_port) in variants.items():
        samples = connect_and_first_trip(echo_port, 100)
        med = statistics.median(samples)
        base_conn = base_conn or med
        print(
            f"{name:<10} median {med * 1e6:8.1f}   p95 {p95(samples) * 1e6:8.1f}"
            f"   ratio {med / base_conn:5.2f}x"
        )

    print(f"-- 100 concurrent connections x {each // MiB} MiB upload (aggregate MB/s)")
    agg = {}
    for name, (sink_port, _) in variants.items():
        agg[name] = 100 * each / concurrent(sink_port, 100, each) / 1e6
    for name, rate in agg.items():
        print(f"{name:<10} {rate:9.1f} MB/s   ratio {rate / agg['direct']:5.2f}x")
