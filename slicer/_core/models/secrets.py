"""Secret metadata (the value itself is never returned by the daemon)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from slicer._core.models._read import Obj

__all__ = ["SecretInfo"]


@dataclass(frozen=True)
class SecretInfo:
    """A secret as ``GET /secrets`` lists it.

    Attributes:
        size: length of the secret in bytes.
        permissions: octal mode string, e.g. ``"0600"``.
    """

    name: str
    size: int = 0
    permissions: str = ""
    uid: int = 0
    gid: int = 0
    modified_at: datetime | None = None

    @classmethod
    def from_wire(cls, data: object) -> SecretInfo:
        o = Obj(data)
        return cls(
            name=o.text("name"),
            size=o.integer("size"),
            permissions=o.text("permissions"),
            uid=o.integer("uid"),
            gid=o.integer("gid"),
            # The SDKs read `modified_at`; the public docs call it `mod_time`.
            modified_at=o.time("modified_at") or o.time("mod_time"),
        )
