"""The daemon core: configuration, state directory, stores and VMs (no HTTP here).

State directory layout (0700; every file 0600, written atomically)::

    daemon.lock    held (flock) while a daemon uses the directory
    token          bearer token, when the daemon generated one
    vms.json       hostname counters + persistent VM records
    vms/<host>/    each VM's private directory (see slicer.local.vm)
    secrets.json   /secrets
    proxy.json     /proxy/v1/*
    commits.json   commit records; commits/<id>/ the copies
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

from slicer.local.commits import CommitStore
from slicer.local.config import DaemonConfig
from slicer.local.gotime import utcnow
from slicer.local.lifecycle import Lifecycle
from slicer.local.processes import kill_marked
from slicer.local.proxy import ProxyStore
from slicer.local.secrets import SecretStore
from slicer.local.store import StateError, private_dir
from slicer.local.vms import VMManager, VMSpec

__all__ = ["Daemon"]


class Daemon:
    """Everything one local daemon knows, guarded by one re-entrant lock."""

    def __init__(self, config: DaemonConfig, state_dir: Path) -> None:
        self.config = config
        self.state_dir = state_dir.resolve()
        self.lock = threading.RLock()
        self.secrets = SecretStore(self.state_dir / "secrets.json", self.lock)
        self.proxy = ProxyStore(self.state_dir / "proxy.json", self.lock)
        self.commits = CommitStore(self.state_dir, self.lock)
        self.vms = VMManager(config, self.state_dir, self.lock, self.secrets)
        self.lifecycle = Lifecycle(self.vms)
        self.started_at = utcnow()
        self._lock_fd: int | None = None
        self._closed = False

    def open(self) -> None:
        """Claim the state directory, load state, and start each group's ``count`` VMs."""
        private_dir(self.state_dir)
        fd = os.open(self.state_dir / "daemon.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StateError(
                f"state directory {self.state_dir} is in use by another daemon"
            ) from None
        self._lock_fd = fd
        try:
            kill_marked(str(self.state_dir))
            self.secrets.load()
            self.proxy.load()
            self.commits.load()
            self.vms.load()
            for group in self.config.host_groups:
                for _ in range(group.count):
                    self.vms.create(group.name, VMSpec())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop every VM (persistent ones stay as Stopped records) and release the directory."""
        if self._closed:
            return
        self._closed = True
        try:
            self.lifecycle.stop_all()
        finally:
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None
