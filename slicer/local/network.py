"""Per-VM network policy overrides (three-state lists) and the describe ``network`` object.

The local daemon records and reports policies; it does not enforce them.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any

from slicer.local.config import NetworkConfig
from slicer.local.decode import JsonObject
from slicer.local.errors import bad_request

__all__ = ["NetworkPolicy", "describe_network", "parse_policy"]


@dataclass(frozen=True)
class NetworkPolicy:
    """``{"allow": [...], "drop": [...]}`` where None means "inherit" and ``[]`` clears."""

    allow: tuple[str, ...] | None = None
    drop: tuple[str, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.allow is not None:
            out["allow"] = list(self.allow)
        if self.drop is not None:
            out["drop"] = list(self.drop)
        return out

    @classmethod
    def from_json(cls, raw: Any) -> NetworkPolicy | None:
        """Inverse of :meth:`to_json` for persisted records (trusted input)."""
        if not isinstance(raw, dict):
            return None
        allow = raw.get("allow")
        drop = raw.get("drop")
        return cls(
            allow=None if allow is None else tuple(allow),
            drop=None if drop is None else tuple(drop),
        )

    def merged_over(self, base: NetworkPolicy | None) -> NetworkPolicy:
        """This policy with unset lists inherited from ``base``."""
        if base is None:
            return self
        return NetworkPolicy(
            allow=base.allow if self.allow is None else self.allow,
            drop=base.drop if self.drop is None else self.drop,
        )


def _cidrs(obj: JsonObject, key: str) -> tuple[str, ...] | None:
    values = obj.strings(key)
    if values is None:
        return None
    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise bad_request(f"invalid network.{key} entry {value!r}: expected a CIDR") from None
    return tuple(values)


def parse_policy(body: JsonObject, key: str = "network") -> NetworkPolicy | None:
    """Read an optional network policy object from a request body."""
    obj = body.child(key)
    if obj is None:
        return None
    return NetworkPolicy(allow=_cidrs(obj, "allow"), drop=_cidrs(obj, "drop"))


def describe_network(group: NetworkConfig, override: NetworkPolicy | None) -> dict[str, Any]:
    """The describe-VM ``network`` object (PROTOCOL §5.5)."""
    host_group = {"allow": list(group.allow), "drop": list(group.drop)}
    out: dict[str, Any] = {
        "mode": group.mode,
        "policy_source": "vm" if override is not None else "host_group",
        "host_group": host_group,
    }
    allow, drop = list(group.allow), list(group.drop)
    if override is not None:
        out["override"] = override.to_json()
        if override.allow is not None:
            allow = list(override.allow)
        if override.drop is not None:
            drop = list(override.drop)
    out["effective"] = {"allow": allow, "drop": drop}
    return out
