"""The ``-L`` port-forward spec grammar (PROTOCOL.md §3.12), sans-IO.

Rules, tried in this order on the spec with surrounding whitespace trimmed:

1. **Unix → Unix**: split at the last ``:`` (not at position 0); when both halves look like
   paths (non-empty and containing ``/``), the left half is the local socket (a relative
   path is made absolute against ``cwd``) and the right half the guest socket, kept as
   written.
2. **TCP → Unix**: when the spec contains ``:/``, everything after that ``:`` is the guest
   socket; the part before it is ``port`` (listen on ``0.0.0.0``) or ``addr:port``.
3. **TCP → TCP**: split on every ``:`` — ``host:port`` (listen and dial ``host:port``),
   ``lport:host:rport`` (listen on ``host:lport``, as the Go SDK's code and tests do, not
   on ``0.0.0.0`` as its README says), ``laddr:lport:rhost:rport``; any other count is an
   error.

A port is a decimal integer from 0 to 65535 (surrounding whitespace and a sign allowed, as
Go's ``strconv.Atoi`` does); ``0`` asks for a random free listening port.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from slicer.errors import ForwardSpecError

__all__ = ["AddressMapping", "ForwardListener", "parse_spec"]

_PORT = re.compile(r"\s*[+-]?[0-9]+\s*\Z")


@dataclass(frozen=True)
class AddressMapping:
    """One parsed ``-L`` spec: where to listen locally and what to reach in the guest.

    Attributes:
        raw_spec: the spec as given (untrimmed).
        listen_addr: local TCP address to bind (``""`` means every interface); ``""`` for a
            UNIX listener.
        listen_port: local TCP port (``0`` = pick a free one); ``0`` for a UNIX listener.
        listen_unix_path: absolute path of the local UNIX socket, or ``None`` for TCP.
        remote_host: guest host to dial (TCP upstream), ``""`` for a UNIX upstream.
        remote_port: guest port (TCP upstream), ``0`` for a UNIX upstream.
        remote_unix_path: guest socket path as written, or ``None`` for a TCP upstream.
    """

    raw_spec: str
    listen_addr: str = ""
    listen_port: int = 0
    listen_unix_path: str | None = None
    remote_host: str = ""
    remote_port: int = 0
    remote_unix_path: str | None = None

    @property
    def listen_unix(self) -> bool:
        """True when the local side is a UNIX socket."""
        return self.listen_unix_path is not None

    @property
    def remote_unix(self) -> bool:
        """True when the guest side is a UNIX socket."""
        return self.remote_unix_path is not None

    @property
    def remote_target(self) -> str:
        """The ``X-Inlets-Upstream`` value: ``unix:/path`` or ``host:port``."""
        if self.remote_unix_path is not None:
            return "unix:" + self.remote_unix_path
        return f"{self.remote_host}:{self.remote_port}"

    @property
    def listen_address(self) -> str:
        """The requested local address: a socket path or ``addr:port``."""
        if self.listen_unix_path is not None:
            return self.listen_unix_path
        return f"{self.listen_addr}:{self.listen_port}"


@dataclass(frozen=True)
class ForwardListener:
    """A bound listener of a running forwarder.

    Attributes:
        spec: the ``-L`` spec it was made from.
        local: where it listens — ``addr:port`` with the port actually bound (so a spec with
            port ``0`` shows the real one), or the UNIX socket path.
        remote: the upstream in the guest (``X-Inlets-Upstream``): ``host:port`` or
            ``unix:/path``.
        port: the bound TCP port, ``0`` for a UNIX listener.
    """

    spec: str
    local: str
    remote: str
    port: int = 0


def _looks_like_path(part: str) -> bool:
    return bool(part) and "/" in part


def _port(text: str, spec: str) -> int:
    if not _PORT.match(text):
        raise ForwardSpecError(
            spec, f"invalid port {text!r} in forward spec {spec!r}: not a decimal integer"
        )
    value = int(text)
    if not 0 <= value <= 65535:
        raise ForwardSpecError(
            spec, f"invalid port {text!r} in forward spec {spec!r}: out of range 0-65535"
        )
    return value


def _absolute(path: str, cwd: str | None) -> str:
    if os.path.isabs(path):
        return path
    base = cwd if cwd is not None else os.getcwd()
    return os.path.normpath(os.path.join(base, path))


def parse_spec(spec: str, *, cwd: str | None = None) -> AddressMapping:
    """Parse one ``-L`` forward spec (PROTOCOL.md §3.12).

    ==========================================  =======================  =================
    spec                                        listens on               upstream header
    ==========================================  =======================  =================
    ``127.0.0.1:9000``                          ``127.0.0.1:9000``       ``127.0.0.1:9000``
    ``9001:127.0.0.1:9000``                     ``127.0.0.1:9001``       ``127.0.0.1:9000``
    ``0:127.0.0.1:9000``                        ``127.0.0.1:<random>``   ``127.0.0.1:9000``
    ``0.0.0.0:9000:127.0.0.1:9000``             ``0.0.0.0:9000``         ``127.0.0.1:9000``
    ``127.0.0.1:9000:/var/run/docker.sock``     ``127.0.0.1:9000``       ``unix:/var/…``
    ``9000:/var/run/docker.sock``               ``0.0.0.0:9000``         ``unix:/var/…``
    ``/tmp/docker.sock:/var/run/docker.sock``   ``/tmp/docker.sock``     ``unix:/var/…``
    ``./local.sock:/var/run/docker.sock``       ``<cwd>/local.sock``     ``unix:/var/…``
    ==========================================  =======================  =================

    Args:
        spec: the spec.
        cwd: directory that a relative local socket path is made absolute against
            (default: the process's working directory).

    Raises:
        ForwardSpecError: (a ``ValueError``) the spec is empty, has the wrong number of
            parts, or a port is not an integer in 0-65535.
    """
    if not isinstance(spec, str):
        raise TypeError(f"a forward spec must be a str, got {type(spec).__name__}")
    text = spec.strip()
    if not text:
        raise ForwardSpecError(spec, "empty forward spec")

    cut = text.rfind(":")
    if cut > 0:
        local, remote = text[:cut], text[cut + 1 :]
        if _looks_like_path(local) and _looks_like_path(remote):
            return AddressMapping(
                raw_spec=spec,
                listen_unix_path=_absolute(local, cwd),
                remote_unix_path=remote,
            )

    cut = text.find(":/")
    if cut >= 0:
        local, remote = text[:cut], text[cut + 1 :]
        addr, sep, port = local.rpartition(":")
        return AddressMapping(
            raw_spec=spec,
            listen_addr=addr if sep else "0.0.0.0",
            listen_port=_port(port, spec),
            remote_unix_path=remote,
        )

    parts = text.split(":")
    if len(parts) == 2:
        host, port = parts
        number = _port(port, spec)
        return AddressMapping(spec, host, number, None, host, number)
    if len(parts) == 3:
        lport, host, rport = parts
        return AddressMapping(spec, host, _port(lport, spec), None, host, _port(rport, spec))
    if len(parts) == 4:
        laddr, lport, rhost, rport = parts
        return AddressMapping(spec, laddr, _port(lport, spec), None, rhost, _port(rport, spec))
    raise ForwardSpecError(
        spec,
        f"invalid forward spec {spec!r}: expected 2-4 colon-separated parts "
        f"([laddr:]lport:host:port, host:port, [addr:]port:/guest.sock or "
        f"/local.sock:/guest.sock), got {len(parts)}",
    )
