"""P3/P4/P8: file copy throughput, small-file trees and watch latency, each against a
baseline measured in the same run on the same daemon (a separate process).

* P3: MB/s of a binary upload and download of one big file (1 GiB; 128 MiB with --quick)
  through ``vm.cp_to``/``vm.cp_from``, against the same bytes copied over a raw socket
  with hand-written HTTP; with the client's peak RSS during each SDK transfer.
* P4: files/s for a tree of 10 000 small files (2 000 with --quick) up and down, against a
  stdlib ``tarfile`` archive sent over a raw socket and extracted with
  ``tarfile.extractall(filter="data")``.
* P8: median and p95 latency from a file write in the VM to its watch event, SDK
  (``debounce=0`` and the daemon's default) against a raw httpx SSE read.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import socket
import statistics
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from slicer.local import LocalDaemon

MIB = 1 << 20


def _rss(field: str = "VmHWM") -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0)."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _read_head(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the response head")
        data += chunk
    head, rest = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(lines[0].split()[1]), headers, rest


def _raw_upload(socket_path: str, target: str, path: Path, content_type: str) -> None:
    size = path.stat().st_size
    head = (
        f"POST {target} HTTP/1.1\r\nHost: unix\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {size}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock, open(path, "rb") as src:
        sock.connect(socket_path)
        sock.sendall(head)
        while chunk := src.read(MIB):
            sock.sendall(chunk)
        status, _, _ = _read_head(sock)
    assert status == 200, status


def _raw_download(socket_path: str, target: str, sink: Callable[[bytes], object]) -> None:
    head = f"GET {target} HTTP/1.1\r\nHost: unix\r\nConnection: close\r\n\r\n".encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(socket_path)
        sock.sendall(head)
        status, headers, rest = _read_head(sock)
        assert status == 200, status
        chunked = headers.get("transfer-encoding") == "chunked"
        buffer = bytearray(rest)
        while data := sock.recv(MIB):
            if chunked:
                buffer += data
            else:
                sink(bytes(buffer) + data if buffer else data)
                buffer.clear()
        if chunked:
            sink(_dechunk(bytes(buffer)))
        elif buffer:
            sink(bytes(buffer))


def _dechunk(data: bytes) -> bytes:
    out, pos = bytearray(), 0
    while True:
        end = data.index(b"\r\n", pos)
        size = int(data[pos:end].split(b";")[0], 16)
        if size == 0:
            return bytes(out)
        out += data[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2


def _big_file(path: Path, size: int) -> None:
    block = bytearray(os.urandom(MIB))
    with open(path, "wb") as handle:
        for i in range(size // MIB):
            block[:8] = i.to_bytes(8, "little")
            handle.write(block)


def _tree(root: Path, files: int) -> None:
    per_dir = 100
    for i in range(files):
        directory = root / f"d{i // per_dir:03d}"
        if i % per_dir == 0:
            directory.mkdir(parents=True)
        (directory / f"f{i:05d}.txt").write_bytes(os.urandom(512 + (i * 37) % 3500))


def _best(rounds: int, runs: dict[str, Callable[[], float]]) -> dict[str, float]:
    """Best time of each run over ``rounds``, alternating their order and flushing dirty
    pages before each (so one run's write-back does not slow the next)."""
    best = {name: float("inf") for name in runs}
    for i in range(rounds):
        order = list(runs) if i % 2 == 0 else list(reversed(runs))
        for name in order:
            os.sync()
            best[name] = min(best[name], runs[name]())
    return best


def p3(vm: object, daemon: LocalDaemon, work: Path, size: int, rounds: int) -> None:
    print(
        f"== P3 binary copy of {size // MIB} MiB: SDK vs raw socket HTTP, same daemon "
        f"(best of {rounds}, alternating)"
    )
    src = work / "big.bin"
    _big_file(src, size)
    sock = str(daemon.socket_path)
    host = vm.hostname  # type: ignore[attr-defined]
    mb = size / 1e6
    peaks = {"upload": 0, "download": 0}

    def sdk_up() -> float:
        _reset_peak()
        base = _rss("VmRSS")
        spent = _timed(lambda: vm.cp_to(src, "/big.bin"))  # type: ignore[attr-defined]
        peaks["upload"] = max(peaks["upload"], _rss() - base)
        return spent

    def raw_up() -> float:
        target = f"/vm/{host}/cp?path=/raw.bin&mode=binary"
        return _timed(lambda: _raw_upload(sock, target, src, "application/octet-stream"))

    def sdk_down() -> float:
        out = work / "down.bin"
        _reset_peak()
        base = _rss("VmRSS")
        spent = _timed(lambda: vm.cp_from("/big.bin", out))  # type: ignore[attr-defined]
        peaks["download"] = max(peaks["download"], _rss() - base)
        out.unlink()
        return spent

    def raw_down() -> float:
        target = f"/vm/{host}/cp?path=/raw.bin&mode=binary"
        with open(work / "raw-down.bin", "wb") as sink:
            spent = _timed(lambda: _raw_download(sock, target, sink.write))
        (work / "raw-down.bin").unlink()
        return spent

    up = _best(rounds, {"sdk": sdk_up, "raw": raw_up})
    down = _best(rounds, {"sdk": sdk_down, "raw": raw_down})
    for name, times in (("upload", up), ("download", down)):
        print(
            f"{name:<9} sdk {mb / times['sdk']:8.0f} MB/s   "
            f"raw socket {mb / times['raw']:8.0f} MB/s   "
            f"sdk/raw {times['raw'] / times['sdk']:5.2f}x   client RSS growth "
            f"{peaks[name] / MIB:5.1f} MiB (process peak {_rss() / MIB:.0f} MiB)"
        )
    src.unlink()


def p4(vm: object, daemon: LocalDaemon, work: Path, files: int) -> None:
    print(
        f"== P4 tree of {files} small files: SDK (tar stream) vs stdlib tarfile over a raw socket"
    )
    tree = work / "tree"
    _tree(tree, files)
    sock = str(daemon.socket_path)
    host = vm.hostname  # type: ignore[attr-defined]
    up = _timed(lambda: vm.cp_to(tree, "/tree"))  # type: ignore[attr-defined]

    def raw_up() -> None:
        archive = work / "raw.tar"
        with tarfile.open(archive, "w") as tar:
            for entry in sorted(tree.iterdir()):
                tar.add(entry, arcname=entry.name)
        _raw_upload(sock, f"/vm/{host}/cp?path=/rawtree&mode=tar", archive, "application/x-tar")
        archive.unlink()

    raw_up_s = _timed(raw_up)
    down = _timed(lambda: vm.cp_from("/tree", work / "down"))  # type: ignore[attr-defined]

    def raw_down() -> None:
        buffer = io.BytesIO()
        _raw_download(sock, f"/vm/{host}/cp?path=/rawtree&mode=tar", buffer.write)
        buffer.seek(0)
        with tarfile.open(fileobj=buffer, mode="r|") as tar:
            tar.extractall(work / "rawdown", filter="data")

    raw_down_s = _timed(raw_down)
    for name, sdk, raw in (("upload", up, raw_up_s), ("download", down, raw_down_s)):
        print(
            f"{name:<9} sdk {files / sdk:8.0f} files/s   raw+tarfile {files / raw:8.0f} files/s"
            f"   sdk/raw {raw / sdk:5.2f}x"
        )
    for name in ("tree", "down", "rawdown"):
        shutil.rmtree(work / name, ignore_errors=True)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def p8(vm: object, daemon: LocalDaemon, samples: int) -> None:
    print(f"== P8 watch latency, file write in the VM -> event received ({samples} writes)")
    host = vm.hostname  # type: ignore[attr-defined]
    root = Path(daemon.state_dir or "", "vms", host, "root", "watched")
    root.mkdir()

    def sdk(debounce: float | None) -> list[float]:
        out = []
        with vm.fs.watch("/watched", debounce=debounce, timeout=600) as watch:  # type: ignore[attr-defined]
            for i in range(samples):
                start = time.perf_counter()
                (root / f"s{debounce}-{i}").write_bytes(b"x")
                for event in watch:
                    if event.type == "create":
                        break
                out.append(time.perf_counter() - start)
        return out

    def raw() -> list[float]:
        out = []
        transport = httpx.HTTPTransport(uds=daemon.socket_path)
        params = {"paths": "/watched", "debounce": "0s", "events": "create", "timeout": "10m"}
        with (
            httpx.Client(transport=transport, base_url="http://unix", timeout=None) as http,
            http.stream("GET", f"/vm/{host}/fs/watch", params=params) as response,
        ):
            lines = response.iter_lines()
            for i in range(samples):
                start = time.perf_counter()
                (root / f"raw-{i}").write_bytes(b"x")
                for line in lines:
                    if line.startswith("data:"):
                        break
                out.append(time.perf_counter() - start)
        return out

    raw_med, raw_p95 = _percentiles(raw())
    for label, debounce in (("debounce=0", 0.0), ("default debounce (200 ms)", None)):
        med, p95 = _percentiles(sdk(debounce))
        print(
            f"{label:<27} sdk median {med * 1e3:7.2f} ms  p95 {p95 * 1e3:7.2f} ms   "
            f"raw httpx (debounce=0) median {raw_med * 1e3:6.2f} ms  p95 {raw_p95 * 1e3:6.2f} ms"
        )


def run(args: argparse.Namespace) -> None:
    size = (128 if args.quick else 1024) * MIB
    files = 2000 if args.quick else 10_000
    samples = 20 if args.quick else 100
    with (
        tempfile.TemporaryDirectory(prefix="slicer-bench-files-") as tmp,
        LocalDaemon(in_process=False) as daemon,
        daemon.client() as client,
    ):
        vm = client.create_vm()
        work = Path(tmp)
        p3(vm, daemon, work, size, rounds=2 if args.quick else 3)
        p4(vm, daemon, work, files)
        p8(vm, daemon, samples)
