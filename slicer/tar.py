"""Tar streams as Slicer speaks them (PROTOCOL.md §4), for use outside ``cp_to``/``cp_from``.

Building::

    for chunk in slicer.tar.build_archive("site", exclude=["*.tmp", "node_modules/**"]):
        sock.sendall(chunk)

Entries are relative to the directory (no top-level folder); only regular files and
directories are stored, with permission bits (setuid, setgid and sticky removed; an
executable file gets all three execute bits) and mtimes rounded to whole seconds.

Extracting, safely and all or nothing::

    slicer.tar.extract_archive(chunks, "out")

Nothing is ever written outside ``out``: absolute names, ``..`` or empty components, NULs
and over-long names abort the extraction (:class:`~slicer.errors.UnsafeArchiveError`);
symlinks, hard links, devices and FIFOs are skipped; every file is opened relative to its
parent with ``O_NOFOLLOW``, and :func:`tarfile.data_filter` checks each entry as well. The
archive goes to a staging directory beside ``out`` and is moved into place only when it is
complete; on any error ``out`` is left as it was.

For incremental use (chunks arriving from anywhere, e.g. an event loop),
:class:`TarReader` turns bytes into members and data, and :class:`TreeWriter` applies them
to a directory.
"""

from __future__ import annotations

from slicer._core.tar import (
    END_OF_MEMBER,
    ExtractStats,
    Member,
    TarReader,
    TreeWriter,
    build_archive,
    extract_archive,
    extract_chunks,
    glob_match,
    is_excluded,
    normalize_patterns,
    unpacked_size,
    valid_rel_path,
)
from slicer.errors import ArchiveError, UnsafeArchiveError

__all__ = [
    "END_OF_MEMBER",
    "ArchiveError",
    "ExtractStats",
    "Member",
    "TarReader",
    "TreeWriter",
    "UnsafeArchiveError",
    "build_archive",
    "extract_archive",
    "extract_chunks",
    "glob_match",
    "is_excluded",
    "normalize_patterns",
    "unpacked_size",
    "valid_rel_path",
]
