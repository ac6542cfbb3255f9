"""Build a tar stream of a directory's contents (PROTOCOL.md §4.1), chunk by chunk.

Reads the local filesystem (blocking ``os`` calls) but never sockets: the caller sends the
chunks wherever it likes. Memory stays at about one chunk whatever the tree holds.
"""

from __future__ import annotations

import math
import os
import stat
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from slicer._core.tar.globs import is_excluded, normalize_patterns
from slicer._core.tar.names import archive_mode
from slicer.errors import ArchiveError

__all__ = ["CHUNK_SIZE", "TreeEntry", "build_archive", "unpacked_size", "walk_tree"]

#: Default size of the chunks :func:`build_archive` yields, in bytes.
CHUNK_SIZE: Final = 256 * 1024
_BLOCK = tarfile.BLOCKSIZE
_END = b"\0" * (2 * _BLOCK)


@dataclass(frozen=True)
class TreeEntry:
    """A regular file or directory found under the source directory.

    Attributes:
        rel: path relative to the source, ``/``-separated (no leading or trailing ``/``).
        path: the full local path.
        st: its ``lstat`` result.
    """

    rel: str
    path: str
    st: os.stat_result

    @property
    def is_dir(self) -> bool:
        return stat.S_ISDIR(self.st.st_mode)


def walk_tree(source: str | os.PathLike[str], exclude: Iterable[str] = ()) -> Iterator[TreeEntry]:
    """Regular files and directories under ``source`` (not ``source`` itself), sorted by
    name, each directory before its contents. Symlinks (never followed), devices, FIFOs
    and sockets are skipped; an excluded directory is skipped with everything under it,
    so errors inside it cannot happen.

    Raises:
        NotADirectoryError: ``source`` is not a directory.
    """
    root = os.fspath(source)
    if not stat.S_ISDIR(os.stat(root).st_mode):
        raise NotADirectoryError(f"tar source must be a directory: {root}")
    patterns = normalize_patterns(exclude)
    yield from _walk(root, "", patterns)


def _walk(directory: str, prefix: str, patterns: tuple[str, ...]) -> Iterator[TreeEntry]:
    with os.scandir(directory) as it:
        names = sorted(entry.name for entry in it)
    for name in names:
        rel = f"{prefix}{name}"
        if patterns and is_excluded(rel, patterns):
            continue
        path = os.path.join(directory, name)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue  # removed while we walked
        if stat.S_ISDIR(st.st_mode):
            yield TreeEntry(rel, path, st)
            yield from _walk(path, rel + "/", patterns)
        elif stat.S_ISREG(st.st_mode):
            yield TreeEntry(rel, path, st)


def unpacked_size(source: str | os.PathLike[str], exclude: Iterable[str] = ()) -> int:
    """Total size in bytes of the regular files :func:`build_archive` would send
    (the ``X-Slicer-Unpacked-Size`` header)."""
    return sum(e.st.st_size for e in walk_tree(source, exclude) if not e.is_dir)


def _header(entry: TreeEntry) -> bytes:
    info = tarfile.TarInfo(entry.rel + "/" if entry.is_dir else entry.rel)
    info.type = tarfile.DIRTYPE if entry.is_dir else tarfile.REGTYPE
    info.size = 0 if entry.is_dir else entry.st.st_size
    info.mode = archive_mode(entry.st.st_mode)
    info.mtime = math.floor(entry.st.st_mtime + 0.5)  # Go rounds to whole seconds
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def build_archive(
    source: str | os.PathLike[str],
    *,
    exclude: Iterable[str] = (),
    chunk_size: int = CHUNK_SIZE,
    on_data: Callable[[int], object] | None = None,
) -> Iterator[bytes]:
    """Yield an uncompressed tar stream of the **contents** of the directory ``source``.

    Entry names are relative to ``source`` (no top-level folder); only regular files and
    directories are stored, with their permission bits (setuid/setgid/sticky removed, an
    executable file gets all three execute bits) and mtime rounded to whole seconds; owners
    are 0 and names empty; excludes follow §4.3. Chunks are about ``chunk_size`` bytes.
    ``on_data(n)`` is called as ``n`` more bytes of file contents have been read.

    Raises:
        NotADirectoryError: ``source`` is not a directory.
        ArchiveError: a file shrank while it was being read.
        OSError: a file or directory could not be read.
    """
    buffer = bytearray()
    for entry in walk_tree(source, exclude):
        if entry.is_dir:
            buffer += _header(entry)
        else:
            yield from _file_chunks(entry, buffer, chunk_size, on_data)
        if len(buffer) >= chunk_size:
            yield bytes(buffer)
            buffer.clear()
    buffer += _END
    yield bytes(buffer)


def _file_chunks(
    entry: TreeEntry,
    buffer: bytearray,
    chunk_size: int,
    on_data: Callable[[int], object] | None,
) -> Iterator[bytes]:
    size = entry.st.st_size
    try:
        fd = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return  # removed since the walk saw it: leave it out
    with os.fdopen(fd, "rb", buffering=0) as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return  # replaced by something else since the walk saw it
        buffer += _header(entry)
        left = size
        while left:
            want = min(left, chunk_size)
            if buffer and len(buffer) + want > chunk_size:
                yield bytes(buffer)
                buffer.clear()
            data = handle.read(want)
            if not data:
                raise ArchiveError(f"{entry.path} shrank while it was being archived")
            left -= len(data)
            if buffer or len(data) < chunk_size // 2:
                buffer += data
            else:
                yield data
            if on_data is not None:
                on_data(len(data))
        buffer += b"\0" * (-size % _BLOCK)
