# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``client.commits``: cold fork — commit a stopped VM, fork new VMs from the commit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from slicer_api.api.commits import commit_vm, delete_commit, fork_commit, list_commits
from slicer_api.models import CommitVMRequest, ForkCommitRequest
from slicer_api.types import UNSET

from slicer._core.models import (
    CommitInfo,
    CommitResult,
    DeleteCommitResult,
    ForkResult,
    NetworkPolicy,
)
from slicer._core.requests import (
    FORK_WAIT_VALUES,
    check_choice,
    check_commit_id,
    check_name,
    commit_body,
    fork_body,
    go_duration,
    tags_list,
)
from slicer._http_common import long_poll_timeout
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import json_of, opt
from slicer._sync.vm import VM

__all__ = ["Commits"]

_DEFAULT_FORK_WAIT = 300.0


class Commits:
    """Commits are disk snapshots of stopped, persistent VMs; forks are new VMs made from
    them."""

    def __init__(self, http: SyncHTTP) -> None:
        self._http = http

    def commit(
        self,
        vm: VM | str,
        *,
        tags: Iterable[str] | None = None,
        labels: Mapping[str, str] | None = None,
        cache_key: str | None = None,
    ) -> CommitResult:
        """Commit a stopped, persistent VM (by handle or hostname)."""
        hostname = vm.hostname if isinstance(vm, VM) else check_name("hostname", vm)
        body = commit_body(tags=tags, labels=labels, cache_key=cache_key)
        response = self._http.call(
            commit_vm.sync_detailed,
            hostname,
            body=UNSET if body is None else CommitVMRequest.from_dict(body),
        )
        return CommitResult.from_wire(json_of(response, "commit"))

    def list(
        self,
        *,
        tags: Iterable[str] | None = None,
        cache_key: str | None = None,
        source: str | None = None,
        mode: str | None = None,
    ) -> list[CommitInfo]:
        """Commits, filtered by tags (all must match), cache key, source VM or mode."""
        tag_values = [t.strip() for t in tags_list("tags", tags) or [] if t.strip()]
        response = self._http.call(
            list_commits.sync_detailed,
            tag=tag_values or UNSET,
            cache_key=opt(cache_key.strip() if cache_key and cache_key.strip() else None),
            source=opt(source.strip() if source and source.strip() else None),
            mode=opt(mode.strip() if mode and mode.strip() else None),
            idempotent=True,
        )
        data = json_of(response, "commits")
        items = data if isinstance(data, list) else []
        return [CommitInfo.from_wire(item) for item in items if isinstance(item, dict)]

    def delete(self, commit_id: str) -> DeleteCommitResult:
        """Delete a commit (the daemon refuses while its source VM exists)."""
        response = self._http.call(delete_commit.sync_detailed, check_commit_id(commit_id))
        return DeleteCommitResult.from_wire(json_of(response, "delete commit"))

    def fork(
        self,
        commit_id: str,
        *,
        wait: str = "agent",
        timeout: float | None = None,
        network: NetworkPolicy | Mapping[str, Any] | None = None,
        tags: Iterable[str] | None = None,
        replace_tags: bool = False,
        secrets: Iterable[str] | None = None,
        persistent: bool | None = None,
        fixups: Iterable[str] | None = None,
        vcpu: int | None = None,
        ram_bytes: int | None = None,
    ) -> ForkResult:
        """Start a new VM from a commit; ``ForkResult.hostname`` names it
        (``client.vm(result.hostname)`` gives its handle).

        Args:
            wait: ``"agent"`` (default: until the child's agent answers) or ``"none"``.
            timeout: server-side limit of that wait, in **seconds**.
            tags: appended to the inherited tags, or replacing them with ``replace_tags``.
            secrets: replaces the inherited secret grants (``[]`` removes them all).
            fixups: post-clone fix-ups (``hostname``, ``machine-id``, ``ssh-host-keys``);
                ``[]`` turns them all off, ``None`` keeps the daemon's default.
        """
        commit = check_commit_id(commit_id)
        check_choice("wait value", wait, FORK_WAIT_VALUES)
        timeout_text = go_duration("timeout", timeout)
        body = fork_body(
            network=network,
            tags=tags,
            tag_mode="replace" if replace_tags else None,
            secrets=secrets,
            persistent=persistent,
            fixups=fixups,
            vcpu=vcpu,
            ram_bytes=ram_bytes,
        )
        http_timeout = self._http.timeout
        if wait == "agent":
            http_timeout = long_poll_timeout(http_timeout, timeout or _DEFAULT_FORK_WAIT)
        response = self._http.call(
            fork_commit.sync_detailed,
            commit,
            body=UNSET if body is None else ForkCommitRequest.from_dict(body),
            wait=wait,
            timeout=opt(timeout_text),
            http_timeout=http_timeout,
        )
        return ForkResult.from_wire(json_of(response, "fork"))
