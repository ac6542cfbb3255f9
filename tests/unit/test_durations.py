from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer._core.durations import format_go_duration, parse_go_duration


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0s"),
        (45, "45s"),
        (120, "2m0s"),
        (90, "1m30s"),
        (1.5, "1.5s"),
        (0.5, "500ms"),
        (3600, "1h0m0s"),
        (3723.25, "1h2m3.25s"),
        (0.000001, "1µs"),
        (1e-9, "1ns"),
    ],
)
def test_format_matches_go(seconds: float, text: str) -> None:
    assert format_go_duration(seconds) == text


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), True, "5"])
def test_format_rejects(bad: object) -> None:
    with pytest.raises(ValueError):
        format_go_duration(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("6m53s", 413),
        ("1h0m0s", 3600),
        ("500ms", 0.5),
        ("1.5s", 1.5),
        ("0", 0),
        ("-2s", -2),
        ("1h30m", 5400),
        ("100us", 0.0001),
        ("3µs", 0.000003),
    ],
)
def test_parse(text: str, seconds: float) -> None:
    assert parse_go_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("bad", ["", "5", "s", "1x", "1s2", "--1s"])
def test_parse_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_go_duration(bad)


@given(st.integers(min_value=0, max_value=10**15))
def test_round_trip_nanoseconds(ns: int) -> None:
    seconds = ns / 1e9
    assert parse_go_duration(format_go_duration(seconds)) == pytest.approx(seconds, abs=1e-9)
