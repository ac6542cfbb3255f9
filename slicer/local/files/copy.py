"""``GET|POST /vm/{h}/cp``: binary and tar copies, legacy and cp-v1 (PROTOCOL.md §3.9, §5.2).

Downloads stream a file's bytes (``X-Slicer-File-Mode``) or a tar of a directory's
contents; cp-v1 answers add ``X-Slicer-Source-Type`` and ``X-Slicer-Source-Name-Base64``.
Uploads are written to the VM's staging directory and renamed into place once complete,
with cp's placement rules for cp-v1; tar uploads go through the same safe extractor as the
client's downloads (:mod:`slicer._core.tar`).
"""

from __future__ import annotations

import os
import posixpath
import shutil
import stat
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import Headers, QueryParams
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from slicer._core.copy import (
    CP_V1,
    DIRECTORY_IN_BINARY,
    FILE_MODE_HEADER,
    SOURCE_NAME_HEADER,
    SOURCE_TYPE_HEADER,
    Kind,
    PlacementError,
    SourceType,
    encode_source_name,
    invalid_mode_text,
    place,
)
from slicer._core.tar import (
    TarReader,
    TreeWriter,
    build_archive,
    normalize_patterns,
    place_tree,
    staged_dir,
    staged_file,
    valid_source_name,
)
from slicer.errors import ArchiveError
from slicer.local.daemon import Daemon
from slicer.local.errors import ApiError, bad_request
from slicer.local.files.owners import owner_for
from slicer.local.files.params import integer, octal_mode, required
from slicer.local.routes.base import run_sync
from slicer.local.vm import VM
from slicer.local.vmfs import VMPaths, os_error

__all__ = ["CopyService"]

_READ_CHUNK = 1 << 20
_WRITE_BATCH = 1 << 20
_DOWNLOAD_MODES = ("binary", "tar", "cp-v1-binary", "cp-v1-tar", "cp-v1-recursive")
_UPLOAD_MODES = ("binary", "tar", "cp-v1-binary", "cp-v1-tar")
_MAX_ID = 4294967295


def _kind(host_path: str) -> Kind:
    try:
        st = os.lstat(host_path)
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    return "directory" if stat.S_ISDIR(st.st_mode) else "file"


def _check_mode(mode: str, allowed: tuple[str, ...], legacy: bool, semantics: str | None) -> None:
    if mode.startswith("cp-v1-") and legacy:
        # What an agent older than cp-v1 answers (the SDKs look for this text).
        raise bad_request(f"cp produced an unexpected error: 400: {invalid_mode_text(mode)}")
    if mode not in allowed:
        raise bad_request(invalid_mode_text(mode))
    if semantics not in (None, "", CP_V1):
        raise bad_request(f"unknown copy_semantics {semantics!r}: expected {CP_V1}")
    if mode.startswith("cp-v1-") and semantics != CP_V1:
        raise bad_request(f"mode {mode} needs copy_semantics={CP_V1}")


@dataclass
class UploadPlan:
    """Everything an upload needs, decided before its body is read."""

    vm: VM
    tar: bool
    target: str  # host path
    merge: bool = False
    mode: int | None = None
    uid: int | None = None
    gid: int | None = None
    exclude: tuple[str, ...] = field(default_factory=tuple)
    vm_path: str = ""


