"""All-or-nothing placement: write beside the destination, then rename into place.

A download (client) or an upload (daemon) is first written to a temporary file or a
staging directory next to its destination, on the same filesystem. Only when it is
complete is it renamed into place; on any error the temporary is removed and the
destination is untouched. Blocking filesystem calls, no network I/O.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

__all__ = [
    "TEMP_PREFIX",
    "check_merge",
    "place_tree",
    "staged_dir",
    "staged_file",
    "umask",
]

#: Name prefix of every temporary file and directory the SDK and slicer.local create.
TEMP_PREFIX = ".slicer-tmp-"


def umask() -> int:
    """The process umask, read without changing it (Linux ``/proc``; else ``0o022``)."""
    with (
        contextlib.suppress(OSError, ValueError),
        open("/proc/self/status", encoding="ascii", errors="replace") as status,
    ):
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


@contextlib.contextmanager
def staged_file(
    target: str | os.PathLike[str],
    *,
    mode: int,
    uid: int | None = None,
    gid: int | None = None,
    staging_dir: str | os.PathLike[str] | None = None,
) -> Iterator[BinaryIO]:
    """Yield a file open for writing; when the block ends normally it gets ``mode`` (and
    owner) and replaces ``target`` atomically (a symlink at ``target`` is replaced, not
    written through). On any exception the temporary file is removed.

    ``staging_dir`` (default: ``target``'s directory) must be on the same filesystem.
    """
    target = os.fspath(target)
    directory = os.fspath(staging_dir) if staging_dir else os.path.dirname(target) or "."
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fchmod(handle.fileno(), mode & 0o7777)
            if uid is not None or gid is not None:
                os.fchown(handle.fileno(), -1 if uid is None else uid, -1 if gid is None else gid)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def staged_dir(directory: str | os.PathLike[str]) -> Iterator[str]:
    """Yield a new empty directory created in ``directory``; it (and anything written in
    it) is removed when the block raises, and also after a normal end if it still exists
    (callers move it or its contents into place with :func:`place_tree`)."""
    path = tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=os.fspath(directory))
    try:
        yield path
    finally:
        if os.path.lexists(path):
            shutil.rmtree(path, ignore_errors=True)


def _kind(st: os.stat_result) -> str:
    if stat.S_ISDIR(st.st_mode):
        return "directory"
    if stat.S_ISLNK(st.st_mode):
        return "symlink"
    return "file"


def check_merge(staged: str, target: str) -> None:
    """Raise before anything moves if merging ``staged`` into the directory ``target``
    would have to put a directory over a file or a file over a directory.

    Raises:
        NotADirectoryError: a staged directory meets an existing non-directory.
        IsADirectoryError: a staged file meets an existing directory.
    """
    for name in os.listdir(staged):
        src, dst = os.path.join(staged, name), os.path.join(target, name)
        try:
            dst_kind = _kind(os.lstat(dst))
        except FileNotFoundError:
            continue
        src_kind = _kind(os.lstat(src))
        if src_kind == "directory" and dst_kind == "directory":
            check_merge(src, dst)
        elif src_kind == "directory" and dst_kind == "file":
            raise NotADirectoryError(f"cannot overwrite non-directory {dst} with a directory")
        elif src_kind != "directory" and dst_kind == "directory":
            raise IsADirectoryError(f"cannot overwrite directory {dst} with a non-directory")


def _merge(staged: str, target: str) -> None:
    for name in os.listdir(staged):
        src, dst = os.path.join(staged, name), os.path.join(target, name)
        src_st = os.lstat(src)
        try:
            dst_st = os.lstat(dst)
        except FileNotFoundError:
            os.rename(src, dst)
            continue
        if stat.S_ISDIR(src_st.st_mode) and stat.S_ISDIR(dst_st.st_mode):
            _merge(src, dst)
            os.chmod(dst, stat.S_IMODE(src_st.st_mode))
            os.utime(dst, ns=(src_st.st_atime_ns, src_st.st_mtime_ns))
            os.rmdir(src)
        elif stat.S_ISDIR(src_st.st_mode):  # over a symlink (check_merge refused files)
            os.unlink(dst)
            os.rename(src, dst)
        else:
            os.replace(src, dst)


def place_tree(staged: str, target: str | os.PathLike[str], *, root_mode: int = 0o755) -> None:
    """Move the staged directory ``staged`` to ``target``.

    ``target`` missing: ``staged`` is renamed to it (one atomic step) with ``root_mode``.
    ``target`` an existing directory (a symlink to one is followed): the staged contents
    are merged into it, replacing files of the same name and merging directories; every
    conflict is detected before anything moves.

    Raises:
        NotADirectoryError: ``target`` exists and is not a directory (nothing moved).
        IsADirectoryError: a file would replace a directory (nothing moved).
    """
    target = os.fspath(target)
    if not os.path.lexists(target):
        os.chmod(staged, root_mode)
        os.rename(staged, target)
        return
    if not os.path.isdir(target):
        raise NotADirectoryError(f"cannot overwrite non-directory {target} with a directory")
    check_merge(staged, target)
    _merge(staged, target)
