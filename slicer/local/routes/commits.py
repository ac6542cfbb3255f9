"""Commit, list/delete commits and fork (PROTOCOL §5.6)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.commits import validate_commit_id
from slicer.local.daemon import Daemon
from slicer.local.decode import Query, read_json_object
from slicer.local.fork import fork, fork_response
from slicer.local.routes.base import json, param, run_sync

__all__ = ["CommitRoutes"]


class CommitRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    async def commit(self, request: Request) -> Response:
        hostname = param(request, "hostname")
        body = await read_json_object(request, allow_empty=True)

        def work() -> dict[str, Any]:
            vm = self.d.vms.get(hostname)
            result = self.d.commits.commit(vm, body)
            with self.d.lock:
                self.d.vms.save()  # the VM's commit_id changed
            return result

        return json(await run_sync(work))

    def list_commits(self, request: Request) -> Response:
        q = Query(request)
        tags = [t.strip() for t in q.values("tag") if t.strip()]
        items = self.d.commits.find(
            tags,
            (q.string("cache_key") or "").strip(),
            (q.string("source") or "").strip(),
            (q.string("mode") or "").strip(),
        )
        return json(items)

    def delete(self, request: Request) -> Response:
        commit_id = validate_commit_id(param(request, "commit_id"))
        rec = self.d.commits.get(commit_id)
        exists = self.d.vms.exists(rec["source_hostname"])
        return json(self.d.commits.delete(commit_id, exists))

    async def fork(self, request: Request) -> Response:
        commit_id = validate_commit_id(param(request, "commit_id"))
        await run_sync(self.d.commits.get, commit_id)  # 404 before looking at the body
        q = Query(request)
        wait = q.choice("wait", ("agent", "none")) or "agent"
        q.duration("timeout")  # validated; a local child is ready at once
        body = await read_json_object(request, allow_empty=True)
        child, rec = await run_sync(fork, self.d.vms, self.d.commits, commit_id, body)
        return json(fork_response(self.d.vms, child, rec, waited=wait == "agent"))
