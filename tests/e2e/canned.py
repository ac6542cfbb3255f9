"""A tiny HTTP server on a UNIX socket that answers every request with a canned response —
another daemon's (or a hostile agent's) way of speaking the protocol, not a model of
slicer.local."""

from __future__ import annotations

import os
import tempfile
import threading
import time

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

__all__ = ["CannedServer"]


class CannedServer:
    """Set ``body``, ``media_type`` and ``headers``; every request gets them with 200."""

    def __init__(self) -> None:
        self.body = b""
        self.media_type = "application/octet-stream"
        self.headers: dict[str, str] = {}
        self.directory = tempfile.mkdtemp(prefix="canned-")
        self.socket = os.path.join(self.directory, "peer.sock")

        async def answer(request: Request) -> Response:
            return Response(self.body, media_type=self.media_type, headers=self.headers)

        app = Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST"])])
        self.server = uvicorn.Server(uvicorn.Config(app, uds=self.socket, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> CannedServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("canned server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
