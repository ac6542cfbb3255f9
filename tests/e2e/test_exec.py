"""Exec end to end: exit codes, bytes, streams, env/cwd/user/shell, stdin, timeouts, errors."""

from __future__ import annotations

import hashlib
import io
import os
import time

import pytest

from slicer import (
    CompletedProcess,
    ConflictError,
    ExecError,
    ExecTimeoutError,
    Exit,
    ForbiddenError,
    NotFoundError,
    RemoteCommandError,
    Started,
    Stderr,
    Stdout,
)
from tests.conftest import run

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("code", [0, 1, 42])
async def test_exit_codes(vm, code) -> None:
    result = await run(vm.run(f"exit {code}"))
    assert isinstance(result, CompletedProcess)
    assert result.returncode == code
    assert result.signal is None
    assert result.pid and result.pid > 0


async def test_death_by_signal(vm) -> None:
    result = await run(vm.run("kill -KILL $$"))
    assert result.signal == "SIGKILL"
    assert result.returncode == 128 + 9


async def test_every_byte_round_trips_on_both_streams(vm) -> None:
    payload = bytes(range(256)) * 4
    script = (
        "import sys; d=bytes(range(256))*4; "
        "sys.stdout.buffer.write(d); sys.stderr.buffer.write(d[::-1])"
    )
    result = await run(vm.run(["python3", "-c", script]))
    assert result.stdout == payload
    assert result.stderr == payload[::-1]
    echoed = await run(vm.run(["cat"], input=payload))
    assert echoed.stdout == payload


async def test_stdout_and_stderr_stay_separate(vm) -> None:
    result = await run(vm.run("for i in 1 2 3; do echo out$i; echo err$i >&2; done", text=True))
    assert result.stdout == "out1\nout2\nout3\n"
    assert result.stderr == "err1\nerr2\nerr3\n"


async def test_exec_stream_frames_in_order(vm) -> None:
    stream = vm.exec_stream("echo a; echo b >&2; exit 7")
    frames = []
    if hasattr(stream, "__aenter__"):
        async with stream as s:
            async for frame in s:
                frames.append(frame)
    else:
        with stream as s:
            frames = list(s)
    assert isinstance(frames[0], Started)
    assert isinstance(frames[-1], Exit) and frames[-1].exit_code == 7
    assert b"".join(f.data for f in frames if isinstance(f, Stdout)) == b"a\n"
    assert b"".join(f.data for f in frames if isinstance(f, Stderr)) == b"b\n"
    assert stream.returncode == 7 and stream.pid == frames[0].pid


async def test_text_stdio_mode(vm) -> None:
    stream = vm.exec_stream("printf 'h\\xc3\\xa9llo'", stdio="text")
    data = b""
    if hasattr(stream, "__aenter__"):
        async with stream as s:
            async for frame in s:
                data += getattr(frame, "data", b"") if isinstance(frame, Stdout) else b""
    else:
        with stream as s:
            data = b"".join(f.data for f in s if isinstance(f, Stdout))
    assert data.decode() == "héllo"


