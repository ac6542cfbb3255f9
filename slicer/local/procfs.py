"""Small readers for Linux ``/proc`` (process state, groups, environment, fds).

All functions tolerate processes vanishing mid-read and return empty results on
systems without ``/proc``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = [
    "ProcStat",
    "environ_has",
    "fd_counts",
    "group_members",
    "iter_pids",
    "read_stat",
    "rss_bytes",
]

PROC = "/proc"
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class ProcStat:
    """The fields of ``/proc/<pid>/stat`` the daemon uses."""

    pid: int
    state: str  # R, S, D, T (stopped), t, Z (zombie), ...
    ppid: int
    pgrp: int
    rss_pages: int


def iter_pids() -> Iterator[int]:
    """Every pid currently listed in ``/proc``."""
    try:
        names = os.listdir(PROC)
    except OSError:
        return
    for name in names:
        if name.isdigit():
            yield int(name)


def read_stat(pid: int) -> ProcStat | None:
    """Parse ``/proc/<pid>/stat``; None if the process is gone."""
    try:
        with open(f"{PROC}/{pid}/stat", "rb") as fh:
            raw = fh.read().decode("utf-8", "replace")
    except OSError:
        return None
    # comm may hold spaces and parentheses: split after the last ')'.
    rest = raw[raw.rfind(")") + 2 :].split()
    try:
        return ProcStat(
            pid=pid, state=rest[0], ppid=int(rest[1]), pgrp=int(rest[2]), rss_pages=int(rest[21])
        )
    except (IndexError, ValueError):
        return None


def group_members(pgids: Iterable[int], *, include_zombies: bool = False) -> list[ProcStat]:
    """Processes whose process group is one of ``pgids``."""
    wanted = set(pgids)
    if not wanted:
        return []
    out: list[ProcStat] = []
    for pid in iter_pids():
        st = read_stat(pid)
        if st is None or st.pgrp not in wanted:
            continue
        if st.state == "Z" and not include_zombies:
            continue
        out.append(st)
    return out


def rss_bytes(stats: Iterable[ProcStat]) -> int:
    """Total resident memory of ``stats`` in bytes."""
    return sum(s.rss_pages for s in stats) * _PAGE


def fd_counts(pids: Iterable[int]) -> tuple[int, int]:
    """(open file descriptors, of which sockets) across ``pids``."""
    files = sockets = 0
    for pid in pids:
        fd_dir = f"{PROC}/{pid}/fd"
        try:
            names = os.listdir(fd_dir)
        except OSError:
            continue
        for name in names:
            try:
                target = os.readlink(f"{fd_dir}/{name}")
            except OSError:
                continue
            files += 1
            if target.startswith("socket:"):
                sockets += 1
    return files, sockets


def environ_has(pid: int, entry: bytes) -> bool:
    """True when ``/proc/<pid>/environ`` holds exactly ``entry`` (``KEY=VALUE``)."""
    try:
        with open(f"{PROC}/{pid}/environ", "rb") as fh:
            return entry in fh.read().split(b"\0")
    except OSError:
        return False
