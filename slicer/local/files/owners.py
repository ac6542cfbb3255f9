"""Who owns what slicer.local writes (``uid``/``gid`` on uploads).

Policy: the daemon changes owners only when it runs as root. Run as an ordinary user, it
accepts a request whose uid/gid are its own (or 4294967295, "unset") and answers **403**
with an explanation to any other owner, rather than silently writing files owned by the
wrong user.
"""

from __future__ import annotations

import os

from slicer.local.errors import ApiError
from slicer.local.files.params import NON_ROOT_USER

__all__ = ["owner_for"]


def owner_for(
    uid: int | None, gid: int | None, *, euid: int | None = None, groups: set[int] | None = None
) -> tuple[int | None, int | None]:
    """The ``(uid, gid)`` to chown to (``None``: leave as created), or 403."""
    uid = None if uid == NON_ROOT_USER else uid
    gid = None if gid == NON_ROOT_USER else gid
    euid = os.geteuid() if euid is None else euid
    if euid == 0:
        return uid, gid
    mine = {os.getegid(), *os.getgroups()} if groups is None else groups
    if (uid is None or uid == euid) and (gid is None or gid in mine):
        return None, gid
    raise ApiError(
        403,
        f"slicer-local runs as uid {euid}, not root, so it cannot give files to "
        f"uid {uid if uid is not None else '-'} / gid {gid if gid is not None else '-'}: "
        "leave uid and gid out, or run the daemon as root",
        "forbidden",
    )
