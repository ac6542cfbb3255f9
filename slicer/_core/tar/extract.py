"""Safe extraction of a tar stream into a directory (PROTOCOL.md §4.2), chunk by chunk.

:class:`TreeWriter` applies the events of a :class:`~slicer._core.tar.reader.TarReader` to
a directory the caller has just created for it (a staging directory, later moved into
place by :mod:`slicer._core.tar.place`). Nothing is ever written outside that directory:

* names are validated first (:func:`~slicer._core.tar.names.split_member_name`): an empty
  name, an absolute name, ``.``/``..``/empty components, a NUL or an over-long name abort
  the whole extraction with :class:`~slicer.errors.UnsafeArchiveError`;
* :func:`tarfile.data_filter` (the stdlib's own extraction filter) then checks each entry
  against the real destination path, as defence in depth;
* every file and directory is opened relative to its parent's descriptor with
  ``O_NOFOLLOW``, so a symlink already on disk can never be followed out of the tree;
* symlinks, hard links, devices, FIFOs and unknown types are skipped (never created), so
  "symlink then file through it" and "hard link to outside" have nothing to act on;
* modes are normalised (setuid/setgid/sticky removed, any execute bit widened), set
  explicitly (no umask), and directory modes and mtimes are applied after all entries.

It performs blocking filesystem calls but no network I/O.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tarfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from slicer._core.tar.globs import is_excluded, normalize_patterns
from slicer._core.tar.names import extract_mode, split_member_name
from slicer._core.tar.reader import END_OF_MEMBER, Member, TarEvent, TarReader
from slicer.errors import ArchiveError, UnsafeArchiveError

__all__ = ["ExtractStats", "TreeWriter", "extract_archive", "extract_chunks"]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_FILE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
_IMPLICIT_DIR_MODE = 0o755


@dataclass
class ExtractStats:
    """What an extraction wrote: ``files``, ``directories`` and ``bytes`` of file data;
    ``skipped`` counts entries left out (links, devices, excluded names)."""

    files: int = 0
    directories: int = 0
    bytes: int = 0
    skipped: int = 0


@dataclass
class _DirMeta:
    mode: int = _IMPLICIT_DIR_MODE
    mtime: float | None = None


@dataclass
class _OpenFile:
    fd: int
    member: Member
    written: int = 0
    parts: tuple[str, ...] = field(default_factory=tuple)


class TreeWriter:
    """Write tar events into the directory ``root`` (which must exist and is normally a
    fresh, empty staging directory).

    Args:
        root: the destination directory; it may itself be a symlink.
        exclude: exclude patterns (§4.3), applied to each entry's relative name.
        uid, gid: chown every file and directory written (``None``: leave the owner).
        file_mode: give every regular file this mode instead of the archive's.
        on_data: called with ``n`` as ``n`` more bytes of file data are written.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        exclude: Iterable[str] = (),
        uid: int | None = None,
        gid: int | None = None,
        file_mode: int | None = None,
        on_data: Callable[[int], object] | None = None,
    ) -> None:
        self.root = os.fspath(root)
        self._real_root = os.path.realpath(self.root)
        self._patterns = normalize_patterns(exclude)
        self._uid, self._gid = uid, gid
        self._file_mode = file_mode
        self._on_data = on_data
        self._root_fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        self._parent: tuple[tuple[str, ...], int] | None = None
        self._current: _OpenFile | None = None
        self._dirs: dict[tuple[str, ...], _DirMeta] = {}
        self.stats = ExtractStats()

    # -- event application ---------------------------------------------------------------
    def feed(self, events: Iterable[TarEvent]) -> None:
        """Apply events from :meth:`TarReader.feed`."""
        for event in events:
            if isinstance(event, bytes):
                self._write(event)
            elif event is END_OF_MEMBER:
                self._end_member()
            else:
                assert isinstance(event, Member)
                self._start_member(event)

    def _start_member(self, member: Member) -> None:
        parts = split_member_name(member.name)
        if parts is None:
            raise UnsafeArchiveError(f"archive entry {member.name!r} has an unsafe name")
        if member.kind not in ("file", "directory"):
            self.stats.skipped += 1  # symlinks, hard links, devices, FIFOs: never created
            return
        if self._patterns and is_excluded("/".join(parts), self._patterns):
            self.stats.skipped += 1
            return
        self._check_filter(member, parts)
        if member.kind == "directory":
            self._make_dirs(parts)
            self._dirs[parts] = _DirMeta(extract_mode(member.mode), member.mtime)
            self.stats.directories += 1
            return
        parent_fd = self._parent_fd(parts[:-1])
        name = parts[-1]
        fd = self._create(parent_fd, name, parts)
        self._current = _OpenFile(fd=fd, member=member, parts=parts)

    def _check_filter(self, member: Member, parts: tuple[str, ...]) -> None:
        info = tarfile.TarInfo("/".join(parts))
        info.type = tarfile.DIRTYPE if member.kind == "directory" else tarfile.REGTYPE
        info.mode = member.mode & 0o777
        try:
            tarfile.data_filter(info, self._real_root)
        except tarfile.FilterError as exc:
            raise UnsafeArchiveError(f"archive entry {member.name!r} refused: {exc}") from None

    def _create(self, parent_fd: int, name: str, parts: tuple[str, ...]) -> int:
        for _ in range(2):
            try:
                return os.open(name, _FILE_FLAGS, 0o600, dir_fd=parent_fd)
            except FileExistsError:
                try:  # a duplicate entry (or a symlink): replace it, never write through it
                    os.unlink(name, dir_fd=parent_fd)
                except IsADirectoryError:
                    break
                except PermissionError as exc:
                    if exc.errno == errno.EISDIR or _is_dir_at(parent_fd, name):
                        break
                    raise
        raise ArchiveError(f"archive entry {'/'.join(parts)!r} is a file over a directory")

    def _write(self, data: bytes) -> None:
        current = self._current
        if current is None:
            return  # data of a skipped member
        view = memoryview(data)
        while view:
            written = os.write(current.fd, view)
            view = view[written:]
        current.written += len(data)
        self.stats.bytes += len(data)
        if self._on_data is not None:
            self._on_data(len(data))

    def _end_member(self) -> None:
        current, self._current = self._current, None
        if current is None:
            return
        try:
            mode = self._file_mode if self._file_mode is not None else current.member.mode
            os.fchmod(current.fd, extract_mode(mode))
            self._chown(current.fd)
            mtime = current.member.mtime
            os.utime(current.fd, (mtime, mtime))
        finally:
            os.close(current.fd)
        self.stats.files += 1

    # -- directories ---------------------------------------------------------------------
    def _open_child_dir(self, fd: int, name: str, parts: tuple[str, ...], create: bool) -> int:
        try:
            return os.open(name, _DIR_FLAGS, dir_fd=fd)
        except FileNotFoundError:
            if not create:
                raise
        with contextlib.suppress(FileExistsError):
            os.mkdir(name, 0o700, dir_fd=fd)
        self._dirs.setdefault(parts, _DirMeta())
        return os.open(name, _DIR_FLAGS, dir_fd=fd)

    def _walk_to(self, parts: tuple[str, ...]) -> int:
        """An fd of the directory ``parts`` under the root, creating missing ones."""
        fd = os.dup(self._root_fd)
        try:
            for i, name in enumerate(parts):
                try:
                    child = self._open_child_dir(fd, name, parts[: i + 1], create=True)
                except OSError as exc:
                    where = "/".join(parts[: i + 1])
                    if exc.errno in (errno.ELOOP, errno.EMLINK):
                        raise UnsafeArchiveError(
                            f"archive path {where!r} goes through a symlink"
                        ) from None
                    if exc.errno == errno.ENOTDIR:
                        raise ArchiveError(f"archive path {where!r} is not a directory") from None
                    raise
                os.close(fd)
                fd = child
        except BaseException:
            os.close(fd)
            raise
        return fd

    def _make_dirs(self, parts: tuple[str, ...]) -> None:
        os.close(self._walk_to(parts))

    def _parent_fd(self, parts: tuple[str, ...]) -> int:
        if self._parent is not None and self._parent[0] == parts:
            return self._parent[1]
        fd = self._walk_to(parts)
        if self._parent is not None:
            os.close(self._parent[1])
        self._parent = (parts, fd)
        return fd

    def _chown(self, fd: int) -> None:
        if self._uid is not None or self._gid is not None:
            uid = -1 if self._uid is None else self._uid
            gid = -1 if self._gid is None else self._gid
            os.fchown(fd, uid, gid)

    # -- end -----------------------------------------------------------------------------
    def finish(self) -> ExtractStats:
        """Apply directory modes, owners and mtimes (deepest first) and release the tree."""
        if self._current is not None:
            raise ArchiveError("truncated archive: the last file is incomplete")
        self._close_parent()
        self._chown(self._root_fd)
        for parts in sorted(self._dirs, key=len, reverse=True):
            meta = self._dirs[parts]
            fd = self._walk_to(parts)
            try:
                os.fchmod(fd, meta.mode)
                self._chown(fd)
                if meta.mtime is not None:
                    os.utime(fd, (meta.mtime, meta.mtime))
            finally:
                os.close(fd)
        self.close()
        return self.stats

    def _close_parent(self) -> None:
        if self._parent is not None:
            os.close(self._parent[1])
            self._parent = None

    def close(self) -> None:
        """Release every descriptor (after :meth:`finish`, or on error)."""
        if self._current is not None:
            os.close(self._current.fd)
            self._current = None
        self._close_parent()
        if self._root_fd >= 0:
            os.close(self._root_fd)
            self._root_fd = -1


