"""Listener setup (unix socket or TCP), token policy, and the uvicorn runner.

Closed by default: a unix socket (mode 0600) in a private 0700 directory. TCP needs a
bearer token unless ``insecure`` is set on a loopback address.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import secrets
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from starlette.applications import Starlette

from slicer.local.app import build_app
from slicer.local.config import DaemonConfig
from slicer.local.daemon import Daemon
from slicer.local.store import atomic_write, private_dir

__all__ = ["DaemonServer", "ServeOptions", "SetupError", "is_loopback", "prepare"]

_MAX_UNIX_PATH = 100  # sun_path is 108 bytes on Linux, 104 on macOS


class SetupError(RuntimeError):
    """The requested listener/token combination is not allowed or cannot be set up."""


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class ServeOptions:
    """Everything ``serve`` needs. ``host``/``port`` set means TCP (``port`` 0 = any free)."""

    config: DaemonConfig = field(default_factory=DaemonConfig)
    state_dir: Path | None = None
    socket_path: Path | None = None
    host: str | None = None
    port: int | None = None
    token: str | None = None
    token_file: Path | None = None
    insecure: bool = False

    @property
    def tcp(self) -> bool:
        return self.host is not None or self.port is not None


@dataclass
class Listener:
    sock: socket.socket
    base_url: str
    socket_path: Path | None = None
    host: str | None = None
    port: int | None = None
    #: a directory created only to hold the socket, removed on close.
    socket_dir: Path | None = None

    def close(self) -> None:
        self.sock.close()
        if self.socket_path is not None:
            with contextlib.suppress(OSError):
                self.socket_path.unlink()
        if self.socket_dir is not None:
            shutil.rmtree(self.socket_dir, ignore_errors=True)


def _unlink_stale(path: Path) -> None:
    if not path.exists() and not path.is_symlink():
        return
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except OSError:
        path.unlink()  # nobody listening: a leftover
        return
    finally:
        probe.close()
    raise SetupError(f"another server is already listening on {path}")


def bind_unix(path: Path | None, state_dir: Path) -> Listener:
    """Bind a unix socket with mode 0600 (default: ``<state_dir>/api.sock``)."""
    socket_dir = None
    if path is None:
        path = state_dir / "api.sock"
        if len(str(path)) > _MAX_UNIX_PATH:
            socket_dir = Path(tempfile.mkdtemp(prefix="slicer-"))
            path = socket_dir / "api.sock"
    else:
        path = path.expanduser().absolute()
        if not path.parent.exists():
            private_dir(path.parent)
    if len(str(path)) > _MAX_UNIX_PATH:
        raise SetupError(f"socket path is too long for a unix socket: {path}")
    _unlink_stale(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(path))
        os.chmod(path, 0o600)  # before listen(): nobody can connect in between
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise SetupError(f"cannot listen on {path}: {exc.strerror or exc}") from None
    return Listener(sock, f"unix://{path}", socket_path=path, socket_dir=socket_dir)


def bind_tcp(host: str, port: int) -> Listener:
    """Bind a TCP socket on ``host:port`` (0 = pick a free port)."""
    bare = host.strip("[]")
    family = socket.AF_INET6 if ":" in bare else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((bare, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise SetupError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    bound = sock.getsockname()[1]
    shown = f"[{bare}]" if family == socket.AF_INET6 else bare
    return Listener(sock, f"http://{shown}:{bound}", host=bare, port=bound)


@dataclass
class Prepared:
    """A daemon whose state is loaded and whose socket is bound, ready to serve."""

    daemon: Daemon
    app: Starlette
    listener: Listener
    token: str | None
    token_path: Path | None
    state_dir: Path
    state_dir_created: bool

    def cleanup(self) -> None:
        """Release the listener and (if we created it) the state directory."""
        self.listener.close()
        if self.state_dir_created:
            shutil.rmtree(self.state_dir, ignore_errors=True)


def _resolve_token(opts: ServeOptions, state_dir: Path) -> tuple[str | None, Path | None]:
    if opts.token is not None and opts.token_file is not None:
        raise SetupError("give either a token or a token file, not both")
    if opts.token is not None:
        if not opts.token.strip():
            raise SetupError("the token must not be empty")
        return opts.token.strip(), None
    if opts.token_file is not None:
        path = opts.token_file.expanduser()
        try:
            token = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SetupError(f"cannot read token file {path}: {exc.strerror or exc}") from None
        if not token:
            raise SetupError(f"token file {path} is empty")
        return token, path
    if not opts.tcp or opts.insecure:
        return None, None
    path = state_dir / "token"
    with contextlib.suppress(FileNotFoundError, UnicodeDecodeError):
        existing = path.read_text(encoding="utf-8").strip()
        if existing:
            return existing, path
    token = secrets.token_urlsafe(32)
    atomic_write(path, token.encode("ascii") + b"\n", mode=0o600)
    return token, path


def prepare(opts: ServeOptions) -> Prepared:
    """Validate options, claim the state directory, load state and bind the listener."""
    host = opts.host if opts.host is not None else "127.0.0.1"
    if opts.tcp and opts.socket_path is not None:
        raise SetupError("choose a unix socket or a TCP host/port, not both")
    if opts.tcp and opts.insecure and not is_loopback(host):
        raise SetupError(f"--insecure is only allowed on a loopback address, not {host}")
    created = opts.state_dir is None
    state_dir = (
        Path(tempfile.mkdtemp(prefix="slicer-local-")).resolve()
        if opts.state_dir is None
        else private_dir(opts.state_dir.expanduser().absolute()).resolve()
    )
    listener: Listener | None = None
    daemon: Daemon | None = None
    try:
        token, token_path = _resolve_token(opts, state_dir)
        daemon = Daemon(opts.config, state_dir)
        daemon.open()
        if opts.tcp:
            listener = bind_tcp(host, opts.port or 0)
        else:
            listener = bind_unix(opts.socket_path, state_dir)
        app = build_app(daemon, token=token, extra_hosts=[host] if opts.tcp else [])
    except BaseException:
        if listener is not None:
            listener.close()
        if daemon is not None:
            daemon.close()
        if created:
            shutil.rmtree(state_dir, ignore_errors=True)
        raise
    return Prepared(daemon, app, listener, token, token_path, state_dir, created)


class DaemonServer(uvicorn.Server):
    """uvicorn server that stops the VMs before it drains connections."""

    def __init__(self, prepared: Prepared, on_started: Callable[[], None] | None = None) -> None:
        config = uvicorn.Config(
            prepared.app,
            log_config=None,
            access_log=False,
            lifespan="off",
            loop="asyncio",
            timeout_graceful_shutdown=3,
            server_header=False,
        )
        super().__init__(config)
        self.prepared = prepared
        self._on_started = on_started
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()
        if self._on_started is not None:
            self._on_started()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in getattr(self, "servers", []):
            server.close()  # stop accepting first
        await asyncio.to_thread(self.prepared.daemon.close)
        await super().shutdown(sockets)

    def serve_blocking(self) -> None:
        """Serve until told to exit (signals are handled only on the main thread)."""
        try:
            self.run(sockets=[self.prepared.listener.sock])
        finally:
            self.prepared.daemon.close()
