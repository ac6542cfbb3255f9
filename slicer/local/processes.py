"""The process groups that make up one VM, and how to signal or stop them.

Every command a VM runs (userdata now; exec, shell, ... later) is started with
``start_new_session=True`` so it leads its own process group, then registered with the
VM's :class:`ProcessGroups`. Pause, resume and stop act on every registered group, so
grandchildren are covered too. Whoever spawns a process must also reap it
(``Popen.wait`` in a thread, or an asyncio subprocess); a zombie leader that nobody
waits for keeps its group counted as alive until the stop grace period ends.

Every VM process also carries the environment marker from :func:`marker_env`, so a
daemon restarted on the same state directory can find and kill processes orphaned by
a crashed predecessor (:func:`kill_marked`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import threading
import time
from typing import Any

from slicer.local import procfs

__all__ = ["MARKER_STATE", "MARKER_VM", "ProcessGroups", "kill_marked", "marker_env"]

MARKER_STATE = "SLICER_LOCAL_STATE_DIR"
MARKER_VM = "SLICER_LOCAL_VM"

Spawned = subprocess.Popen[Any] | asyncio.subprocess.Process | int


def marker_env(state_dir: str, hostname: str) -> dict[str, str]:
    """Environment entries that tag a process as belonging to one VM of one daemon."""
    return {MARKER_STATE: state_dir, MARKER_VM: hostname}


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # the pgid was reused by someone else's process
    # Zombies still count for killpg; look for a live member.
    return bool(procfs.group_members([pgid])) or not os.path.isdir(procfs.PROC)


class ProcessGroups:
    """A thread-safe registry of the process groups that belong to one VM."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pgids: set[int] = set()

    def register(self, proc: Spawned) -> int:
        """Track the process group led by ``proc`` (a Popen, asyncio Process or pid).

        The process must lead its own group (``start_new_session=True``); returns the pgid.
        """
        pid = proc if isinstance(proc, int) else proc.pid
        try:
            pgid = os.getpgid(pid)
        except ProcessLookupError:
            return pid  # already gone (and reaped): nothing to track
        if pgid == os.getpgrp():
            raise ValueError("VM processes must run in their own session (start_new_session=True)")
        with self._lock:
            self._pgids.add(pgid)
        return pgid

    def pgids(self) -> list[int]:
        """The registered groups that are still alive (dead ones are dropped)."""
        with self._lock:
            current = list(self._pgids)
        alive = [g for g in current if _group_alive(g)]
        with self._lock:
            self._pgids.difference_update(set(current) - set(alive))
        return alive

    def signal_all(self, sig: int) -> int:
        """Send ``sig`` to every live group; returns how many groups were signalled."""
        sent = 0
        for pgid in self.pgids():
            try:
                os.killpg(pgid, sig)
                sent += 1
            except (ProcessLookupError, PermissionError):
                pass
        return sent

    def members(self) -> list[procfs.ProcStat]:
        """Every live process in the registered groups."""
        with self._lock:
            current = list(self._pgids)
        return procfs.group_members(current)

    def wait_gone(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every group to exit; True if they did."""
        deadline = time.monotonic() + timeout
        while True:
            if not self.pgids():
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    def terminate(self, grace: float) -> None:
        """SIGTERM (plus SIGCONT for paused groups), then SIGKILL after ``grace`` seconds."""
        if not self.signal_all(signal.SIGTERM):
            return
        self.signal_all(signal.SIGCONT)
        if self.wait_gone(grace):
            return
        self.signal_all(signal.SIGKILL)
        self.wait_gone(5.0)


def kill_marked(state_dir: str) -> int:
    """SIGKILL the process group of every process tagged with ``state_dir``'s marker.

    Used at startup (and by the harness after a crash) to clean up VM processes left
    behind by a daemon that died without stopping them. Returns the number of groups.
    """
    entry = f"{MARKER_STATE}={state_dir}".encode()
    me = os.getpid()
    groups: set[int] = set()
    for pid in procfs.iter_pids():
        if pid == me or not procfs.environ_has(pid, entry):
            continue
        st = procfs.read_stat(pid)
        if st is not None and st.pgrp != os.getpgrp():
            groups.add(st.pgrp)
    for pgid in groups:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)
    return len(groups)
