# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``vm.cp_to`` / ``vm.cp_from``: files and trees, streamed both ways in constant memory.

Speaks cp-v1 (the daemon places uploads like ``cp``; downloads carry their source type and
name) and falls back to the legacy ``binary``/``tar`` modes when the daemon answers as an
agent older than cp-v1 does (400 ``invalid mode: cp-v1-…``; PROTOCOL.md §5.2), remembering
that VM's agent as old for the client's lifetime. Uploads to such an agent are placed the
same way by asking the daemon what exists first.
"""

from __future__ import annotations

import os
import posixpath
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
from slicer_api.api.files import copy_from_vm, copy_to_vm
from slicer_api.api.fs import stat_path

from slicer._copy_local import (
    CopyMode,
    ProgressCallback,
    UploadSource,
    check_download_destination,
    local_kind,
    placement_os_error,
    upload_source,
)
from slicer._core.copy import (
    CP_V1,
    DIRECTORY_IN_BINARY,
    FILE_MODE_HEADER,
    CopyMeta,
    Kind,
    PlacementError,
    SourceType,
    is_legacy_answer,
    legacy_metadata,
    parse_copy_metadata,
    place,
    remote_contents_mode,
)
from slicer._core.models.files import parse_mode
from slicer._core.requests import permissions_text
from slicer._core.tar import (
    CHUNK_SIZE,
    TarReader,
    TreeWriter,
    build_archive,
    normalize_patterns,
    place_tree,
    staged_dir,
    staged_file,
    unpacked_size,
)
from slicer._core.tar.place import umask
from slicer._http_common import map_transport_errors
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import opt
from slicer.errors import BadRequestError, NotFoundError, ProtocolError

__all__ = ["copy_from_vm_to", "copy_to_vm_from"]

_ACCEPT = {
    "cp-v1-binary": "application/octet-stream",
    "cp-v1-tar": "application/x-tar",
    "cp-v1-recursive": "application/octet-stream, application/x-tar",
    "binary": "application/octet-stream",
    "tar": "application/x-tar",
}
_MAX_ID = 4294967295

#: VMs whose agent answered a cp-v1 request like an agent older than cp-v1, per client:
#: later copies go straight to the legacy modes (an upload is otherwise sent twice, since
#: the agent's refusal arrives only after the whole body).
_LEGACY_AGENTS: weakref.WeakKeyDictionary[SyncHTTP, set[str]] = weakref.WeakKeyDictionary()


def _remember_legacy(http: SyncHTTP, hostname: str) -> None:
    _LEGACY_AGENTS.setdefault(http, set()).add(hostname)


def _owner_id(what: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_ID:
        raise ValueError(f"{what} must be an integer from 0 to {_MAX_ID}, got {value!r}")
    return value


def _remote_path(remote: str) -> str:
    if not isinstance(remote, str) or not remote.strip():
        raise ValueError("remote path must be a non-empty string")
    if "\0" in remote:
        raise ValueError("remote path must not contain NUL")
    return remote


class _Progress:
    """Counts bytes and reports them to the caller's callback."""

    def __init__(self, callback: ProgressCallback | None, total: int | None) -> None:
        self.callback = callback
        self.total = total
        self.done = 0

    def add(self, n: int) -> None:
        self.done += n
        if self.callback is not None:
            self.callback(self.done, self.total)


# -- uploads --------------------------------------------------------------------------------


def _file_body(path: str, progress: _Progress) -> Iterator[bytes]:
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(CHUNK_SIZE):
            yield chunk
            progress.add(len(chunk))


def _tar_body(path: str, exclude: tuple[str, ...], progress: _Progress) -> Iterator[bytes]:
    for chunk in build_archive(path, exclude=exclude, on_data=progress.add):
        yield chunk


def _send_upload(
    http: SyncHTTP,
    hostname: str,
    source: UploadSource,
    params: dict[str, Any],
    exclude: tuple[str, ...],
    progress: ProgressCallback | None,
    unpacked: int | None,
) -> None:
    query: dict[str, Any] = {k: opt(v) for k, v in params.items()}
    kwargs = copy_to_vm._get_kwargs(hostname, x_slicer_unpacked_size=opt(unpacked), **query)
    headers = dict(kwargs.get("headers") or {})
    counter = _Progress(progress, source.size if source.type == "file" else unpacked)
    if source.type == "file":
        headers["Content-Type"] = "application/octet-stream"
        body = _file_body(source.path, counter)
    else:
        headers["Content-Type"] = "application/x-tar"
        body = _tar_body(source.path, exclude, counter)
    with http.stream(
        "POST",
        kwargs["url"],
        params=kwargs["params"],
        headers=headers,
        content=body,
        http_timeout=http.stream_timeout(),
    ) as response:
        response.read()
    if counter.callback is not None and counter.done == 0:
        counter.callback(0, counter.total)  # an empty file or tree still reports completion


