"""cp-like copy semantics (PROTOCOL.md §3.9, §4.4, §5.2), as pure functions.

Shared by the client (downloads are placed locally; uploads to an old agent are placed by
asking the daemon first) and by slicer.local (cp-v1 uploads are placed by the "guest").
"""

from __future__ import annotations

import base64
import binascii
import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final, Literal

from slicer._core.tar.names import valid_source_name
from slicer.errors import ProtocolError

__all__ = [
    "CP_V1",
    "DIRECTORY_IN_BINARY",
    "CopyMeta",
    "Kind",
    "Placement",
    "PlacementError",
    "SourceType",
    "copy_contents_requested",
    "decode_source_name",
    "encode_source_name",
    "invalid_mode_text",
    "is_legacy_answer",
    "legacy_metadata",
    "parse_copy_metadata",
    "place",
    "remote_contents_mode",
    "source_name_of",
]

CP_V1: Final = "cp-v1"
#: The text a daemon answers when a directory is asked for in binary mode (§3.9).
DIRECTORY_IN_BINARY: Final = "must specify a file not a directory"
SOURCE_TYPE_HEADER: Final = "X-Slicer-Source-Type"
SOURCE_NAME_HEADER: Final = "X-Slicer-Source-Name-Base64"
FILE_MODE_HEADER: Final = "X-Slicer-File-Mode"

#: What exists at a path: nothing, a non-directory, or a directory.
Kind = Literal["missing", "file", "directory"]
SourceType = Literal["file", "directory"]


class PlacementError(ValueError):
    """A copy cannot be placed as asked (``kind`` says which cp error it is)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # "missing-directory", "not-a-directory", "is-a-directory"


def encode_source_name(name: str) -> str:
    """URL-safe base64 without padding (RFC 4648 §5), as ``X-Slicer-Source-Name-Base64``."""
    raw = name.encode("utf-8", "surrogateescape")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_source_name(value: str) -> str:
    """Inverse of :func:`encode_source_name`; padded or malformed input raises
    :class:`~slicer.errors.ProtocolError`."""
    if "=" in value or any(c.isspace() for c in value):
        raise ProtocolError(f"malformed {SOURCE_NAME_HEADER} header {value!r}")
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise ProtocolError(f"malformed {SOURCE_NAME_HEADER} header {value!r}") from None
    return raw.decode("utf-8", "surrogateescape")


def invalid_mode_text(mode: str) -> str:
    """The text an old agent answers for an unknown ``mode``."""
    return f"invalid mode: {mode}"


def is_legacy_answer(status: int, message: str, mode: str) -> bool:
    """Whether an error answer to a cp-v1 request means "old agent, retry with the legacy
    mode": exactly 400 with ``invalid mode: <the mode sent>`` in the body."""
    return status == 400 and invalid_mode_text(mode) in message


def copy_contents_requested(path: str) -> bool:
    """Whether a local source path asks for its contents (``dir/.``, ``dir/./``,
    ``C:\\work\\.``, ``.``) or is the filesystem root."""
    text = path.replace("\\", "/").rstrip("/")
    return text.endswith("/.") or text in (".", "")


def source_name_of(abs_path: str) -> str:
    """The cp-v1 ``source_name``: the base name of the (absolute, normalised) source."""
    return posixpath.basename(abs_path.replace("\\", "/").rstrip("/"))


def remote_contents_mode(remote: str) -> bool:
    """Contents mode for a download, decided from the remote path (§5.2): it ends in
    ``/.``, or it is ``/`` or ``.`` (cleaning leaves it unchanged under "parent of")."""
    text = remote.rstrip("/") if remote not in ("/", "") else remote
    if text.endswith("/.") or text == ".":
        return True
    cleaned = posixpath.normpath(remote) if remote else "."
    return posixpath.dirname(cleaned) == cleaned


@dataclass(frozen=True)
class CopyMeta:
    """What the source of a download is: ``type`` (``file``/``directory``) and base
    ``name`` (empty in contents mode)."""

    type: SourceType
    name: str


