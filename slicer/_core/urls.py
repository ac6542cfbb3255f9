"""Base-URL parsing: TCP origins and UNIX-socket paths (PROTOCOL.md §1.1)."""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["Endpoint", "UNIX_ORIGIN", "parse_base_url"]

#: The origin used for requests sent over a UNIX socket; the ``Host`` header becomes ``unix``.
UNIX_ORIGIN = "http://unix"

_SOCKET_PREFIXES = ("/", "./", "../", "~/")


@dataclass(frozen=True)
class Endpoint:
    """Where the daemon listens.

    Attributes:
        url: the HTTP base URL requests are built on (``http://unix`` for a socket).
        socket_path: the UNIX socket path, or ``None`` for TCP.
    """

    url: str
    socket_path: str | None = None

    @property
    def is_unix(self) -> bool:
        return self.socket_path is not None

    def __str__(self) -> str:
        return f"unix://{self.socket_path}" if self.socket_path is not None else self.url


def parse_base_url(base_url: str) -> Endpoint:
    """Classify ``base_url`` as a UNIX socket path or an HTTP(S) URL.

    A value is a socket when, after an optional ``unix://`` prefix, it starts with ``/``,
    ``./``, ``../`` or ``~/``, or ends with ``.sock``. ``~/`` is expanded. Anything else must be
    an ``http://`` or ``https://`` URL; a path prefix on it is kept and prepended to every
    request path.

    Raises:
        ValueError: the value is empty or is neither a socket path nor an http(s) URL.
    """
    value = base_url.strip()
    if not value:
        raise ValueError("base_url is empty: give an http(s):// URL or a UNIX socket path")
    rest = value.removeprefix("unix://")
    if rest != value or rest.startswith(_SOCKET_PREFIXES) or rest.endswith(".sock"):
        if not rest:
            raise ValueError(f"no socket path in base_url {value!r}")
        if rest.startswith("~/"):
            rest = os.path.expanduser(rest)
        return Endpoint(url=UNIX_ORIGIN, socket_path=rest)
    scheme, sep, remainder = value.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not remainder.strip("/"):
        raise ValueError(
            f"base_url {value!r} is neither an http(s):// URL nor a UNIX socket path "
            "(/…, ./…, ../…, ~/…, *.sock or unix://…)"
        )
    return Endpoint(url=value.rstrip("/"))