def _remote_kind(http: SyncHTTP, hostname: str, path: str) -> Kind:
    try:
        response = http.call(stat_path.sync_detailed, hostname, path=path, idempotent=True)
    except NotFoundError:
        return "missing"
    from slicer._core.models.files import FsEntry
    from slicer._core.wire import parse_json

    entry = FsEntry.from_wire(parse_json(response.content, "stat"))
    return "directory" if entry.is_dir else "file"


def _legacy_target(http: SyncHTTP, hostname: str, remote: str, source: UploadSource) -> str:
    """Apply cp's placement for an agent that cannot (it writes exactly where told)."""
    kind = _remote_kind(http, hostname, remote)
    child: Kind = "missing"
    if kind == "directory" and source.name and not source.contents:
        child = _remote_kind(http, hostname, posixpath.join(remote, source.name))
    try:
        placement = place(
            remote,
            kind,
            source.type,
            source.name,
            contents=source.contents,
            kind_of=lambda _path: child,
        )
    except PlacementError as exc:
        status, cls = (
            (404, NotFoundError) if exc.kind == "missing-directory" else (400, BadRequestError)
        )
        raise cls(status, str(exc), method="POST", path=f"/vm/{hostname}/cp") from None
    return placement.target


def copy_to_vm_from(
    http: SyncHTTP,
    hostname: str,
    local: str | os.PathLike[str],
    remote: str,
    *,
    mode: CopyMode | None,
    uid: int | None,
    gid: int | None,
    permissions: str | int | None,
    exclude: Iterable[str],
    progress: ProgressCallback | None,
) -> None:
    """The body of ``AsyncVM.cp_to``."""
    source = upload_source(local, mode)
    remote = _remote_path(remote)
    patterns = normalize_patterns(exclude)
    if patterns and source.type == "file":
        raise ValueError("exclude applies to directory copies only")
    common = {
        "uid": _owner_id("uid", uid),
        "gid": _owner_id("gid", gid),
        # A file keeps its permission bits unless the caller sets them (a tar carries them).
        "permissions": permissions_text(permissions if permissions is not None else source.mode),
        "exclude": list(patterns) if patterns else None,
    }
    unpacked = unpacked_size(source.path, patterns) if source.type == "directory" else None
    wire_mode = "cp-v1-binary" if source.type == "file" else "cp-v1-tar"
    params = {
        "path": remote,
        "mode": wire_mode,
        "copy_semantics": CP_V1,
        "source_name": source.name,
        "source_type": source.type,
        "copy_contents": True if source.contents else None,
        **common,
    }
    if hostname not in _LEGACY_AGENTS.get(http, ()):
        try:
            _send_upload(http, hostname, source, params, patterns, progress, unpacked)
            return
        except BadRequestError as exc:
            if not is_legacy_answer(exc.status_code, exc.message, wire_mode):
                raise
        _remember_legacy(http, hostname)
    target = _legacy_target(http, hostname, remote, source)
    legacy = {"path": target, "mode": "binary" if source.type == "file" else "tar", **common}
    _send_upload(http, hostname, source, legacy, patterns, progress, unpacked)


# -- downloads ------------------------------------------------------------------------------


def _local_placement(local: str, meta: CopyMeta, *, contents: bool) -> tuple[str, bool]:
    try:
        placement = place(
            local,
            local_kind(local),
            meta.type,
            meta.name,
            contents=contents,
            kind_of=local_kind,
            join=os.path.join,
            missing_dir_ok=True,
        )
    except PlacementError as exc:
        raise placement_os_error(exc) from None
    return placement.target, placement.merge


