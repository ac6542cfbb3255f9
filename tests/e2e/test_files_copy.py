"""cp_to / cp_from against slicer.local: round trips, cp placement (cp-v1 and an old agent),
excludes, modes and owners, progress, and the errors raised before any request."""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from slicer import AsyncSlicerClient, BadRequestError, NotFoundError, SlicerClient
from slicer.local import DaemonConfig, LocalDaemon
from tests.conftest import run
from tests.e2e.filetrees import TREE_FILES, make_tree, snapshot, vm_root

pytestmark = pytest.mark.anyio


# -- fixtures: the normal daemon and one that answers like an agent older than cp-v1 ----------


@pytest.fixture(scope="module")
def legacy_daemon() -> Iterator[LocalDaemon]:
    with LocalDaemon(DaemonConfig(legacy_cp=True)) as daemon:
        yield daemon


@pytest.fixture(params=["cp-v1", "legacy-agent"])
def agent_daemon(
    request: pytest.FixtureRequest, unix_daemon: LocalDaemon, legacy_daemon: LocalDaemon
) -> LocalDaemon:
    return unix_daemon if request.param == "cp-v1" else legacy_daemon


@pytest.fixture(params=["sync", "async"])
async def agent(request: pytest.FixtureRequest, agent_daemon: LocalDaemon) -> AsyncIterator[Any]:
    """A fresh VM, through the sync or async client, on the cp-v1 or the legacy daemon."""
    factory = agent_daemon.client if request.param == "sync" else agent_daemon.async_client
    client: Any = factory()
    if isinstance(client, AsyncSlicerClient):
        await client.__aenter__()
    try:
        vm = await run(client.create_vm())
        vm.test_root = vm_root(agent_daemon, vm.hostname)
        try:
            yield vm
        finally:
            with contextlib.suppress(Exception):
                await run(vm.delete())
    finally:
        await run(client.aclose() if isinstance(client, AsyncSlicerClient) else client.close())


# -- round trips ------------------------------------------------------------------------------


async def test_tree_round_trip(vm, daemon, tmp_path: Path) -> None:
    src = make_tree(tmp_path / "proj")
    await run(vm.cp_to(src, "/work/proj"))
    remote = vm_root(daemon, vm.hostname) / "work" / "proj"
    assert snapshot(remote) == snapshot(src)
    await run(vm.cp_from("/work/proj", tmp_path / "back"))
    assert snapshot(tmp_path / "back") == snapshot(src)
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".slicer-tmp-")]


async def test_file_round_trip_keeps_mode_and_bytes(vm, daemon, tmp_path: Path) -> None:
    src = tmp_path / "tool"
    src.write_bytes(os.urandom(300_000))
    os.chmod(src, 0o750)
    seen: list[tuple[int, int | None]] = []
    await run(vm.cp_to(src, "/opt/tool", progress=lambda done, total: seen.append((done, total))))
    remote = vm_root(daemon, vm.hostname) / "opt" / "tool"
    assert remote.read_bytes() == src.read_bytes()
    assert stat.S_IMODE(remote.stat().st_mode) == 0o750
    assert seen[-1] == (300_000, 300_000)
    seen.clear()
    await run(vm.cp_from("/opt/tool", tmp_path / "copy", progress=lambda d, t: seen.append((d, t))))
    assert (tmp_path / "copy").read_bytes() == src.read_bytes()
    assert stat.S_IMODE((tmp_path / "copy").stat().st_mode) == 0o750
    assert seen[-1] == (300_000, 300_000)


async def test_zero_byte_file(vm, tmp_path: Path) -> None:
    (tmp_path / "zero").write_bytes(b"")
    seen: list[tuple[int, int | None]] = []
    await run(vm.cp_to(tmp_path / "zero", "/zero", progress=lambda d, t: seen.append((d, t))))
    assert seen == [(0, 0)]
    await run(vm.cp_from("/zero", tmp_path / "zero-back"))
    assert (tmp_path / "zero-back").read_bytes() == b""


async def test_explicit_modes(vm, daemon, tmp_path: Path) -> None:
    make_tree(tmp_path / "d")
    (tmp_path / "f").write_text("f")
    await run(vm.cp_to(tmp_path / "d", "/t/d", mode="tar"))
    await run(vm.cp_to(tmp_path / "f", "/t/f", mode="binary", permissions="0600"))
    root = vm_root(daemon, vm.hostname)
    assert stat.S_IMODE((root / "t" / "f").stat().st_mode) == 0o600
    await run(vm.cp_from("/t/d", tmp_path / "d2", mode="tar"))
    await run(vm.cp_from("/t/f", tmp_path / "f2", mode="binary", permissions=0o640))
    assert snapshot(tmp_path / "d2") == snapshot(tmp_path / "d")
    assert stat.S_IMODE((tmp_path / "f2").stat().st_mode) == 0o640
    with pytest.raises(BadRequestError, match="must specify a file not a directory"):
        await run(vm.cp_from("/t/d", tmp_path / "x", mode="binary"))
    with pytest.raises(BadRequestError):
        await run(vm.cp_from("/t/f", tmp_path / "y", mode="tar"))


