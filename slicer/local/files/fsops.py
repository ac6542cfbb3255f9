"""``/vm/{h}/fs/readdir|stat|mkdir|remove`` (PROTOCOL.md §3.10).

Entries are ``{"name", "type", "size", "mtime", "mode"}`` with ``type`` one of ``file``,
``directory``, ``symlink`` (or ``other`` for devices, FIFOs and sockets), ``mtime`` an RFC
3339 string with nanoseconds (what the Go SDK can decode) and ``mode`` the permission bits
in octal (``"0644"``). ``stat`` and ``readdir`` do not follow a symlink in the last
position: a link is reported as ``symlink``.

Errors: 400 for a bad request or a path of the wrong kind, 404 for a missing path, 409 for
a path that already exists (mkdir) or a non-empty directory removed without
``recursive``, 409 when the VM is paused.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import stat
from datetime import UTC, datetime
from typing import Any

from slicer.local.errors import ApiError, bad_request
from slicer.local.files.params import octal_mode
from slicer.local.vmfs import VMPaths, os_error

__all__ = ["entry", "make_dir", "read_dir", "remove_path", "stat_path"]


def _rfc3339(ns: int) -> str:
    seconds, frac = divmod(ns, 1_000_000_000)
    text = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        text += f".{frac:09d}".rstrip("0")
    return text + "Z"


def _type(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISREG(mode):
        return "file"
    return "other"


def entry(name: str, st: os.stat_result) -> dict[str, Any]:
    """The ``FsEntry`` wire object."""
    return {
        "name": name,
        "type": _type(st.st_mode),
        "size": st.st_size,
        "mtime": _rfc3339(st.st_mtime_ns),
        "mode": f"{stat.S_IMODE(st.st_mode):04o}",
    }


def _base_name(vm_path: str) -> str:
    name = posixpath.basename(posixpath.normpath("/" + vm_path.lstrip("~")))
    return name or "/"


def stat_path(paths: VMPaths, vm_path: str) -> dict[str, Any]:
    host = paths.resolve(vm_path, follow_last=False)
    try:
        st = os.lstat(host)
    except OSError as exc:
        raise os_error(exc, vm_path) from None
    return entry(_base_name(vm_path), st)


def read_dir(paths: VMPaths, vm_path: str) -> list[dict[str, Any]]:
    host = paths.resolve(vm_path)
    try:
        if not stat.S_ISDIR(os.stat(host).st_mode):
            raise bad_request(f"{vm_path} is not a directory")
        names = sorted(os.listdir(host))
    except OSError as exc:
        raise os_error(exc, vm_path) from None
    out = []
    for name in names:
        try:
            out.append(entry(name, os.lstat(os.path.join(host, name))))
        except FileNotFoundError:
            continue  # removed while we listed
    return out


def make_dir(paths: VMPaths, body: object) -> None:
    if not isinstance(body, dict):
        raise bad_request("body must be a JSON object")
    vm_path = body.get("path")
    recursive = body.get("recursive", False)
    mode_text = body.get("mode")
    if not isinstance(vm_path, str) or not vm_path:
        raise bad_request("path is required")
    if not isinstance(recursive, bool):
        raise bad_request("recursive must be true or false")
    if mode_text is not None and not isinstance(mode_text, str):
        raise bad_request("mode must be an octal string such as 0755")
    mode = octal_mode(mode_text, "mode")
    host = paths.resolve(vm_path, follow_last=False)
    try:
        if recursive:
            if os.path.isdir(host):
                return
            os.makedirs(host, 0o755)
        else:
            os.mkdir(host, 0o755)
        if mode is not None:
            os.chmod(host, mode)
    except FileExistsError:
        raise ApiError(409, f"{vm_path} already exists", "conflict") from None
    except OSError as exc:
        raise os_error(exc, vm_path) from None


def remove_path(paths: VMPaths, vm_path: str, recursive: bool) -> None:
    host = paths.resolve(vm_path, follow_last=False)
    if host == paths.root:
        raise bad_request("refusing to remove the VM's root directory")
    try:
        st = os.lstat(host)
        if not stat.S_ISDIR(st.st_mode):
            os.unlink(host)
        elif recursive:
            shutil.rmtree(host)
        else:
            os.rmdir(host)
    except OSError as exc:
        raise os_error(exc, vm_path) from None
