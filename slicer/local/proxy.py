"""Proxy admin state (``/proxy/v1/*``): clients, upstream secrets and allow rules.

Persisted in ``proxy.json``. Client tokens are stored only as SHA-256 digests; secret
values are stored (0600 file) but never returned. No proxy traffic is served: this is
the admin API only.
"""

from __future__ import annotations

import hashlib
import re
import secrets as pysecrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from slicer.local.decode import JsonObject
from slicer.local.errors import ApiError, bad_request, not_found
from slicer.local.gotime import parse_rfc3339, rfc3339, utcnow
from slicer.local.store import JsonFile

__all__ = ["ProxyStore", "Rule"]

SECRET_TYPES = (
    "bearer",
    "basic",
    "oauth-codex",
    "oauth-claude",
    "oauth-github-copilot",
    "oauth-xai",
    "github-app-user",
    "github-app",
    "oauth-client-creds",
)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$")
_HOST = re.compile(
    r"^(\*|(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)$"
)
_METHOD = re.compile(r"^[A-Z]+$")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class Rule:
    client: str
    host: str
    secret: str = ""
    methods: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)
    passthrough: bool = False
    expires: datetime | None = None

    def key(self) -> tuple[Any, ...]:
        """What makes two rules of one client the same (for 409 and revoke)."""
        return (
            self.host,
            tuple(self.methods),
            tuple(self.paths),
            tuple(self.ports),
            self.passthrough,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "secret": self.secret,
            "methods": list(self.methods),
            "paths": list(self.paths),
            "ports": list(self.ports),
            "expires": rfc3339(self.expires),
            "passthrough": self.passthrough,
        }

    def to_record(self) -> dict[str, Any]:
        return {"client": self.client, **self.to_json()}

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Rule:
        return cls(
            client=rec["client"],
            host=rec["host"],
            secret=rec.get("secret", ""),
            methods=list(rec.get("methods") or []),
            paths=list(rec.get("paths") or []),
            ports=list(rec.get("ports") or []),
            passthrough=bool(rec.get("passthrough", False)),
            expires=parse_rfc3339(rec.get("expires")),
        )


def _name(body: JsonObject, key: str, what: str) -> str:
    value = body.string(key) or ""
    if not _NAME.match(value):
        raise bad_request(f"invalid {what} {value!r}" if value else f"{what} is required")
    return value


def _parse_rule(body: JsonObject) -> Rule:
    client = _name(body, "client", "client")
    host = (body.string("host") or "").strip().lower()
    if not host or not _HOST.match(host):
        raise bad_request(f"invalid host {host!r}: use a name, *.suffix or *")
    methods = [m.upper() for m in body.strings("methods") or []]
    for m in methods:
        if not _METHOD.match(m):
            raise bad_request(f"invalid method {m!r}")
    paths = body.strings("paths") or []
    for p in paths:
        if p != "*" and (not p.startswith("/") or ("*" in p and not p.endswith("/*"))):
            raise bad_request(f"invalid path {p!r}: use /exact, /prefix/* or *")
        if p.count("*") > 1:
            raise bad_request(f"invalid path {p!r}")
    ports = body.integers("ports", minimum=1, maximum=65535) or []
    secret = body.string("secret") or ""
    passthrough = bool(body.boolean("passthrough"))
    if passthrough and (secret or methods or paths):
        raise bad_request("passthrough cannot be combined with secret, methods or paths")
    return Rule(client, host, secret, methods, paths, ports, passthrough)


