"""Routes of files and fs: ``/vm/{h}/cp``, ``/fs/readdir|stat|mkdir|remove`` and
``/fs/watch``. The logic lives in :mod:`slicer.local.files`."""

from __future__ import annotations

import json as jsonlib

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from slicer.local.daemon import Daemon
from slicer.local.errors import bad_request
from slicer.local.files import fsops
from slicer.local.files.copy import CopyService
from slicer.local.files.params import boolean, required
from slicer.local.files.watch import WatchSession, parse_watch
from slicer.local.routes.base import json, param, run_sync
from slicer.local.vmfs import VMPaths

__all__ = ["FileRoutes"]


class FileRoutes:
    """Handlers bound to one daemon."""

    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon
        self.copy = CopyService(daemon)

    def _paths(self, request: Request) -> VMPaths:
        return VMPaths(self.d.vms.require_running(param(request, "hostname")).root_dir)

    # -- /cp -----------------------------------------------------------------------------
    def download(self, request: Request) -> Response:
        return self.copy.download(param(request, "hostname"), request.query_params)

    async def upload(self, request: Request) -> Response:
        plan = await run_sync(
            self.copy.plan_upload,
            param(request, "hostname"),
            request.query_params,
            request.headers,
        )
        await self.copy.receive(request, plan)
        return Response(status_code=200)

    # -- /fs -----------------------------------------------------------------------------
    def read_dir(self, request: Request) -> Response:
        vm_path = required(request.query_params, "path")
        return json(fsops.read_dir(self._paths(request), vm_path))

    def stat(self, request: Request) -> Response:
        vm_path = required(request.query_params, "path")
        return json(fsops.stat_path(self._paths(request), vm_path))

    async def mkdir(self, request: Request) -> Response:
        raw = await request.body()
        try:
            body = jsonlib.loads(raw) if raw else None
        except ValueError:
            raise bad_request("body must be JSON") from None
        paths = await run_sync(self._paths, request)
        await run_sync(fsops.make_dir, paths, body)
        return json({"ok": True})

    def remove(self, request: Request) -> Response:
        q = request.query_params
        vm_path = required(q, "path")
        fsops.remove_path(self._paths(request), vm_path, boolean(q, "recursive"))
        return json({"ok": True})

    # -- /fs/watch -----------------------------------------------------------------------
    async def watch(self, request: Request) -> Response:
        paths = await run_sync(self._paths, request)
        spec = await run_sync(parse_watch, request.query_params, request.headers, paths)
        session = WatchSession(spec, paths, heartbeat=self.d.config.watch_heartbeat_seconds)
        await run_sync(session.start)
        return StreamingResponse(
            session.stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
