"""Archive member names, source names and permission bits (PROTOCOL.md §4.1, §4.2, §5.2.4).

Pure functions: no filesystem access.
"""

from __future__ import annotations

import stat

__all__ = [
    "MAX_COMPONENT_BYTES",
    "MAX_NAME_BYTES",
    "archive_mode",
    "extract_mode",
    "split_member_name",
    "valid_rel_path",
    "valid_source_name",
]

#: Longest member name we extract, in bytes of its UTF-8 form (Linux ``PATH_MAX``).
MAX_NAME_BYTES = 4096
#: Longest single path component, in bytes (Linux ``NAME_MAX``).
MAX_COMPONENT_BYTES = 255


def valid_rel_path(name: str) -> bool:
    """Whether ``name`` is an acceptable relative archive name (the Go SDK's head rules).

    One trailing ``/`` is removed first (directory entries). Rejected: an empty name, a
    leading ``/``, a name path-cleaning would change (``a//b``, ``a/./b``), any component
    that is empty, ``.`` or ``..``, and any NUL character. Backslashes are ordinary
    characters on POSIX and are accepted.
    """
    if not isinstance(name, str):
        return False
    if name.endswith("/"):
        name = name[:-1]
    if not name or name.startswith("/") or "\0" in name:
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def split_member_name(name: str) -> tuple[str, ...] | None:
    """The components of a valid member name, or ``None`` when it is not valid.

    Beyond :func:`valid_rel_path`, names longer than :data:`MAX_NAME_BYTES` or with a
    component longer than :data:`MAX_COMPONENT_BYTES` are refused here (no filesystem could
    create them anyway).
    """
    if not valid_rel_path(name):
        return None
    text = name[:-1] if name.endswith("/") else name
    if len(text.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        return None
    parts = tuple(text.split("/"))
    if any(len(p.encode("utf-8", "surrogateescape")) > MAX_COMPONENT_BYTES for p in parts):
        return None
    return parts


def valid_source_name(name: str) -> bool:
    """A cp-v1 source name (§5.2.4): non-empty, not ``.`` or ``..``, no ``/`` or ``\\``, no NUL."""
    return (
        isinstance(name, str)
        and bool(name)
        and name not in (".", "..")
        and not any(c in name for c in "/\\\0")
    )


def archive_mode(st_mode: int) -> int:
    """The mode stored for an entry when building an archive (§4.1).

    Permission bits only; setuid, setgid and sticky removed; a regular file with any
    execute bit gets all three. Directories keep their permission bits as they are.
    """
    perm = stat.S_IMODE(st_mode) & 0o777
    if stat.S_ISREG(st_mode) and perm & 0o111:
        perm |= 0o111
    return perm


def extract_mode(mode: int) -> int:
    """The mode given to an extracted file or directory (§4.2): permission bits only,
    special bits removed, any execute bit widened to all three."""
    perm = mode & 0o777
    if perm & 0o111:
        perm |= 0o111
    return perm
