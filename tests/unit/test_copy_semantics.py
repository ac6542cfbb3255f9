"""cp-v1 semantics: names, metadata headers, fallback detection and placement (§5.2)."""

from __future__ import annotations

import posixpath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slicer._core.copy import (
    CopyMeta,
    Kind,
    PlacementError,
    copy_contents_requested,
    decode_source_name,
    encode_source_name,
    is_legacy_answer,
    legacy_metadata,
    parse_copy_metadata,
    place,
    remote_contents_mode,
)
from slicer._core.tar import valid_rel_path, valid_source_name
from slicer.errors import ProtocolError


@pytest.mark.parametrize(
    ("path", "contents"),
    [
        ("dir/.", True),
        ("dir/./", True),
        ("C:\\work\\.", True),
        ("/", True),
        (".", True),
        ("dir", False),
        ("dir/", False),
        ("a.b", False),
        ("./dir", False),
    ],
)
def test_copy_contents_requested(path: str, contents: bool) -> None:
    assert copy_contents_requested(path) is contents


@pytest.mark.parametrize(
    ("path", "contents"),
    [
        ("/srv/.", True),
        ("/srv/./", True),
        ("/", True),
        (".", True),
        ("/srv", False),
        ("srv", False),
        ("/srv/", False),
    ],
)
def test_remote_contents_mode(path: str, contents: bool) -> None:
    assert remote_contents_mode(path) is contents


@given(st.text(min_size=1, max_size=50))
def test_source_name_round_trip(name: str) -> None:
    encoded = encode_source_name(name)
    assert "=" not in encoded
    assert decode_source_name(encoded) == name


def test_source_name_keeps_whitespace_and_refuses_padding() -> None:
    assert decode_source_name(encode_source_name(" report.txt")) == " report.txt"
    with pytest.raises(ProtocolError):
        decode_source_name("YQ==")
    with pytest.raises(ProtocolError):
        decode_source_name("not base64!")


def test_parse_metadata() -> None:
    name = encode_source_name("site")
    assert parse_copy_metadata({}, contents=False) is None
    assert parse_copy_metadata(
        {"X-Slicer-Source-Type": "directory", "X-Slicer-Source-Name-Base64": name}, contents=False
    ) == CopyMeta("directory", "site")
    assert parse_copy_metadata({"x-slicer-source-type": "directory"}, contents=True) == CopyMeta(
        "directory", ""
    )
    for bad in (
        {"X-Slicer-Source-Type": "directory"},
        {"X-Slicer-Source-Name-Base64": name},
        {"X-Slicer-Source-Type": "socket", "X-Slicer-Source-Name-Base64": name},
        {"X-Slicer-Source-Type": "file", "X-Slicer-Source-Name-Base64": encode_source_name("..")},
    ):
        with pytest.raises(ProtocolError):
            parse_copy_metadata(bad, contents=False)


def test_legacy_answer_detection() -> None:
    body = "cp produced an unexpected error: 400: invalid mode: cp-v1-binary"
    assert is_legacy_answer(400, body, "cp-v1-binary")
    assert not is_legacy_answer(500, body, "cp-v1-binary")
    assert not is_legacy_answer(400, body, "cp-v1-tar")
    assert not is_legacy_answer(400, "no such file", "cp-v1-binary")


def test_legacy_metadata() -> None:
    assert legacy_metadata("/a/b.txt", "file", contents=False) == CopyMeta("file", "b.txt")
    assert legacy_metadata("/", "directory", contents=True) == CopyMeta("directory", "")
    with pytest.raises(ValueError):
        legacy_metadata("/", "file", contents=False)


def _place(
    dest: str,
    kind: Kind,
    typ: str,
    name: str = "src",
    *,
    child: Kind = "missing",
    contents: bool = False,
) -> tuple[str, bool] | str:
    try:
        p = place(
            dest,
            kind,
            typ,
            name,
            contents=contents,  # type: ignore[arg-type]
            kind_of=lambda _p: child,
        )
    except PlacementError as exc:
        return exc.kind
    return p.target, p.merge


def test_placement_table() -> None:
    # files
    assert _place("/d", "directory", "file") == ("/d/src", False)
    assert _place("/d", "directory", "file", child="directory") == "is-a-directory"
    assert _place("/f", "file", "file") == ("/f", False)
    assert _place("/new", "missing", "file") == ("/new", False)
    assert _place("/new/", "missing", "file") == "missing-directory"
    # directories
    assert _place("/d", "directory", "directory") == ("/d/src", False)
    assert _place("/d", "directory", "directory", child="directory") == ("/d/src", True)
    assert _place("/d", "directory", "directory", child="file") == "not-a-directory"
    assert _place("/d", "directory", "directory", contents=True) == ("/d", True)
    assert _place("/new", "missing", "directory") == ("/new", False)
    assert _place("/new/", "missing", "directory") == "missing-directory"
    assert _place("/f", "file", "directory") == "not-a-directory"


@given(st.text(max_size=20))
def test_valid_names_are_plain(name: str) -> None:
    if valid_source_name(name):
        assert posixpath.basename(name) == name and name not in (".", "..")
    if valid_rel_path(name):
        assert not name.startswith("/") and ".." not in name.rstrip("/").split("/")
