"""The ``-L`` grammar (PROTOCOL.md §3.12): every row of the normative table, every rejected
form, the derived edge cases, and properties over generated specs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer.errors import ForwardSpecError, SlicerError
from slicer.forward import AddressMapping, parse_spec

# spec -> (listen address or socket, upstream header), straight from the table
TABLE = [
    ("127.0.0.1:9000", "127.0.0.1:9000", "127.0.0.1:9000"),
    ("9001:127.0.0.1:9000", "127.0.0.1:9001", "127.0.0.1:9000"),
    ("0:127.0.0.1:9000", "127.0.0.1:0", "127.0.0.1:9000"),
    ("0.0.0.0:9000:127.0.0.1:9000", "0.0.0.0:9000", "127.0.0.1:9000"),
    ("127.0.0.1:9000:/var/run/docker.sock", "127.0.0.1:9000", "unix:/var/run/docker.sock"),
    ("9000:/var/run/docker.sock", "0.0.0.0:9000", "unix:/var/run/docker.sock"),
    ("/tmp/docker.sock:/var/run/docker.sock", "/tmp/docker.sock", "unix:/var/run/docker.sock"),
    ("./local.sock:/var/run/docker.sock", "/work/dir/local.sock", "unix:/var/run/docker.sock"),
]


@pytest.mark.parametrize(("spec", "listen", "upstream"), TABLE)
def test_normative_table(spec: str, listen: str, upstream: str) -> None:
    mapping = parse_spec(spec, cwd="/work/dir")
    assert mapping.listen_address == listen
    assert mapping.remote_target == upstream
    assert mapping.raw_spec == spec


def test_three_part_form_listens_on_the_host_not_all_interfaces() -> None:
    # README says 0.0.0.0:9001; the code and its test say 127.0.0.1:9001 (PROTOCOL.md §7 #1)
    mapping = parse_spec("9001:127.0.0.1:9000")
    assert (mapping.listen_addr, mapping.listen_port) == ("127.0.0.1", 9001)
    assert (mapping.remote_host, mapping.remote_port) == ("127.0.0.1", 9000)
    assert not mapping.listen_unix and not mapping.remote_unix


def test_unix_to_unix_fields() -> None:
    mapping = parse_spec("/tmp/docker.sock:/var/run/docker.sock")
    assert mapping.listen_unix and mapping.remote_unix
    assert mapping.listen_unix_path == "/tmp/docker.sock"
    assert mapping.remote_unix_path == "/var/run/docker.sock"
    assert mapping.listen_port == 0 and mapping.remote_port == 0


def test_relative_local_socket_is_made_absolute_with_the_process_cwd(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    mapping = parse_spec("./local.sock:/var/run/docker.sock")
    assert mapping.listen_unix_path == str(tmp_path / "local.sock")
    assert parse_spec("../up.sock:/x.sock").listen_unix_path == str(tmp_path.parent / "up.sock")


def test_relative_remote_socket_is_kept_as_written() -> None:
    mapping = parse_spec("dir/a.sock:dir/b.sock", cwd="/c")
    assert mapping.listen_unix_path == "/c/dir/a.sock"
    assert mapping.remote_target == "unix:dir/b.sock"


def test_surrounding_whitespace_is_trimmed_and_ports_may_carry_spaces() -> None:
    assert parse_spec("  8080:127.0.0.1:80\n").listen_address == "127.0.0.1:8080"
    assert parse_spec("127.0.0.1: 80 ").remote_port == 80


def test_colon_port_listens_on_all_interfaces() -> None:
    mapping = parse_spec(":8080")
    assert mapping.listen_address == ":8080"
    assert mapping.remote_target == ":8080"


def test_unix_listen_to_tcp_falls_through_to_the_two_part_rule() -> None:
    # Not supported by the grammar: it parses as host:port and fails at bind time.
    mapping = parse_spec("/tmp/a.sock:9000")
    assert not mapping.listen_unix
    assert (mapping.listen_addr, mapping.listen_port) == ("/tmp/a.sock", 9000)


REJECTED = [
    ("", "empty"),
    ("   ", "empty"),
    ("127.0.0.1", "expected 2-4 colon-separated parts"),
    ("a:b:c:d:e", "expected 2-4 colon-separated parts"),
    ("x:127.0.0.1:9000", "invalid port 'x'"),
    ("70000:127.0.0.1:9000", "invalid port '70000'"),
    ("-1:127.0.0.1:9000", "out of range"),
    ("8080:127.0.0.1:99999", "invalid port '99999'"),
    ("::1:8080", "invalid port"),
    ("[::1]:8080", "invalid port"),
    (":/x", "invalid port ''"),
    ("a:b:/sock", "invalid port 'b'"),
    ("local.sock:/var/run/docker.sock", "invalid port 'local.sock'"),
    ("8_0:127.0.0.1:80", "invalid port '8_0'"),
    ("٨٠:127.0.0.1:80", "invalid port"),
]


@pytest.mark.parametrize(("spec", "message"), REJECTED)
def test_rejected_forms(spec: str, message: str) -> None:
    with pytest.raises(ForwardSpecError) as caught:
        parse_spec(spec)
    assert message in str(caught.value)
    assert caught.value.spec == spec
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, SlicerError)


def test_error_names_the_spec() -> None:
    with pytest.raises(ForwardSpecError, match=r"in forward spec 'x:127\.0\.0\.1:9000'"):
        parse_spec("x:127.0.0.1:9000")


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_spec(8080)  # type: ignore[arg-type]


ports = st.integers(0, 65535)
hosts = st.from_regex(r"[a-z0-9.\-]{1,20}", fullmatch=True)


@given(lport=ports, host=hosts, rport=ports)
def test_three_parts_roundtrip(lport: int, host: str, rport: int) -> None:
    mapping = parse_spec(f"{lport}:{host}:{rport}")
    assert mapping == AddressMapping(f"{lport}:{host}:{rport}", host, lport, None, host, rport)


@given(laddr=hosts, lport=ports, rhost=hosts, rport=ports)
def test_four_parts_roundtrip(laddr: str, lport: int, rhost: str, rport: int) -> None:
    mapping = parse_spec(f"{laddr}:{lport}:{rhost}:{rport}")
    assert mapping.listen_address == f"{laddr}:{lport}"
    assert mapping.remote_target == f"{rhost}:{rport}"


@given(port=ports, path=st.from_regex(r"/[a-z0-9_./]{1,30}", fullmatch=True))
def test_tcp_to_unix_roundtrip(port: int, path: str) -> None:
    mapping = parse_spec(f"{port}:{path}")
    assert mapping.listen_address == f"0.0.0.0:{port}"
    assert mapping.remote_target == f"unix:{path}"


@given(st.text(max_size=40))
def test_any_text_parses_or_raises_forward_spec_error(spec: str) -> None:
    try:
        mapping = parse_spec(spec, cwd="/c")
    except ForwardSpecError as exc:
        assert str(exc)
        return
    assert mapping.raw_spec == spec
    assert mapping.listen_unix == (mapping.listen_unix_path is not None)
    if not mapping.listen_unix:
        assert 0 <= mapping.listen_port <= 65535
    if not mapping.remote_unix:
        assert 0 <= mapping.remote_port <= 65535