def _is_dir_at(fd: int, name: str) -> bool:
    try:
        st = os.stat(name, dir_fd=fd, follow_symlinks=False)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o040000


def extract_chunks(
    chunks: Iterable[bytes],
    root: str | os.PathLike[str],
    *,
    exclude: Iterable[str] = (),
    uid: int | None = None,
    gid: int | None = None,
    file_mode: int | None = None,
    on_data: Callable[[int], object] | None = None,
) -> ExtractStats:
    """Extract a whole tar stream into the existing directory ``root`` (see
    :class:`TreeWriter`). On error, what was written stays in ``root``: extract into a
    staging directory (:func:`slicer._core.tar.place.staged_dir`) to get all or nothing."""
    reader = TarReader()
    writer = TreeWriter(
        root, exclude=exclude, uid=uid, gid=gid, file_mode=file_mode, on_data=on_data
    )
    try:
        for chunk in chunks:
            writer.feed(reader.feed(chunk))
            if reader.ended:
                break
        reader.close()
        return writer.finish()
    finally:
        writer.close()


def extract_archive(
    chunks: Iterable[bytes],
    dest: str | os.PathLike[str],
    *,
    exclude: Iterable[str] = (),
    uid: int | None = None,
    gid: int | None = None,
    file_mode: int | None = None,
    on_data: Callable[[int], object] | None = None,
    staging_dir: str | os.PathLike[str] | None = None,
) -> ExtractStats:
    """Extract a tar stream to ``dest``, all or nothing.

    The archive is extracted into a staging directory beside ``dest`` (or in
    ``staging_dir``, which must be on the same filesystem); only when it is complete is it
    moved into place: renamed to ``dest`` when ``dest`` does not exist, merged into it when
    it is a directory. On any error the staging directory is removed and ``dest`` is left
    as it was. ``dest``'s parent directory must exist.

    Raises:
        UnsafeArchiveError: an entry would land outside ``dest``.
        ArchiveError: the archive is corrupt, truncated or unsupported.
        NotADirectoryError: ``dest`` exists and is not a directory.
        IsADirectoryError: a file in the archive would replace a directory in ``dest``.
    """
    from slicer._core.tar.place import place_tree, staged_dir, umask

    dest = os.fspath(dest)
    if os.path.lexists(dest) and not os.path.isdir(dest):
        raise NotADirectoryError(f"cannot overwrite non-directory {dest} with a directory")
    parent = staging_dir or os.path.dirname(os.path.abspath(dest))
    with staged_dir(parent) as staged:
        stats = extract_chunks(
            chunks,
            staged,
            exclude=exclude,
            uid=uid,
            gid=gid,
            file_mode=file_mode,
            on_data=on_data,
        )
        place_tree(staged, dest, root_mode=0o777 & ~umask())
    return stats
