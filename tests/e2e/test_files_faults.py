"""Fault injection: the daemon process is killed in the middle of a download and of an
upload. The destination is untouched and no temporary file or directory is left."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from slicer import AsyncSlicerClient, SlicerConnectionError
from slicer.local import LocalDaemon
from tests.conftest import run
from tests.e2e.filetrees import snapshot, vm_root

pytestmark = pytest.mark.anyio

BIG = 64 << 20  # enough that the transfer is still running when the daemon dies
KILL_AT = 4 << 20


@pytest.fixture
def killable() -> Iterator[LocalDaemon]:
    """A daemon in its own process (``d.process``), fresh for each test."""
    with LocalDaemon(in_process=False) as daemon:
        yield daemon


@pytest.fixture(params=["sync", "async"])
async def victim(request: pytest.FixtureRequest, killable: LocalDaemon) -> AsyncIterator[Any]:
    """A persistent VM (its files survive a daemon restart) through either client twin."""
    if request.param == "sync":
        with killable.client() as client:
            yield client.create_vm(persistent=True)
    else:
        async with AsyncSlicerClient(killable.base_url, killable.token) as client:
            yield await client.create_vm(persistent=True)


def _killer(daemon: LocalDaemon) -> Any:
    def progress(done: int, total: int | None) -> None:
        if done >= KILL_AT and daemon.process is not None and daemon.process.poll() is None:
            daemon.process.kill()
            daemon.process.wait()

    return progress


def _temporaries(root: Path) -> list[str]:
    return [
        os.path.join(d, n)
        for d, dirs, files in os.walk(root)
        for n in dirs + files
        if n.startswith(".slicer-tmp-")
    ]


def _big_file(path: Path) -> Path:
    block = os.urandom(1 << 20)
    with open(path, "wb") as handle:
        for _ in range(BIG >> 20):
            handle.write(block)
    return path


async def test_killed_mid_download_of_a_file(killable, victim, tmp_path: Path) -> None:
    _big_file(vm_root(killable, victim.hostname) / "big.bin")
    (tmp_path / "big.bin").write_text("previous contents")
    before = snapshot(tmp_path)
    with pytest.raises(SlicerConnectionError):
        await run(victim.cp_from("/big.bin", tmp_path / "big.bin", progress=_killer(killable)))
    assert snapshot(tmp_path) == before
    with pytest.raises(SlicerConnectionError):
        await run(victim.cp_from("/big.bin", tmp_path / "new.bin"))  # the daemon is gone
    assert not _temporaries(tmp_path)


async def test_killed_mid_download_of_a_tree(killable, victim, tmp_path: Path) -> None:
    tree = vm_root(killable, victim.hostname) / "tree"
    (tree / "sub").mkdir(parents=True)
    for i in range(4):
        _big_file(tree / "sub" / f"part{i}.bin")
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "mine.txt").write_text("keep")
    before = snapshot(tmp_path)
    with pytest.raises(SlicerConnectionError):
        await run(victim.cp_from("/tree/.", dest, progress=_killer(killable)))
    assert snapshot(tmp_path) == before
    assert not _temporaries(tmp_path)


async def test_killed_mid_upload(killable, victim, tmp_path: Path) -> None:
    hostname = victim.hostname
    root = vm_root(killable, hostname)
    (root / "data").mkdir()
    (root / "data" / "big.bin").write_text("previous contents")
    before = snapshot(root)
    src = _big_file(tmp_path / "big.bin")
    with pytest.raises(SlicerConnectionError):
        await run(victim.cp_to(src, "/data/big.bin", progress=_killer(killable)))
    assert snapshot(root) == before  # nothing new in the VM's filesystem
    assert _temporaries(root.parent / "staging")  # the dead daemon's partial upload
    killable.restart()  # the new daemon empties the staging area of the dead one
    assert not (root.parent / "staging").exists()
    assert snapshot(root) == before


async def test_killed_mid_tree_upload(killable, victim, tmp_path: Path) -> None:
    root = vm_root(killable, victim.hostname)
    src = tmp_path / "tree"
    src.mkdir()
    for i in range(3):
        _big_file(src / f"part{i}.bin")
    before = snapshot(root)
    with pytest.raises(SlicerConnectionError):
        await run(victim.cp_to(src, "/tree", progress=_killer(killable)))
    assert snapshot(root) == before
    assert _temporaries(root.parent / "staging")
    killable.restart()
    assert not (root.parent / "staging").exists()
    assert not (root / "tree").exists()
