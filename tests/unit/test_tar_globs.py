"""Exclude patterns (PROTOCOL.md §4.3) and Go-style globs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer._core.tar import glob_match, is_excluded, normalize_patterns


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        (["  ./foo/ "], ("foo",)),
        (["/bar/ "], ("bar",)),
        ([" ./a/b/ "], ("a/b",)),
        (["", "  ", "./", "/"], ()),
        (["a\\b"], ("a\\b",)),  # on POSIX a backslash escapes, it is not a separator
        (["x", "x"], ("x",)),
    ],
)
def test_normalize(raw: list[str], normal: tuple[str, ...]) -> None:
    assert normalize_patterns(raw) == normal


def test_normalize_refuses_a_bare_string() -> None:
    with pytest.raises(TypeError):
        normalize_patterns("*.tmp")


@pytest.mark.parametrize(
    ("path", "patterns", "excluded"),
    [
        ("skipme", ["skipme/**"], True),
        ("skipme/a/b", ["skipme/**"], True),
        ("other.tmp", ["*.tmp"], True),
        ("a/b/other.tmp", ["*.tmp"], True),
        ("nested/skip.txt", ["nested/*.txt"], True),
        ("nested/skip.bin", ["nested/*.txt"], False),
        ("nested/deeper/skip.txt", ["nested/*.txt"], False),
        ("a/x/deep", ["a/**/deep"], True),
        ("a/deep", ["a/**/deep"], True),
        ("a/x/y/deep", ["a/**/deep"], True),
        ("b/x/deep", ["a/**/deep"], False),
        ("node_modules", ["node_modules"], True),
        ("src/node_modules", ["node_modules"], True),
        ("file[1]", ["file\\[1\\]"], True),
        ("file1", ["file[0-9]"], True),
        ("filex", ["file[^0-9]"], True),
        ("file1", ["file[!0-9]"], False),
        ("a", ["[unclosed"], False),
        ("a?c", ["a\\?c"], True),
        ("", ["*"], False),
    ],
)
def test_is_excluded(path: str, patterns: list[str], excluded: bool) -> None:
    assert is_excluded(path, normalize_patterns(patterns)) is excluded


def test_star_never_crosses_a_slash() -> None:
    assert not glob_match("a*", "ab/c")
    assert glob_match("a*/c", "ab/c")
    assert not glob_match("?", "/")


@given(st.text(max_size=30), st.text(max_size=30))
def test_globs_never_raise(pattern: str, text: str) -> None:
    glob_match(pattern, text)
    is_excluded(text, normalize_patterns([pattern]))


@given(st.text(alphabet="ab/.", max_size=20))
def test_literal_pattern_matches_itself(name: str) -> None:
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    if not parts:
        return
    path = "/".join(parts)
    assert is_excluded(path, normalize_patterns([path]))
