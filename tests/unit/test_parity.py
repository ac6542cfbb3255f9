"""The sync twin is generated from the async one; their public surfaces must match."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import slicer

ROOT = Path(__file__).resolve().parents[2]

PAIRS = [
    (slicer.SlicerClient, slicer.AsyncSlicerClient),
    (slicer.VM, slicer.AsyncVM),
    (slicer.Secrets, slicer.AsyncSecrets),
    (slicer.Proxy, slicer.AsyncProxy),
    (slicer.Commits, slicer.AsyncCommits),
    (slicer.ExecStream, slicer.AsyncExecStream),
    (slicer.RemoteProcess, slicer.AsyncRemoteProcess),
    (slicer.StdinWriter, slicer.AsyncStdinWriter),
    (slicer.OutputReader, slicer.AsyncOutputReader),
    (slicer.Background, slicer.AsyncBackground),
    (slicer.BackgroundExec, slicer.AsyncBackgroundExec),
    (slicer.LogStream, slicer.AsyncLogStream),
]
RENAMED = {
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
}


def _public(cls: type) -> dict[str, object]:
    return {
        RENAMED.get(name, name): member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_")
        or name in RENAMED
        or name in ("__enter__", "__exit__", "__iter__", "__next__")
    }


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS)
def test_same_methods_and_signatures(sync_cls: type, async_cls: type) -> None:
    sync_members, async_members = _public(sync_cls), _public(async_cls)
    assert sorted(sync_members) == sorted(async_members)
    for name, member in async_members.items():
        if not callable(member):
            continue
        async_sig = inspect.signature(member)
        sync_sig = inspect.signature(sync_members[name])  # type: ignore[arg-type]
        assert list(async_sig.parameters) == list(sync_sig.parameters), name
        for param in async_sig.parameters:
            assert async_sig.parameters[param].default == sync_sig.parameters[param].default, (
                f"{name}({param})"
            )
        if inspect.iscoroutinefunction(member):
            assert not inspect.iscoroutinefunction(sync_members[name]), name


def test_no_async_method_on_sync_classes() -> None:
    for sync_cls, _ in PAIRS:
        for name, member in inspect.getmembers(sync_cls, inspect.isfunction):
            assert not inspect.iscoroutinefunction(member), f"{sync_cls.__name__}.{name}"


def test_sync_twin_is_generated_from_async() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_names_resolve() -> None:
    for name in slicer.__all__:
        assert hasattr(slicer, name), name