def parse_copy_metadata(headers: Mapping[str, str], *, contents: bool) -> CopyMeta | None:
    """Read the cp-v1 metadata headers of a download answer.

    Returns ``None`` when both headers are missing. Raises
    :class:`~slicer.errors.ProtocolError` for incomplete or invalid metadata.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    kind = lowered.get(SOURCE_TYPE_HEADER.lower())
    encoded = lowered.get(SOURCE_NAME_HEADER.lower())
    if kind is None and encoded is None:
        return None
    if kind is None or (encoded is None and not contents):
        raise ProtocolError("incomplete copy metadata returned by server")
    if kind not in ("file", "directory"):
        raise ProtocolError(f"unknown copy source type {kind!r} returned by server")
    name = decode_source_name(encoded) if encoded else ""
    if not contents and not valid_source_name(name):
        raise ProtocolError(f"invalid copy source name {name!r} returned by server")
    return CopyMeta(kind, name)  # type: ignore[arg-type]


def legacy_metadata(remote: str, source_type: SourceType, *, contents: bool) -> CopyMeta:
    """Metadata worked out locally for a legacy (pre-cp-v1) download.

    Raises:
        ValueError: the remote path has no usable base name (and is not in contents mode).
    """
    cleaned = posixpath.normpath(remote) if remote else "."
    name = posixpath.basename(cleaned)
    if contents and cleaned in (".", "/"):
        name = ""
    if not contents and not valid_source_name(name):
        raise ValueError(f"source must have a named path: {remote!r}")
    return CopyMeta(source_type, name)


@dataclass(frozen=True)
class Placement:
    """Where a copy goes: ``target`` (a path) and whether a directory copy is ``merge``-d
    into a directory that already exists there."""

    target: str
    merge: bool = False


def place(
    dest: str,
    dest_kind: Kind,
    source_type: SourceType,
    name: str,
    *,
    contents: bool = False,
    kind_of: Callable[[str], Kind],
    join: Callable[[str, str], str] = posixpath.join,
    missing_dir_ok: bool = False,
) -> Placement:
    """Apply cp's placement rules.

    * a file: onto an existing directory → ``dest/name``; onto a non-directory → replace
      it; a missing ``dest`` → that path, unless it ends in ``/`` (the directory does not
      exist). A file never replaces a directory.
    * a directory: an existing directory → ``dest/name`` (merged if that exists too), or
      ``dest`` itself with ``contents``; a missing ``dest`` → created as the copy (with a
      trailing ``/`` too if ``missing_dir_ok``); an existing non-directory → error.

    ``kind_of(path)`` tells what exists at a path (called for ``dest/name`` only).

    Raises:
        PlacementError: cp would refuse (the message says why).
    """
    trailing = dest.endswith(("/", "\\"))
    if source_type == "file":
        if dest_kind == "directory":
            if not valid_source_name(name):
                raise PlacementError(f"source must have a named path to copy into {dest}", "name")
            target = join(dest, name)
            if kind_of(target) == "directory":
                raise PlacementError(
                    f"cannot overwrite directory {target} with a non-directory", "is-a-directory"
                )
            return Placement(target)
        if dest_kind == "missing" and trailing:
            raise PlacementError(
                f"destination directory does not exist: {dest}", "missing-directory"
            )
        return Placement(dest)
    if dest_kind == "file":
        raise PlacementError(
            f"cannot overwrite non-directory {dest} with a directory", "not-a-directory"
        )
    if dest_kind == "missing":
        if trailing and not missing_dir_ok:
            raise PlacementError(
                f"destination directory does not exist: {dest}", "missing-directory"
            )
        return Placement(dest)
    if contents or not name:
        return Placement(dest, merge=True)
    if not valid_source_name(name):
        raise PlacementError(f"source must have a named path to copy into {dest}", "name")
    target = join(dest, name)
    target_kind = kind_of(target)
    if target_kind == "file":
        raise PlacementError(
            f"cannot overwrite non-directory {target} with a directory", "not-a-directory"
        )
    return Placement(target, merge=target_kind == "directory")
