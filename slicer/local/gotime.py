"""Go-compatible time formats: duration strings and RFC 3339 timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

from slicer._core.durations import format_go_duration_ns, parse_go_duration_ns
from slicer._core.timestamps import format_rfc3339

__all__ = ["ZERO_TIME", "format_duration", "parse_duration", "parse_rfc3339", "rfc3339", "utcnow"]

#: How Go writes an unset ``time.Time``.
ZERO_TIME = "0001-01-01T00:00:00Z"

#: Go duration text, from the one implementation in the core.
parse_duration = parse_go_duration_ns
format_duration = format_go_duration_ns


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def rfc3339(value: datetime | None) -> str:
    """Format an aware datetime as RFC 3339 in UTC with ``Z``; None gives Go's zero time."""
    return ZERO_TIME if value is None else format_rfc3339(value)


def parse_rfc3339(text: str | None) -> datetime | None:
    """Parse a timestamp written by :func:`rfc3339`; Go's zero time and None give None."""
    if not text or text == ZERO_TIME:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
