"""Request validation and JSON bodies, built before anything is sent.

Every function here raises ``ValueError`` (or ``TypeError``) for bad input, so a mistake is
reported before any request leaves the process and nothing is half-applied.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from slicer._core.durations import format_go_duration
from slicer._core.models.vms import NetworkPolicy

__all__ = [
    "CREATE_WAIT_VALUES",
    "FORK_WAIT_VALUES",
    "RESTORE_WAIT_VALUES",
    "SHUTDOWN_ACTIONS",
    "check_choice",
    "check_commit_id",
    "check_name",
    "commit_body",
    "create_vm_body",
    "encode_secret_data",
    "fork_body",
    "go_duration",
    "permissions_text",
    "proxy_allow_body",
    "tags_list",
]

CREATE_WAIT_VALUES = ("agent", "userdata")
RESTORE_WAIT_VALUES = ("agent",)
FORK_WAIT_VALUES = ("agent", "none")
SHUTDOWN_ACTIONS = ("reboot", "shutdown")
FORK_FIXUPS = ("hostname", "machine-id", "ssh-host-keys")

_PERMISSIONS = re.compile(r"^0?[0-7]{3}$")


def check_choice(what: str, value: str | None, allowed: Iterable[str]) -> str | None:
    """``value`` if it is ``None`` or one of ``allowed``; else ``ValueError``."""
    options = tuple(allowed)
    if value is not None and value not in options:
        raise ValueError(f"invalid {what} {value!r}: expected one of {', '.join(options)}")
    return value


def check_name(what: str, value: str) -> str:
    """A non-empty path segment (hostname, group, secret or client name)."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty string")
    return value


def check_commit_id(commit_id: str) -> str:
    """Validate a commit id as the Go SDK does (PROTOCOL.md §5.6); returns it trimmed."""
    value = commit_id.strip() if isinstance(commit_id, str) else ""
    if not value or value in (".", "..") or ".." in value or any(c in value for c in "/\\\0"):
        raise ValueError(f"invalid commit id {commit_id!r}")
    return value


def go_duration(what: str, seconds: float | None) -> str | None:
    """Seconds → Go duration text for a query parameter; ``None`` stays ``None``."""
    if seconds is None:
        return None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds <= 0:
        raise ValueError(f"{what} must be a positive number of seconds, got {seconds!r}")
    return format_go_duration(seconds)


