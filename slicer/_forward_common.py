"""Port-forward plumbing shared by the async and the sync forwarder: binding listeners
(all or nothing), UNIX socket file ownership, and the tunnel request (§3.12).

Binding never blocks, so both twins bind the same way and hand the listening sockets to
their own accept loop (asyncio servers, or a selector thread).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from slicer_api.api.forward import open_forward

from slicer._core.forward_spec import AddressMapping, ForwardListener, parse_spec
from slicer.errors import ForwardBindError

__all__ = [
    "CHUNK",
    "Bound",
    "bind_all",
    "check_dial_timeout",
    "default_client_id",
    "log",
    "parse_specs",
    "tunnel_request",
]

log = logging.getLogger("slicer.forward")

#: Bytes read from a local connection per WebSocket message.
CHUNK = 256 * 1024
_BACKLOG = 128
#: Mode of a UNIX listening socket (owner and group may connect), as the Go SDK sets it.
_SOCKET_MODE = 0o660


@dataclass
class Bound:
    """A listening socket made from one spec; :meth:`close` undoes everything it did."""

    mapping: AddressMapping
    sock: socket.socket
    listener: ForwardListener
    #: (path, st_dev, st_ino) of the socket file we created, to remove only that file.
    unix_file: tuple[str, int, int] | None = None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        if self.unix_file is None:
            return
        path, dev, ino = self.unix_file
        self.unix_file = None
        with contextlib.suppress(OSError):
            st = os.lstat(path)
            if (st.st_dev, st.st_ino) == (dev, ino):
                os.unlink(path)


def parse_specs(specs: Iterable[str]) -> list[AddressMapping]:
    """Parse every spec first, so a typo fails before anything is bound."""
    mappings = [parse_spec(spec) for spec in specs]
    if not mappings:
        raise ValueError("give at least one forward spec, e.g. '8080:127.0.0.1:80'")
    return mappings


def check_dial_timeout(dial_timeout: float | None) -> float | None:
    if dial_timeout is not None and (isinstance(dial_timeout, bool) or dial_timeout <= 0):
        raise ValueError(f"dial_timeout must be a positive number of seconds, got {dial_timeout!r}")
    return dial_timeout


def default_client_id() -> str:
    """``X-Inlets-Client-ID`` when none is given: this machine's hostname (as the Go SDK)."""
    return socket.gethostname() or "slicervm-python"


def tunnel_request(
    hostname: str, mapping: AddressMapping, client_id: str
) -> tuple[str, dict[str, str]]:
    """URL path and headers of the upgrade request for one tunnel."""
    kwargs: dict[str, Any] = open_forward._get_kwargs(
        hostname,
        x_inlets_upstream=mapping.remote_target,
        x_inlets_client_id=client_id,
        x_inlets_mode="local",
    )
    return kwargs["url"], {k: str(v) for k, v in kwargs["headers"].items()}


def bind_all(mappings: list[AddressMapping]) -> list[Bound]:
    """Bind a listener per mapping, in order. If one fails, close those already bound.

    Raises:
        ForwardBindError: naming the spec that could not be bound, and why.
    """
    bound: list[Bound] = []
    try:
        for mapping in mappings:
            bound.append(_bind_unix(mapping) if mapping.listen_unix else _bind_tcp(mapping))
    except BaseException:
        for item in bound:
            item.close()
        raise
    return bound


def _fail(mapping: AddressMapping, what: str, exc: OSError | None = None) -> ForwardBindError:
    reason = f": {exc.strerror or exc}" if exc is not None else ""
    errno = exc.errno if exc is not None else None
    message = f"cannot listen on {what} for forward spec {mapping.raw_spec!r}{reason}"
    return ForwardBindError(mapping.raw_spec, message, errno)


def _bind_tcp(mapping: AddressMapping) -> Bound:
    host, port = mapping.listen_addr, mapping.listen_port
    where = f"{host}:{port}"
    try:
        infos = socket.getaddrinfo(
            host.strip("[]") or "0.0.0.0",
            port,
            type=socket.SOCK_STREAM,
            flags=socket.AI_PASSIVE,
        )
    except (OSError, UnicodeError) as exc:
        raise _fail(mapping, where, exc if isinstance(exc, OSError) else None) from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(_BACKLOG)
    except OSError as exc:
        sock.close()
        raise _fail(mapping, where, exc) from None
    sock.setblocking(False)
    bound_port = int(sock.getsockname()[1])
    listener = ForwardListener(
        spec=mapping.raw_spec,
        local=f"{host}:{bound_port}",
        remote=mapping.remote_target,
        port=bound_port,
    )
    return Bound(mapping, sock, listener)


def _bind_unix(mapping: AddressMapping) -> Bound:
    path = mapping.listen_unix_path or ""
    try:
        _remove_stale(path)
        parent = os.path.dirname(path)
        if parent:
            os.makedirs(parent, exist_ok=True)
    except OSError as exc:
        raise _fail(mapping, path, exc) from None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(path)
        os.chmod(path, _SOCKET_MODE)  # before listen(): nobody connects in between
        st = os.lstat(path)
        sock.listen(_BACKLOG)
    except OSError as exc:
        sock.close()
        raise _fail(mapping, path, exc) from None
    sock.setblocking(False)
    listener = ForwardListener(spec=mapping.raw_spec, local=path, remote=mapping.remote_target)
    return Bound(mapping, sock, listener, (path, st.st_dev, st.st_ino))


def _remove_stale(path: str) -> None:
    """Remove a socket file nobody listens on; refuse to touch anything else."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(st.st_mode):
        raise FileExistsError(17, "the path exists and is not a socket")
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(path)
    except OSError:
        os.unlink(path)  # a leftover: nobody is listening
        return
    finally:
        probe.close()
    raise OSError(98, "another process is listening on this socket")
