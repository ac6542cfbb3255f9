# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``vm.fs``: filesystem operations inside a VM, small file reads and writes, and watch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from slicer_api.api.files import copy_from_vm, copy_to_vm
from slicer_api.api.fs import make_dir, read_dir, remove_path, stat_path, watch_fs
from slicer_api.models import MkdirRequest

from slicer._core.copy import FILE_MODE_HEADER
from slicer._core.models.files import FileBytes, FsEntry, parse_mode
from slicer._core.requests import go_duration, permissions_text
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import json_of, opt
from slicer._sync.watch import FsWatch
from slicer.errors import NotFoundError

__all__ = ["FS"]

_MAX_ID = 4294967295


def _paths(paths: str | Iterable[str]) -> list[str]:
    items = [paths] if isinstance(paths, str) else list(paths)
    cleaned = [p.strip() for p in items if isinstance(p, str) and p.strip()]
    if not cleaned:
        raise ValueError("paths is required: give at least one path to watch")
    return cleaned


def _texts(what: str, values: Iterable[str]) -> list[str]:
    if isinstance(values, str):
        raise TypeError(f"{what} must be a list of strings, not a single string")
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def _path(path: str) -> str:
    if not isinstance(path, str) or not path:
        raise ValueError("path must be a non-empty string")
    return path


def _owner(what: str, value: int | None) -> int | None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _MAX_ID
    ):
        raise ValueError(f"{what} must be an integer from 0 to {_MAX_ID}, got {value!r}")
    return value


