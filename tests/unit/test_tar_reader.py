"""The push tar reader against the stdlib's reader and writer, and the archive builder."""

from __future__ import annotations

import io
import os
import stat
import tarfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slicer._core.tar import END_OF_MEMBER, Member, TarReader, build_archive, unpacked_size
from slicer.errors import ArchiveError

FORMATS = [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT]


def _read_all(data: bytes, splits: list[int]) -> list[tuple[Member, bytes]]:
    reader = TarReader()
    out: list[tuple[Member, bytes]] = []
    current: list[bytes] = []
    pos = 0
    pieces = []
    for cut in sorted(splits):
        pieces.append(data[pos:cut])
        pos = cut
    pieces.append(data[pos:])
    for piece in pieces:
        for event in reader.feed(piece):
            if isinstance(event, Member):
                out.append((event, b""))
                current = []
            elif event is END_OF_MEMBER:
                out[-1] = (out[-1][0], b"".join(current))
            else:
                current.append(event)
    reader.close()
    return out


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0/"),
    min_size=1,
    max_size=120,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    entries=st.lists(
        st.tuples(names, st.binary(max_size=1500), st.sampled_from(["file", "dir"])),
        min_size=0,
        max_size=6,
    ),
    fmt=st.sampled_from(FORMATS),
    splits=st.lists(st.integers(min_value=0, max_value=20000), max_size=12),
)
def test_matches_tarfile(
    entries: list[tuple[str, bytes, str]], fmt: int, splits: list[int]
) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt, encoding="utf-8") as archive:
        for i, (name, data, kind) in enumerate(entries):
            info = tarfile.TarInfo(f"d{i}/{name}")
            info.mtime = 1_700_000_000 + i
            info.mode = 0o640
            if kind == "dir":
                info.type = tarfile.DIRTYPE
                archive.addfile(info)
            else:
                info.size = len(data)
                try:
                    archive.addfile(info, io.BytesIO(data))
                except ValueError:  # a name ustar cannot hold
                    return
    data = buffer.getvalue()
    ours = _read_all(data, [s for s in splits if s <= len(data)])
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
        theirs = [
            (m, archive.extractfile(m).read() if m.isreg() else b"")  # type: ignore[union-attr]
            for m in archive.getmembers()
        ]
    assert [(m.name.rstrip("/"), m.size, d) for m, d in ours] == [
        (m.name, m.size if m.isreg() else 0, d) for m, d in theirs
    ]
    assert [m.mtime for m, _ in ours] == [m.mtime for m, _ in theirs]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_garbage_raises_only_archive_error(data: bytes) -> None:
    reader = TarReader()
    try:
        reader.feed(data)
        reader.close()
    except ArchiveError:
        pass


def test_directory_size_field_has_no_data() -> None:
    """Go writes a directory's host size (4096) in its header but no data blocks."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        info = tarfile.TarInfo("dir/")
        info.type = tarfile.DIRTYPE
        archive.addfile(info)
        info = tarfile.TarInfo("dir/f")
        info.size = 3
        archive.addfile(info, io.BytesIO(b"abc"))
    raw = bytearray(buffer.getvalue())
    first = tarfile.TarInfo.frombuf(bytes(raw[:512]), "utf-8", "strict")
    first.size = 4096
    raw[:512] = first.tobuf(tarfile.USTAR_FORMAT)
    members = _read_all(bytes(raw), [])
    assert [(m.kind, m.name, d) for m, d in members] == [
        ("directory", "dir", b""),
        ("file", "dir/f", b"abc"),
    ]


def test_truncated_data_is_an_error() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("f")
        info.size = 2000
        archive.addfile(info, io.BytesIO(b"x" * 2000))
    reader = TarReader()
    reader.feed(buffer.getvalue()[:1200])
    with pytest.raises(ArchiveError, match="truncated"):
        reader.close()


def test_clean_end_without_marker_is_accepted() -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("f")
        info.size = 3
        archive.addfile(info, io.BytesIO(b"abc"))
    members = _read_all(buffer.getvalue()[: 512 + 512], [])
    assert [(m.name, d) for m, d in members] == [("f", b"abc")]


def test_not_a_tar() -> None:
    with pytest.raises(ArchiveError, match="not a tar archive"):
        TarReader().feed(b"hello world, this is not a tar archive".ljust(512, b"!"))


def test_sparse_is_refused() -> None:
    info = tarfile.TarInfo("s")
    info.type = tarfile.GNUTYPE_SPARSE
    block = info.tobuf(tarfile.GNU_FORMAT)
    with pytest.raises(ArchiveError, match="sparse"):
        TarReader().feed(block)


def test_builder(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "empty").mkdir()
    (src / "a" / "b" / "x.sh").write_text("#!/bin/sh\n")
    os.chmod(src / "a" / "b" / "x.sh", 0o4744)
    (src / "zero").write_bytes(b"")
    (src / "sticky").mkdir()
    os.chmod(src / "sticky", 0o1777)
    (src / "ünï côde name.txt").write_text("u")
    (src / "skip.tmp").write_text("t")
    os.symlink("/etc/passwd", src / "link")
    os.mkfifo(src / "fifo")
    os.utime(src / "zero", (1_700_000_000.6, 1_700_000_000.6))
    data = b"".join(build_archive(src, exclude=["*.tmp"], chunk_size=1000))
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        members = {m.name: m for m in archive.getmembers()}
    assert sorted(members) == [
        "a",
        "a/b",
        "a/b/x.sh",
        "empty",
        "sticky",
        "zero",
        "ünï côde name.txt",
    ]
    assert members["a/b/x.sh"].mode == 0o755  # setuid gone, exec bit widened
    assert members["sticky"].mode == 0o777
    assert members["zero"].mtime == 1_700_000_001  # rounded
    assert all(m.uid == 0 and m.gid == 0 and m.uname == "" for m in members.values())
    assert unpacked_size(src, exclude=["*.tmp"]) == len("#!/bin/sh\n") + 1


def test_builder_needs_a_directory(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(NotADirectoryError):
        list(build_archive(tmp_path / "f"))


def test_builder_reports_file_bytes(tmp_path: Path) -> None:
    (tmp_path / "big").write_bytes(os.urandom(300_000))
    seen: list[int] = []
    chunks = list(build_archive(tmp_path, on_data=seen.append, chunk_size=65536))
    assert sum(seen) == 300_000
    assert max(len(c) for c in chunks) <= 2 * 65536
    assert stat.S_ISREG(os.stat(tmp_path / "big").st_mode)
