"""Timestamps on the wire: RFC 3339 strings (Go writes nanoseconds) or Unix seconds."""

from __future__ import annotations

import re
from datetime import UTC, datetime

__all__ = ["format_rfc3339", "parse_timestamp"]

_FRACTION = re.compile(r"(\.\d+)")
_GO_ZERO_YEAR = 1


def parse_timestamp(value: object) -> datetime | None:
    """Turn a wire timestamp into an aware ``datetime``, or ``None`` when it is absent.

    Accepts RFC 3339 text with any number of fractional digits (truncated to microseconds),
    ``Z`` or ``z`` or a numeric offset, and integer or float Unix seconds. ``None``, ``""`` and
    Go's zero time (``0001-01-01T00:00:00Z``) give ``None``. Anything else gives ``None`` too:
    a malformed timestamp must never make a whole response unreadable.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text[-1] in "zZ":
        text = text[:-1] + "+00:00"
    match = _FRACTION.search(text)
    if match and len(match.group(1)) > 7:
        text = text[: match.start()] + match.group(1)[:7] + text[match.end() :]
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed.year == _GO_ZERO_YEAR:
        return None
    return parsed


def format_rfc3339(moment: datetime) -> str:
    """Render an aware ``datetime`` as RFC 3339 in UTC with ``Z``, as Go does: the
    fraction of a second only when non-zero, without trailing zeros.

    Raises:
        ValueError: ``moment`` is naive (Go would reject a timestamp without an offset).
    """
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    moment = moment.astimezone(UTC)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}".rstrip("0")
    return text + "Z"
