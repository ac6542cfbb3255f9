"""``LocalDaemon``: run slicer.local in-process (a thread) or as a subprocess, for tests.

::

    with LocalDaemon() as d:              # unix socket in a fresh private temp dir
        client = d.client()
    with LocalDaemon(port=0) as d:        # TCP on 127.0.0.1, random port, token required
        httpx.get(d.base_url + "/info", headers={"Authorization": f"Bearer {d.token}"})
    with LocalDaemon(in_process=False) as d:   # a real process: d.process.kill() works
        ...
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from slicer.local.config import DaemonConfig
from slicer.local.processes import kill_marked
from slicer.local.server import DaemonServer, Prepared, ServeOptions, prepare
from slicer.local.store import atomic_write, private_dir

if TYPE_CHECKING:
    from slicer import AsyncSlicerClient, SlicerClient

__all__ = ["LocalDaemon"]

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _last_resort(
    state_dir: str | None, process: subprocess.Popen[bytes] | None, remove: list[str]
) -> None:
    """At interpreter exit, for a daemon nobody closed: kill it and its VM processes."""
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()
    if state_dir is not None:
        kill_marked(state_dir)
    for path in remove:
        shutil.rmtree(path, ignore_errors=True)


class LocalDaemon:
    """A slicer.local daemon for tests. Use as a context manager, or ``start()``/``close()``.

    Args:
        config: a DaemonConfig or the path of a YAML config file (default: one ``sbox``
            group).
        state_dir: keep state here (default: a fresh temp dir, removed on close).
        socket_path: unix socket path (default: ``<state_dir>/api.sock``).
        host, port: serve TCP instead (``port=0`` picks a free port; host defaults to
            127.0.0.1). TCP requires a token, generated unless given or ``insecure``.
        token: bearer token to require (also enforced on a unix socket when given).
        insecure: allow TCP without a token (loopback hosts only).
        in_process: run uvicorn in a background thread (True) or spawn
            ``python -m slicer.local serve`` (False; see ``process``).
        startup_timeout: seconds to wait for the daemon to accept connections.
    """

    def __init__(
        self,
        config: DaemonConfig | str | os.PathLike[str] | None = None,
        *,
        state_dir: str | os.PathLike[str] | None = None,
        socket_path: str | os.PathLike[str] | None = None,
        host: str | None = None,
        port: int | None = None,
        token: str | None = None,
        insecure: bool = False,
        in_process: bool = True,
        startup_timeout: float = 30.0,
    ) -> None:
        if config is None:
            config = DaemonConfig()
        elif not isinstance(config, DaemonConfig):
            config = DaemonConfig.from_yaml(config)
        self.config = config
        self._state_dir_arg = None if state_dir is None else Path(state_dir)
        self._socket_arg = None if socket_path is None else Path(socket_path)
        self._host = host
        self._port = port
        self._token_arg = token
        self.insecure = insecure
        self.in_process = in_process
        self.startup_timeout = startup_timeout
        self.base_url = ""
        self.token: str | None = None
        #: file holding the token, when the daemon generated or was given one in a file.
        self.token_path: str | None = None
        #: the unix socket (None for TCP); a plain str, usable as ``uds=`` in httpx.
        self.socket_path: str | None = None
        #: the state directory (a plain str path).
        self.state_dir: str | None = None
        self.host: str | None = None
        self.port: int | None = None
        #: the daemon's process when ``in_process=False``.
        self.process: subprocess.Popen[bytes] | None = None
        self._prepared: Prepared | None = None
        self._server: DaemonServer | None = None
        self._thread: threading.Thread | None = None
        self._scratch: Path | None = None
        self._owns_state_dir = False
        self._finalizer: weakref.finalize[Any, Any] | None = None

    def __repr__(self) -> str:
        mode = "in-process" if self.in_process else "subprocess"
        auth = "token" if self.token else "no token"
        return f"<LocalDaemon {self.base_url or 'not started'} {mode} {auth}>"

    @property
    def tcp(self) -> bool:
        return self._host is not None or self._port is not None

    # -- lifecycle -------------------------------------------------------------
    def start(self) -> LocalDaemon:
        """Start the daemon; returns once it accepts connections."""
        if self.base_url:
            raise RuntimeError("this LocalDaemon is already started")
        if self._state_dir_arg is None:  # ours: removed by close()
            self._state_dir_arg = Path(tempfile.mkdtemp(prefix="slicer-local-"))
            self.state_dir = str(self._state_dir_arg)
            self._owns_state_dir = True
        try:
            if self.in_process:
                self._start_thread()
            else:
                self._start_process()
        except BaseException:
            self.close()
            raise
        remove = [str(p) for p in (self._scratch,) if p is not None]
        if self._owns_state_dir and self.state_dir is not None:
            remove.append(self.state_dir)
        self._finalizer = weakref.finalize(self, _last_resort, self.state_dir, self.process, remove)
        return self

    def restart(self) -> LocalDaemon:
        """Stop the daemon (or clean up after it died) and start it again on the same state
        directory, socket path and port; persistent state survives, ephemeral VMs do not."""
        self._shutdown()
        if self.socket_path is not None and self._socket_arg is None:
            self._socket_arg = Path(self.socket_path)
        if self.tcp and self.port:
            self._port = self.port
        return self.start()

    def close(self) -> None:
        """Stop the daemon, kill every VM process and remove temporary directories."""
        self._shutdown()
        if self._owns_state_dir and self.state_dir is not None:
            shutil.rmtree(self.state_dir, ignore_errors=True)
            self._owns_state_dir = False

    def _shutdown(self) -> None:
        self.base_url = ""
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        if self.in_process:
            self._stop_thread()
        else:
            self._stop_process()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> LocalDaemon:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- in-process ------------------------------------------------------------
    def _start_thread(self) -> None:
        prepared = prepare(
            ServeOptions(
                config=self.config,
                state_dir=self._state_dir_arg,
                socket_path=self._socket_arg,
                host=self._host,
                port=self._port,
                token=self._token_arg,
                insecure=self.insecure,
            )
        )
        self._prepared = prepared
        self.state_dir = str(prepared.state_dir)
        self.token = prepared.token
        self.token_path = _str(prepared.token_path)
        self.socket_path = _str(prepared.listener.socket_path)
        self.host, self.port = prepared.listener.host, prepared.listener.port
        self._server = server = DaemonServer(prepared)
        self._thread = threading.Thread(
            target=server.serve_blocking, name="slicer-local", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self.startup_timeout
        while not server.ready.wait(0.02):
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("slicer.local failed to start")
        self.base_url = prepared.listener.base_url

    def _stop_thread(self) -> None:
        server, thread, prepared = self._server, self._thread, self._prepared
        self._server = self._thread = self._prepared = None
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(30)
            if thread.is_alive():
                server.force_exit = True
                thread.join(10)
        if prepared is not None:
            prepared.daemon.close()  # no-op when the server already did it
            prepared.cleanup()

    # -- subprocess ------------------------------------------------------------
    def _start_process(self) -> None:
        scratch = Path(tempfile.mkdtemp(prefix="slicer-harness-"))
        self._scratch = scratch
        assert self._state_dir_arg is not None
        state_dir = private_dir(self._state_dir_arg.expanduser().absolute()).resolve()
        self.state_dir = str(state_dir)
        config_file = scratch / "config.json"
        atomic_write(config_file, json.dumps(self.config.to_mapping()).encode())
        ready = scratch / "ready.json"
        args = ["serve", "--config", str(config_file), "--state-dir", self.state_dir]
        args += ["--ready-file", str(ready)]
        if self.tcp:
            args += ["--host", self._host or "127.0.0.1", "--port", str(self._port or 0)]
        elif self._socket_arg is not None:
            args += ["--socket", str(self._socket_arg)]
        if self.insecure:
            args.append("--insecure")
        token_file = self._token_file(scratch)
        if token_file is not None:
            args += ["--token-file", str(token_file)]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(_PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p
        )
        with open(scratch / "daemon.log", "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "slicer.local", *args],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=str(scratch),
            )
        self._wait_ready(ready)

    def _token_file(self, scratch: Path) -> Path | None:
        """Hand the token over in a 0600 file, never on the command line."""
        assert self.state_dir is not None
        if self._token_arg is not None:
            self.token = self._token_arg.strip()
            path = scratch / "token"
            atomic_write(path, self.token.encode() + b"\n")
            return path
        if not self.tcp or self.insecure:
            return None
        path = Path(self.state_dir) / "token"
        with contextlib.suppress(FileNotFoundError):
            self.token = path.read_text(encoding="utf-8").strip() or None
        if self.token is None:
            self.token = secrets.token_urlsafe(32)
            atomic_write(path, self.token.encode() + b"\n")
        self.token_path = str(path)
        return path

    def _log_tail(self) -> str:
        if self._scratch is None:
            return ""
        with contextlib.suppress(OSError):
            return (self._scratch / "daemon.log").read_text(errors="replace")[-2000:]
        return ""

    def _wait_ready(self, ready: Path) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        info: dict[str, Any] | None = None
        while info is None:
            if self.process.poll() is not None:
                raise RuntimeError(f"slicer.local exited during startup:\n{self._log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"slicer.local did not start in time:\n{self._log_tail()}")
            with contextlib.suppress(FileNotFoundError, ValueError):
                info = json.loads(ready.read_text(encoding="utf-8"))
            if info is None:
                time.sleep(0.02)
        self.socket_path = info.get("socket_path") or None
        self.host, self.port = info.get("host"), info.get("port")
        base_url = info["base_url"]
        self._healthz(base_url)
        self.base_url = base_url

    def _healthz(self, base_url: str) -> None:
        if self.socket_path is not None:
            transport = httpx.HTTPTransport(uds=self.socket_path)
            client = httpx.Client(transport=transport, base_url="http://unix")
        else:
            client = httpx.Client(base_url=base_url)
        with client:
            client.get("/healthz", timeout=5).raise_for_status()

    def _stop_process(self) -> None:
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self.state_dir is not None:
            kill_marked(self.state_dir)  # VMs orphaned by a killed daemon
        if self.socket_path is not None and not self._owns_state_dir:
            with contextlib.suppress(OSError):
                if Path(self.socket_path).is_socket():
                    os.unlink(self.socket_path)

    # -- clients ---------------------------------------------------------------
    def client(self, **kwargs: Any) -> SlicerClient:
        """A ``slicer.SlicerClient`` for this daemon (extra kwargs are passed on)."""
        from slicer import SlicerClient

        return SlicerClient(self.base_url, self.token, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncSlicerClient:
        """A ``slicer.AsyncSlicerClient`` for this daemon (extra kwargs are passed on)."""
        from slicer import AsyncSlicerClient

        return AsyncSlicerClient(self.base_url, self.token, **kwargs)
