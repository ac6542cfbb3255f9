"""``/secrets`` routes (PROTOCOL §3.5)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.daemon import Daemon
from slicer.local.decode import read_json_object
from slicer.local.routes.base import json, param, run_sync

__all__ = ["SecretRoutes"]


class SecretRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def list_secrets(self, _request: Request) -> Response:
        return json(self.d.secrets.list_all())

    async def create(self, request: Request) -> Response:
        body = await read_json_object(request)
        return json(await run_sync(self.d.secrets.create, body), 201)

    async def update(self, request: Request) -> Response:
        name = param(request, "name")
        body = await read_json_object(request, allow_empty=True)
        return json(await run_sync(self.d.secrets.update, name, body))

    def delete(self, request: Request) -> Response:
        name = param(request, "name")
        self.d.secrets.delete(name)
        return json({"message": f"secret {name} deleted"})
