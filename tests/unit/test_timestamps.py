from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from slicer._core.timestamps import format_rfc3339, parse_timestamp


def test_go_nanoseconds_and_zulu() -> None:
    got = parse_timestamp("2026-05-01T10:00:00.123456789Z")
    assert got == datetime(2026, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)


def test_offsets_and_lowercase_z() -> None:
    assert parse_timestamp("2026-05-01T12:00:00+02:00") == datetime(2026, 5, 1, 10, tzinfo=UTC)
    assert parse_timestamp("2026-05-01T10:00:00z") == datetime(2026, 5, 1, 10, tzinfo=UTC)


def test_unix_seconds_are_accepted() -> None:
    assert parse_timestamp(1_700_000_000) == datetime.fromtimestamp(1_700_000_000, UTC)
    assert parse_timestamp(1.5) == datetime(1970, 1, 1, 0, 0, 1, 500000, tzinfo=UTC)


@pytest.mark.parametrize("empty", [None, "", "0001-01-01T00:00:00Z", "garbage", True, [], {}])
def test_absent_zero_and_garbage_are_none(empty: object) -> None:
    assert parse_timestamp(empty) is None


def test_format() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    assert format_rfc3339(moment) == "2026-01-02T02:04:05Z"
    with pytest.raises(ValueError):
        format_rfc3339(datetime(2026, 1, 1))
