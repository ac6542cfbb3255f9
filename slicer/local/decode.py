"""Go-like request decoding: JSON bodies and query parameters.

Mirrors what a Go daemon's ``encoding/json`` + ``strconv`` would accept: unknown fields
are ignored, keys match case-insensitively when there is no exact match, ``null`` means
"absent", and a value of the wrong JSON type is a 400 with a message naming the field.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from starlette.requests import Request

from slicer.local.errors import bad_request
from slicer.local.gotime import parse_duration

__all__ = ["JsonObject", "Query", "parse_json_object", "read_json_object"]

INT64_MAX = 2**63 - 1
UINT32_MAX = 2**32 - 1


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"invalid JSON number {name}")


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class JsonObject:
    """Typed, Go-like access to the fields of a decoded JSON object."""

    def __init__(self, data: dict[str, Any], where: str = "") -> None:
        self._data = data
        self._where = where

    def _name(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def _fail(self, key: str, expected: str, value: object) -> NoReturn:
        raise bad_request(
            f"invalid request body: field {self._name(key)!r} must be {expected}, "
            f"got {_type_name(value)}"
        )

    def raw(self, key: str) -> Any:
        """The value for ``key`` (exact match first, then case-insensitive), or None."""
        if key in self._data:
            return self._data[key]
        lowered = key.lower()
        found: Any = None
        for k, v in self._data.items():
            if k.lower() == lowered:
                found = v
        return found

    def has(self, key: str) -> bool:
        """True when ``key`` is present and not null."""
        return self.raw(key) is not None

    def string(self, key: str) -> str | None:
        value = self.raw(key)
        if value is None or isinstance(value, str):
            return value
        self._fail(key, "a string", value)

    def boolean(self, key: str) -> bool | None:
        value = self.raw(key)
        if value is None or isinstance(value, bool):
            return value
        self._fail(key, "a boolean", value)

    def integer(self, key: str, *, minimum: int | None = 0, maximum: int = INT64_MAX) -> int | None:
        """An integer field; floats (even ``1.0``) and out-of-range values are rejected."""
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self._fail(key, "an integer", value)
        if minimum is not None and value < minimum:
            raise bad_request(
                f"invalid request body: field {self._name(key)!r} must be >= {minimum}"
            )
        if value > maximum:
            raise bad_request(f"invalid request body: field {self._name(key)!r} is too large")
        return value

    def strings(self, key: str) -> list[str] | None:
        """A list of strings; an explicit ``[]`` stays an empty list (not None)."""
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._fail(key, "an array of strings", value)
        return list(value)

    def integers(self, key: str, *, minimum: int = 0, maximum: int = INT64_MAX) -> list[int] | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            self._fail(key, "an array of integers", value)
        for v in value:
            if v < minimum or v > maximum:
                raise bad_request(
                    f"invalid request body: field {self._name(key)!r} values must be "
                    f"between {minimum} and {maximum}"
                )
        return list(value)

    def child(self, key: str) -> JsonObject | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self._fail(key, "an object", value)
        return JsonObject(value, self._name(key))

    def mapping(self, key: str) -> dict[str, str] | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self._fail(key, "an object of strings", value)
        return dict(value)


def parse_json_object(body: bytes, *, allow_empty: bool = False) -> JsonObject:
    """Decode ``body`` as one JSON object (400 otherwise). Empty gives ``{}`` if allowed."""
    if not body.strip():
        if allow_empty:
            return JsonObject({})
        raise bad_request("invalid request body: empty body, expected a JSON object")
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad_request(f"invalid request body: invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise bad_request(f"invalid request body: expected a JSON object, got {_type_name(data)}")
    return JsonObject(data)


async def read_json_object(request: Request, *, allow_empty: bool = False) -> JsonObject:
    """Read and decode the request body as a JSON object."""
    return parse_json_object(await request.body(), allow_empty=allow_empty)


_TRUE = {"true": True, "1": True, "false": False, "0": False}


class Query:
    """Validated access to query parameters (first value wins unless noted)."""

    def __init__(self, request: Request) -> None:
        self._params = request.query_params

    def string(self, name: str) -> str | None:
        return self._params.get(name)

    def values(self, name: str) -> list[str]:
        """Every value of a repeated parameter, in order."""
        return self._params.getlist(name)

    def boolean(self, name: str) -> bool | None:
        """``true``/``false`` (also ``1``/``0``); absent or empty gives None."""
        value = self._params.get(name)
        if not value:
            return None
        try:
            return _TRUE[value.lower()]
        except KeyError:
            raise bad_request(
                f"invalid query parameter {name!r}: expected true or false, got {value!r}"
            ) from None

    def integer(
        self, name: str, *, minimum: int | None = 0, maximum: int = INT64_MAX
    ) -> int | None:
        """A decimal integer; absent or empty gives None."""
        value = self._params.get(name)
        if value is None or value == "":
            return None
        try:
            number = int(value, 10)
        except ValueError:
            raise bad_request(
                f"invalid query parameter {name!r}: expected an integer, got {value!r}"
            ) from None
        if (minimum is not None and number < minimum) or number > maximum:
            raise bad_request(f"invalid query parameter {name!r}: {number} is out of range")
        return number

    def duration(self, name: str) -> float | None:
        """A non-negative Go duration (``1m30s``) in seconds; absent or empty gives None."""
        value = self._params.get(name)
        if value is None or value == "":
            return None
        try:
            ns = parse_duration(value)
        except ValueError:
            raise bad_request(
                f"invalid query parameter {name!r}: expected a duration such as 1m30s, "
                f"got {value!r}"
            ) from None
        if ns < 0:
            raise bad_request(f"invalid query parameter {name!r}: duration must not be negative")
        return ns / 1e9

    def choice(self, name: str, choices: tuple[str, ...]) -> str | None:
        """One of ``choices``; absent or empty gives None."""
        value = self._params.get(name)
        if value is None or value == "":
            return None
        if value not in choices:
            raise bad_request(
                f"invalid query parameter {name!r}: expected one of {', '.join(choices)}, "
                f"got {value!r}"
            )
        return value
