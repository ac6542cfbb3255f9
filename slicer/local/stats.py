"""VM stats (``/nodes/stats``, ``/node/{h}/stats``) from real host and process figures.

VMs share the host, so load, disk I/O, network, entropy and disk space are the host's
(disk space: the filesystem holding the VM's directory). CPU count and memory size are
the VM's configured limits; memory used, open files and connections come from the VM's
own processes. Only Running VMs get a snapshot; others get ``snapshot: null`` + ``error``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slicer.local import procfs
from slicer.local.gotime import format_duration, rfc3339, utcnow
from slicer.local.vm import RUNNING, VM

__all__ = ["HostFigures", "read_host", "vm_stats"]


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return ""


@dataclass(frozen=True)
class HostFigures:
    """Host-wide figures read once per stats request."""

    load: tuple[float, float, float]
    disk_read_bytes: float
    disk_write_bytes: float
    disk_inflight: int
    net_rx_bytes: float
    net_tx_bytes: float
    entropy: int


def _load() -> tuple[float, float, float]:
    parts = _read("/proc/loadavg").split()
    try:
        return float(parts[0]), float(parts[1]), float(parts[2])
    except (IndexError, ValueError):
        try:
            a, b, c = os.getloadavg()
            return a, b, c
        except OSError:
            return 0.0, 0.0, 0.0


def _whole_disks() -> set[str]:
    try:
        names = os.listdir("/sys/block")
    except OSError:
        return set()
    return {n for n in names if not n.startswith(("loop", "ram", "zram"))}


def _disk() -> tuple[float, float, int]:
    """Bytes read, bytes written (sectors x 512) and I/Os in flight over whole disks."""
    disks = _whole_disks()
    read = written = 0
    inflight = 0
    for line in _read("/proc/diskstats").splitlines():
        f = line.split()
        if len(f) < 12 or (disks and f[2] not in disks):
            continue
        try:
            read += int(f[5]) * 512
            written += int(f[9]) * 512
            inflight += int(f[11])
        except ValueError:
            continue
    return float(read), float(written), inflight


def _net() -> tuple[float, float]:
    """Received and sent bytes over every interface except loopback."""
    rx = tx = 0
    for line in _read("/proc/net/dev").splitlines()[2:]:
        name, _, rest = line.partition(":")
        f = rest.split()
        if name.strip() == "lo" or len(f) < 9:
            continue
        try:
            rx += int(f[0])
            tx += int(f[8])
        except ValueError:
            continue
    return float(rx), float(tx)


def read_host() -> HostFigures:
    """Read the host-wide figures."""
    disk_read, disk_write, inflight = _disk()
    rx, tx = _net()
    try:
        entropy = int(_read("/proc/sys/kernel/random/entropy_avail").strip() or 0)
    except ValueError:
        entropy = 0
    return HostFigures(_load(), disk_read, disk_write, inflight, rx, tx, entropy)


def _space(path: Path) -> tuple[int, int, int, float]:
    try:
        st = os.statvfs(path)
    except OSError:
        return 0, 0, 0, 0.0
    total = st.f_blocks * st.f_frsize
    free = st.f_bavail * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    pct = used / (used + free) * 100 if used + free else 0.0
    return total, used, free, pct


def snapshot(vm: VM, host: HostFigures) -> dict[str, Any]:
    """The ``snapshot`` object for a Running VM (PROTOCOL §3.4, camelCase)."""
    members = vm.processes.members()
    used = procfs.rss_bytes(members)
    files, conns = procfs.fd_counts(s.pid for s in members)
    total = vm.ram_bytes
    d_total, d_used, d_free, d_pct = _space(vm.directory)
    return {
        "hostname": vm.hostname,
        "arch": vm.arch,
        "timestamp": rfc3339(utcnow()),
        "uptime": format_duration(vm.uptime_ns() // 1_000_000_000 * 1_000_000_000),
        "totalCpus": vm.cpus,
        "totalMemory": total,
        "memoryUsed": used,
        "memoryAvailable": max(total - used, 0),
        "memoryUsedPercent": used / total * 100 if total else 0.0,
        "loadAvg1": host.load[0],
        "loadAvg5": host.load[1],
        "loadAvg15": host.load[2],
        "diskReadTotal": host.disk_read_bytes,
        "diskWriteTotal": host.disk_write_bytes,
        "networkReadTotal": host.net_rx_bytes,
        "networkWriteTotal": host.net_tx_bytes,
        "diskIOInflight": host.disk_inflight,
        "openConnections": conns,
        "openFiles": files,
        "entropy": host.entropy,
        "diskSpaceTotal": d_total,
        "diskSpaceUsed": d_used,
        "diskSpaceFree": d_free,
        "diskSpaceUsedPercent": d_pct,
    }


def vm_stats(vms: list[VM]) -> list[dict[str, Any]]:
    """One stats entry per VM (blocking: reads /proc)."""
    host = read_host()
    out: list[dict[str, Any]] = []
    for vm in vms:
        entry: dict[str, Any] = {
            "hostname": vm.hostname,
            "ip": vm.ip,
            "created_at": rfc3339(vm.created_at),
        }
        if vm.status == RUNNING:
            entry["snapshot"] = snapshot(vm, host)
            entry["error"] = ""
        else:
            entry["snapshot"] = None
            entry["error"] = f"vm {vm.hostname} is {vm.status.lower()}"
        out.append(entry)
    return out
