"""Go ``time.Duration`` text: formatting seconds for query parameters, and parsing it back."""

from __future__ import annotations

import re

__all__ = ["format_go_duration", "parse_go_duration"]

_UNITS_NS = {
    "ns": 1,
    "us": 1_000,
    "µs": 1_000,
    "μs": 1_000,
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
}
_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")


def _trim(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number


def format_go_duration(seconds: float) -> str:
    """Render ``seconds`` the way Go's ``Duration.String`` does (``2m0s``, ``1.5s``, ``500ms``).

    Raises:
        ValueError: ``seconds`` is negative, not finite, or not a number.
    """
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        raise ValueError(f"duration must be a number of seconds, got {seconds!r}")
    if seconds != seconds or seconds in (float("inf"), float("-inf")) or seconds < 0:
        raise ValueError(f"duration must be a finite, non-negative number of seconds: {seconds!r}")
    ns = round(seconds * 1_000_000_000)
    if ns == 0:
        return "0s"
    if ns < 1_000:
        return f"{ns}ns"
    if ns < 1_000_000:
        return _trim(f"{ns / 1_000:.3f}") + "µs"
    if ns < 1_000_000_000:
        return _trim(f"{ns / 1_000_000:.6f}") + "ms"
    hours, rem = divmod(ns, 3_600_000_000_000)
    minutes, rem = divmod(rem, 60_000_000_000)
    secs = _trim(f"{rem / 1_000_000_000:.9f}") + "s"
    if hours:
        return f"{hours}h{minutes}m{secs}"
    if minutes:
        return f"{minutes}m{secs}"
    return secs


def parse_go_duration(text: str) -> float:
    """Parse Go duration text (``6m53s``, ``1h0m0s``, ``500ms``, ``-1.5s``) into seconds.

    Raises:
        ValueError: ``text`` is not a Go duration.
    """
    value = text.strip()
    sign = 1.0
    if value[:1] in "+-" and value:
        sign = -1.0 if value[0] == "-" else 1.0
        value = value[1:]
    if value == "0":
        return 0.0
    pos, total_ns = 0, 0.0
    while pos < len(value):
        match = _PART.match(value, pos)
        if match is None:
            raise ValueError(f"invalid Go duration {text!r}")
        total_ns += float(match.group(1)) * _UNITS_NS[match.group(2)]
        pos = match.end()
    if pos == 0:
        raise ValueError(f"invalid Go duration {text!r}")
    return sign * total_ns / 1_000_000_000
