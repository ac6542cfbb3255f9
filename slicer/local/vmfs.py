"""VM paths → host paths under the VM's root directory, never outside it.

A request names paths as the guest sees them (``/etc/x``, ``~/x``, ``x``). They are
resolved like ``openat2(RESOLVE_IN_ROOT)``: the VM root acts as ``/``, ``..`` stops at it,
and symlinks met on the way are followed *inside the root* (an absolute target restarts
from the VM root, not the host's ``/``). The result is always a path under
``vm.root_dir``. ``~`` is the VM's home, which is its root in slicer.local.

(slicer.local isolates nothing — a VM's processes can touch the whole host — so this is
about giving each request the guest's view, not about containing a hostile VM.)
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from slicer.local.errors import ApiError

__all__ = ["MAX_SYMLINKS", "VMPaths", "os_error"]

MAX_SYMLINKS = 40
_MAX_PATH = 4096


def os_error(exc: OSError, vm_path: str) -> ApiError:
    """The JSON error for a filesystem failure on ``vm_path`` (never a 500 for the
    caller's mistakes)."""
    reason = exc.strerror or str(exc)
    code = exc.errno
    if code == errno.ENOENT:
        return ApiError(404, f"{vm_path}: no such file or directory", "not_found")
    if code in (errno.EACCES, errno.EPERM):
        return ApiError(403, f"{vm_path}: permission denied", "forbidden")
    if code in (errno.EEXIST, errno.ENOTEMPTY):
        return ApiError(409, f"{vm_path}: {reason.lower()}", "conflict")
    if code == errno.ENOSPC:
        return ApiError(400, f"{vm_path}: no space left on device", "no_space")
    if code in (
        errno.ENOTDIR,
        errno.EISDIR,
        errno.ENAMETOOLONG,
        errno.ELOOP,
        errno.EINVAL,
        errno.EXDEV,
        errno.EBUSY,
        errno.EFBIG,
    ):
        return ApiError(400, f"{vm_path}: {reason.lower()}", "bad_request")
    return ApiError(500, f"{vm_path}: {reason.lower()}", "internal")


class VMPaths:
    """Path mapping for one VM root."""

    def __init__(self, root: Path | str) -> None:
        self.root = os.path.realpath(root)

    def check(self, vm_path: str) -> str:
        """Validate a request path: non-empty, no NUL, not absurdly long (400 otherwise)."""
        if not isinstance(vm_path, str) or not vm_path:
            raise ApiError(400, "path is required")
        if "\0" in vm_path:
            raise ApiError(400, "path must not contain NUL")
        if len(vm_path.encode("utf-8", "surrogateescape")) > _MAX_PATH:
            raise ApiError(400, "path is too long")
        return vm_path

    def components(self, vm_path: str) -> list[str]:
        """The path's components relative to the VM's ``/`` (``~`` is ``/``)."""
        path = self.check(vm_path)
        if path == "~" or path.startswith("~/"):
            path = path[1:]
        elif path.startswith("~"):
            raise ApiError(400, f"{vm_path}: only '~' (the VM's home) is supported")
        return [p for p in path.split("/") if p not in ("", ".")]

    def resolve(self, vm_path: str, *, follow_last: bool = True) -> str:
        """The host path for ``vm_path``. Missing components are kept as they are (the
        caller may be about to create them); symlinks are followed inside the root, the
        last one only when ``follow_last``."""
        pending = self.components(vm_path)
        pending.reverse()  # a stack: the next component is pending[-1]
        stack: list[str] = []
        links = 0
        while pending:
            name = pending.pop()
            if name == "..":
                if stack:
                    stack.pop()
                continue
            if name == ".":
                continue
            if not pending and not follow_last:
                stack.append(name)
                break
            candidate = os.path.join(self.root, *stack, name)
            try:
                st = os.lstat(candidate)
            except (FileNotFoundError, NotADirectoryError):
                stack.append(name)
                continue
            except OSError as exc:
                raise os_error(exc, vm_path) from None
            if not stat.S_ISLNK(st.st_mode):
                stack.append(name)
                continue
            links += 1
            if links > MAX_SYMLINKS:
                raise ApiError(400, f"{vm_path}: too many levels of symbolic links")
            target = os.readlink(candidate)
            if target.startswith("/"):
                stack = []
            pending.extend(reversed([p for p in target.split("/") if p not in ("", ".")]))
        return os.path.join(self.root, *stack)

    def to_vm(self, host_path: str) -> str:
        """The VM path of a host path under the root (``root/x`` → ``/x``)."""
        rel = os.path.relpath(host_path, self.root)
        if rel == ".":
            return "/"
        if rel.startswith(".."):
            raise ValueError(f"{host_path} is outside the VM root")
        return "/" + rel.replace(os.sep, "/")

    def contains(self, host_path: str) -> bool:
        """Whether ``host_path`` (already resolved) is the root or under it."""
        return host_path == self.root or host_path.startswith(self.root + os.sep)