async def test_env_cwd_and_shells(vm) -> None:
    await run(vm.run(["mkdir", "-p", "work/sub"]))
    result = await run(
        vm.run("echo $GREETING; pwd", env={"GREETING": "hi there"}, cwd="/work/sub", text=True)
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "hi there"
    assert lines[1].endswith("/root/work/sub")
    no_shell = await run(vm.run(["echo", "$HOME", "a  b"], text=True))
    assert no_shell.stdout == "$HOME a  b\n"
    sh = await run(vm.run("echo $0", shell="/bin/sh", text=True))
    assert sh.stdout.strip() == "/bin/sh"
    quoted = await run(vm.run("printf '%s|' ", shell=True, text=True))
    assert quoted.stdout == "|"
    with_args = vm.exec_stream("printf '%s|'", ["a b", "$x", "c'd"])
    collected = b""
    if hasattr(with_args, "__aenter__"):
        async with with_args as s:
            async for frame in s:
                if isinstance(frame, Stdout):
                    collected += frame.data
    else:
        with with_args as s:
            collected = b"".join(f.data for f in s if isinstance(f, Stdout))
    assert collected == b"a b|$x|c'd|"


async def test_uid_and_gid(vm) -> None:
    if os.geteuid() == 0:
        result = await run(vm.run("id -u; id -g", uid=65534, gid=65534, text=True))
        assert result.stdout.split() == ["65534", "65534"]
    else:  # a daemon that cannot switch users says so clearly
        with pytest.raises(ForbiddenError, match="not running as root"):
            await run(vm.run("id -u", uid=65534))
    same = await run(vm.run("id -u", uid=os.geteuid(), text=True))
    assert same.stdout.strip() == str(os.geteuid())


async def test_stdin_from_bytes_file_and_iterator(vm) -> None:
    assert (await run(vm.run(["cat"], input=b"from bytes"))).stdout == b"from bytes"
    assert (await run(vm.run(["cat"], input=io.BytesIO(b"from a file")))).stdout == b"from a file"
    chunks = [b"from ", b"an ", b"iterator"]
    assert (await run(vm.run(["cat"], input=iter(chunks)))).stdout == b"from an iterator"
    # EOF honoured: wc sees the end of input and exits.
    counted = await run(vm.run("wc -c", input=b"12345", text=True))
    assert counted.stdout.strip() == "5"


async def test_interactive_echo_exchange(vm) -> None:
    proc = await run(vm.popen(["cat"]))
    assert proc.pid and proc.pid > 0
    await run(proc.stdin.write(b"first line\n"))
    assert await run(proc.stdout.readline()) == b"first line\n"
    await run(proc.stdin.write(b"second line\n"))
    assert await run(proc.stdout.readline()) == b"second line\n"
    assert await run(proc.poll()) is None
    await run(proc.stdin.close())
    assert await run(proc.wait()) == 0
    assert proc.returncode == 0


async def test_communicate_and_context_manager(vm) -> None:
    proc = await run(vm.popen("tr a-z A-Z; echo done >&2"))
    out, err = await run(proc.communicate(b"shout\n"))
    assert (out, err) == (b"SHOUT\n", b"done\n")
    merged = await run(vm.popen("echo o; echo e >&2", stdin=None, stderr=-2))
    out, err = await run(merged.communicate())
    assert sorted(out.splitlines()) == [b"e", b"o"] and err is None


async def test_large_input_and_output_at_once_do_not_deadlock(vm) -> None:
    size = 64 * 1024 * 1024
    block = os.urandom(1024 * 1024)
    data_hash = hashlib.sha256(block * 64).hexdigest()

    def source():
        for _ in range(size // len(block)):
            yield block

    result = await run(vm.run(["cat"], input=source(), timeout=120))
    assert len(result.stdout) == size
    assert hashlib.sha256(result.stdout).hexdigest() == data_hash


async def test_timeout_kills_the_remote_process(vm) -> None:
    marker = f"slicer-timeout-marker-{os.getpid()}"
    with pytest.raises(ExecTimeoutError) as caught:
        await run(vm.run(f"echo started; exec -a {marker} sleep 60", timeout=1))
    assert caught.value.stdout == b"started\n"
    assert caught.value.timeout == 1
    for _ in range(50):
        alive = await run(vm.run(["pgrep", "-f", marker]))
        if alive.returncode == 1:
            break
        await run(vm.run(["sleep", "0.1"]))
    assert alive.returncode == 1, "the timed-out process is still running"


async def test_long_command_outlives_http_timeouts(client, daemon) -> None:
    """A command quieter than the client's HTTP read timeout still completes."""
    twin = type(client)
    quiet = twin(daemon.base_url, daemon.token, timeout=0.5)
    try:
        handle = quiet.vm((await run(client.create_vm())).hostname)
        result = await run(handle.run("sleep 1.5; echo late", text=True))
        assert result.stdout == "late\n"
        stream = await run(handle.run("sleep 1.2; echo again", text=True, timeout=30))
        assert stream.stdout == "again\n"
        await run(handle.delete())
    finally:
        await run(quiet.close() if hasattr(quiet, "close") else quiet.aclose())


async def test_check_raises_with_the_whole_result(vm) -> None:
    with pytest.raises(ExecError) as caught:
        await run(vm.run("echo out; echo err >&2; exit 5", check=True))
    err = caught.value
    assert err.returncode == 5 and err.stdout == b"out\n" and err.stderr == b"err\n"
    assert err.result.returncode == 5
    ok = await run(vm.run("true", check=True))
    assert ok.returncode == 0


async def test_start_failure_is_a_typed_error(vm) -> None:
    with pytest.raises(RemoteCommandError) as caught:
        await run(vm.run(["definitely-not-a-command"]))
    assert caught.value.exit_code == 127
    assert "executable file not found" in caught.value.message


async def test_buffered(vm) -> None:
    result = await run(vm.exec_buffered("echo out; echo err >&2; exit 4"))
    assert (result.exit_code, result.stdout, result.stderr) == (4, b"out\n", b"err\n")
    binary = await run(vm.exec_buffered(["head", "-c", "3", "/dev/zero"], shell=False))
    assert binary.stdout == b"\0\0\0"


async def test_paused_vm_and_unknown_vm(client, vm) -> None:
    await run(vm.pause())
    try:
        with pytest.raises(ConflictError):
            await run(vm.run("true"))
        with pytest.raises(ConflictError):
            await run(vm.run(["cat"], input=b"x"))
        with pytest.raises(ConflictError):
            await run(vm.bg.start("true"))
    finally:
        await run(vm.resume())
    ghost = client.vm("sbox-987654")
    with pytest.raises(NotFoundError):
        await run(ghost.run("true"))
    with pytest.raises(NotFoundError):
        await run(ghost.popen(["cat"]))
    with pytest.raises(NotFoundError):
        await run(ghost.exec_buffered("true"))


async def test_bad_parameters_rejected_before_any_request(client) -> None:
    ghost = client.vm("never-contacted")
    with pytest.raises(ValueError):
        await run(ghost.run(""))
    with pytest.raises(ValueError):
        await run(ghost.run(["echo"], env=["NOEQUALS"]))
    with pytest.raises(ValueError):
        await run(ghost.run(["echo"], uid=-1))
    with pytest.raises(ValueError):
        await run(ghost.run(["echo"], timeout=0))
    with pytest.raises(ValueError):
        ghost.exec_stream("echo", stdio="utf16")
    with pytest.raises(ValueError):
        await run(ghost.bg.start("sleep 1", ring_bytes=0))
    with pytest.raises(TypeError):
        await run(ghost.run(["echo"], input=12345))


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rsplit(")", 1)[1].split()[0]


def _settled_state(pid: int, wanted: set[str]) -> str:
    """The process state once a signal has been delivered (the kernel does it async)."""
    for _ in range(200):
        state = _state(pid)
        if state in wanted:
            return state
        time.sleep(0.01)
    return state


async def test_pause_stops_exec_processes(vm) -> None:
    job = await run(vm.bg.start(["sleep", "30"]))
    proc = await run(vm.popen(["cat"]))
    try:
        await run(vm.pause())
        assert _settled_state(job.pid, {"T"}) == "T"
        assert _settled_state(proc.pid, {"T"}) == "T"
        await run(vm.resume())
        assert _settled_state(job.pid, {"S", "R"}) in ("S", "R")
        assert _settled_state(proc.pid, {"S", "R"}) in ("S", "R")
        await run(proc.stdin.write(b"still alive\n"))
        assert await run(proc.stdout.readline()) == b"still alive\n"
    finally:
        await run(proc.kill())
        await run(job.kill(signal="KILL"))
        await run(job.wait(timeout=10))
