"""Small helpers for reading response bodies."""

from __future__ import annotations

import json

from slicer.errors import ProtocolError

__all__ = ["parse_json"]


def parse_json(content: bytes, what: str) -> object:
    """Decode a JSON response body; a body that is not JSON raises ``ProtocolError``."""
    try:
        return json.loads(content)
    except ValueError as exc:
        preview = content[:120].decode("utf-8", errors="replace")
        raise ProtocolError(
            f"{what}: the daemon sent a body that is not JSON: {preview!r}"
        ) from exc
