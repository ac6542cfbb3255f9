"""``GET /vm/{h}/fs/watch``: filesystem events as Server-Sent Events (PROTOCOL.md §3.11).

A :class:`WatchSession` is built from the query, sets up its inotify watches *before* the
response starts (so a client that has the response headers knows the watch is live), then
streams ``id:``/``event: watch``/``data:`` events, heartbeat comments while idle, and ends
the stream on ``timeout``, ``one_shot`` or ``max_events``.

Event types follow fsnotify: ``create`` (created or moved in), ``write``, ``remove``,
``rename`` (moved away), ``chmod`` (attributes). With ``recursive``, directories created
later are watched too, and what they already hold when the watch is added is reported as
``create``. ``debounce`` coalesces events of the same type and path: the first one is sent
``debounce`` after it happened and the repeats within that window are dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import re
import stat
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from starlette.datastructures import Headers, QueryParams

from slicer._core.tar.globs import glob_match
from slicer.local.errors import ApiError, bad_request
from slicer.local.files import inotify
from slicer.local.files.params import boolean, duration_ns, integer
from slicer.local.vmfs import VMPaths, os_error

__all__ = ["EVENT_TYPES", "WatchSession", "WatchSpec", "parse_watch"]

EVENT_TYPES = ("create", "write", "remove", "rename", "chmod")
_DEFAULT_DEBOUNCE = 0.2
_LAST_EVENT_ID = re.compile(r"^[0-9]{1,20}$")
_MAX_U64 = 2**64 - 1


@dataclass
class WatchSpec:
    """A validated watch request."""

    roots: list[tuple[str, str]]  # (vm path, host path)
    patterns: tuple[str, ...] = ()
    events: frozenset[str] = frozenset(EVENT_TYPES)
    recursive: bool = False
    one_shot: bool = False
    debounce: float = _DEFAULT_DEBOUNCE
    timeout: float | None = None
    max_events: int = 0


def parse_watch(q: QueryParams, headers: Headers, paths: VMPaths) -> WatchSpec:
    """Validate the query (400) and resolve the paths (404 when one does not exist)."""
    wanted = [p.strip() for p in q.getlist("paths") if p.strip()]
    if not wanted:
        raise bad_request("paths is required")
    events: set[str] = set()
    for name in q.getlist("events"):
        value = name.strip().lower()
        if value == "all":
            events.update(EVENT_TYPES)
        elif value in EVENT_TYPES:
            events.add(value)
        elif value:
            raise bad_request(f"unknown event type {name!r}: expected {', '.join(EVENT_TYPES)}")
    integer(q, "uid", minimum=0, maximum=4294967295)  # checked; slicer.local has one home
    debounce = duration_ns(q, "debounce")
    timeout = duration_ns(q, "timeout")
    for label, ns in (("debounce", debounce), ("timeout", timeout)):
        if ns is not None and ns < 0:
            raise bad_request(f"{label} must not be negative")
    last_id = headers.get("last-event-id")
    if last_id is not None and (
        not _LAST_EVENT_ID.match(last_id.strip()) or int(last_id.strip()) > _MAX_U64
    ):
        raise bad_request("Last-Event-ID must be an unsigned 64-bit decimal number")
    roots = []
    for vm_path in wanted:
        host = paths.resolve(vm_path)
        try:
            os.stat(host)
        except OSError as exc:
            raise os_error(exc, vm_path) from None
        roots.append((paths.to_vm(host), host))
    return WatchSpec(
        roots=roots,
        patterns=tuple(p for p in q.getlist("patterns") if p),
        events=frozenset(events or EVENT_TYPES),
        recursive=boolean(q, "recursive"),
        one_shot=boolean(q, "one_shot"),
        debounce=_DEFAULT_DEBOUNCE if debounce is None else debounce / 1e9,
        timeout=timeout / 1e9 if timeout else None,
        max_events=integer(q, "max_events", minimum=0, maximum=2**31 - 1) or 0,
    )


@dataclass
class _Pending:
    type: str
    host_path: str
    is_dir: bool
    at_ns: int
    due: float


@dataclass
class WatchSession:
    """One watch connection: inotify watches, debounce queue and the SSE body."""

    spec: WatchSpec
    paths: VMPaths
    heartbeat: float = 15.0
    _ino: inotify.Inotify | None = None
    _dirs: dict[int, str] = field(default_factory=dict)  # wd -> host path
    _roots: set[int] = field(default_factory=set)
    _pending: OrderedDict[tuple[str, str], _Pending] = field(default_factory=OrderedDict)
    _wake: asyncio.Event | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    # -- setup (worker thread) -------------------------------------------------------------
    def start(self) -> None:
        """Create the inotify instance and every watch; 501 where inotify is missing."""
        if not inotify.available():
            raise ApiError(501, "fs watch needs Linux inotify", "not_implemented")
        try:
            self._ino = inotify.Inotify()
        except OSError as exc:  # EMFILE: the per-user inotify instance limit
            raise ApiError(503, f"cannot start a watch: {exc.strerror}", "unavailable") from None
        try:
            for vm_path, host in self.spec.roots:
                try:
                    wd = self._ino.add_watch(host)
                except OSError as exc:
                    if exc.errno == errno.ENOSPC:  # the per-user inotify watch limit
                        raise ApiError(503, "inotify watch limit reached", "unavailable") from None
                    raise os_error(exc, vm_path) from None
                self._dirs[wd] = host
                self._roots.add(wd)
                if self.spec.recursive and os.path.isdir(host):
                    self._watch_tree(host, report=False)
        except BaseException:
            self.close()
            raise

    def _watch_tree(self, directory: str, *, report: bool) -> None:
        """Watch every directory under ``directory``; with ``report``, queue a ``create``
        for each entry found (they appeared before the watch could see them)."""
        assert self._ino is not None
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return
        for entry in sorted(entries, key=lambda e: e.name):
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if report:
                self._queue("create", entry.path, is_dir)
            if is_dir:
                try:
                    wd = self._ino.add_watch(entry.path)
                except OSError:
                    continue
                self._dirs[wd] = entry.path
                self._watch_tree(entry.path, report=report)

    # -- event intake (event loop) -------------------------------------------------------
    def _on_readable(self) -> None:
        assert self._ino is not None
        for raw in self._ino.read():
            self._intake(raw)
        if self._wake is not None and self._pending:
            self._wake.set()

    def _intake(self, raw: inotify.RawEvent) -> None:
        if raw.mask & inotify.IN_IGNORED:
            self._dirs.pop(raw.wd, None)
            return
        base = self._dirs.get(raw.wd)
        if base is None:
            return
        is_dir = bool(raw.mask & inotify.IN_ISDIR)
        path = os.path.join(base, raw.name) if raw.name else base
        mask = raw.mask
        if not raw.name:  # an event on the watched path itself
            if raw.wd not in self._roots:
                return  # a subdirectory: its parent reports it by name
            if mask & inotify.IN_DELETE_SELF:
                self._queue("remove", path, os.path.isdir(path))
            elif mask & inotify.IN_MOVE_SELF:
                self._queue("rename", path, False)
            elif mask & inotify.IN_ATTRIB:
                self._queue("chmod", path, is_dir)
            elif mask & inotify.IN_MODIFY:
                self._queue("write", path, is_dir)
            return
        if mask & (inotify.IN_CREATE | inotify.IN_MOVED_TO):
            self._queue("create", path, is_dir)
            if is_dir and self.spec.recursive and self._ino is not None:
                try:
                    self._dirs[self._ino.add_watch(path)] = path
                except OSError:
                    return
                self._watch_tree(path, report=True)
        elif mask & inotify.IN_DELETE:
            self._queue("remove", path, is_dir)
        elif mask & inotify.IN_MOVED_FROM:
            self._queue("rename", path, is_dir)
            if is_dir:
                self._forget(path)  # moved away: its watches would report wrong paths
        elif mask & inotify.IN_MODIFY:
            self._queue("write", path, is_dir)
        elif mask & inotify.IN_ATTRIB:
            self._queue("chmod", path, is_dir)

    def _forget(self, directory: str) -> None:
        """Stop watching ``directory`` and everything under it (not the roots)."""
        prefix = directory + os.sep
        for wd, path in list(self._dirs.items()):
            if wd not in self._roots and (path == directory or path.startswith(prefix)):
                del self._dirs[wd]
                if self._ino is not None:
                    self._ino.rm_watch(wd)

    def _wanted(self, event_type: str, vm_path: str) -> bool:
        if event_type not in self.spec.events:
            return False
        if not self.spec.patterns:
            return True
        name = vm_path.rsplit("/", 1)[-1]
        return any(glob_match(p, vm_path) or glob_match(p, name) for p in self.spec.patterns)

    def _queue(self, event_type: str, host_path: str, is_dir: bool) -> None:
        try:
            vm_path = self.paths.to_vm(host_path)
        except ValueError:
            return
        if not self._wanted(event_type, vm_path):
            return
        key = (event_type, host_path)
        if key in self._pending:
            return  # coalesced into the one already waiting
        now = time.monotonic()
        self._pending[key] = _Pending(
            event_type, host_path, is_dir, time.time_ns(), now + self.spec.debounce
        )

    # -- the SSE body (event loop) ---------------------------------------------------------
    async def stream(self) -> AsyncIterator[bytes]:
        """Heartbeats and events until a limit ends the stream (or the client leaves)."""
        loop = asyncio.get_running_loop()
        self._loop = loop
        self._wake = asyncio.Event()
        assert self._ino is not None
        loop.add_reader(self._ino.fd, self._on_readable)
        start = time.monotonic()
        deadline = start + self.spec.timeout if self.spec.timeout else None
        last_output = start
        sent = 0
        try:
            while True:
                now = time.monotonic()
                while self._pending:
                    key, item = next(iter(self._pending.items()))
                    if item.due > now:
                        break
                    del self._pending[key]
                    sent += 1
                    yield self._encode(sent, item)
                    last_output = time.monotonic()
                    if self.spec.one_shot or (
                        self.spec.max_events and sent >= self.spec.max_events
                    ):
                        return
                now = time.monotonic()
                if deadline is not None and now >= deadline:
                    return
                if now - last_output >= self.heartbeat:
                    yield b": heartbeat\n\n"
                    last_output = now
                wait = last_output + self.heartbeat - now
                if self._pending:
                    wait = min(wait, next(iter(self._pending.values())).due - now)
                if deadline is not None:
                    wait = min(wait, deadline - now)
                self._wake.clear()
                if self._pending and wait <= 0:
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=max(wait, 0.001))
        finally:
            self.close()

    def _encode(self, event_id: int, item: _Pending) -> bytes:
        try:
            st = os.lstat(item.host_path)
            size, is_dir = st.st_size, stat.S_ISDIR(st.st_mode)
        except OSError:
            size, is_dir = 0, item.is_dir
        if is_dir:
            size = 0
        data = {
            "id": event_id,
            "type": item.type,
            "path": self.paths.to_vm(item.host_path),
            "timestamp": _rfc3339_ns(item.at_ns),
            "size": size,
            "isDir": is_dir,
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return f"id: {event_id}\nevent: watch\ndata: {text}\n\n".encode()

    def close(self) -> None:
        """Stop watching (idempotent)."""
        ino, self._ino = self._ino, None
        if ino is None:
            return
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(ValueError, RuntimeError):
                self._loop.remove_reader(ino.fd)
        ino.close()


def _rfc3339_ns(ns: int) -> str:
    seconds, frac = divmod(ns, 1_000_000_000)
    text = datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        text += f".{frac:09d}".rstrip("0")
    return text + "Z"
