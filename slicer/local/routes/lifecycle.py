"""Lifecycle POSTs: relaunch, shutdown, pause, resume, suspend, restore."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.daemon import Daemon
from slicer.local.decode import Query
from slicer.local.errors import not_implemented
from slicer.local.routes.base import json, param, text

__all__ = ["LifecycleRoutes"]


class LifecycleRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def relaunch(self, request: Request) -> Response:
        vm = self.d.lifecycle.relaunch(param(request, "hostname"))
        return json(vm.to_created())

    def shutdown(self, request: Request) -> Response:
        """``action=reboot`` (default) or ``shutdown``: both stop the VM, as on Firecracker."""
        hostname = self.d.vms.get(param(request, "hostname")).hostname
        action = Query(request).choice("action", ("reboot", "shutdown")) or "reboot"
        deleted = self.d.lifecycle.stop(hostname)
        outcome = "stopped and deleted (ephemeral)" if deleted else "stopped"
        return text(f"vm {hostname} {outcome} ({action})")

    def pause(self, request: Request) -> Response:
        vm = self.d.lifecycle.pause(param(request, "hostname"))
        return text(f"vm {vm.hostname} paused")

    def resume(self, request: Request) -> Response:
        vm = self.d.lifecycle.resume(param(request, "hostname"))
        return text(f"vm {vm.hostname} resumed")

    def suspend(self, request: Request) -> Response:
        self.d.vms.get(param(request, "hostname"))
        raise not_implemented("suspend is not supported by slicer-local")

    def restore(self, request: Request) -> Response:
        self.d.vms.get(param(request, "hostname"))
        raise not_implemented("restore is not supported by slicer-local")