class ProxyStore:
    """Proxy clients, secrets and rules, guarded by the daemon lock."""

    def __init__(self, path: Path, lock: threading.RLock) -> None:
        self._file = JsonFile(path)
        self._lock = lock
        self._clients: dict[str, dict[str, str]] = {}  # name -> {token_sha256, created_at}
        self._secrets: dict[str, dict[str, Any]] = {}
        self._rules: list[Rule] = []

    def load(self) -> None:
        doc = self._file.load({})
        self._clients = dict(doc.get("clients", {}))
        self._secrets = dict(doc.get("secrets", {}))
        self._rules = [Rule.from_record(r) for r in doc.get("rules", [])]

    def _save(self) -> None:
        self._file.save(
            {
                "clients": self._clients,
                "secrets": self._secrets,
                "rules": [r.to_record() for r in self._rules],
            }
        )

    def _prune(self) -> None:
        now = utcnow()
        self._rules = [r for r in self._rules if r.expires is None or r.expires > now]

    # -- clients ---------------------------------------------------------------
    def create_client(self, body: JsonObject) -> dict[str, Any]:
        name = _name(body, "name", "client name")
        token = body.string("token") or ""
        minted = not token
        if minted:
            token = "spt_" + pysecrets.token_urlsafe(32)
        digest = _digest(token)
        created = utcnow()
        with self._lock:
            if name in self._clients:
                raise ApiError(409, f"proxy client {name!r} already exists")
            if any(c["token_sha256"] == digest for c in self._clients.values()):
                raise ApiError(409, "token already in use by another client")
            self._clients[name] = {"token_sha256": digest, "created_at": rfc3339(created)}
            self._save()
        return {"name": name, "token": token, "created_at": rfc3339(created)}

    def list_clients(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"name": n, "created_at": c["created_at"]} for n, c in self._clients.items()]

    def delete_client(self, name: str) -> None:
        with self._lock:
            if self._clients.pop(name, None) is None:
                raise not_found(f"proxy client {name!r} not found")
            self._rules = [r for r in self._rules if r.client != name]
            self._save()

    def list_rules(self, client: str) -> list[dict[str, Any]]:
        with self._lock:
            if client not in self._clients:
                raise not_found(f"proxy client {client!r} not found")
            self._prune()
            return [r.to_json() for r in self._rules if r.client == client]

    # -- secrets ---------------------------------------------------------------
    def create_secret(self, body: JsonObject) -> dict[str, Any]:
        name = _name(body, "name", "secret name")
        host = (body.string("host") or "").strip().lower()
        if not host or not _HOST.match(host):
            raise bad_request(f"invalid host {host!r}")
        kind = body.string("type") or "bearer"
        if kind not in SECRET_TYPES:
            raise bad_request(f"invalid secret type {kind!r}: use one of {', '.join(SECRET_TYPES)}")
        value = body.string("value") or ""
        source_file = body.string("source_file") or ""
        if not value and source_file:
            try:
                value = Path(source_file).expanduser().read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise bad_request(f"cannot read source_file: {exc.__class__.__name__}") from None
        if not value:
            raise bad_request("value is required")
        if kind == "basic" and ":" not in value:
            raise bad_request("a basic secret value must be user:pass")
        force = bool(body.boolean("force"))
        now = rfc3339(utcnow())
        with self._lock:
            old = self._secrets.get(name)
            if old is not None and not force:
                raise ApiError(409, f"proxy secret {name!r} already exists")
            record = {
                "name": name,
                "host": host,
                "type": kind,
                "value": value,
                "created_at": old["created_at"] if old else now,
                "updated_at": now,
                "adopted_at": rfc3339(None),
                "refreshed_at": rfc3339(None),
            }
            self._secrets[name] = record
            self._save()
        return _public_secret(record)

    def list_secrets(self) -> list[dict[str, Any]]:
        with self._lock:
            return [_public_secret(s) for s in self._secrets.values()]

    def delete_secret(self, name: str) -> None:
        with self._lock:
            if self._secrets.pop(name, None) is None:
                raise not_found(f"proxy secret {name!r} not found")
            self._save()

    # -- allow rules -----------------------------------------------------------
    def add_allow(self, body: JsonObject) -> dict[str, Any]:
        rule = _parse_rule(body)
        ttl = body.integer("ttl_seconds")
        if ttl:
            rule.expires = utcnow() + timedelta(seconds=ttl)
        with self._lock:
            self._check_refs(rule)
            self._prune()
            if any(
                r.client == rule.client and r.key() == rule.key() and r.secret == rule.secret
                for r in self._rules
            ):
                raise ApiError(409, "an identical rule already exists")
            self._rules.append(rule)
            self._save()
        return rule.to_json()

    def _check_refs(self, rule: Rule) -> None:
        if rule.client not in self._clients:
            raise not_found(f"proxy client {rule.client!r} not found")
        if rule.secret and rule.secret not in self._secrets:
            raise not_found(f"proxy secret {rule.secret!r} not found")

    def remove_host(self, client: str, host: str) -> None:
        host = host.strip().lower()
        with self._lock:
            if client not in self._clients:
                raise not_found(f"proxy client {client!r} not found")
            kept = [r for r in self._rules if not (r.client == client and r.host == host)]
            if len(kept) == len(self._rules):
                raise not_found(f"no rule for client {client!r} and host {host!r}")
            self._rules = kept
            self._save()

    def revoke(self, body: JsonObject) -> None:
        rule = _parse_rule(body)
        with self._lock:
            if rule.client not in self._clients:
                raise not_found(f"proxy client {rule.client!r} not found")
            for i, r in enumerate(self._rules):
                if r.client == rule.client and r.key() == rule.key():
                    del self._rules[i]
                    self._save()
                    return
        raise not_found("no matching rule")


def _public_secret(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        k: rec[k]
        for k in ("name", "host", "type", "created_at", "updated_at", "adopted_at", "refreshed_at")
    }
