"""Daemon-level calls: info, healthz, host groups, VM listing with filters."""

from __future__ import annotations

import pytest

from slicer import HostGroup, Info, VMInfo
from tests.conftest import run

pytestmark = pytest.mark.anyio


async def test_get_info_reports_platform(client) -> None:
    info = await run(client.get_info())
    assert isinstance(info, Info)
    assert info.version
    assert info.platform == "linux"
    assert info.arch in ("amd64", "arm64")


async def test_healthz(client) -> None:
    assert await run(client.healthz()) is True


async def test_default_host_group(client) -> None:
    groups = await run(client.list_host_groups())
    assert [g.name for g in groups] == ["sbox"]
    group = groups[0]
    assert isinstance(group, HostGroup)
    assert group.cpus == 2
    assert group.ram_bytes == 4 * 1024**3
    assert group.count == 0


async def test_list_vms_filters_by_tag_prefix_and_group(client) -> None:
    a = await run(client.create_vm(tags=["team=red", "e2e-filter"]))
    b = await run(client.create_vm(tags=["team=blue"]))
    try:
        by_tag = await run(client.list_vms(tag="team=red"))
        assert [v.hostname for v in by_tag] == [a.hostname]
        by_prefix = {v.hostname for v in await run(client.list_vms(tag_prefix="team="))}
        assert by_prefix == {a.hostname, b.hostname}
        in_group = await run(client.list_vms(group="sbox", tag="team=blue"))
        assert [v.hostname for v in in_group] == [b.hostname]
        assert all(isinstance(v, VMInfo) for v in in_group)
        everything = {v.hostname for v in await run(client.list_vms())}
        assert {a.hostname, b.hostname} <= everything
        assert await run(client.list_vms(tag="no-such-tag")) == []
    finally:
        await run(a.delete())
        await run(b.delete())


async def test_vm_handle_makes_no_request(client) -> None:
    vm = client.vm("does-not-exist-1")
    assert vm.hostname == "does-not-exist-1"
    assert vm.group is None
