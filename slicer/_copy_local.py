"""The local side of ``cp_to`` / ``cp_from``, shared by the sync and async clients.

Checks made before any request (so a bad source or destination is reported without
touching the daemon), and the translation of cp placement errors into the built-in
``OSError`` subclasses callers expect for local paths.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from slicer._core.copy import Kind, PlacementError, copy_contents_requested, source_name_of
from slicer._core.tar.names import valid_source_name

__all__ = [
    "CopyMode",
    "ProgressCallback",
    "UploadSource",
    "check_download_destination",
    "local_kind",
    "placement_os_error",
    "upload_source",
]

CopyMode = Literal["binary", "tar"]
#: ``progress(done, total)``: bytes transferred so far and the total when known.
ProgressCallback = Callable[[int, int | None], object]


@dataclass(frozen=True)
class UploadSource:
    """A checked local source.

    Attributes:
        path: the path as given (a symlink to a file, in binary mode, is followed).
        type: ``file`` (sent as bytes) or ``directory`` (sent as a tar of its contents).
        name: the cp-v1 ``source_name`` (may be empty with ``contents``).
        contents: copy the directory's contents rather than the directory (``dir/.``).
        size: the file's size (binary), or ``None``.
        mode: the file's permission bits (binary), or ``None``.
    """

    path: str
    type: Literal["file", "directory"]
    name: str
    contents: bool
    size: int | None
    mode: int | None = None


def local_kind(path: str) -> Kind:
    """What exists at a local path (symlinks followed): missing, file or directory."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    return "directory" if stat.S_ISDIR(st.st_mode) else "file"


def upload_source(local: str | os.PathLike[str], mode: CopyMode | None) -> UploadSource:
    """Check a local source for ``cp_to``.

    Raises:
        FileNotFoundError: it does not exist.
        IsADirectoryError: ``mode="binary"`` and it is a directory.
        NotADirectoryError: ``mode="tar"`` and it is not a directory (a single file in tar
            mode would be an empty archive).
        ValueError: an unknown mode, a symlink in tar mode, a special file, or a source
            without a usable name.
    """
    if mode not in (None, "binary", "tar"):
        raise ValueError(f"mode must be None, 'binary' or 'tar', got {mode!r}")
    text = os.fspath(local)
    if not isinstance(text, str) or not text:
        raise ValueError("local source path must be a non-empty string")
    try:
        lst = os.lstat(text)
    except FileNotFoundError:
        raise FileNotFoundError(f"local source does not exist: {text}") from None
    st = lst
    if stat.S_ISLNK(lst.st_mode):
        try:
            st = os.stat(text)
        except FileNotFoundError:
            raise FileNotFoundError(f"local source is a broken symlink: {text}") from None
        if stat.S_ISDIR(st.st_mode) or mode == "tar":
            raise ValueError(f"source must not be a symbolic link to a directory: {text}")
    is_dir = stat.S_ISDIR(st.st_mode)
    if not is_dir and not stat.S_ISREG(st.st_mode):
        raise ValueError(f"local source is not a regular file or a directory: {text}")
    if mode == "binary" and is_dir:
        raise IsADirectoryError(f"binary copy needs a file, {text} is a directory (use tar)")
    if mode == "tar" and not is_dir:
        raise NotADirectoryError(f"tar source must be a directory: {text}")
    contents = is_dir and copy_contents_requested(text)
    name = source_name_of(os.path.abspath(text))
    if not valid_source_name(name):
        if not contents:
            raise ValueError(f"source must have a named path: {text}")
        name = ""
    return UploadSource(
        path=text,
        type="directory" if is_dir else "file",
        name=name,
        contents=contents,
        size=None if is_dir else st.st_size,
        mode=None if is_dir else stat.S_IMODE(st.st_mode) & 0o777,
    )


def check_download_destination(local: str | os.PathLike[str], mode: CopyMode | None) -> str:
    """Check a local destination for ``cp_from`` before the request.

    Raises:
        NotADirectoryError: ``mode="tar"`` and it exists but is not a directory.
        FileNotFoundError: it does not exist and neither does its parent directory, or it
            ends in ``/`` and does not exist while a file is expected.
        ValueError: an unknown mode or an empty path.
    """
    if mode not in (None, "binary", "tar"):
        raise ValueError(f"mode must be None, 'binary' or 'tar', got {mode!r}")
    text = os.fspath(local)
    if not isinstance(text, str) or not text:
        raise ValueError("local destination path must be a non-empty string")
    kind = local_kind(text)
    if kind == "file" and mode == "tar":
        raise NotADirectoryError(f"cannot copy a directory onto the file {text}")
    if kind == "missing":
        if mode == "binary" and text.endswith(("/", os.sep)):
            raise FileNotFoundError(f"destination directory does not exist: {text}")
        parent = os.path.dirname(os.path.abspath(text.rstrip("/") or "/"))
        if local_kind(parent) != "directory":
            raise FileNotFoundError(f"destination's parent directory does not exist: {parent}")
    return text


def placement_os_error(exc: PlacementError) -> OSError | ValueError:
    """The built-in exception for a local placement refused by cp's rules."""
    message = str(exc)
    if exc.kind == "missing-directory":
        return FileNotFoundError(message)
    if exc.kind == "not-a-directory":
        return NotADirectoryError(message)
    if exc.kind == "is-a-directory":
        return IsADirectoryError(message)
    return ValueError(message)