async def test_owner_and_permissions(vm, daemon, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.fail("these tests run slicer.local as root (it changes owners only as root)")
    make_tree(tmp_path / "d")
    await run(vm.cp_to(tmp_path / "d", "/owned", uid=1234, gid=2345))
    root = vm_root(daemon, vm.hostname) / "owned"
    for path in [root, root / "src" / "pkg" / "deep" / "module.py"]:
        assert (path.stat().st_uid, path.stat().st_gid) == (1234, 2345)
    (tmp_path / "f").write_text("x")
    await run(vm.cp_to(tmp_path / "f", "/f", uid=0, gid=0, permissions="0640"))
    st_ = (vm_root(daemon, vm.hostname) / "f").stat()
    assert (st_.st_uid, st_.st_gid, stat.S_IMODE(st_.st_mode)) == (0, 0, 0o640)


# -- excludes ---------------------------------------------------------------------------------


async def test_excludes_both_ways(vm, daemon, tmp_path: Path) -> None:
    src = make_tree(tmp_path / "p")
    (src / "node_modules" / "lib").mkdir(parents=True)
    (src / "node_modules" / "lib" / "x.js").write_text("x")
    (src / "src" / "cache.tmp").write_text("t")
    (src / "src" / "pkg" / "deep" / "skip.tmp").write_text("t")
    await run(vm.cp_to(src, "/p", exclude=["node_modules/**", "*.tmp"]))
    remote = vm_root(daemon, vm.hostname) / "p"
    assert not (remote / "node_modules").exists()
    assert not (remote / "src" / "cache.tmp").exists()
    assert not (remote / "src" / "pkg" / "deep" / "skip.tmp").exists()
    assert (remote / "src" / "pkg" / "deep" / "module.py").exists()
    await run(vm.cp_from("/p", tmp_path / "out", exclude=["src/pkg/**", " ./bin/ "]))
    got = snapshot(tmp_path / "out")
    assert "src/pkg" not in got and "bin" not in got and "README.md" in got


# -- placement: cp-v1, and the same results from an agent older than cp-v1 -----------------------


async def test_upload_directory_placement(agent, tmp_path: Path) -> None:
    vm, root = agent, agent.test_root
    src = make_tree(tmp_path / "proj")
    await run(vm.cp_to(src, "/dst"))  # missing: becomes the copy
    assert snapshot(root / "dst") == snapshot(src)
    await run(vm.cp_to(src, "/dst"))  # existing directory: lands in dst/proj
    assert snapshot(root / "dst" / "proj") == snapshot(src)
    (src / "added.txt").write_text("new")
    await run(vm.cp_to(src, "/dst"))  # dst/proj exists: merged
    assert (root / "dst" / "proj" / "added.txt").read_text() == "new"
    await run(vm.cp_to(str(src) + "/.", "/merged-into"))  # contents of a dir, missing dest
    assert (root / "merged-into" / "README.md").exists()
    (root / "existing").mkdir()
    (root / "existing" / "mine.txt").write_text("keep")
    await run(vm.cp_to(str(src) + "/.", "/existing"))  # contents merged into existing
    assert (root / "existing" / "mine.txt").read_text() == "keep"
    assert (root / "existing" / "README.md").exists()
    assert not (root / "existing" / "proj").exists()
    (root / "afile").write_text("f")
    with pytest.raises(BadRequestError):
        await run(vm.cp_to(src, "/afile"))
    assert (root / "afile").read_text() == "f"
    with pytest.raises(NotFoundError):
        await run(vm.cp_to(src, "/missing-with-slash/"))


async def test_upload_file_placement(agent, tmp_path: Path) -> None:
    vm, root = agent, agent.test_root
    src = tmp_path / "report.txt"
    src.write_text("v1")
    (root / "dir").mkdir()
    await run(vm.cp_to(src, "/dir"))  # existing directory: dir/report.txt
    assert (root / "dir" / "report.txt").read_text() == "v1"
    src.write_text("v2")
    await run(vm.cp_to(src, "/dir/report.txt"))  # existing file: overwritten
    assert (root / "dir" / "report.txt").read_text() == "v2"
    await run(vm.cp_to(src, "/new/deeper/name.txt"))  # missing: that path, parents made
    assert (root / "new" / "deeper" / "name.txt").read_text() == "v2"
    with pytest.raises(NotFoundError):
        await run(vm.cp_to(src, "/nodir/"))
    assert not (root / "nodir").exists()
    (root / "dir2" / "report.txt").mkdir(parents=True)
    with pytest.raises(BadRequestError):  # a file never replaces a directory
        await run(vm.cp_to(src, "/dir2"))


async def test_download_placement(agent, tmp_path: Path) -> None:
    vm, root = agent, agent.test_root
    make_tree(root / "srv" / "site")
    (root / "srv" / "report.txt").write_text("r")
    out = tmp_path / "out"
    out.mkdir()
    await run(vm.cp_from("/srv/report.txt", out))  # existing dir: out/report.txt
    assert (out / "report.txt").read_text() == "r"
    (out / "report.txt").write_text("old")
    await run(vm.cp_from("/srv/report.txt", out / "report.txt"))  # overwritten
    assert (out / "report.txt").read_text() == "r"
    await run(vm.cp_from("/srv/report.txt", out / "renamed.txt"))  # missing: that path
    assert (out / "renamed.txt").read_text() == "r"
    await run(vm.cp_from("/srv/site", out))  # existing dir: out/site
    assert snapshot(out / "site") == snapshot(root / "srv" / "site")
    await run(vm.cp_from("/srv/site", out / "copy"))  # missing: becomes the copy
    assert snapshot(out / "copy") == snapshot(root / "srv" / "site")
    (out / "merge").mkdir()
    (out / "merge" / "mine").write_text("keep")
    await run(vm.cp_from("/srv/site/.", out / "merge"))  # contents merged
    assert (out / "merge" / "mine").read_text() == "keep"
    assert (out / "merge" / "README.md").exists()
    with pytest.raises(NotADirectoryError):
        await run(vm.cp_from("/srv/site", out / "report.txt"))
    assert (out / "report.txt").read_text() == "r"
    with pytest.raises(NotFoundError):
        await run(vm.cp_from("/srv/nothing", out / "nothing"))
    assert not [n for n in os.listdir(out) if n.startswith(".slicer-tmp-")]


# -- errors before any request ------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
async def offline_vm(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    """A VM handle on a daemon that does not exist: any request would raise
    SlicerConnectionError, so another error proves no request was sent."""
    socket = str(tmp_path / "nobody.sock")
    if request.param == "sync":
        with SlicerClient(socket) as client:
            yield client.vm("sbox-1")
    else:
        async with AsyncSlicerClient(socket) as client:
            yield client.vm("sbox-1")


async def test_local_errors_before_any_request(offline_vm, tmp_path: Path) -> None:
    vm = offline_vm
    (tmp_path / "file").write_text("x")
    (tmp_path / "dir").mkdir()
    with pytest.raises(FileNotFoundError):
        await run(vm.cp_to(tmp_path / "missing", "/x"))
    with pytest.raises(NotADirectoryError):  # never the v59 empty archive
        await run(vm.cp_to(tmp_path / "file", "/x", mode="tar"))
    with pytest.raises(IsADirectoryError):
        await run(vm.cp_to(tmp_path / "dir", "/x", mode="binary"))
    with pytest.raises(ValueError):
        await run(vm.cp_to(tmp_path / "file", "/x", exclude=["*.tmp"]))
    with pytest.raises(ValueError):
        await run(vm.cp_to(tmp_path / "file", "/x", mode="zip"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        await run(vm.cp_to(tmp_path / "file", "/x", uid=-1))
    os.symlink(tmp_path / "dir", tmp_path / "dirlink")
    with pytest.raises(ValueError):
        await run(vm.cp_to(tmp_path / "dirlink", "/x"))
    with pytest.raises(NotADirectoryError):
        await run(vm.cp_from("/x", tmp_path / "file", mode="tar"))
    with pytest.raises(FileNotFoundError):
        await run(vm.cp_from("/x", tmp_path / "no" / "parent"))
    with pytest.raises(FileNotFoundError):
        await run(vm.cp_from("/x", str(tmp_path / "newdir") + "/", mode="binary"))
    with pytest.raises(ValueError):
        await run(vm.cp_from("", tmp_path / "y"))


async def test_symlinked_file_source_is_followed(vm, daemon, tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("target")
    os.symlink(tmp_path / "real.txt", tmp_path / "link.txt")
    await run(vm.cp_to(tmp_path / "link.txt", "/linked.txt"))
    assert (vm_root(daemon, vm.hostname) / "linked.txt").read_text() == "target"


def test_tree_fixture_is_rich() -> None:
    kinds = {rel.endswith("/") for rel in TREE_FILES}
    assert kinds == {True, False}
    assert any(not data for rel, (data, _) in TREE_FILES.items() if not rel.endswith("/"))


async def test_an_old_agent_is_remembered(legacy_daemon: LocalDaemon, tmp_path: Path) -> None:
    """The first copy to an old agent is refused only after its body was sent, then retried
    in the legacy mode; later copies to that VM go straight to the legacy mode."""
    src = tmp_path / "f.bin"
    src.write_bytes(os.urandom(3 << 20))
    with legacy_daemon.client() as client:
        vm = client.create_vm()
        try:
            for expected_passes in (2, 1):
                seen: list[int] = []
                vm.cp_to(src, "/f.bin", progress=lambda done, _total, seen=seen: seen.append(done))
                restarts = sum(1 for a, b in itertools.pairwise(seen) if b < a)
                assert restarts + 1 == expected_passes
            assert (vm_root(legacy_daemon, vm.hostname) / "f.bin").read_bytes() == src.read_bytes()
        finally:
            vm.delete()
