"""The Starlette application: routes, JSON errors, auth middleware."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.applications import Starlette
from starlette.middleware import Middleware

from slicer.local.auth import AuthMiddleware
from slicer.local.daemon import Daemon
from slicer.local.errors import CatchAllMiddleware, exception_handlers
from slicer.local.routes import build_routes

__all__ = ["build_app"]


def build_app(daemon: Daemon, *, token: str | None, extra_hosts: Iterable[str] = ()) -> Starlette:
    """The ASGI app for ``daemon``. ``token`` None disables auth (unix socket default)."""
    app = Starlette(
        routes=build_routes(daemon),
        middleware=[
            Middleware(CatchAllMiddleware),
            Middleware(AuthMiddleware, token=token, extra_hosts=tuple(extra_hosts)),
        ],
        exception_handlers=exception_handlers(),
    )
    app.router.redirect_slashes = False  # /nodes/ is not /nodes, and never a redirect
    app.state.daemon = daemon
    return app
