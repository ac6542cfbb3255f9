"""``/proxy/v1/*`` admin routes (PROTOCOL §3.14): exact 201/200/204 statuses."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.daemon import Daemon
from slicer.local.decode import read_json_object
from slicer.local.routes.base import empty, json, param, run_sync

__all__ = ["ProxyRoutes"]


class ProxyRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.p = daemon.proxy

    async def create_client(self, request: Request) -> Response:
        body = await read_json_object(request)
        return json(await run_sync(self.p.create_client, body), 201)

    def list_clients(self, _request: Request) -> Response:
        return json(self.p.list_clients())

    def list_rules(self, request: Request) -> Response:
        return json(self.p.list_rules(param(request, "client")))

    def delete_client(self, request: Request) -> Response:
        self.p.delete_client(param(request, "client"))
        return empty(204)

    async def create_secret(self, request: Request) -> Response:
        body = await read_json_object(request)
        return json(await run_sync(self.p.create_secret, body), 201)

    def list_secrets(self, _request: Request) -> Response:
        return json(self.p.list_secrets())

    def delete_secret(self, request: Request) -> Response:
        self.p.delete_secret(param(request, "name"))
        return empty(204)

    async def add_allow(self, request: Request) -> Response:
        body = await read_json_object(request)
        return json(await run_sync(self.p.add_allow, body), 201)

    def remove_allow(self, request: Request) -> Response:
        self.p.remove_host(param(request, "client"), param(request, "host"))
        return empty(204)

    async def revoke(self, request: Request) -> Response:
        body = await read_json_object(request)
        await run_sync(self.p.revoke, body)
        return empty(204)
