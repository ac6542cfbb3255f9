"""Query parameter readers that answer 400 with a clear message on bad input."""

from __future__ import annotations

from starlette.datastructures import QueryParams

from slicer.local.errors import bad_request
from slicer.local.gotime import parse_duration

__all__ = ["NON_ROOT_USER", "boolean", "duration_ns", "integer", "octal_mode", "required"]

#: The Go SDK's "unset" marker for uid/gid (2^32 - 1).
NON_ROOT_USER = 4294967295


def required(q: QueryParams, name: str) -> str:
    value = q.get(name)
    if value is None or value == "":
        raise bad_request(f"{name} is required")
    return value


def boolean(q: QueryParams, name: str) -> bool:
    value = (q.get(name) or "false").strip().lower()
    if value not in ("true", "false", "1", "0"):
        raise bad_request(f"{name} must be true or false, got {value!r}")
    return value in ("true", "1")


def integer(q: QueryParams, name: str, *, minimum: int, maximum: int) -> int | None:
    value = q.get(name)
    if value is None or value == "":
        return None
    text = value.strip()
    if not text.isdigit() or not minimum <= int(text) <= maximum:
        raise bad_request(f"{name} must be an integer from {minimum} to {maximum}, got {value!r}")
    return int(text)


def octal_mode(value: str | None, name: str) -> int | None:
    """``"0644"``/``"644"`` → ``0o644`` (at most ``07777``)."""
    if value is None or value == "":
        return None
    text = value.strip()
    if not 1 <= len(text) <= 5 or any(c not in "01234567" for c in text):
        raise bad_request(f"{name} must be an octal mode such as 0644, got {value!r}")
    mode = int(text, 8)
    if mode > 0o7777:
        raise bad_request(f"{name} must be at most 07777, got {value!r}")
    return mode


def duration_ns(q: QueryParams, name: str) -> int | None:
    value = q.get(name)
    if value is None or value == "":
        return None
    try:
        return parse_duration(value)
    except ValueError:
        raise bad_request(f"{name} must be a Go duration such as 1.5s or 200ms") from None
