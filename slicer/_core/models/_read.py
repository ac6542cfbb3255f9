"""Tolerant readers for JSON objects from the daemon.

Go decodes a missing field as its zero value and ignores fields of the wrong type only by
failing; we read every field defensively so that one odd value never makes a whole
response unreadable. Each reader returns the zero value (or ``None``) when the field is
absent or has the wrong type.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from slicer._core.timestamps import parse_timestamp

__all__ = ["Obj", "as_object", "as_list"]


def as_object(value: object) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else an empty mapping."""
    return value if isinstance(value, Mapping) else {}


def as_list(value: object) -> list[Any]:
    """``value`` if it is a JSON array, else an empty list."""
    return value if isinstance(value, list) else []


class Obj:
    """Typed access to the fields of one JSON object."""

    __slots__ = ("_data",)

    def __init__(self, data: object) -> None:
        self._data = as_object(data)

    def has(self, key: str) -> bool:
        return key in self._data and self._data[key] is not None

    def text(self, key: str, default: str = "") -> str:
        value = self._data.get(key)
        return value if isinstance(value, str) else default

    def integer(self, key: str, default: int = 0) -> int:
        value = self._data.get(key)
        if isinstance(value, bool):
            return default
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return default

    def opt_integer(self, key: str) -> int | None:
        return (
            self.integer(key) if self.has(key) and not isinstance(self._data[key], bool) else None
        )

    def number(self, key: str, default: float = 0.0) -> float:
        value = self._data.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        return default

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._data.get(key)
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.strip().lower() == "true"
        return default

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(v for v in as_list(self._data.get(key)) if isinstance(v, str))

    def opt_texts(self, key: str) -> tuple[str, ...] | None:
        """A list that may be absent (``None``) or explicitly empty (``()``)."""
        return self.texts(key) if isinstance(self._data.get(key), list) else None

    def integers(self, key: str) -> tuple[int, ...]:
        return tuple(
            v
            for v in as_list(self._data.get(key))
            if isinstance(v, int) and not isinstance(v, bool)
        )

    def time(self, key: str) -> datetime | None:
        return parse_timestamp(self._data.get(key))

    def labels(self, key: str) -> dict[str, str]:
        return {k: v for k, v in as_object(self._data.get(key)).items() if isinstance(v, str)}

    def obj(self, key: str) -> Obj | None:
        value = self._data.get(key)
        return Obj(value) if isinstance(value, Mapping) else None
