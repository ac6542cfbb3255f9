"""Helpers for the files tests: rich local trees and comparable snapshots."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["TREE_FILES", "make_tree", "snapshot", "vm_root"]

#: relative path -> (contents, mode); directories end with "/".
TREE_FILES: dict[str, tuple[bytes, int]] = {
    "README.md": (b"# project\n", 0o644),
    "empty.txt": (b"", 0o644),
    "bin/": (b"", 0o755),
    "bin/run.sh": (b"#!/bin/sh\necho run\n", 0o755),
    "src/": (b"", 0o755),
    "src/pkg/": (b"", 0o755),
    "src/pkg/deep/": (b"", 0o755),
    "src/pkg/deep/module.py": (b"print('deep')\n" * 100, 0o644),
    "src/pkg/ünïcödé name.txt": ("ünïcödé\n".encode(), 0o600),
    "src/with space/": (b"", 0o755),
    "src/with space/file with space.txt": (b"spaces\n", 0o644),
    "empty dir/": (b"", 0o775),
    "nested/": (b"", 0o755),
    "nested/empty/": (b"", 0o755),
    "binary.bin": (bytes(range(256)) * 40, 0o644),
}
_MTIME = 1_700_000_000


def make_tree(root: Path, files: dict[str, tuple[bytes, int]] | None = None) -> Path:
    """Create the tree under ``root`` with fixed modes and whole-second mtimes."""
    files = TREE_FILES if files is None else files
    root.mkdir(parents=True, exist_ok=True)
    for rel, (data, _mode) in sorted(files.items()):
        path = root / rel
        if rel.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for i, (rel, (_data, mode)) in enumerate(
        sorted(files.items(), key=lambda kv: -kv[0].count("/"))
    ):
        path = root / rel
        os.chmod(path, mode)
        os.utime(path, (_MTIME + i, _MTIME + i))
    return root


def snapshot(root: Path | str) -> dict[str, tuple[str, int, int, bytes]]:
    """rel path -> (kind, permission bits, mtime seconds, contents) for everything under
    ``root`` (not ``root`` itself)."""
    out: dict[str, tuple[str, int, int, bytes]] = {}
    root = Path(root)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            st = path.lstat()
            rel = str(path.relative_to(root))
            if stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir", stat.S_IMODE(st.st_mode), int(st.st_mtime), b"")
            else:
                kind = "link" if stat.S_ISLNK(st.st_mode) else "file"
                data = path.read_bytes() if kind == "file" else b""
                out[rel] = (kind, stat.S_IMODE(st.st_mode), int(st.st_mtime), data)
    return out


def vm_root(daemon: object, hostname: str) -> Path:
    """The host directory slicer.local uses as the VM's ``/``."""
    return Path(daemon.state_dir, "vms", hostname, "root")  # type: ignore[attr-defined]
