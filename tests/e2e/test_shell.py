"""Interactive shells against real slicer.local daemons (sync and async sessions, daemon over
a UNIX socket and over TCP with a token), and the browser proxy."""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest

from slicer import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    ShellClosedError,
)
from slicer.local import LocalDaemon
from tests.conftest import run

pytestmark = pytest.mark.anyio

TIMEOUT = 20.0


async def close(session: Any) -> None:
    await run(session.aclose() if hasattr(session, "aclose") else session.close())


async def collect(session: Any) -> bytes:
    """Everything until the session ends."""
    out = bytearray()
    while chunk := await run(session.recv(TIMEOUT)):
        out += chunk
    return bytes(out)


def ptmx_fds() -> int:
    """Open PTY masters in this process (the in-process daemon's)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == "/dev/ptmx":
                count += 1
        except OSError:
            pass
    return count


def gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


async def shell_pid(session: Any) -> int:
    await run(session.send("echo pid=$$.\n"))
    out = b""
    while not (match := re.search(rb"pid=(\d+)\.\r\n", out)):
        chunk = await run(session.recv(TIMEOUT))
        assert chunk, out
        out += chunk
    return int(match.group(1))


async def test_echo_prints_42(vm: Any) -> None:
    session = await run(vm.shell())
    try:
        await run(session.send(b"echo $((6*7))\n"))
        out = await run(session.read_until(b"42\r\n", TIMEOUT))
        assert b"42\r\n" in out
        assert not session.closed
    finally:
        await close(session)
    assert session.closed


async def test_resize_changes_stty_size(vm: Any) -> None:
    session = await run(vm.shell(cols=100, rows=30))
    try:
        await run(session.send("stty size\n"))
        assert b"30 100" in await run(session.read_until("30 100", TIMEOUT))
        await run(session.resize(132, 43))
        await run(session.send("stty size\n"))
        assert b"43 132" in await run(session.read_until("43 132", TIMEOUT))
    finally:
        await close(session)


async def test_exit_ends_the_session_with_session_close(vm: Any) -> None:
    before = ptmx_fds()
    session = await run(vm.shell())
    pid = await shell_pid(session)
    await run(session.send("exit 3\n"))
    rest = await collect(session)
    assert session.session_closed, rest
    assert session.closed
    assert await run(session.recv(1)) == b""  # the end stays the end
    with pytest.raises(ShellClosedError):
        await run(session.send("echo too late\n"))
    assert await asyncio.to_thread(gone, pid)
    await close(session)  # closing an ended session is fine
    assert ptmx_fds() <= before


async def test_closing_the_client_ends_the_shell_process(vm: Any) -> None:
    before = ptmx_fds()
    session = await run(vm.shell())
    pid = await shell_pid(session)
    await run(session.send("sleep 300 &\n"))  # a child in the shell's group ends too
    await close(session)
    await close(session)  # idempotent
    assert session.closed
    assert await asyncio.to_thread(gone, pid)
    deadline = time.monotonic() + 10
    while ptmx_fds() > before and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert ptmx_fds() <= before


async def test_iteration_yields_output_until_the_end(vm: Any) -> None:
    session = await run(vm.shell(shell="/bin/sh"))
    await run(session.send("echo one; echo two; exit\n"))
    out = bytearray()
    if hasattr(session, "__aiter__"):
        async for chunk in session:
            out += chunk
    else:
        for chunk in session:
            out += chunk
    assert b"one" in out and b"two" in out
    assert session.session_closed
    await close(session)


async def test_cwd_is_a_vm_path(vm: Any, daemon: LocalDaemon) -> None:
    assert daemon.state_dir is not None
    root = Path(daemon.state_dir) / "vms" / vm.hostname / "root"
    (root / "work" / "dir").mkdir(parents=True)
    session = await run(vm.shell(cwd="/work/dir"))
    try:
        await run(session.send("pwd\n"))
        out = await run(session.read_until("work/dir\r\n", TIMEOUT))
        assert str(root / "work" / "dir").encode() in out
    finally:
        await close(session)


async def test_errors_before_the_session_opens(client: Any, vm: Any) -> None:
    with pytest.raises(NotFoundError):
        await run(client.vm("no-such-vm").shell())
    with pytest.raises(BadRequestError, match="cwd"):
        await run(vm.shell(cwd="/does/not/exist"))
    with pytest.raises(BadRequestError, match="shell"):
        await run(vm.shell(shell="/no/such/shell"))
    with pytest.raises(ValueError):
        await run(vm.shell(cols=0))
    await run(vm.pause())
    try:
        with pytest.raises(ConflictError):
            await run(vm.shell())
    finally:
        await run(vm.resume())


async def test_uid_and_gid(vm: Any) -> None:
    """As root the daemon switches to the requested user; otherwise it refuses with 403."""
    if os.geteuid() != 0:
        with pytest.raises(ForbiddenError):
            await run(vm.shell(uid=65534, gid=65534))
        return
    session = await run(vm.shell(uid=65534, gid=65534, shell="/bin/sh"))
    try:
        await run(session.send("echo id=$(id -u):$(id -g):$(id -G).\n"))
        out = await run(session.read_until("65534.\r\n", TIMEOUT))
        assert b"id=65534:65534:65534.\r\n" in out
    finally:
        await close(session)


async def test_deleting_the_vm_ends_its_shell(client: Any) -> None:
    vm = await run(client.create_vm())
    session = await run(vm.shell())
    try:
        pid = await shell_pid(session)
        await run(vm.delete())  # stops every process group of the VM, the shell's included
        assert await asyncio.to_thread(gone, pid)
        await collect(session)  # the session ends on its own
        assert session.closed
    finally:
        await close(session)
