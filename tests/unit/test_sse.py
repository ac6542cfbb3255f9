"""The SSE parser: WHATWG framing, the Go SDK's rules, and no phantom empty events."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer._core.sse import SSEEvent, SSEParser
from slicer.errors import ProtocolError


def _parse(text: bytes, cuts: list[int] | None = None) -> list[SSEEvent]:
    parser = SSEParser()
    out: list[SSEEvent] = []
    pos = 0
    for cut in sorted(cuts or []):
        out += parser.feed(text[pos:cut])
        pos = cut
    out += parser.feed(text[pos:])
    return out + parser.close()


def test_watch_event_framing() -> None:
    events = _parse(b'id: 1\nevent: watch\ndata: {"id":1}\n\n')
    assert events == [SSEEvent('{"id":1}', "watch", "1", None)]


def test_heartbeats_after_an_id_are_not_events() -> None:
    """httpx-sse 0.4.3 turns ': heartbeat' after an id into an empty event (issue #35)."""
    stream = b"id: 0\n\n: heartbeat\n\n: heartbeat\n\nid: 7\ndata: x\n\n: hb\n\n"
    assert _parse(stream) == [SSEEvent("x", "message", "7", None)]


def test_multi_line_data_crlf_and_last_id_persisting() -> None:
    stream = b"id: 5\r\ndata: a\r\ndata: b\r\n\r\ndata: c\n\nid: bad\x00id\ndata: d\n\n"
    events = _parse(stream)
    assert [(e.data, e.id) for e in events] == [("a\nb", "5"), ("c", "5"), ("d", "5")]


def test_pending_data_is_dispatched_at_the_end() -> None:
    assert _parse(b"data: tail") == [SSEEvent("tail")]


def test_retry_and_field_without_colon() -> None:
    # a bare "data" field is an empty data line: the event is dispatched (the watch skips it)
    assert _parse(b"retry: 300\ndata\n\n") == [SSEEvent("", "message", None, 300)]


def test_overlong_line() -> None:
    parser = SSEParser(max_line=100)
    with pytest.raises(ProtocolError):
        parser.feed(b"data: " + b"x" * 200)


@given(
    st.lists(
        st.sampled_from(["id: 3", "event: watch", "data: {}", ": hb", "", "data: z"]), max_size=20
    ),
    st.lists(st.integers(0, 400), max_size=8),
)
def test_split_points_do_not_matter(lines: list[str], cuts: list[int]) -> None:
    text = ("\n".join(lines) + "\n").encode()
    cuts = [c for c in cuts if c <= len(text)]
    assert _parse(text, cuts) == _parse(text)
    assert all(e.data for e in _parse(text, cuts))