def _count(what: str, value: int | None, *, maximum: int | None = None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} must be a non-negative integer, got {value!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{what} must be at most {maximum}, got {value}")
    return value


def permissions_text(permissions: str | int | None) -> str | None:
    """``0o600``/``"600"``/``"0600"`` → ``"0600"``; ``None`` stays ``None``."""
    if permissions is None:
        return None
    if isinstance(permissions, int) and not isinstance(permissions, bool):
        if not 0 <= permissions <= 0o777:
            raise ValueError(f"permissions out of range: {permissions:o}")
        return f"{permissions:04o}"
    if isinstance(permissions, str) and _PERMISSIONS.match(permissions.strip()):
        return permissions.strip().rjust(4, "0")
    raise ValueError(f"permissions must be an octal mode such as '0600', got {permissions!r}")


def tags_list(what: str, tags: Iterable[str] | None) -> list[str] | None:
    """A list of non-empty strings (a bare string is refused: it is almost always a bug)."""
    if tags is None:
        return None
    if isinstance(tags, str | bytes):
        raise TypeError(f"{what} must be a list of strings, not a single string")
    values = list(tags)
    for tag in values:
        if not isinstance(tag, str) or not tag:
            raise ValueError(f"{what} must be non-empty strings, got {tag!r}")
    return values


def encode_secret_data(data: bytes | str) -> str:
    """Secret bytes (or UTF-8 text) → the base64 text the daemon expects."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"secret data must be bytes or str, not {type(data).__name__}")
    return base64.b64encode(bytes(data)).decode("ascii")


def _network(network: NetworkPolicy | Mapping[str, Any] | None) -> dict[str, list[str]] | None:
    if network is None:
        return None
    if isinstance(network, Mapping):
        unknown = set(network) - {"allow", "drop"}
        if unknown:
            raise ValueError(f"network accepts only 'allow' and 'drop', got {sorted(unknown)}")
        network = NetworkPolicy(
            allow=None if network.get("allow") is None else tuple(network["allow"]),
            drop=None if network.get("drop") is None else tuple(network["drop"]),
        )
    return network.to_wire()


def _put(body: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        body[key] = value


def create_vm_body(
    *,
    cpus: int | None = None,
    ram_bytes: int | None = None,
    gpu_count: int | None = None,
    userdata: str | None = None,
    tags: Iterable[str] | None = None,
    secrets: Iterable[str] | None = None,
    persistent: bool | None = None,
    ssh_keys: Iterable[str] | None = None,
    import_user: str | None = None,
    disk_image: str | None = None,
    ip: str | None = None,
    network: NetworkPolicy | Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON body of ``POST /hostgroup/{group}/nodes``; unset fields are left out."""
    body: dict[str, Any] = {}
    _put(body, "cpus", _count("cpus", cpus))
    _put(body, "ram_bytes", _count("ram_bytes", ram_bytes))
    _put(body, "gpu_count", _count("gpu_count", gpu_count))
    _put(body, "userdata", userdata)
    _put(body, "tags", tags_list("tags", tags))
    _put(body, "secrets", tags_list("secrets", secrets))
    _put(body, "persistent", persistent)
    _put(body, "ssh_keys", tags_list("ssh_keys", ssh_keys))
    _put(body, "import_user", import_user)
    _put(body, "disk_image", disk_image)
    _put(body, "ip", ip)
    _put(body, "network", _network(network))
    return body


def commit_body(
    *, tags: Iterable[str] | None, labels: Mapping[str, str] | None, cache_key: str | None
) -> dict[str, Any] | None:
    """The commit body, or ``None`` when nothing is set (then no body is sent)."""
    body: dict[str, Any] = {}
    tag_values = tags_list("tags", tags)
    if tag_values:
        body["tags"] = tag_values
    if labels:
        body["labels"] = {str(k): str(v) for k, v in labels.items()}
    if cache_key is not None and cache_key.strip():
        body["cache_key"] = cache_key.strip()
    return body or None


def fork_body(
    *,
    network: NetworkPolicy | Mapping[str, Any] | None = None,
    tags: Iterable[str] | None = None,
    tag_mode: Literal["append", "replace"] | None = None,
    secrets: Iterable[str] | None = None,
    persistent: bool | None = None,
    fixups: Iterable[str] | None = None,
    vcpu: int | None = None,
    ram_bytes: int | None = None,
) -> dict[str, Any] | None:
    """The fork body holding only the keys that were given, or ``None`` for no body."""
    body: dict[str, Any] = {}
    _put(body, "network", _network(network))
    _put(body, "tags", tags_list("tags", tags))
    _put(body, "tag_mode", check_choice("tag_mode", tag_mode, ("append", "replace")))
    _put(body, "secrets", tags_list("secrets", secrets))
    _put(body, "persistent", persistent)
    fixup_values = tags_list("fixups", fixups)
    if fixup_values is not None:
        for fixup in fixup_values:
            check_choice("fixup", fixup, FORK_FIXUPS)
        body["fixups"] = fixup_values
    if vcpu:
        body["vcpu"] = _count("vcpu", vcpu)
    if ram_bytes:
        body["ram_bytes"] = _count("ram_bytes", ram_bytes)
    return body or None


def proxy_allow_body(
    client: str,
    host: str,
    *,
    secret: str | None = None,
    methods: Iterable[str] = (),
    paths: Iterable[str] = (),
    ports: Iterable[int] = (),
    ttl_seconds: int | None = None,
    passthrough: bool = False,
) -> dict[str, Any]:
    """The body of an allow rule (and, without ``ttl_seconds``, of a revoke)."""
    body: dict[str, Any] = {
        "client": check_name("client", client),
        "host": check_name("host", host),
    }
    method_list = tags_list("methods", methods) or []
    path_list = tags_list("paths", paths) or []
    port_list = [_count("port", p, maximum=65535) for p in ports]
    if passthrough and (secret or method_list or path_list):
        raise ValueError("passthrough cannot be combined with secret, methods or paths")
    _put(body, "secret", secret or None)
    if method_list:
        body["methods"] = method_list
    if path_list:
        body["paths"] = path_list
    if port_list:
        body["ports"] = port_list
    _put(body, "ttl_seconds", _count("ttl_seconds", ttl_seconds) or None)
    if passthrough:
        body["passthrough"] = True
    return body
