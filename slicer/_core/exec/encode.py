"""Encoding exec frames as NDJSON lines (the daemon side of PROTOCOL.md §3.6 and §3.8.3)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

from slicer._core.timestamps import format_rfc3339

__all__ = ["frame_line", "now_rfc3339", "output_frame"]


def now_rfc3339() -> str:
    """The current time as RFC 3339 with ``Z``."""
    return format_rfc3339(datetime.now(UTC))


def output_frame(kind: str, data: bytes | str, stdio: str) -> dict[str, Any]:
    """A ``stdout``/``stderr`` frame: base64 (binary-safe) or text (already decoded)."""
    frame: dict[str, Any] = {"type": kind, "timestamp": now_rfc3339()}
    if stdio == "base64":
        raw = data if isinstance(data, bytes) else data.encode()
        frame["encoding"] = "base64"
        frame["data"] = base64.b64encode(raw).decode("ascii")
    else:
        frame["data"] = data if isinstance(data, str) else data.decode("utf-8", "replace")
    return frame


def frame_line(frame: dict[str, Any]) -> bytes:
    """One NDJSON line (compact JSON plus ``\\n``)."""
    return json.dumps(frame, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
