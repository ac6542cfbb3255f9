"""Shell-style globs with Go ``path.Match`` rules, and exclude patterns (PROTOCOL.md §4.3).

``*`` matches any run of characters except ``/``, ``?`` one character except ``/``,
``[...]`` a class (``[^...]`` or ``[!...]`` negated, ranges ``a-z``, ``\\`` escapes), and
``\\x`` the character ``x``. A malformed pattern matches nothing. Pure functions.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable

__all__ = ["glob_match", "is_excluded", "normalize_patterns"]


@functools.lru_cache(maxsize=1024)
def _compile(pattern: str) -> re.Pattern[str] | None:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "\\":
            if i + 1 >= n:
                return None
            i += 1
            out.append(re.escape(pattern[i]))
        elif c == "[":
            cls, i = _char_class(pattern, i + 1)
            if cls is None:
                return None
            out.append(cls)
            continue
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def _char_class(pattern: str, i: int) -> tuple[str | None, int]:
    """Translate the class starting after ``[``; returns (regex, index after ``]``)."""
    n = len(pattern)
    negate = i < n and pattern[i] in "^!"
    if negate:
        i += 1
    items: list[str] = []
    first = True
    while True:
        if i >= n:
            return None, i
        c = pattern[i]
        if c == "]" and not first:
            i += 1
            break
        first = False
        lo, i = _class_char(pattern, i)
        if lo is None:
            return None, i
        if i + 1 < n and pattern[i] == "-" and pattern[i + 1] != "]":
            hi, i = _class_char(pattern, i + 1)
            if hi is None or hi < lo:
                return None, i
            items.append(f"{re.escape(lo)}-{re.escape(hi)}")
        else:
            items.append(re.escape(lo))
    body = "".join(items)
    return (f"[^/{body}]" if negate else f"(?!/)[{body}]"), i


def _class_char(pattern: str, i: int) -> tuple[str | None, int]:
    if pattern[i] == "\\":
        if i + 1 >= len(pattern):
            return None, i
        return pattern[i + 1], i + 2
    if pattern[i] == "/":
        return None, i
    return pattern[i], i + 1


def glob_match(pattern: str, text: str) -> bool:
    """Whether ``text`` matches ``pattern`` as a whole (``*`` never crosses ``/``)."""
    compiled = _compile(pattern)
    return compiled is not None and compiled.fullmatch(text) is not None


def normalize_patterns(patterns: Iterable[str]) -> tuple[str, ...]:
    """Normalise exclude patterns as the Go SDK does.

    Each pattern is trimmed, the OS path separator becomes ``/`` (on POSIX a ``\\`` stays:
    it escapes the next character), then **one** leading ``./``, **one**
    leading ``/`` and **one** trailing ``/`` are removed; empty results are dropped.
    ``"  ./foo/ "`` → ``foo``.
    """
    if isinstance(patterns, str | bytes):
        raise TypeError("exclude must be a list of patterns, not a single string")
    out: list[str] = []
    for raw in patterns:
        if not isinstance(raw, str):
            raise TypeError(f"exclude patterns must be strings, got {raw!r}")
        p = raw.strip()
        if os.sep != "/":
            p = p.replace(os.sep, "/")
        if p.startswith("./"):
            p = p[2:]
        if p.startswith("/"):
            p = p[1:]
        if p.endswith("/"):
            p = p[:-1]
        if p and p not in out:
            out.append(p)
    return tuple(out)


def _segments_match(pat: tuple[str, ...], path: tuple[str, ...]) -> bool:
    @functools.cache
    def match(i: int, j: int) -> bool:
        if i == len(pat):
            return j == len(path)
        if pat[i] == "**":
            return any(match(i + 1, k) for k in range(j, len(path) + 1))
        return j < len(path) and glob_match(pat[i], path[j]) and match(i + 1, j + 1)

    return match(0, 0)


def is_excluded(rel_path: str, patterns: Iterable[str]) -> bool:
    """Whether the relative path ``rel_path`` (``/``-separated) is excluded by any of the
    already normalised ``patterns``.

    A pattern matches the whole path segment by segment (``**`` matches zero or more
    segments), or, when it has no ``/``, the last segment alone. So ``skipme/**`` excludes
    ``skipme`` and everything under it, and ``*.tmp`` matches ``a/b/c.tmp``.
    """
    path = rel_path.strip("/")
    if not path:
        return False
    segments = tuple(path.split("/"))
    for pattern in patterns:
        if "/" not in pattern and glob_match(pattern, segments[-1]):
            return True
        if _segments_match(tuple(pattern.split("/")), segments):
            return True
    return False
