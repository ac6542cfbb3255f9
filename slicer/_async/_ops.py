"""Shared helpers for the async resource classes."""

from __future__ import annotations

from typing import Any, TypeVar

from slicer_api.types import UNSET, Response, Unset

from slicer._core.wire import parse_json

__all__ = ["json_of", "opt"]

T = TypeVar("T")


def opt(value: T | None) -> T | Unset:
    """The generated client's ``UNSET`` for ``None`` (the parameter is then not sent)."""
    return UNSET if value is None else value


def json_of(response: Response[Any], what: str) -> object:
    """The decoded JSON body of a successful response."""
    return parse_json(response.content, what)
