"""Safe, all-or-nothing extraction: hostile archives, placement, and names from hypothesis."""

from __future__ import annotations

import io
import os
import stat
import tarfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slicer._core.tar import (
    TEMP_PREFIX,
    build_archive,
    check_merge,
    extract_archive,
    staged_file,
)
from slicer.errors import ArchiveError, UnsafeArchiveError
from tests.unit.hostile import HOSTILE, SAFE_BUT_SKIPPED, archive


def _snapshot(root: Path) -> dict[str, tuple[int, bytes | None]]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            st_ = path.lstat()
            data = path.read_bytes() if stat.S_ISREG(st_.st_mode) else None
            out[str(path.relative_to(root))] = (st_.st_mode, data)
    return out


def _chunks(data: bytes, size: int = 700) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """``sandbox/dest`` is where archives go; anything else appearing in ``sandbox`` (or
    ``/tmp``) is an escape."""
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest" / "keep.txt").write_text("original")
    return tmp_path


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_archive_is_refused_and_nothing_changes(name: str, sandbox: Path) -> None:
    before = _snapshot(sandbox)
    with pytest.raises(ArchiveError) as caught:
        extract_archive(_chunks(HOSTILE[name]()), sandbox / "dest")
    assert isinstance(caught.value, UnsafeArchiveError), caught.value
    assert _snapshot(sandbox) == before
    assert not Path("/tmp/slicer-absolute-escape.txt").exists()


@pytest.mark.parametrize("name", sorted(SAFE_BUT_SKIPPED))
def test_dangerous_entries_are_skipped(name: str, sandbox: Path) -> None:
    outside_before = set(os.listdir(sandbox))
    extract_archive(_chunks(SAFE_BUT_SKIPPED[name]()), sandbox / "dest")
    assert set(os.listdir(sandbox)) == outside_before
    assert not Path("/tmp/slicer-through-symlink.txt").exists()
    for dirpath, dirnames, filenames in os.walk(sandbox / "dest"):
        for entry in dirnames + filenames:
            mode = os.lstat(os.path.join(dirpath, entry)).st_mode
            assert stat.S_ISREG(mode) or stat.S_ISDIR(mode), entry
            assert not mode & (stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX), entry
    assert (sandbox / "dest" / "keep.txt").read_text() == "original"


def test_existing_symlink_in_destination_is_replaced_not_followed(sandbox: Path) -> None:
    outside = sandbox / "outside"
    outside.mkdir()
    os.symlink(outside, sandbox / "dest" / "lnk")
    extract_archive([archive(("lnk/f.txt", tarfile.REGTYPE, b"in", ""))], sandbox / "dest")
    assert os.listdir(outside) == []
    assert (sandbox / "dest" / "lnk").is_dir() and not (sandbox / "dest" / "lnk").is_symlink()
    assert (sandbox / "dest" / "lnk" / "f.txt").read_bytes() == b"in"


def test_truncated_archive_leaves_nothing(sandbox: Path) -> None:
    data = archive(("a/b.txt", tarfile.REGTYPE, b"x" * 5000, ""))
    before = _snapshot(sandbox)
    with pytest.raises(ArchiveError):
        extract_archive(_chunks(data[:2000]), sandbox / "dest")
    assert _snapshot(sandbox) == before
    with pytest.raises(ArchiveError):
        extract_archive(_chunks(data[:2000]), sandbox / "new")
    assert not (sandbox / "new").exists()
    assert not [n for n in os.listdir(sandbox) if n.startswith(TEMP_PREFIX)]


def test_interrupted_stream_leaves_nothing(sandbox: Path) -> None:
    def stream() -> object:
        yield archive(("a.txt", tarfile.REGTYPE, b"x" * 100_000, ""))[:50_000]
        raise ConnectionResetError("the daemon died")

    with pytest.raises(ConnectionResetError):
        extract_archive(stream(), sandbox / "new")  # type: ignore[arg-type]
    assert sorted(os.listdir(sandbox)) == ["dest"]


def test_file_over_directory_is_refused_before_anything_moves(sandbox: Path) -> None:
    (sandbox / "dest" / "d").mkdir()
    data = archive(("a.txt", tarfile.REGTYPE, b"new", ""), ("d", tarfile.REGTYPE, b"f", ""))
    before = _snapshot(sandbox)
    with pytest.raises(IsADirectoryError):
        extract_archive([data], sandbox / "dest")
    assert _snapshot(sandbox) == before
    assert not [n for n in os.listdir(sandbox) if n.startswith(TEMP_PREFIX)]


