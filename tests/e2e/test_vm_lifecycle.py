"""Per-VM operations on real local VMs: create, userdata, logs, health, stats, lifecycle."""

from __future__ import annotations

import os
import time

import pytest

from slicer import (
    AgentHealth,
    ConflictError,
    NotFoundError,
    NotImplementedByDaemonError,
    RequestTimeoutError,
    VMDescription,
    VMStats,
    gib,
)
from tests.conftest import run

pytestmark = pytest.mark.anyio


async def test_create_with_userdata_waits_and_logs(client) -> None:
    vm = await run(
        client.create_vm(
            userdata="echo hello-from-userdata; echo $((6*7)) > answer.txt",
            wait="userdata",
            timeout=60,
            tags=["e2e"],
        )
    )
    try:
        assert vm.hostname.startswith("sbox-")
        assert vm.group == "sbox"
        assert vm.ip and "/" not in vm.ip
        logs = await run(vm.logs(lines=0))
        assert "hello-from-userdata" in logs.content
        health = await run(vm.health(stats=True))
        assert isinstance(health, AgentHealth)
        assert health.userdata_ran is True
        assert health.userdata_exit_code == 0
        assert health.agent_uptime_ns > 0
        assert health.ip == vm.ip
        info = await run(vm.info())
        assert info.status == "Running"
        assert info.tags == ("e2e",)
    finally:
        await run(vm.delete())
    with pytest.raises(NotFoundError):
        await run(vm.info())


async def test_userdata_failure_exit_code_is_reported(client) -> None:
    vm = await run(client.create_vm(userdata="echo boom >&2; exit 3", wait="userdata"))
    try:
        health = await run(vm.health(stats=True))
        assert health.userdata_exit_code == 3
        assert "boom" in (await run(vm.logs(lines=0))).content
    finally:
        await run(vm.delete())


async def test_wait_timeout_gives_408_and_removes_vm(client) -> None:
    before = {v.hostname for v in await run(client.list_vms())}
    with pytest.raises(RequestTimeoutError) as caught:
        await run(client.create_vm(userdata="sleep 30", wait="userdata", timeout=1))
    assert caught.value.status_code == 408
    after = {v.hostname for v in await run(client.list_vms())}
    assert after == before


async def test_health_head_and_describe(client) -> None:
    vm = await run(client.create_vm(wait="agent"))
    try:
        quick = await run(vm.health())
        assert quick.detailed is False and quick.hostname == vm.hostname
        desc = await run(vm.describe())
        assert isinstance(desc, VMDescription)
        assert desc.hostname == vm.hostname
        assert desc.status == "Running"
    finally:
        await run(vm.delete())


async def test_stats_are_real_figures(client) -> None:
    vm = await run(client.create_vm())
    try:
        stats = await run(vm.stats())
        assert isinstance(stats, VMStats)
        assert stats.hostname == vm.hostname
        assert stats.snapshot is not None
        assert stats.snapshot.total_memory > 0
        assert stats.snapshot.disk_space_total > 0
        assert stats.snapshot.total_cpus >= 1
        every = await run(client.list_vm_stats())
        assert vm.hostname in {s.hostname for s in every}
    finally:
        await run(vm.delete())


def _proc_state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rsplit(")", 1)[1].split()[0]


async def test_pause_stops_processes_and_resume_continues_them(client, daemon) -> None:
    vm = await run(client.create_vm(userdata="echo $$ > pid; exec sleep 300", wait="agent"))
    try:
        pid_file = os.path.join(daemon.state_dir, "vms", vm.hostname, "root", "pid")
        deadline = time.monotonic() + 10
        while not os.path.exists(pid_file) and time.monotonic() < deadline:
            time.sleep(0.05)
        with open(pid_file) as handle:
            pid = int(handle.read())
        assert _proc_state(pid) in ("S", "R")
        await run(vm.pause())
        assert (await run(vm.info())).status == "Paused"
        for _ in range(200):  # SIGSTOP is delivered asynchronously
            if _proc_state(pid) == "T":
                break
            time.sleep(0.01)
        assert _proc_state(pid) == "T"
        with pytest.raises(ConflictError):
            await run(vm.health(stats=True))
        await run(vm.resume())
        assert (await run(vm.info())).status == "Running"
        for _ in range(200):
            if _proc_state(pid) in ("S", "R"):
                break
            time.sleep(0.01)
        assert _proc_state(pid) in ("S", "R")
    finally:
        await run(vm.delete())


async def test_suspend_and_restore_are_not_implemented(client) -> None:
    vm = await run(client.create_vm())
    try:
        with pytest.raises(NotImplementedByDaemonError) as caught:
            await run(vm.suspend())
        assert caught.value.status_code == 501
        with pytest.raises(NotImplementedByDaemonError):
            await run(vm.restore(wait="agent", timeout=5))
    finally:
        await run(vm.delete())


async def test_shutdown_persistent_then_relaunch(client) -> None:
    vm = await run(client.create_vm(persistent=True, cpus=1, ram_bytes=gib(1)))
    try:
        await run(vm.shutdown(action="shutdown"))
        assert (await run(vm.info())).status == "Stopped"
        relaunched = await run(vm.relaunch())
        assert relaunched.hostname == vm.hostname
        assert (await run(vm.info())).status == "Running"
        with pytest.raises(ConflictError):
            await run(vm.relaunch())
    finally:
        await run(vm.delete())


async def test_shutdown_ephemeral_removes_vm(client) -> None:
    vm = await run(client.create_vm())
    await run(vm.shutdown())
    with pytest.raises(NotFoundError):
        await run(vm.info())


async def test_context_manager_deletes_vm(client) -> None:
    vm = await run(client.create_vm())
    if hasattr(vm, "__aenter__"):
        async with vm as inside:
            assert (await run(inside.info())).status == "Running"
    else:
        with vm as inside:
            assert (await run(inside.info())).status == "Running"
    with pytest.raises(NotFoundError):
        await run(vm.info())


async def test_tags_add_remove_replace(client) -> None:
    vm = await run(client.create_vm(tags=["name=web", "a"]))
    try:
        assert set(await run(vm.get_tags())) == {"name=web", "a"}
        assert set(await run(vm.add_tags("b", "c"))) == {"name=web", "a", "b", "c"}
        assert set(await run(vm.remove_tags("a"))) == {"name=web", "b", "c"}
        assert set(await run(vm.update_tags(add=["d"], remove=["b"]))) == {"name=web", "c", "d"}
        assert set(await run(vm.replace_tags("x"))) == {"name=web", "x"}
        assert set(await run(vm.replace_tags())) == {"name=web"}
        listed = await run(client.list_vms(tag="name=web"))
        assert [v.hostname for v in listed] == [vm.hostname]
    finally:
        await run(vm.delete())


async def test_handle_without_group_can_delete(client) -> None:
    created = await run(client.create_vm())
    vm = client.vm(created.hostname)
    result = await run(vm.delete())
    assert result.disk_removed is True
    assert vm.group == "sbox"


async def test_limits_are_enforced_by_daemon(client) -> None:
    from slicer import BadRequestError

    with pytest.raises(BadRequestError):
        await run(client.create_vm(cpus=64))
