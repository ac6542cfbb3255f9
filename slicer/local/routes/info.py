"""``/healthz``, ``/info`` and ``/hostgroup``."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.config import host_arch, host_platform
from slicer.local.daemon import Daemon
from slicer.local.routes.base import json
from slicer.local.version import VERSION

__all__ = ["InfoRoutes"]


class InfoRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    async def healthz(self, _request: Request) -> Response:
        return json({"status": "ok"})

    async def info(self, _request: Request) -> Response:
        return json({"version": VERSION, "platform": host_platform(), "arch": host_arch()})

    async def host_groups(self, _request: Request) -> Response:
        return json([g.to_json() for g in self.d.config.host_groups])
