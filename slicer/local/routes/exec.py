"""Routes of exec: ``/vm/{h}/exec`` (a plain ASGI endpoint, for full duplex) and the
background-exec resources under it."""

from __future__ import annotations

import json as jsonlib
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from slicer.local.daemon import Daemon
from slicer.local.errors import ApiError, bad_request, error_response
from slicer.local.execs.background import DEFAULT_WAIT_SECONDS, MAX_WAIT_SECONDS, BackgroundExecs
from slicer.local.execs.command import parse_exec_query
from slicer.local.execs.foreground import run_buffered, stream_exec
from slicer.local.routes.base import json, param, route, run_sync

__all__ = ["ExecRoutes"]


def _int_param(request: Request, name: str, default: int, minimum: int, maximum: int) -> int:
    value = request.query_params.get(name)
    if value in (None, ""):
        return default
    if not value.isdigit() or not minimum <= int(value) <= maximum:
        raise bad_request(f"{name} must be an integer from {minimum} to {maximum}, got {value!r}")
    return int(value)


def _bool_param(request: Request, name: str) -> bool:
    value = (request.query_params.get(name) or "false").lower()
    if value not in ("true", "false", "1", "0"):
        raise bad_request(f"{name} must be true or false, got {value!r}")
    return value in ("true", "1")


class _ExecEndpoint:
    """``GET`` lists background execs; ``POST`` runs a command (stream, buffered or
    background). A plain ASGI app so the streaming path owns ``receive``."""

    def __init__(self, routes: ExecRoutes) -> None:
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        try:
            response = await self.routes.dispatch(request, receive, send)
        except ApiError as exc:
            response = error_response(exc.status, exc.message, exc.code, exc.headers)
        if response is not None:
            await response(scope, receive, send)


class ExecRoutes:
    """Handlers bound to one daemon."""

    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon
        self.bg = BackgroundExecs()

    def routes(self, vm: str) -> list[Route]:
        return [
            Route(f"{vm}/exec", _ExecEndpoint(self), methods=["GET", "HEAD", "POST"]),
            route(f"{vm}/exec/{{exec_id}}", GET=self.info, DELETE=self.delete),
            route(f"{vm}/exec/{{exec_id}}/logs", GET=self.logs),
            route(f"{vm}/exec/{{exec_id}}/kill", POST=self.kill),
            route(f"{vm}/exec/{{exec_id}}/wait-exit", GET=self.wait_exit),
        ]

    async def dispatch(self, request: Request, receive: Receive, send: Send) -> Response | None:
        hostname = param(request, "hostname")
        if request.method in ("GET", "HEAD"):
            await run_sync(self.d.vms.get, hostname)
            return json(self.bg.list(hostname))
        vm = await run_sync(self.d.vms.require_running, hostname)
        command = parse_exec_query(request.query_params)
        if command.background:
            self.bg.prune(self.d.vms.exists)
            return json(await self.bg.start(vm, command), status=201)
        if command.buffered:
            return JSONResponse(await run_buffered(vm, command))
        await stream_exec(vm, command, receive, send)
        return None

    async def _entry(self, request: Request) -> Any:
        hostname = param(request, "hostname")
        await run_sync(self.d.vms.get, hostname)
        return self.bg.get(hostname, param(request, "exec_id"))

    async def info(self, request: Request) -> Response:
        return json((await self._entry(request)).info())

    async def delete(self, request: Request) -> Response:
        return json(self.bg.delete(await self._entry(request)))

    async def logs(self, request: Request) -> Response:
        entry = await self._entry(request)
        follow = _bool_param(request, "follow")
        from_id = _int_param(request, "from_id", 0, 0, 2**63 - 1)
        return StreamingResponse(
            self.bg.logs(entry, follow, from_id), media_type="application/x-ndjson"
        )

    async def kill(self, request: Request) -> Response:
        entry = await self._entry(request)
        raw = await request.body()
        body: dict[str, Any] = {}
        if raw.strip():
            try:
                body = jsonlib.loads(raw)
            except ValueError:
                raise bad_request("kill body is not valid JSON") from None
            if not isinstance(body, dict):
                raise bad_request("kill body must be a JSON object")
        sig = body.get("signal", "")
        grace = body.get("grace_ms")
        if not isinstance(sig, str) or (
            grace is not None and (isinstance(grace, bool) or not isinstance(grace, int))
        ):
            raise bad_request("signal must be a string and grace_ms an integer")
        return json(await self.bg.kill(entry, sig, grace))

    async def wait_exit(self, request: Request) -> Response:
        entry = await self._entry(request)
        timeout = _int_param(request, "timeout", DEFAULT_WAIT_SECONDS, 0, MAX_WAIT_SECONDS)
        return json(await self.bg.wait_exit(entry, timeout))
