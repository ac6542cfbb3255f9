"""vm.fs against slicer.local: small files, directory listing, stat, mkdir, remove, errors."""

from __future__ import annotations

import os
import stat
from datetime import datetime

import pytest

from slicer import (
    BadRequestError,
    ConflictError,
    FileBytes,
    FsEntry,
    NotFoundError,
)
from tests.conftest import run
from tests.e2e.filetrees import vm_root

pytestmark = pytest.mark.anyio


async def test_write_and_read_files(vm, daemon) -> None:
    fs = vm.fs
    await run(fs.write_file("/etc/app/config.bin", b"\x00\xffbinary", permissions="0640"))
    data = await run(fs.read_file("/etc/app/config.bin"))
    assert isinstance(data, FileBytes) and data == b"\x00\xffbinary" and data.mode == 0o640
    await run(fs.write_text("~/notes/ünï.txt", "héllo\n"))
    assert await run(fs.read_text("/notes/ünï.txt")) == "héllo\n"
    host = vm_root(daemon, vm.hostname) / "notes" / "ünï.txt"
    assert host.read_text() == "héllo\n"
    await run(fs.write_file("/etc/app/config.bin", b"v2"))  # keeps the existing mode
    assert (
        stat.S_IMODE((vm_root(daemon, vm.hostname) / "etc/app/config.bin").stat().st_mode) == 0o640
    )
    with pytest.raises(TypeError):
        await run(fs.write_file("/x", "text"))  # type: ignore[arg-type]


async def test_stat_read_dir_exists(vm, daemon) -> None:
    root = vm_root(daemon, vm.hostname)
    (root / "d" / "sub").mkdir(parents=True)
    (root / "d" / "f.txt").write_bytes(b"12345")
    os.chmod(root / "d" / "f.txt", 0o600)
    os.utime(root / "d" / "f.txt", (1_700_000_000, 1_700_000_000))
    os.symlink("f.txt", root / "d" / "link")
    entries = await run(vm.fs.read_dir("/d"))
    assert [(e.name, e.type) for e in entries] == [
        ("f.txt", "file"),
        ("link", "symlink"),
        ("sub", "directory"),
    ]
    f = entries[0]
    assert isinstance(f, FsEntry) and f.size == 5 and f.mode == 0o600
    assert isinstance(f.mtime, datetime) and f.mtime.timestamp() == 1_700_000_000
    st_ = await run(vm.fs.stat("/d/sub"))
    assert st_.is_dir and st_.name == "sub"
    assert (await run(vm.fs.stat("/d/link"))).is_symlink
    assert await run(vm.fs.exists("/d/f.txt"))
    assert not await run(vm.fs.exists("/d/none"))
    with pytest.raises(NotFoundError) as caught:
        await run(vm.fs.stat("/d/none"))
    assert isinstance(caught.value, FileNotFoundError)
    with pytest.raises(BadRequestError):
        await run(vm.fs.read_dir("/d/f.txt"))
    with pytest.raises(NotFoundError):
        await run(vm.fs.read_dir("/nowhere"))
    with pytest.raises(NotFoundError):
        await run(vm.fs.read_file("/nowhere"))
    with pytest.raises(BadRequestError):
        await run(vm.fs.read_file("/d"))


async def test_mkdir_and_remove(vm, daemon) -> None:
    fs, root = vm.fs, vm_root(daemon, vm.hostname)
    await run(fs.mkdir("/a"))
    with pytest.raises(ConflictError):
        await run(fs.mkdir("/a"))
    with pytest.raises(NotFoundError):
        await run(fs.mkdir("/x/y/z"))
    await run(fs.mkdir("/x/y/z", recursive=True, mode="0700"))
    await run(fs.mkdir("/x/y/z", recursive=True))  # exists: fine
    assert stat.S_IMODE((root / "x/y/z").stat().st_mode) == 0o700
    await run(fs.write_text("/x/y/z/f", "f"))
    with pytest.raises(ConflictError):
        await run(fs.remove("/x"))
    await run(fs.remove("/x/y/z/f"))
    await run(fs.remove("/x", recursive=True))
    assert not (root / "x").exists()
    with pytest.raises(NotFoundError):
        await run(fs.remove("/x"))
    os.symlink("/a", root / "alink")
    await run(fs.remove("/alink"))
    assert (root / "a").is_dir() and not (root / "alink").exists()
    with pytest.raises(BadRequestError):
        await run(fs.remove("/", recursive=True))
    assert root.is_dir()


async def test_paths_stay_inside_the_vm(vm, daemon) -> None:
    root = vm_root(daemon, vm.hostname)
    await run(vm.fs.write_text("/../../../../escape.txt", "in"))
    assert (root / "escape.txt").read_text() == "in"
    os.symlink("/", root / "rootlink")  # the VM's /, not the host's
    assert await run(vm.fs.read_text("/rootlink/escape.txt")) == "in"
    await run(vm.fs.write_text("/rootlink/etc/through.txt", "x"))
    assert (root / "etc" / "through.txt").exists()
    assert not os.path.exists("/etc/through.txt")


async def test_paused_vm_answers_409(vm) -> None:
    await run(vm.pause())
    try:
        with pytest.raises(ConflictError):
            await run(vm.fs.stat("/"))
        with pytest.raises(ConflictError):
            await run(vm.fs.read_file("/x"))
    finally:
        await run(vm.resume())


async def test_argument_errors(vm) -> None:
    with pytest.raises(ValueError):
        await run(vm.fs.stat(""))
    with pytest.raises(ValueError):
        await run(vm.fs.mkdir("/x", mode="999"))
    with pytest.raises(ValueError):
        await run(vm.fs.write_file("/x", b"", uid=-5))
    with pytest.raises(ValueError):
        vm.fs.watch([])
    with pytest.raises(ValueError):
        vm.fs.watch("/", max_events=0)
    with pytest.raises(ValueError):
        vm.fs.watch("/", last_event_id=-1)