def _receive(
    response: httpx.Response,
    meta: CopyMeta,
    local: str,
    *,
    contents: bool,
    wire_mode: str,
    file_mode: int | None,
    exclude: tuple[str, ...],
    progress: ProgressCallback | None,
) -> None:
    if meta.type == "file" and wire_mode in ("cp-v1-tar", "tar"):
        raise ProtocolError('tar copy returned source type "file"')
    if meta.type == "directory" and wire_mode in ("cp-v1-binary", "binary"):
        raise ProtocolError('binary copy returned source type "directory"')
    target, _merge = _local_placement(local, meta, contents=contents)
    length = response.headers.get("content-length")
    total = int(length) if meta.type == "file" and length and length.isdigit() else None
    counter = _Progress(progress, total)
    with map_transport_errors(f"{response.request.url.path} (download)"):
        if meta.type == "file":
            mode = file_mode
            if mode is None:
                mode = parse_mode(response.headers.get(FILE_MODE_HEADER)) or 0o600
            with staged_file(target, mode=mode) as handle:
                for chunk in response.iter_bytes():
                    handle.write(chunk)
                    counter.add(len(chunk))
        else:
            parent = os.path.dirname(os.path.abspath(target))
            with staged_dir(parent) as staged:
                reader, writer = (
                    TarReader(),
                    TreeWriter(staged, exclude=exclude, on_data=counter.add),
                )
                try:
                    for chunk in response.iter_bytes():
                        writer.feed(reader.feed(chunk))
                    reader.close()
                    writer.finish()
                finally:
                    writer.close()
                place_tree(staged, target, root_mode=0o777 & ~umask())
    if counter.callback is not None and counter.done == 0:
        counter.callback(0, counter.total)


def _download(
    http: SyncHTTP,
    hostname: str,
    remote: str,
    local: str,
    *,
    wire_mode: str,
    legacy: bool,
    contents: bool,
    file_mode: int | None,
    exclude: tuple[str, ...],
    progress: ProgressCallback | None,
) -> None:
    send_exclude = (
        list(exclude) if exclude and wire_mode not in ("binary", "cp-v1-binary") else None
    )
    kwargs = copy_from_vm._get_kwargs(
        hostname,
        path=remote,
        mode=wire_mode,
        copy_semantics=opt(None if legacy else CP_V1),
        exclude=opt(send_exclude),
    )
    headers = {"Accept": _ACCEPT[wire_mode]}
    with http.stream(
        "GET",
        kwargs["url"],
        params=kwargs["params"],
        headers=headers,
        http_timeout=http.stream_timeout(),
    ) as response:
        meta = parse_copy_metadata(response.headers, contents=contents)
        if legacy:  # headers validated above, then replaced by what we work out
            source_type: SourceType = "file" if wire_mode == "binary" else "directory"
            try:
                meta = legacy_metadata(remote, source_type, contents=contents)
            except ValueError as exc:
                raise ValueError(str(exc)) from None
        elif meta is None:
            raise ProtocolError("copy response did not include cp-v1 metadata")
        _receive(
            response,
            meta,
            local,
            contents=contents,
            wire_mode=wire_mode,
            file_mode=file_mode,
            exclude=exclude,
            progress=progress,
        )


def copy_from_vm_to(
    http: SyncHTTP,
    hostname: str,
    remote: str,
    local: str | os.PathLike[str],
    *,
    mode: CopyMode | None,
    permissions: str | int | None,
    exclude: Iterable[str],
    progress: ProgressCallback | None,
) -> None:
    """The body of ``AsyncVM.cp_from``."""
    remote = _remote_path(remote)
    local_text = check_download_destination(local, mode)
    patterns = normalize_patterns(exclude)
    perms = permissions_text(permissions)
    file_mode = int(perms, 8) if perms is not None else None
    contents = remote_contents_mode(remote)
    wire_mode = {None: "cp-v1-recursive", "binary": "cp-v1-binary", "tar": "cp-v1-tar"}[mode]
    options: dict[str, Any] = {
        "contents": contents,
        "file_mode": file_mode,
        "exclude": patterns,
        "progress": progress,
    }
    if hostname not in _LEGACY_AGENTS.get(http, ()):
        try:
            _download(
                http, hostname, remote, local_text, wire_mode=wire_mode, legacy=False, **options
            )
            return
        except BadRequestError as exc:
            if not is_legacy_answer(exc.status_code, exc.message, wire_mode):
                raise
        _remember_legacy(http, hostname)
    if mode is None:  # probe: a file in binary mode, else the daemon says it is a directory
        try:
            _download(
                http,
                hostname,
                remote,
                local_text,
                wire_mode="binary",
                legacy=True,
                **{**options, "contents": False},
            )
            return
        except BadRequestError as exc:
            if DIRECTORY_IN_BINARY not in exc.message:
                raise
        _download(http, hostname, remote, local_text, wire_mode="tar", legacy=True, **options)
        return
    _download(
        http,
        hostname,
        remote,
        local_text,
        wire_mode=mode,
        legacy=True,
        **({**options, "contents": False} if mode == "binary" else options),
    )
