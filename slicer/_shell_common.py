"""Interactive-shell request building, shared by both twins and the browser proxy."""

from __future__ import annotations

from typing import Any

from slicer_api.api.shell import open_shell
from slicer_api.types import UNSET

from slicer._core.requests import check_name

__all__ = ["UID_MAX", "check_id", "shell_request"]

UID_MAX = 4294967295


def check_id(name: str, value: int | None) -> int | None:
    """A uid/gid: ``None`` (the daemon's default user) or 0..4294967295."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= UID_MAX:
        raise ValueError(f"{name} must be an integer from 0 to {UID_MAX} or None, got {value!r}")
    return value


def shell_request(
    hostname: str,
    *,
    shell: str | None = None,
    uid: int | None = None,
    gid: int | None = None,
    cwd: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """URL path and query of ``GET /vm/{hostname}/shell``; parameters left ``None`` are
    not sent (the daemon's defaults apply; unlike the Go SDK, ``uid=0`` *is* sent)."""
    checked_uid, checked_gid = check_id("uid", uid), check_id("gid", gid)
    kwargs: dict[str, Any] = open_shell._get_kwargs(
        check_name("hostname", hostname),
        shell=shell or UNSET,
        uid=UNSET if checked_uid is None else checked_uid,
        gid=UNSET if checked_gid is None else checked_gid,
        cwd=cwd or UNSET,
    )
    return kwargs["url"], dict(kwargs.get("params") or {})
