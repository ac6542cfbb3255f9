"""Models of the egress proxy's admin API: clients, secrets and allow rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from slicer._core.models._read import Obj

__all__ = ["ProxyClient", "ProxyClientCredentials", "ProxyRule", "ProxySecretInfo"]


@dataclass(frozen=True)
class ProxyClient:
    """A proxy client (tokens are never listed)."""

    name: str
    created_at: datetime | None = None

    @classmethod
    def from_wire(cls, data: object) -> ProxyClient:
        o = Obj(data)
        return cls(o.text("name"), o.time("created_at"))


@dataclass(frozen=True)
class ProxyClientCredentials:
    """A newly created proxy client with its token, which the daemon shows only once.

    The token is kept out of ``repr()``.
    """

    name: str
    token: str = field(repr=False)
    created_at: datetime | None = None

    @classmethod
    def from_wire(cls, data: object) -> ProxyClientCredentials:
        o = Obj(data)
        return cls(o.text("name"), o.text("token"), o.time("created_at"))


@dataclass(frozen=True)
class ProxySecretInfo:
    """A proxy secret's metadata (its value is never returned)."""

    name: str
    host: str = ""
    type: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    adopted_at: datetime | None = None
    refreshed_at: datetime | None = None

    @classmethod
    def from_wire(cls, data: object) -> ProxySecretInfo:
        o = Obj(data)
        return cls(
            name=o.text("name"),
            host=o.text("host"),
            type=o.text("type"),
            created_at=o.time("created_at"),
            updated_at=o.time("updated_at"),
            adopted_at=o.time("adopted_at"),
            refreshed_at=o.time("refreshed_at"),
        )


@dataclass(frozen=True)
class ProxyRule:
    """One allow rule of a proxy client. ``expires`` is ``None`` for a rule without a TTL."""

    host: str
    secret: str = ""
    methods: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    ports: tuple[int, ...] = ()
    expires: datetime | None = None
    passthrough: bool = False

    @classmethod
    def from_wire(cls, data: object) -> ProxyRule:
        o = Obj(data)
        return cls(
            host=o.text("host"),
            secret=o.text("secret"),
            methods=o.texts("methods"),
            paths=o.texts("paths"),
            ports=o.integers("ports"),
            expires=o.time("expires"),
            passthrough=o.flag("passthrough"),
        )
