"""Sans-IO exec pieces: NDJSON splitting, frame decoding, query building, HTTP/1.1 duplex."""

from __future__ import annotations

import base64
import json

import h11
import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer import Exit, Gap, ProtocolError, Started, Stderr, Stdout
from slicer._core.exec.duplex import LAST_CHUNK, ResponseParser, chunk, request_head
from slicer._core.exec.encode import frame_line, output_frame
from slicer._core.exec.frames import decode_frame, decode_line
from slicer._core.exec.ndjson import LineSplitter
from slicer._core.exec.request import check_stdin_source, command_spec, exec_query
from slicer._core.exec.result import ExecResult, OutputCollector


@given(
    st.lists(
        st.binary(min_size=1).filter(
            lambda b: b"\n" not in b and b.strip() and not b.endswith(b"\r")
        ),
        max_size=20,
    ),
    st.data(),
)
def test_line_splitter_any_chunking(lines: list[bytes], data: st.DataObject) -> None:
    stream = b"".join(line + b"\n" for line in lines)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=10)))
    splitter, got, start = LineSplitter(), [], 0
    for cut in [*cuts, len(stream)]:
        got += splitter.feed(stream[start:cut])
        start = cut
    assert got == lines
    assert splitter.flush() is None


def test_line_splitter_final_line_without_newline_and_limit() -> None:
    splitter = LineSplitter(max_line=10)
    assert splitter.feed(b'{"a":1}\r\n{"b"') == [b'{"a":1}']
    assert splitter.flush() == b'{"b"'
    with pytest.raises(ProtocolError):
        splitter.feed(b"x" * 11)


@given(st.binary(max_size=2048), st.sampled_from(["stdout", "stderr"]))
def test_base64_frames_round_trip(payload: bytes, kind: str) -> None:
    frames = decode_line(frame_line(output_frame(kind, payload, "base64")))
    expected = [] if not payload else [(Stdout if kind == "stdout" else Stderr)(payload)]
    assert [(type(f), f.data) for f in frames] == [(type(e), e.data) for e in expected]


def test_typed_frames() -> None:
    assert decode_frame({"type": "started", "pid": 7}) == [Started(7)]
    exit_frame = decode_frame({"type": "exit", "exit_code": 137, "signal": "SIGKILL", "pid": 7})
    assert exit_frame == [Exit(137, "SIGKILL", 7)]
    gap = decode_frame({"id": 7, "type": "gap", "dropped_frames": 5, "dropped_bytes": 40960})
    assert gap == [Gap(40960, 5, "", 7)]
    # Typed stdout may carry its payload in the legacy field.
    assert decode_frame({"type": "stdout", "stdout": "x"})[0].data == b"x"
    # Unknown types are ignored unless they end the stream.
    assert decode_frame({"type": "progress", "pct": 5}) == []
    assert decode_frame({"type": "whatever", "error": "boom"})[0].error == "boom"


def test_error_frame_from_a_start_failure() -> None:
    (frame,) = decode_frame({"error": 'exec: "x": executable file not found', "exit_code": 127})
    assert isinstance(frame, Exit) and frame.exit_code == 127 and "not found" in frame.error


def test_legacy_frames() -> None:
    assert decode_frame({"stdout": "line 1\n", "exit_code": 0}) == [Stdout(b"line 1\n")]
    assert decode_frame({"stderr": "oops\n", "exit_code": 0}) == [Stderr(b"oops\n")]
    (legacy_exit,) = decode_frame({"error": "exit status 42", "exit_code": 42})
    assert legacy_exit == Exit(42)  # a plain non-zero exit, not a failure to run
    both = decode_frame({"data": "x"})
    assert both == [Stdout(b"x"), Stderr(b"x")]


