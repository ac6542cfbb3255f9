"""Tar helpers shared by the client and slicer.local (PROTOCOL.md §4).

* :mod:`.names`, :mod:`.globs` and :mod:`.reader` are pure: values in, values out.
* :mod:`.builder`, :mod:`.extract` and :mod:`.place` read and write the local filesystem
  with blocking ``os`` calls (never sockets, never asyncio), chunk by chunk, in constant
  memory.
"""

from slicer._core.tar.builder import CHUNK_SIZE, TreeEntry, build_archive, unpacked_size, walk_tree
from slicer._core.tar.extract import ExtractStats, TreeWriter, extract_archive, extract_chunks
from slicer._core.tar.globs import glob_match, is_excluded, normalize_patterns
from slicer._core.tar.names import (
    archive_mode,
    extract_mode,
    split_member_name,
    valid_rel_path,
    valid_source_name,
)
from slicer._core.tar.place import TEMP_PREFIX, check_merge, place_tree, staged_dir, staged_file
from slicer._core.tar.reader import END_OF_MEMBER, Member, TarEvent, TarReader

__all__ = [
    "CHUNK_SIZE",
    "END_OF_MEMBER",
    "TEMP_PREFIX",
    "ExtractStats",
    "Member",
    "TarEvent",
    "TarReader",
    "TreeEntry",
    "TreeWriter",
    "archive_mode",
    "build_archive",
    "check_merge",
    "extract_archive",
    "extract_chunks",
    "extract_mode",
    "glob_match",
    "is_excluded",
    "normalize_patterns",
    "place_tree",
    "split_member_name",
    "staged_dir",
    "staged_file",
    "unpacked_size",
    "valid_rel_path",
    "valid_source_name",
    "walk_tree",
]
