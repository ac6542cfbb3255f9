"""Atomic, private (0600) JSON files and private (0700) directories."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["JsonFile", "StateError", "atomic_write", "private_dir"]


class StateError(RuntimeError):
    """The state directory holds something the daemon cannot use."""


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it mode 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically: temp file, fsync, ``os.replace``, fsync dir."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


class JsonFile:
    """One JSON document persisted atomically with mode 0600."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, default: Any) -> Any:
        """The stored document, or ``default`` when the file does not exist."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return default
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise StateError(f"corrupt state file {self.path}: {exc}") from None

    def save(self, document: Any) -> None:
        """Replace the stored document."""
        data = json.dumps(document, indent=1, sort_keys=True).encode("utf-8")
        atomic_write(self.path, data + b"\n")
