"""Size helpers."""

from __future__ import annotations

__all__ = ["gib", "mib"]


def mib(n: int | float) -> int:
    """``n`` mebibytes in bytes (``n * 2**20``)."""
    return int(n * 1024 * 1024)


def gib(n: int | float) -> int:
    """``n`` gibibytes in bytes (``n * 2**30``)."""
    return int(n * 1024 * 1024 * 1024)
