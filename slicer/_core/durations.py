"""Go ``time.Duration`` text: the one implementation, used by the client (query parameters,
stats uptimes) and by slicer.local (parsing request parameters, writing uptimes).

The exact forms work on integer nanoseconds; the ``*_go_duration`` forms on seconds.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "format_go_duration",
    "format_go_duration_ns",
    "parse_go_duration",
    "parse_go_duration_ns",
]

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


def parse_go_duration_ns(text: str) -> int:
    """Parse Go duration text (``1m30s``, ``500ms``, ``-1.5h``) into integer nanoseconds,
    exactly (no float rounding).

    Raises:
        ValueError: anything Go's ``time.ParseDuration`` rejects, or out of int64 range.
    """
    s = text
    sign = 1
    if s[:1] in ("-", "+"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        raise ValueError(f"invalid Go duration {text!r}")
    total = Decimal(0)
    pos = 0
    while pos < len(s):
        match = _PART.match(s, pos)
        if match is None:
            raise ValueError(f"invalid Go duration {text!r}")
        total += Decimal(match.group(1)) * _NS_PER_UNIT[match.group(2)]
        pos = match.end()
    ns = int(total)
    if ns > _MAX_NS:
        raise ValueError(f"invalid Go duration {text!r}: out of range")
    return sign * ns


def _frac(value: int, digits: int) -> str:
    """``value / 10**digits`` with the fraction's trailing zeros trimmed."""
    whole, rest = divmod(value, 10**digits)
    if rest == 0:
        return str(whole)
    return f"{whole}.{rest:0{digits}d}".rstrip("0")


def format_go_duration_ns(ns: int) -> str:
    """Format integer nanoseconds as Go's ``Duration.String`` does (``6m53s``, ``1.5s``)."""
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


def format_go_duration(seconds: float) -> str:
    """Render ``seconds`` the way Go's ``Duration.String`` does (``2m0s``, ``1.5s``, ``500ms``).

    Raises:
        ValueError: ``seconds`` is negative, not finite, or not a number.
    """
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        raise ValueError(f"duration must be a number of seconds, got {seconds!r}")
    if seconds != seconds or seconds in (float("inf"), float("-inf")) or seconds < 0:
        raise ValueError(f"duration must be a finite, non-negative number of seconds: {seconds!r}")
    return format_go_duration_ns(round(seconds * 1_000_000_000))


def parse_go_duration(text: str) -> float:
    """Parse Go duration text (``6m53s``, ``1h0m0s``, ``500ms``, ``-1.5s``) into seconds.

    Raises:
        ValueError: ``text`` is not a Go duration.
    """
    return parse_go_duration_ns(text.strip()) / 1_000_000_000
