"""Data-plane routes not implemented yet: 404 for an unknown VM, else 501.

Later issues replace these handlers in :func:`slicer.local.routes.build_routes`
(exec, cp, fs, watch, forward, shell), one module each.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.daemon import Daemon
from slicer.local.errors import not_implemented
from slicer.local.routes.base import Handler, param

__all__ = ["NotImplementedRoutes"]


class NotImplementedRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def handler(self, feature: str) -> Handler:
        """A handler that checks the VM exists, then answers 501 for ``feature``."""

        def handle(request: Request) -> Response:
            self.d.vms.get(param(request, "hostname"))
            raise not_implemented(f"{feature} is not implemented by slicer-local yet")

        return handle