class CopyService:
    """The ``/cp`` logic for one daemon."""

    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon
        for vm in daemon.vms.select():  # uploads cut off by a daemon that died
            shutil.rmtree(self.staging_dir(vm, create=False), ignore_errors=True)

    @staticmethod
    def staging_dir(vm: VM, *, create: bool = True) -> str:
        path = os.path.join(vm.directory, "staging")
        if create:
            os.makedirs(path, mode=0o700, exist_ok=True)
        return path

    # -- downloads -----------------------------------------------------------------------
    def download(self, hostname: str, q: QueryParams) -> Response:
        """Validate, stat, and answer with a streaming body (runs in a worker thread)."""
        vm_path = required(q, "path")
        mode = q.get("mode") or "binary"
        semantics = q.get("copy_semantics")
        _check_mode(mode, _DOWNLOAD_MODES, self.d.config.legacy_cp, semantics)
        exclude = normalize_patterns(q.getlist("exclude"))
        vm = self.d.vms.require_running(hostname)
        paths = VMPaths(vm.root_dir)
        host = paths.resolve(vm_path)
        try:
            st = os.stat(host)
        except OSError as exc:
            raise os_error(exc, vm_path) from None
        is_dir = stat.S_ISDIR(st.st_mode)
        as_tar = mode in ("tar", "cp-v1-tar") or (mode == "cp-v1-recursive" and is_dir)
        headers: dict[str, str] = {}
        if mode.startswith("cp-v1-"):
            headers[SOURCE_TYPE_HEADER] = "directory" if is_dir else "file"
            name = posixpath.basename(posixpath.normpath("/" + vm_path.lstrip("~")))
            if name:
                headers[SOURCE_NAME_HEADER] = encode_source_name(name)
        if as_tar:
            if not is_dir:
                raise bad_request(f"tar mode needs a directory, and {vm_path} is a file")
            body = build_archive(host, exclude=exclude)
            return StreamingResponse(body, media_type="application/x-tar", headers=headers)
        if is_dir:
            raise bad_request(f"{DIRECTORY_IN_BINARY}: {vm_path}")
        if not stat.S_ISREG(st.st_mode):
            raise bad_request(f"{vm_path} is not a regular file")
        try:
            fd = os.open(host, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as exc:
            raise os_error(exc, vm_path) from None
        size = os.fstat(fd).st_size
        headers[FILE_MODE_HEADER] = f"{stat.S_IMODE(st.st_mode) & 0o777:04o}"
        headers["Content-Length"] = str(size)
        return StreamingResponse(
            _file_body(fd, size), media_type="application/octet-stream", headers=headers
        )

    # -- uploads -------------------------------------------------------------------------
    def plan_upload(self, hostname: str, q: QueryParams, headers: Headers) -> UploadPlan:
        """Validate the request and decide where the upload goes (worker thread)."""
        vm_path = required(q, "path")
        mode = q.get("mode") or "binary"
        semantics = q.get("copy_semantics")
        _check_mode(mode, _UPLOAD_MODES, self.d.config.legacy_cp, semantics)
        is_tar = mode in ("tar", "cp-v1-tar")
        uid = integer(q, "uid", minimum=0, maximum=_MAX_ID)
        gid = integer(q, "gid", minimum=0, maximum=_MAX_ID)
        file_mode = octal_mode(q.get("permissions"), "permissions")
        exclude = normalize_patterns(q.getlist("exclude"))
        unpacked = headers.get("x-slicer-unpacked-size")
        if unpacked is not None and not unpacked.strip().isdigit():
            raise bad_request("X-Slicer-Unpacked-Size must be a byte count")
        owner_uid, owner_gid = owner_for(uid, gid)
        vm = self.d.vms.require_running(hostname)
        paths = VMPaths(vm.root_dir)
        dest = paths.resolve(vm_path)
        plan = UploadPlan(
            vm=vm,
            tar=is_tar,
            target=dest,
            mode=file_mode,
            uid=owner_uid,
            gid=owner_gid,
            exclude=exclude,
            vm_path=vm_path,
        )
        if mode.startswith("cp-v1-"):
            self._place_v1(plan, q, vm_path)
        else:
            self._place_legacy(plan, vm_path)
        if not paths.contains(plan.target):  # pragma: no cover - resolve() guarantees it
            raise bad_request(f"{vm_path} is outside the VM")
        if unpacked is not None:
            free = shutil.disk_usage(self.staging_dir(vm)).free
            if int(unpacked) > free:
                raise bad_request(f"upload of {int(unpacked)} bytes does not fit ({free} free)")
        return plan

    def _place_v1(self, plan: UploadPlan, q: QueryParams, vm_path: str) -> None:
        from slicer.local.files.params import boolean

        source_type = q.get("source_type") or ""
        wanted: SourceType = "directory" if plan.tar else "file"
        if source_type != wanted:
            raise bad_request(f"source_type must be {wanted!r} for this mode, got {source_type!r}")
        contents = boolean(q, "copy_contents")
        if contents and not plan.tar:
            raise bad_request("copy_contents applies to directories only")
        name = q.get("source_name") or ""
        if (name and not valid_source_name(name)) or (not name and not contents):
            raise bad_request(f"source_name must be a plain file name, got {name!r}")
        trailing = "/" if vm_path.endswith("/") else ""
        try:
            placement = place(
                plan.target + trailing,
                _kind(plan.target),
                wanted,
                name,
                contents=contents,
                kind_of=_kind,
                join=os.path.join,
            )
        except PlacementError as exc:
            status = 404 if exc.kind == "missing-directory" else 400
            raise ApiError(status, str(exc).replace(plan.vm.root_dir.as_posix(), "")) from None
        plan.target = placement.target.rstrip("/") or placement.target
        plan.merge = placement.merge

    def _place_legacy(self, plan: UploadPlan, vm_path: str) -> None:
        kind = _kind(plan.target)
        if plan.tar:
            if kind == "file":
                raise bad_request(f"{vm_path} exists and is not a directory")
            plan.merge = kind == "directory"
            return
        if vm_path.endswith("/") or kind == "directory":
            raise bad_request(f"{vm_path} is a directory: binary uploads need a file path")

    async def receive(self, request: Request, plan: UploadPlan) -> None:
        """Read the body into the staging area, then move it into place."""
        staging = await run_sync(self.staging_dir, plan.vm)
        try:
            if plan.tar:
                await self._receive_tree(request, plan, staging)
            else:
                await self._receive_file(request, plan, staging)
        except ArchiveError as exc:
            raise bad_request(f"invalid tar upload: {exc}") from None
        except (IsADirectoryError, NotADirectoryError) as exc:
            raise bad_request(str(exc).replace(str(plan.vm.root_dir), "")) from None
        except OSError as exc:
            raise os_error(exc, plan.vm_path) from None

    async def _receive_file(self, request: Request, plan: UploadPlan, staging: str) -> None:
        mode = plan.mode
        if mode is None:
            try:
                mode = stat.S_IMODE(os.stat(plan.target).st_mode)
            except OSError:
                mode = 0o644
        with staged_file(
            plan.target, mode=mode, uid=plan.uid, gid=plan.gid, staging_dir=staging
        ) as handle:
            await _pump(request.stream(), handle.write)
            await run_sync(os.makedirs, os.path.dirname(plan.target), 0o755, True)

    async def _receive_tree(self, request: Request, plan: UploadPlan, staging: str) -> None:
        with staged_dir(staging) as staged:
            reader = TarReader()
            writer = await run_sync(
                lambda: TreeWriter(
                    staged,
                    exclude=plan.exclude,
                    uid=plan.uid,
                    gid=plan.gid,
                    file_mode=plan.mode,
                )
            )
            try:
                await _pump(request.stream(), lambda data: writer.feed(reader.feed(data)))
                reader.close()
                await run_sync(writer.finish)
            finally:
                writer.close()
            await run_sync(self._place_tree, staged, plan)

    @staticmethod
    def _place_tree(staged: str, plan: UploadPlan) -> None:
        os.makedirs(os.path.dirname(plan.target), 0o755, exist_ok=True)
        if plan.uid is not None or plan.gid is not None:
            os.chown(
                staged, -1 if plan.uid is None else plan.uid, -1 if plan.gid is None else plan.gid
            )
        place_tree(staged, plan.target, root_mode=0o755)


async def _pump(stream: AsyncIterator[bytes], sink: Callable[[bytes], Any]) -> None:
    """Feed the request body to ``sink`` in batches of about 1 MiB, each in a worker
    thread (so disk writes never block the event loop)."""
    batch = bytearray()
    async for chunk in stream:
        batch += chunk
        if len(batch) >= _WRITE_BATCH:
            data, batch = bytes(batch), bytearray()
            await run_sync(sink, data)
    if batch:
        await run_sync(sink, bytes(batch))


def _file_body(fd: int, size: int) -> Iterator[bytes]:
    """Exactly ``size`` bytes of ``fd``; a file that shrinks aborts the response."""
    try:
        left = size
        while left:
            data = os.read(fd, min(left, _READ_CHUNK))
            if not data:
                raise OSError("file shrank while it was being sent")
            left -= len(data)
            yield data
    finally:
        os.close(fd)
