"""Daemon secrets (``/secrets``): persisted in ``secrets.json`` and copied into VMs.

``data`` is base64 on the wire and in the state file; VMs get the decoded bytes as
``<vmdir>/secrets/<name>`` with the secret's permissions.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from slicer.local.decode import UINT32_MAX, JsonObject
from slicer.local.errors import ApiError, bad_request, not_found
from slicer.local.gotime import parse_rfc3339, rfc3339, utcnow
from slicer.local.store import JsonFile, atomic_write, private_dir

__all__ = ["Secret", "SecretStore", "valid_name"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$")
_PERMS = re.compile(r"^0?[0-7]{3}$")


def valid_name(name: str) -> bool:
    """Secret (and similar) names: letters, digits, ``.``, ``_``, ``-``; no path tricks."""
    return bool(_NAME.match(name)) and ".." not in name


@dataclass
class Secret:
    name: str
    data: bytes
    permissions: str = "0600"
    uid: int = 0
    gid: int = 0
    modified_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """The list-item wire object (uid/gid omitted when zero)."""
        out: dict[str, Any] = {
            "name": self.name,
            "size": len(self.data),
            "permissions": self.permissions,
        }
        if self.uid:
            out["uid"] = self.uid
        if self.gid:
            out["gid"] = self.gid
        out["modified_at"] = rfc3339(self.modified_at)
        return out


def _decode_data(value: str) -> bytes:
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise bad_request("invalid base64 in field 'data'") from None


def _permissions(value: str) -> str:
    if not _PERMS.match(value):
        raise bad_request(f"invalid permissions {value!r}: expected an octal mode like 0600")
    return value.rjust(4, "0")


class SecretStore:
    """The secrets table, guarded by the daemon lock."""

    def __init__(self, path: Path, lock: threading.RLock) -> None:
        self._file = JsonFile(path)
        self._lock = lock
        self._items: dict[str, Secret] = {}

    def load(self) -> None:
        for rec in self._file.load([]):
            self._items[rec["name"]] = Secret(
                name=rec["name"],
                data=base64.b64decode(rec["data"]),
                permissions=rec.get("permissions", "0600"),
                uid=int(rec.get("uid", 0)),
                gid=int(rec.get("gid", 0)),
                modified_at=parse_rfc3339(rec.get("modified_at")),
            )

    def _save(self) -> None:
        self._file.save(
            [
                {
                    "name": s.name,
                    "data": base64.b64encode(s.data).decode("ascii"),
                    "permissions": s.permissions,
                    "uid": s.uid,
                    "gid": s.gid,
                    "modified_at": rfc3339(s.modified_at),
                }
                for s in self._items.values()
            ]
        )

    def list_all(self) -> list[dict[str, Any]]:
        with self._lock:
            return [s.to_json() for s in sorted(self._items.values(), key=lambda s: s.name)]

    def create(self, body: JsonObject) -> dict[str, Any]:
        name = body.string("name") or ""
        if not valid_name(name):
            raise bad_request(f"invalid secret name {name!r}")
        data = _decode_data(body.string("data") or "")
        secret = Secret(
            name=name,
            data=data,
            permissions=_permissions(body.string("permissions") or "0600"),
            uid=body.integer("uid", maximum=UINT32_MAX) or 0,
            gid=body.integer("gid", maximum=UINT32_MAX) or 0,
            modified_at=utcnow(),
        )
        with self._lock:
            if name in self._items:
                raise ApiError(409, f"secret {name!r} already exists")
            self._items[name] = secret
            self._save()
            return secret.to_json()

    def update(self, name: str, body: JsonObject) -> dict[str, Any]:
        """Change the given fields; an absent or empty ``data`` leaves the bytes unchanged."""
        data = body.string("data")
        new_data = _decode_data(data) if data else None
        perms = body.string("permissions")
        new_perms = _permissions(perms) if perms else None
        uid = body.integer("uid", maximum=UINT32_MAX)
        gid = body.integer("gid", maximum=UINT32_MAX)
        with self._lock:
            secret = self._items.get(name)
            if secret is None:
                raise not_found(f"secret {name!r} not found")
            if new_data is not None:
                secret.data = new_data
            if new_perms is not None:
                secret.permissions = new_perms
            if uid is not None:
                secret.uid = uid
            if gid is not None:
                secret.gid = gid
            secret.modified_at = utcnow()
            self._save()
            return secret.to_json()

    def delete(self, name: str) -> None:
        with self._lock:
            if self._items.pop(name, None) is None:
                raise not_found(f"secret {name!r} not found")
            self._save()

    def check_names(self, names: list[str]) -> None:
        """400 unless every name is a known secret."""
        with self._lock:
            missing = [n for n in names if n not in self._items]
        if missing:
            raise bad_request(f"unknown secret(s): {', '.join(missing)}")

    def materialize(self, names: list[str], dest: Path) -> None:
        """Write the named secrets into ``dest`` (0700), replacing what was there."""
        private_dir(dest)
        for existing in dest.iterdir():
            if existing.name not in names:
                existing.unlink(missing_ok=True)
        with self._lock:
            chosen = [self._items[n] for n in names if n in self._items]
        for secret in chosen:
            path = dest / secret.name
            atomic_write(path, secret.data, mode=int(secret.permissions, 8))
            if os.geteuid() == 0:  # only root can hand files to other owners
                os.chown(path, secret.uid, secret.gid)
