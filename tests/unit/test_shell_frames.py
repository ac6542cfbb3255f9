"""The shell frame codec (PROTOCOL.md §3.13): 1 byte type, 4 bytes big-endian length."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer.errors import ProtocolError
from slicer.shell import (
    FrameReader,
    FrameType,
    ShellFrame,
    encode_frame,
    parse_window_size,
    window_size_frame,
)


def test_wire_layout() -> None:
    assert encode_frame(FrameType.DATA, b"ls\n") == b"\x01\x00\x00\x00\x03ls\n"
    assert encode_frame(FrameType.SHUTDOWN) == b"\x03\x00\x00\x00\x00"
    assert encode_frame(FrameType.SESSION_CLOSE) == b"\x05\x00\x00\x00\x00"
    assert encode_frame(FrameType.HEARTBEAT) == b"\x04\x00\x00\x00\x00"
    assert window_size_frame(120, 40) == b"\x02\x00\x00\x00\x08\x00\x00\x00\x78\x00\x00\x00\x28"


def test_type_constants_match_the_go_sdk() -> None:
    assert [int(t) for t in FrameType] == [1, 2, 3, 4, 5]


def test_window_size_roundtrip_and_bounds() -> None:
    frame = FrameReader().feed(window_size_frame(80, 24))[0]
    assert frame.type == FrameType.WINDOW_SIZE
    assert parse_window_size(frame.payload) == (80, 24)
    for bad in (0, -1, 65536, True, 1.5):
        with pytest.raises(ValueError):
            window_size_frame(bad, 24)  # type: ignore[arg-type]
    with pytest.raises(ProtocolError):
        parse_window_size(b"\x00" * 7)


def test_type_must_fit_a_byte() -> None:
    with pytest.raises(ValueError):
        encode_frame(256)


def test_reader_keeps_partial_frames_and_unknown_types() -> None:
    reader = FrameReader()
    wire = encode_frame(FrameType.DATA, b"hello") + encode_frame(0x7F, b"??")
    assert reader.feed(wire[:3]) == []
    assert reader.pending == 3
    assert reader.feed(wire[3:9]) == []
    assert reader.feed(wire[9:]) == [ShellFrame(1, b"hello"), ShellFrame(0x7F, b"??")]
    assert reader.pending == 0


def test_reader_rejects_absurd_lengths() -> None:
    with pytest.raises(ProtocolError, match="payload bytes"):
        FrameReader(max_payload=10).feed(b"\x01\x00\x00\x00\x0b")


frames = st.lists(st.builds(ShellFrame, st.integers(0, 255), st.binary(max_size=300)), max_size=20)


@given(frames, st.data())
def test_any_split_decodes_to_the_same_frames(items: list[ShellFrame], data: st.DataObject) -> None:
    wire = b"".join(f.encode() for f in items)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(wire)), max_size=10)))
    reader = FrameReader()
    decoded: list[ShellFrame] = []
    start = 0
    for cut in [*cuts, len(wire)]:
        decoded += reader.feed(wire[start:cut])
        start = cut
    assert decoded == items
    assert reader.pending == 0


@given(st.integers(1, 65535), st.integers(1, 65535))
def test_window_size_property(cols: int, rows: int) -> None:
    (frame,) = FrameReader().feed(window_size_frame(cols, rows))
    assert parse_window_size(frame.payload) == (cols, rows)
