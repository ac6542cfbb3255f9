"""vm.fs.watch against slicer.local: event types, filters, recursion, stream limits,
debounce, heartbeats, Last-Event-ID and a broken connection."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from slicer import (
    AsyncFsWatch,
    AsyncSlicerClient,
    BadRequestError,
    FsEvent,
    FsWatch,
    NotFoundError,
    ProtocolError,
    SlicerClient,
    WatchInterruptedError,
)
from slicer.local import DaemonConfig, LocalDaemon
from tests.conftest import run
from tests.e2e.canned import CannedServer
from tests.e2e.filetrees import vm_root

pytestmark = pytest.mark.anyio

SAFETY = 20  # seconds: every watch here also has a server-side timeout, so none can hang


async def _enter(watch: Any) -> Any:
    return await run(watch.__aenter__() if isinstance(watch, AsyncFsWatch) else watch.__enter__())


async def _exit(watch: Any) -> None:
    await run(watch.aclose() if isinstance(watch, AsyncFsWatch) else watch.close())


async def _next(watch: Any) -> FsEvent | None:
    try:
        return await run(watch.__anext__() if isinstance(watch, AsyncFsWatch) else watch.__next__())
    except (StopIteration, StopAsyncIteration):
        return None


async def _collect(watch: Any, until: Any = None) -> list[FsEvent]:
    events: list[FsEvent] = []
    while (event := await _next(watch)) is not None:
        events.append(event)
        if until is not None and until(events):
            break
    return events


@pytest.fixture
def root(vm, daemon) -> Path:
    path = vm_root(daemon, vm.hostname) / "w"
    path.mkdir()
    return path


def _seen(events: list[FsEvent]) -> set[tuple[str, str]]:
    return {(e.type, e.path) for e in events}


async def test_event_types(vm, root: Path) -> None:
    watch = await _enter(vm.fs.watch("/w", debounce=0, timeout=SAFETY))
    try:
        (root / "a.txt").write_text("created")
        with open(root / "a.txt", "a") as handle:
            handle.write("more")
        os.chmod(root / "a.txt", 0o600)
        os.rename(root / "a.txt", root / "b.txt")
        os.unlink(root / "b.txt")
        (root / "dir").mkdir()
        want = {
            ("create", "/w/a.txt"),
            ("write", "/w/a.txt"),
            ("chmod", "/w/a.txt"),
            ("rename", "/w/a.txt"),
            ("create", "/w/b.txt"),
            ("remove", "/w/b.txt"),
            ("create", "/w/dir"),
        }
        events = await _collect(watch, until=lambda ev: want <= _seen(ev))
    finally:
        await _exit(watch)
    assert want <= _seen(events)
    assert [e.id for e in events] == list(range(1, len(events) + 1))
    created_dir = next(e for e in events if e.path == "/w/dir")
    assert created_dir.is_dir and not next(e for e in events if e.path == "/w/a.txt").is_dir
    assert all(e.timestamp is not None for e in events)
    assert watch.last_event_id == events[-1].id


async def test_patterns_and_event_filter(vm, root: Path) -> None:
    watch = await _enter(
        vm.fs.watch("/w", patterns=["*.log"], events=["create"], debounce=0, timeout=SAFETY)
    )
    try:
        (root / "skip.txt").write_text("x")
        (root / "app.log").write_text("x")
        os.unlink(root / "app.log")
        (root / "last.log").write_text("x")
        events = await _collect(watch, until=lambda ev: ev[-1].path == "/w/last.log")
    finally:
        await _exit(watch)
    assert [(e.type, e.path) for e in events] == [
        ("create", "/w/app.log"),
        ("create", "/w/last.log"),
    ]


async def test_recursive_sees_directories_created_later(vm, root: Path) -> None:
    watch = await _enter(vm.fs.watch("/w", recursive=True, debounce=0, timeout=SAFETY))
    try:
        (root / "new" / "deeper").mkdir(parents=True)
        (root / "new" / "deeper" / "file.txt").write_text("x")
        events = await _collect(
            watch, until=lambda ev: ("create", "/w/new/deeper/file.txt") in _seen(ev)
        )
        (root / "new" / "deeper" / "later.txt").write_text("y")
        events += await _collect(
            watch, until=lambda ev: ("create", "/w/new/deeper/later.txt") in _seen(ev)
        )
    finally:
        await _exit(watch)
    assert {("create", "/w/new"), ("create", "/w/new/deeper")} <= _seen(events)
    assert ("create", "/w/new/deeper/later.txt") in _seen(events)


async def test_not_recursive_ignores_nested_changes(vm, root: Path) -> None:
    (root / "sub").mkdir()
    watch = await _enter(vm.fs.watch("/w", debounce=0, timeout=SAFETY, one_shot=True))
    try:
        (root / "sub" / "nested.txt").write_text("x")  # not reported
        (root / "top.txt").write_text("x")
        events = await _collect(watch)
    finally:
        await _exit(watch)
    assert [(e.type, e.path) for e in events] == [("create", "/w/top.txt")]


async def test_one_shot_and_max_events_end_the_stream(vm, root: Path) -> None:
    watch = await _enter(vm.fs.watch("/w", one_shot=True, debounce=0, timeout=SAFETY))
    try:
        for i in range(5):
            (root / f"f{i}").write_text("x")
        events = await _collect(watch)
    finally:
        await _exit(watch)
    assert len(events) == 1
    watch = await _enter(vm.fs.watch("/w", max_events=3, debounce=0, timeout=SAFETY))
    try:
        for i in range(5, 12):
            (root / f"f{i}").write_text("x")
        events = await _collect(watch)
    finally:
        await _exit(watch)
    assert len(events) == 3


async def test_timeout_ends_the_stream_cleanly(vm, root: Path) -> None:
    watch = vm.fs.watch("/w", timeout=0.3)
    events = await _collect(watch)  # iterating without a with-block opens it lazily
    assert events == []


async def test_debounce_coalesces_repeats(vm, root: Path) -> None:
    watch = await _enter(vm.fs.watch("/w", debounce=1.0, timeout=SAFETY))
    try:
        with open(root / "busy.txt", "w") as handle:
            for i in range(50):
                handle.write(f"line {i}\n")
                handle.flush()
        (root / "marker").write_text("x")
        events = await _collect(watch, until=lambda ev: ev[-1].path == "/w/marker")
    finally:
        await _exit(watch)
    writes = [e for e in events if e.type == "write" and e.path == "/w/busy.txt"]
    creates = [e for e in events if e.type == "create" and e.path == "/w/busy.txt"]
    assert len(writes) == 1 and len(creates) == 1
    assert writes[0].size == sum(len(f"line {i}\n") for i in range(50))


async def test_watch_a_single_file(vm, root: Path) -> None:
    (root / "one.txt").write_text("x")
    watch = await _enter(vm.fs.watch("/w/one.txt", debounce=0, timeout=SAFETY))
    try:
        with open(root / "one.txt", "a") as handle:
            handle.write("y")
        os.unlink(root / "one.txt")
        events = await _collect(watch, until=lambda ev: ev[-1].type == "remove")
    finally:
        await _exit(watch)
    assert ("write", "/w/one.txt") in _seen(events)
    # unlinking a watched file changes its link count first: a chmod, as with fsnotify
    assert (events[-1].type, events[-1].path) == ("remove", "/w/one.txt")


async def test_errors(vm, root: Path) -> None:
    with pytest.raises(NotFoundError):
        await _enter(vm.fs.watch("/w/missing", timeout=1))
    with pytest.raises(BadRequestError):
        await _enter(vm.fs.watch("/w", events=["explode"], timeout=1))
    watch = await _enter(vm.fs.watch(["/w", "/"], last_event_id=2**64 - 1, timeout=0.2))
    await _exit(watch)


# -- heartbeats, raw SSE and Last-Event-ID validation -------------------------------------------


@pytest.fixture(scope="module")
def beating_daemon() -> Iterator[LocalDaemon]:
    with LocalDaemon(DaemonConfig(watch_heartbeat_seconds=0.05)) as daemon:
        yield daemon


def test_heartbeats_are_sent_and_ignored(beating_daemon: LocalDaemon) -> None:
    with beating_daemon.client() as client:
        vm = client.create_vm()
        with httpx.Client(transport=httpx.HTTPTransport(uds=beating_daemon.socket_path)) as raw:
            url = f"http://unix/vm/{vm.hostname}/fs/watch"
            body = raw.get(url, params={"paths": "/", "timeout": "400ms"}).text
            assert body.count(": heartbeat\n\n") >= 2
            bad = raw.get(
                url, params={"paths": "/", "timeout": "1s"}, headers={"Last-Event-ID": "x1"}
            )
            assert bad.status_code == 400
            too_big = raw.get(url, params={"paths": "/"}, headers={"Last-Event-ID": str(2**64)})
            assert too_big.status_code == 400
        with vm.fs.watch("/", timeout=0.5) as watch:
            assert list(watch) == []  # heartbeats only: no (empty) events
        vm.delete()


async def test_broken_connection_raises(client_kind: str) -> None:
    with LocalDaemon(in_process=False) as daemon:
        if client_kind == "sync":
            with daemon.client() as client:
                vm = client.create_vm()
                with vm.fs.watch("/", timeout=SAFETY) as watch:
                    assert isinstance(watch, FsWatch)
                    daemon.process.kill()  # type: ignore[union-attr]
                    with pytest.raises(WatchInterruptedError):
                        next(watch)
        else:
            async with daemon.async_client() as aclient:
                avm = await aclient.create_vm()
                async with avm.fs.watch("/", timeout=SAFETY) as awatch:
                    daemon.process.kill()  # type: ignore[union-attr]
                    with pytest.raises(WatchInterruptedError):
                        await awatch.__anext__()


@pytest.fixture(params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_a_directory_moved_away_is_no_longer_reported(vm, root: Path) -> None:
    (root / "sub").mkdir()
    outside = root.parent / "outside"
    outside.mkdir()
    watch = await _enter(vm.fs.watch("/w", recursive=True, debounce=0, timeout=SAFETY))
    try:
        os.rename(root / "sub", outside / "sub")
        (outside / "sub" / "ghost.txt").write_text("x")  # not under /w any more
        (root / "marker").write_text("x")
        events = await _collect(watch, until=lambda ev: ev[-1].path == "/w/marker")
    finally:
        await _exit(watch)
    assert ("rename", "/w/sub") in _seen(events)
    assert not [e for e in events if "ghost" in e.path]


# -- another daemon's way of writing the stream ------------------------------------------------


@pytest.fixture(scope="module")
def canned() -> Iterator[CannedServer]:
    with CannedServer() as server:
        server.media_type = "text/event-stream"
        yield server


@pytest.fixture(params=["sync", "async"])
async def canned_fs(request: pytest.FixtureRequest, canned: CannedServer) -> Any:
    if request.param == "sync":
        with SlicerClient(canned.socket) as client:
            yield client.vm("any").fs
    else:
        async with AsyncSlicerClient(canned.socket) as client:
            yield client.vm("any").fs


def _event(event_id: int, path: str) -> str:
    return (
        f'{{"id":{event_id},"type":"create","path":"{path}",'
        '"timestamp":"2026-05-01T10:00:00.123456789Z","size":0,"isDir":false}'
    )


async def test_tolerates_other_daemons_streams(canned: CannedServer, canned_fs: Any) -> None:
    canned.body = (
        ": hello\r\n\r\n"
        f"id: 1\r\nevent: watch\r\ndata: {_event(1, '/a')}\r\n\r\n"
        ": heartbeat after an id (httpx-sse 0.4.3 makes a phantom event of this)\n\n"
        "id: 2\nevent: watch\ndata:\n\n"  # an empty event: skipped
        f"id: 41\nevent: watch\ndata: {_event(0, '/b')}\n\n"  # id 0: the SSE id applies
        f"event: watch\ndata: {_event(7, '/c')}"  # no final blank line: dispatched at the end
    ).encode()
    events = await _collect(canned_fs.watch("/", timeout=5))
    assert [(e.id, e.path) for e in events] == [(1, "/a"), (41, "/b"), (7, "/c")]


async def test_malformed_stream_is_a_protocol_error(canned: CannedServer, canned_fs: Any) -> None:
    canned.body = b"id: 1\ndata: {not json\n\n"
    with pytest.raises(ProtocolError, match="failed to parse watch event"):
        await _collect(canned_fs.watch("/"))
    canned.media_type = "application/json"
    canned.body = b"[]"
    try:
        with pytest.raises(ProtocolError, match="not an event stream"):
            await _collect(canned_fs.watch("/"))
    finally:
        canned.media_type = "text/event-stream"
