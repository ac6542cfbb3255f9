"""A 1 GiB file up and down through each client twin, in constant memory: the client runs
in its own interpreter and reports its peak RSS; the bytes are checked with SHA-256."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slicer.local import LocalDaemon
from tests.e2e.filetrees import vm_root

ROOT = Path(__file__).resolve().parents[2]
SIZE = 1 << 30
MAX_GROWTH = 64 << 20


def _write_source(path: Path) -> str:
    """1 GiB of distinct 1 MiB blocks (a counter in each), hashed as written."""
    digest = hashlib.sha256()
    block = bytearray(os.urandom(1 << 20))
    with open(path, "wb") as handle:
        for i in range(SIZE >> 20):
            block[:8] = i.to_bytes(8, "little")
            digest.update(block)
            handle.write(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(4 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_one_gib_up_and_down_in_constant_memory(
    unix_daemon: LocalDaemon, kind: str, tmp_path: Path
) -> None:
    src, dst = tmp_path / "src.bin", tmp_path / "dst.bin"
    expected = _write_source(src)
    with unix_daemon.client() as client:
        vm = client.create_vm()
        try:
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.e2e.bigcopy_client",
                    kind,
                    unix_daemon.base_url,
                    vm.hostname,
                    str(src),
                    str(dst),
                ],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            assert result.returncode == 0, result.stderr[-4000:]
            memory = json.loads(result.stdout.strip().splitlines()[-1])
            remote = vm_root(unix_daemon, vm.hostname) / "big.bin"
            assert remote.stat().st_size == SIZE
            remote.unlink()  # the daemon's copy is no longer needed: free the disk early
        finally:
            vm.delete()
    assert dst.stat().st_size == SIZE
    assert _sha256(dst) == expected
    growth = memory["peak"] - memory["baseline"]
    assert growth < MAX_GROWTH, f"client RSS grew by {growth >> 20} MiB"
