"""Cold fork: commit a stopped persistent VM, list, fork, delete."""

from __future__ import annotations

import pytest

from slicer import CommitResult, ConflictError, ForkResult
from tests.conftest import run

pytestmark = pytest.mark.anyio


async def test_commit_fork_delete(client) -> None:
    vm = await run(
        client.create_vm(persistent=True, userdata="echo data > file.txt", wait="userdata")
    )
    forked = None
    try:
        with pytest.raises(ConflictError):
            await run(client.commits.commit(vm))
        await run(vm.shutdown(action="shutdown"))
        result = await run(
            client.commits.commit(vm, tags=["ci"], labels={"k": "v"}, cache_key=" cache-v1 ")
        )
        assert isinstance(result, CommitResult)
        assert result.commit_id and result.hostname == vm.hostname
        assert result.cache_key == "cache-v1"
        listed = await run(client.commits.list(tags=["ci"]))
        assert result.commit_id in {c.commit_id for c in listed}
        by_key = await run(client.commits.list(cache_key="cache-v1"))
        assert [c.commit_id for c in by_key] == [result.commit_id]
        assert by_key[0].source_hostname == vm.hostname
        assert by_key[0].labels == {"k": "v"}

        fork = await run(client.commits.fork(result.commit_id, tags=["child"], timeout=30))
        assert isinstance(fork, ForkResult)
        assert fork.hostname != vm.hostname
        forked = client.vm(fork.hostname)
        child = await run(forked.describe())
        assert child.parent_commit_id == result.commit_id
        assert "child" in child.tags

        with pytest.raises(ConflictError):
            await run(client.commits.delete(result.commit_id))
    finally:
        if forked is not None:
            await run(forked.delete())
        await run(vm.delete())
    deleted = await run(client.commits.delete(result.commit_id))
    assert deleted.commit_id == result.commit_id


async def test_bad_commit_id_is_rejected_before_any_request(client) -> None:
    for bad in ("", "../commit", "commit/child", "commit\\child"):
        with pytest.raises(ValueError):
            await run(client.commits.delete(bad))
