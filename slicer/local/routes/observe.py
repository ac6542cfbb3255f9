"""Read-only VM views: logs, agent health, stats."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.daemon import Daemon
from slicer.local.decode import Query
from slicer.local.routes.base import empty, json, param
from slicer.local.stats import vm_stats
from slicer.local.version import AGENT_VERSION

__all__ = ["ObserveRoutes", "tail"]

#: Lines returned when ``lines`` is absent; ``lines=0`` returns everything.
DEFAULT_LINES = 20


def tail(path: Path, lines: int) -> str:
    """The last ``lines`` lines of a text file (all of it when ``lines`` is 0)."""
    try:
        text = path.read_bytes().decode("utf-8", "replace")
    except FileNotFoundError:
        return ""
    if lines == 0:
        return text
    return "".join(text.splitlines(keepends=True)[-lines:])


class ObserveRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def logs(self, request: Request) -> Response:
        vm = self.d.vms.get(param(request, "hostname"))
        lines = Query(request).integer("lines")
        if lines is None:
            lines = DEFAULT_LINES
        content = tail(vm.console_log, lines)
        return json({"hostname": vm.hostname, "lines": lines, "content": content})

    def health(self, request: Request) -> Response:
        vm = self.d.vms.require_running(param(request, "hostname"))
        uptime = vm.uptime_ns()
        done = vm.userdata_done.is_set()
        return json(
            {
                "hostname": vm.hostname,
                "agent_uptime": uptime,
                "agent_version": AGENT_VERSION,
                "system_uptime": uptime,
                "userdata_ran": vm.userdata_ran and done,
                "userdata_exit_code": vm.userdata_exit_code if done else None,
                "ip": vm.ip_address,
            }
        )

    def health_head(self, request: Request) -> Response:
        self.d.vms.require_running(param(request, "hostname"))
        return empty(200)

    def stats_all(self, _request: Request) -> Response:
        return json(vm_stats(self.d.vms.select()))

    def stats_one(self, request: Request) -> Response:
        return json(vm_stats([self.d.vms.get(param(request, "hostname"))]))