@pytest.mark.parametrize(
    "line", [b"not json", b"[1,2]", b'{"type":"stdout","encoding":"base64","data":"@@@"}']
)
def test_malformed_lines(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode_line(line)


def test_command_spec_forms() -> None:
    assert command_spec("ls | wc").shell is None  # the daemon's default shell
    listed = command_spec(["ls", "-l"], ["x"])
    assert (listed.cmd, listed.args, listed.shell) == ("ls", ("-l", "x"), "")
    assert command_spec("echo", shell="/bin/sh").shell == "/bin/sh"
    assert command_spec(["echo", "hi"], shell=True).shell is None
    for bad in ("", "  ", []):
        with pytest.raises(ValueError):
            command_spec(bad)
    with pytest.raises(ValueError):
        command_spec(["a\0b"])
    with pytest.raises(TypeError):
        command_spec("echo", "not-a-list")


def test_exec_query() -> None:
    spec = command_spec(["printf", "%s"], ["a b"])
    query = exec_query(spec, cwd="/w", env={"A": "1"}, uid=0, gid=1000, stdin=True)
    assert query == [
        ("cmd", "printf"),
        ("args", "%s"),
        ("args", "a b"),
        ("env", "A=1"),
        ("uid", "0"),
        ("gid", "1000"),
        ("cwd", "/w"),
        ("shell", ""),
        ("stdin", "true"),
        ("stdio", "base64"),
    ]
    bg = exec_query(command_spec("sleep 1"), background=True, ring_bytes=4096)
    assert ("background", "true") in bg and ("ring_bytes", "4096") in bg
    for kwargs in (
        {"stdio": "utf8"},
        {"background": True, "stdin": True},
        {"buffered": True, "stdin": True},
        {"ring_bytes": 5},
        {"uid": 2**32},
        {"env": ["=x"]},
        {"cwd": ""},
    ):
        with pytest.raises(ValueError):
            exec_query(spec, **kwargs)  # type: ignore[arg-type]


def test_stdin_sources() -> None:
    for ok in (None, b"x", "x", bytearray(b"x"), [b"a"], iter([b"a"])):
        check_stdin_source(ok)
    with pytest.raises(TypeError):
        check_stdin_source(42)


def test_duplex_request_and_chunked_response() -> None:
    conn, head = request_head(
        "http://unix",
        "/vm/a/exec",
        [("cmd", "cat"), ("stdin", "true")],
        [("Authorization", "Bearer t")],
        chunked=True,
    )
    assert head.startswith(b"POST /vm/a/exec?cmd=cat&stdin=true HTTP/1.1\r\n")
    assert b"transfer-encoding: chunked" in head.lower() and b"host: unix" in head.lower()
    assert chunk(b"hello") == b"5\r\nhello\r\n" and chunk(b"") == b""
    assert LAST_CHUNK == b"0\r\n\r\n"
    server = h11.Connection(h11.SERVER)
    server.receive_data(head)
    assert isinstance(server.next_event(), h11.Request)
    raw = server.send(h11.Response(status_code=200, headers=[("Transfer-Encoding", "chunked")]))
    raw += server.send(h11.Data(data=b'{"type":"started","pid":1}\n'))
    raw += server.send(h11.EndOfMessage())
    parser = ResponseParser(conn)
    body = []
    for i in range(len(raw)):  # byte by byte: the parser copes with any split
        body += parser.feed(raw[i : i + 1])
    assert parser.head is not None and parser.head.status == 200
    assert b"".join(body) == b'{"type":"started","pid":1}\n' and parser.complete


def test_duplex_truncated_response_is_an_error() -> None:
    conn, head = request_head("http://h:1/prefix", "/x", [], [], chunked=False)
    assert head.startswith(b"POST /prefix/x HTTP/1.1")
    parser = ResponseParser(conn)
    parser.feed(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
    with pytest.raises(ProtocolError):
        parser.feed(b"")


def test_collector_and_buffered_result() -> None:
    collector = OutputCollector()
    for frame in (Started(3), Stdout(b"a"), Stderr(b"b"), Stdout(b"c"), Exit(0, pid=3)):
        collector.add(frame)
    result = collector.result(["x"], text=True)
    assert (result.stdout, result.stderr, result.pid) == ("ac", "b", 3)
    wire = {
        "stdout": base64.b64encode(b"\0").decode(),
        "stderr": "",
        "encoding": "base64",
        "exit_code": 2,
    }
    assert ExecResult.from_wire(json.loads(json.dumps(wire))).stdout == b"\0"