class FS:
    """Filesystem of one VM (``vm.fs``). Paths are VM paths (absolute, or ``~/…``)."""

    def __init__(self, http: SyncHTTP, hostname: str) -> None:
        self._http = http
        self._hostname = hostname

    def read_dir(self, path: str) -> list[FsEntry]:
        """The entries of a directory, sorted by name.

        Raises:
            NotFoundError: ``path`` does not exist.
            BadRequestError: ``path`` is not a directory.
        """
        response = self._http.call(
            read_dir.sync_detailed, self._hostname, path=_path(path), idempotent=True
        )
        data = json_of(response, "directory listing")
        return [FsEntry.from_wire(i) for i in data] if isinstance(data, list) else []

    def stat(self, path: str) -> FsEntry:
        """The entry of ``path`` (a symlink is reported as ``"symlink"``, not followed).

        Raises:
            NotFoundError: it does not exist (also a ``FileNotFoundError``).
        """
        response = self._http.call(
            stat_path.sync_detailed, self._hostname, path=_path(path), idempotent=True
        )
        return FsEntry.from_wire(json_of(response, "stat"))

    def exists(self, path: str) -> bool:
        """Whether ``path`` exists (a dangling symlink exists)."""
        try:
            self.stat(path)
        except NotFoundError:
            return False
        return True

    def mkdir(self, path: str, *, recursive: bool = False, mode: str | int | None = None) -> None:
        """Create a directory (``recursive``: with its parents, and no error if it exists).

        Raises:
            ConflictError: it exists (without ``recursive``).
            NotFoundError: the parent does not exist (without ``recursive``).
        """
        body: dict[str, Any] = {"path": _path(path)}
        if recursive:
            body["recursive"] = True
        mode_text = permissions_text(mode)
        if mode_text is not None:
            body["mode"] = mode_text
        self._http.call(make_dir.sync_detailed, self._hostname, body=MkdirRequest.from_dict(body))

    def remove(self, path: str, *, recursive: bool = False) -> None:
        """Remove a file, symlink or empty directory (``recursive``: any directory).

        Raises:
            NotFoundError: it does not exist.
            ConflictError: a non-empty directory without ``recursive``.
        """
        self._http.call(
            remove_path.sync_detailed, self._hostname, path=_path(path), recursive=recursive
        )

    def read_file(self, path: str) -> FileBytes:
        """A whole file's bytes (kept in memory: use ``vm.cp_from`` for big files). The
        result's ``mode`` attribute holds its permission bits.

        Raises:
            NotFoundError: it does not exist.
            BadRequestError: it is a directory.
        """
        kwargs = copy_from_vm._get_kwargs(self._hostname, path=_path(path))
        with self._http.stream(
            "GET",
            kwargs["url"],
            params=kwargs["params"],
            headers={"Accept": "application/octet-stream"},
            http_timeout=self._http.stream_timeout(),
        ) as response:
            data = response.read()
            mode = parse_mode(response.headers.get(FILE_MODE_HEADER)) or 0o600
        return FileBytes(data, mode=mode)

    def read_text(self, path: str, encoding: str = "utf-8", errors: str = "strict") -> str:
        """A whole file decoded as text."""
        return (self.read_file(path)).decode(encoding, errors)

    def write_file(
        self,
        path: str,
        data: bytes | bytearray | memoryview,
        *,
        uid: int | None = None,
        gid: int | None = None,
        permissions: str | int | None = None,
    ) -> None:
        """Write ``data`` to ``path`` atomically, creating parent directories.

        Args:
            uid, gid: owner in the VM (sent as given; ``0`` is root).
            permissions: mode, e.g. ``"0644"`` or ``0o600`` (default: kept for an existing
                file, else the daemon's default).
        """
        if not isinstance(data, bytes | bytearray | memoryview):
            raise TypeError(f"data must be bytes, not {type(data).__name__} (see write_text)")
        kwargs = copy_to_vm._get_kwargs(
            self._hostname,
            path=_path(path),
            uid=opt(_owner("uid", uid)),
            gid=opt(_owner("gid", gid)),
            permissions=opt(permissions_text(permissions)),
        )
        with self._http.stream(
            "POST",
            kwargs["url"],
            params=kwargs["params"],
            headers={"Content-Type": "application/octet-stream"},
            content=bytes(data),
        ) as response:
            response.read()

    def write_text(
        self,
        path: str,
        text: str,
        encoding: str = "utf-8",
        *,
        uid: int | None = None,
        gid: int | None = None,
        permissions: str | int | None = None,
    ) -> None:
        """Write ``text`` (encoded with ``encoding``) to ``path``; see :meth:`write_file`."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.write_file(path, text.encode(encoding), uid=uid, gid=gid, permissions=permissions)

    def watch(
        self,
        paths: str | Iterable[str],
        *,
        patterns: Iterable[str] = (),
        events: Iterable[str] = (),
        recursive: bool = False,
        debounce: float | None = None,
        one_shot: bool = False,
        timeout: float | None = None,
        max_events: int | None = None,
        last_event_id: int | None = None,
    ) -> FsWatch:
        """Watch paths for changes; returns an (async) context manager and iterator of
        :class:`~slicer.FsEvent`.

        Args:
            paths: one path or several (at least one).
            patterns: globs matched against the full path and the base name.
            events: types to report: ``create``, ``write``, ``remove``, ``rename``,
                ``chmod`` (default: all).
            recursive: watch subdirectories too, including ones created later.
            debounce: seconds within which repeats of the same type and path are merged
                (daemon default 0.2).
            one_shot: end after the first event.
            timeout: end after this many seconds.
            max_events: end after this many events.
            last_event_id: id of the last event seen (checked, no replay).
        """
        if max_events is not None and (
            isinstance(max_events, bool) or not isinstance(max_events, int) or max_events < 1
        ):
            raise ValueError(f"max_events must be a positive integer, got {max_events!r}")
        if last_event_id is not None and (
            isinstance(last_event_id, bool)
            or not isinstance(last_event_id, int)
            or not 0 <= last_event_id < 2**64
        ):
            raise ValueError(
                f"last_event_id must be an unsigned 64-bit integer, got {last_event_id!r}"
            )
        if debounce is not None and (
            isinstance(debounce, bool) or not isinstance(debounce, int | float) or debounce < 0
        ):
            raise ValueError(f"debounce must be a number of seconds >= 0, got {debounce!r}")
        kwargs = watch_fs._get_kwargs(
            self._hostname,
            paths=_paths(paths),
            patterns=opt(_texts("patterns", patterns) or None),
            events=opt(_texts("events", events) or None),
            recursive=opt(True if recursive else None),
            one_shot=opt(True if one_shot else None),
            debounce=opt(
                None
                if debounce is None
                else ("0s" if debounce == 0 else go_duration("debounce", debounce))
            ),
            timeout=opt(go_duration("timeout", timeout)),
            max_events=opt(max_events),
            last_event_id=opt(None if last_event_id is None else str(last_event_id)),
        )
        headers = {"Accept": "text/event-stream", **kwargs.get("headers", {})}
        return FsWatch(self._http, kwargs["url"], kwargs["params"], headers)
