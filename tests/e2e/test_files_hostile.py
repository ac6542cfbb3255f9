"""Hostile archives: uploaded to slicer.local, and served to the client by a hostile peer.
Nothing may land outside the destination; refused archives leave nothing at all."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from slicer import AsyncSlicerClient, SlicerClient, UnsafeArchiveError
from slicer._core.copy import encode_source_name
from slicer.local import LocalDaemon
from tests.conftest import run
from tests.e2e.canned import CannedServer
from tests.e2e.filetrees import snapshot, vm_root
from tests.unit.hostile import HOSTILE, SAFE_BUT_SKIPPED

pytestmark = pytest.mark.anyio

ESCAPES = ["/tmp/slicer-absolute-escape.txt", "/tmp/slicer-through-symlink.txt"]


def _no_escape(outside: Path, allowed: set[str]) -> None:
    assert set(os.listdir(outside)) == allowed
    for path in ESCAPES:
        assert not os.path.exists(path), path


# -- uploads to the daemon ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["tar", "cp-v1-tar"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_daemon_refuses_hostile_upload(unix_daemon: LocalDaemon, name: str, mode: str) -> None:
    with unix_daemon.client() as client:
        vm = client.create_vm()
        try:
            root = vm_root(unix_daemon, vm.hostname)
            (root / "dest").mkdir()
            (root / "dest" / "keep").write_text("keep")
            before = snapshot(root)
            params = {"path": "/dest", "mode": mode}
            if mode.startswith("cp-v1"):
                params |= {
                    "copy_semantics": "cp-v1",
                    "source_name": "x",
                    "source_type": "directory",
                }
            with httpx.Client(transport=httpx.HTTPTransport(uds=unix_daemon.socket_path)) as raw:
                response = raw.post(
                    f"http://unix/vm/{vm.hostname}/cp",
                    params=params,
                    content=HOSTILE[name](),
                    headers={"Content-Type": "application/x-tar"},
                )
            assert response.status_code == 400, response.text
            assert snapshot(root) == before
            _no_escape(root.parent, {"root", "secrets", "console.log", "staging"})
            assert os.listdir(root.parent / "staging") == []
        finally:
            vm.delete()


@pytest.mark.parametrize("name", sorted(SAFE_BUT_SKIPPED))
def test_daemon_skips_dangerous_entries(unix_daemon: LocalDaemon, name: str) -> None:
    with unix_daemon.client() as client:
        vm = client.create_vm()
        try:
            root = vm_root(unix_daemon, vm.hostname)
            with httpx.Client(transport=httpx.HTTPTransport(uds=unix_daemon.socket_path)) as raw:
                response = raw.post(
                    f"http://unix/vm/{vm.hostname}/cp",
                    params={"path": "/dest", "mode": "tar"},
                    content=SAFE_BUT_SKIPPED[name](),
                    headers={"Content-Type": "application/x-tar"},
                )
            assert response.status_code == 200, response.text
            for rel, (kind, mode, _, _) in snapshot(root).items():
                assert kind in ("dir", "file"), rel
                assert not mode & 0o7000, rel
            _no_escape(root.parent, {"root", "secrets", "console.log", "staging"})
        finally:
            vm.delete()


# -- a hostile peer serving archives to the client ------------------------------------------


@pytest.fixture(scope="module")
def peer() -> Iterator[CannedServer]:
    """A compromised agent: it answers every copy with the archive a test sets."""
    with CannedServer() as server:
        server.media_type = "application/x-tar"
        server.headers = {
            "X-Slicer-Source-Type": "directory",
            "X-Slicer-Source-Name-Base64": encode_source_name("evil"),
        }
        yield server


@pytest.fixture(params=["sync", "async"])
async def peer_vm(request: pytest.FixtureRequest, peer: CannedServer) -> AsyncIterator[Any]:
    if request.param == "sync":
        with SlicerClient(peer.socket) as client:
            yield client.vm("victim")
    else:
        async with AsyncSlicerClient(peer.socket) as client:
            yield client.vm("victim")


@pytest.mark.parametrize("name", sorted(HOSTILE))
async def test_client_refuses_hostile_download(peer, peer_vm, name: str, tmp_path: Path) -> None:
    peer.body = HOSTILE[name]()
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "keep").write_text("keep")
    before = snapshot(tmp_path)
    with pytest.raises(UnsafeArchiveError):
        await run(peer_vm.cp_from("/anything", dest))  # would land in dest/evil
    with pytest.raises(UnsafeArchiveError):
        await run(peer_vm.cp_from("/anything", tmp_path / "new"))
    # dest's own mtime may move (the staging directory for dest/evil lived in it, briefly)
    assert _without_mtimes(snapshot(tmp_path)) == _without_mtimes(before)
    assert int((dest / "keep").stat().st_mtime) == before["dest/keep"][2]
    _no_escape(tmp_path, {"dest"})


def _without_mtimes(
    snap: dict[str, tuple[str, int, int, bytes]],
) -> dict[str, tuple[str, int, bytes]]:
    return {rel: (kind, mode, data) for rel, (kind, mode, _, data) in snap.items()}


@pytest.mark.parametrize("name", sorted(SAFE_BUT_SKIPPED))
async def test_client_skips_dangerous_entries(peer, peer_vm, name: str, tmp_path: Path) -> None:
    peer.body = SAFE_BUT_SKIPPED[name]()
    await run(peer_vm.cp_from("/anything", tmp_path / "out"))
    for rel, (kind, mode, _, _) in snapshot(tmp_path / "out").items():
        assert kind in ("dir", "file"), rel
        assert not mode & 0o7000, rel
    _no_escape(tmp_path, {"out"})


async def test_client_refuses_truncated_and_garbage(peer, peer_vm, tmp_path: Path) -> None:
    from tests.unit.hostile import archive

    peer.body = archive(("big", b"0", b"x" * 100_000, ""))[:30_000]
    with pytest.raises(Exception) as caught:
        await run(peer_vm.cp_from("/anything", tmp_path / "out"))
    assert "truncated" in str(caught.value)
    peer.body = b"<html>not a tar</html>".ljust(2048, b" ")
    with pytest.raises(Exception, match="not a tar archive"):
        await run(peer_vm.cp_from("/anything", tmp_path / "out"))
    assert os.listdir(tmp_path) == []