def test_directory_onto_file_is_refused(sandbox: Path) -> None:
    with pytest.raises(NotADirectoryError):
        extract_archive([archive(("a", tarfile.REGTYPE, b"", ""))], sandbox / "dest" / "keep.txt")


def test_merge_keeps_other_files_and_replaces_same_names(sandbox: Path) -> None:
    data = archive(
        ("keep.txt", tarfile.REGTYPE, b"replaced", ""), ("n/new", tarfile.REGTYPE, b"1", "")
    )
    (sandbox / "dest" / "other").write_text("untouched")
    extract_archive([data], sandbox / "dest")
    assert (sandbox / "dest" / "keep.txt").read_text() == "replaced"
    assert (sandbox / "dest" / "other").read_text() == "untouched"
    assert (sandbox / "dest" / "n" / "new").read_text() == "1"


def test_round_trip_keeps_modes_mtimes_and_names(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "nested" / "deeper").mkdir(parents=True)
    (src / "empty dir").mkdir()
    (src / "ünï côde").write_text("u")
    (src / "nested" / "deeper" / "tool").write_text("#!/bin/sh\n")
    os.chmod(src / "nested" / "deeper" / "tool", 0o700)
    (src / "zero").write_bytes(b"")
    for path in [src / "ünï côde", src / "nested", src / "empty dir"]:
        os.utime(path, (1_600_000_000, 1_600_000_000))
    extract_archive(build_archive(src), tmp_path / "out")
    out = tmp_path / "out"
    assert (out / "ünï côde").read_text() == "u"
    assert stat.S_IMODE(os.stat(out / "nested" / "deeper" / "tool").st_mode) == 0o711
    assert (out / "zero").read_bytes() == b""
    assert (out / "empty dir").is_dir()
    for name in ("ünï côde", "nested", "empty dir"):
        assert os.stat(out / name).st_mtime == 1_600_000_000


def test_read_only_directory_entries_are_applied_last(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("ro")
        info.type = tarfile.DIRTYPE
        info.mode = 0o555
        tar.addfile(info)
        info = tarfile.TarInfo("ro/f")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"x"))
    extract_archive([buffer.getvalue()], tmp_path / "out")
    assert (tmp_path / "out" / "ro" / "f").read_bytes() == b"x"
    assert stat.S_IMODE(os.stat(tmp_path / "out" / "ro").st_mode) == 0o555
    os.chmod(tmp_path / "out" / "ro", 0o755)


def test_staged_file_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "t"
    target.write_text("old")
    with pytest.raises(RuntimeError), staged_file(target, mode=0o644) as handle:
        handle.write(b"half")
        raise RuntimeError("cut")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["t"]
    with staged_file(target, mode=0o640) as handle:
        handle.write(b"new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_check_merge_detects_conflicts(tmp_path: Path) -> None:
    (tmp_path / "s" / "x").mkdir(parents=True)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("file")
    with pytest.raises(NotADirectoryError):
        check_merge(str(tmp_path / "s"), str(tmp_path / "d"))


_components = st.sampled_from(["a", "b", ".", "..", "", "ü", "x\\y", "\0", " sp ", "..."])


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.tuples(
            st.booleans(),
            st.lists(_components, min_size=1, max_size=5),
            st.sampled_from([tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_generated_names_never_escape(
    names: list[tuple[bool, list[str], bytes]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    sandbox = tmp_path_factory.mktemp("gen")
    (sandbox / "dest").mkdir()
    entries = []
    for absolute, parts, kind in names:
        name = ("/" if absolute else "") + "/".join(parts)
        data = b"d" if kind == tarfile.REGTYPE else None
        entries.append(
            (
                name,
                kind,
                data,
                "../../outside" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else "",
            )
        )
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, kind, data, link in entries:
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = link
            if data is not None:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
    try:
        extract_archive(_chunks(buffer.getvalue(), 333), sandbox / "dest")
    except (ArchiveError, IsADirectoryError, NotADirectoryError):
        assert os.listdir(sandbox / "dest") == []
    assert sorted(os.listdir(sandbox)) == ["dest"]
    real_dest = os.path.realpath(sandbox / "dest")
    for dirpath, dirnames, filenames in os.walk(sandbox / "dest"):
        for entry in dirnames + filenames:
            path = os.path.join(dirpath, entry)
            assert os.path.realpath(path).startswith(real_dest + os.sep)
            assert not os.path.islink(path)
