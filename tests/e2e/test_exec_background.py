"""Background execs: follow, gaps after ring overflow, reattach, kill, wait, delete, budget."""

from __future__ import annotations

import pytest

from slicer import (
    BackgroundExecInfo,
    ConflictError,
    ExecTimeoutError,
    Exit,
    Gap,
    GoneError,
    ServiceUnavailableError,
    Started,
    Stdout,
)
from tests.conftest import run

pytestmark = pytest.mark.anyio


async def collect(stream) -> list:
    if hasattr(stream, "__aenter__"):
        async with stream as s:
            return [frame async for frame in s]
    with stream as s:
        return list(s)


async def test_logs_follow_until_exit(vm) -> None:
    job = await run(vm.bg.start("for i in 1 2 3 4 5; do echo line$i; sleep 0.05; done"))
    assert job.exec_id.startswith("ex_") and job.pid
    frames = await collect(job.logs(follow=True))
    assert isinstance(frames[0], Started)
    assert isinstance(frames[-1], Exit) and frames[-1].exit_code == 0
    text = b"".join(f.data for f in frames if isinstance(f, Stdout))
    assert text == b"".join(b"line%d\n" % i for i in range(1, 6))
    ids = [f.id for f in frames]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    # Replay from a frame id.
    tail = await collect(job.logs(from_id=ids[-2]))
    assert [f.id for f in tail] == ids[-2:]
    await run(job.delete())


async def test_gap_after_ring_overflow(vm) -> None:
    # 30 bursts of 100 lines: many chunks, so whole frames are evicted from the ring.
    script = (
        "for b in $(seq 0 29); do for i in $(seq 1 100); do echo line-$((b*100+i)); done; "
        "sleep 0.01; done"
    )
    job = await run(vm.bg.start(script, ring_bytes=4096))
    assert await run(job.wait(timeout=30)) == 0
    frames = await collect(job.logs())
    gap = frames[0]
    assert isinstance(gap, Gap)
    assert gap.dropped_frames > 0 and gap.dropped_bytes > 0
    info = await run(job.info())
    assert isinstance(info, BackgroundExecInfo)
    assert info.bytes_dropped == gap.dropped_bytes
    assert info.bytes_written == sum(len(f"line-{i}\n") for i in range(1, 3001))
    kept = b"".join(f.data for f in frames if isinstance(f, Stdout))
    assert kept.endswith(b"line-3000\n") and len(kept) <= 4096
    assert isinstance(frames[-1], Exit)
    await run(job.delete())


async def test_reattach_from_a_new_client(daemon, vm) -> None:
    job = await run(vm.bg.start("sleep 0.5; echo finished"))
    with daemon.client() as other:  # a different client, as another process would be
        again = other.vm(vm.hostname).bg.get(job.exec_id)
        listed = other.vm(vm.hostname).bg.list()
        assert job.exec_id in {item.exec_id for item in listed}
        assert again.wait(timeout=10) == 0
        frames = list(again.logs())
        assert b"finished\n" in b"".join(f.data for f in frames if isinstance(f, Stdout))
        again.delete()
    with pytest.raises(GoneError):
        await run(job.info())
    with pytest.raises(GoneError):
        await collect(job.logs())


async def test_kill_wait_timeout_and_delete(vm) -> None:
    job = await run(vm.bg.start("sleep 30"))
    with pytest.raises(ExecTimeoutError):
        await run(job.wait(timeout=1))
    with pytest.raises(ConflictError):
        await run(job.delete())
    killed = await run(job.kill())
    assert killed.signal_sent == "TERM"
    assert await run(job.wait(timeout=10)) == 143
    info = await run(job.info())
    assert info.running is False and info.signal == "SIGTERM"
    await run(job.delete())
    with pytest.raises(GoneError):
        await run(job.kill())


async def test_term_escalates_to_kill_after_grace(vm) -> None:
    job = await run(vm.bg.start("trap '' TERM; echo ready; sleep 30"))
    frames = await collect(job.logs())
    while not any(isinstance(f, Stdout) for f in frames):
        frames = await collect(job.logs())
    await run(job.kill(signal="TERM", grace=0.5))
    assert await run(job.wait(timeout=15)) == 137
    assert (await run(job.info())).signal == "SIGKILL"
    await run(job.delete())


async def test_ring_budget_gives_503(vm) -> None:
    big = await run(vm.bg.start("sleep 0.1", ring_bytes=200 * 1024 * 1024))
    with pytest.raises(ServiceUnavailableError):
        await run(vm.bg.start("sleep 0.1", ring_bytes=100 * 1024 * 1024))
    await run(big.wait(timeout=10))
    await run(big.delete())
    other = await run(vm.bg.start("true", ring_bytes=100 * 1024 * 1024))
    await run(other.wait(timeout=10))
    await run(other.delete())


async def test_background_start_failure(vm) -> None:
    from slicer import BadRequestError

    with pytest.raises(BadRequestError, match="executable file not found"):
        await run(vm.bg.start(["no-such-program-xyz"]))
