"""Go-compatible time formats: duration strings and RFC 3339 timestamps."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

__all__ = ["ZERO_TIME", "format_duration", "parse_duration", "parse_rfc3339", "rfc3339", "utcnow"]

#: How Go writes an unset ``time.Time``.
ZERO_TIME = "0001-01-01T00:00:00Z"

_NS_PER_UNIT = {
    "ns": 1,
    "us": 1_000,
    "µs": 1_000,  # U+00B5 micro sign
    "μs": 1_000,  # U+03BC greek mu
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
}
_PART = re.compile(r"(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)")
_MAX_NS = 2**63 - 1


def parse_duration(text: str) -> int:
    """Parse a Go duration string (``1m30s``, ``500ms``, ``1.5h``) into nanoseconds.

    Raises ValueError for anything Go's ``time.ParseDuration`` rejects.
    """
    s = text
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        raise ValueError(f"invalid duration {text!r}")
    total = Decimal(0)
    pos = 0
    while pos < len(s):
        m = _PART.match(s, pos)
        if m is None:
            raise ValueError(f"invalid duration {text!r}")
        try:
            total += Decimal(m.group(1)) * _NS_PER_UNIT[m.group(2)]
        except InvalidOperation as exc:  # pragma: no cover - the regex admits only numbers
            raise ValueError(f"invalid duration {text!r}") from exc
        pos = m.end()
    ns = int(total)
    if ns > _MAX_NS:
        raise ValueError(f"invalid duration {text!r}: out of range")
    return sign * ns


def _frac(value: int, digits: int) -> str:
    """Format ``value`` / 10**digits with trailing zeros of the fraction trimmed."""
    whole, rest = divmod(value, 10**digits)
    if rest == 0:
        return str(whole)
    return f"{whole}.{rest:0{digits}d}".rstrip("0")


def format_duration(ns: int) -> str:
    """Format nanoseconds the way Go's ``time.Duration.String`` does (``6m53s``, ``1.5s``)."""
    if ns == 0:
        return "0s"
    sign = "-" if ns < 0 else ""
    u = abs(ns)
    if u < 1_000:
        return f"{sign}{u}ns"
    if u < 1_000_000:
        return f"{sign}{_frac(u, 3)}µs"
    if u < 1_000_000_000:
        return f"{sign}{_frac(u, 6)}ms"
    hours, rem = divmod(u, 3_600_000_000_000)
    minutes, rem = divmod(rem, 60_000_000_000)
    seconds = _frac(rem, 9) + "s"
    if hours:
        return f"{sign}{hours}h{minutes}m{seconds}"
    if minutes:
        return f"{sign}{minutes}m{seconds}"
    return sign + seconds


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def rfc3339(value: datetime | None) -> str:
    """Format an aware datetime as RFC 3339 in UTC with ``Z``; None gives Go's zero time."""
    if value is None:
        return ZERO_TIME
    value = value.astimezone(UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + "Z"


def parse_rfc3339(text: str | None) -> datetime | None:
    """Parse a timestamp written by :func:`rfc3339`; Go's zero time and None give None."""
    if not text or text == ZERO_TIME:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
