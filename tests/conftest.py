"""Shared fixtures: real slicer.local daemons over a UNIX socket and over TCP with a token."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from slicer import AsyncSlicerClient, SlicerClient
from slicer.local import LocalDaemon


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def unix_daemon() -> Iterator[LocalDaemon]:
    with LocalDaemon() as daemon:
        yield daemon


@pytest.fixture(scope="session")
def tcp_daemon() -> Iterator[LocalDaemon]:
    with LocalDaemon(host="127.0.0.1", port=0) as daemon:
        assert daemon.token, "a TCP daemon must require a token"
        yield daemon


@pytest.fixture(params=["unix", "tcp"])
def daemon(request: pytest.FixtureRequest) -> LocalDaemon:
    """Each test runs against the UNIX-socket daemon and the TCP+token daemon."""
    fixture: LocalDaemon = request.getfixturevalue(f"{request.param}_daemon")
    return fixture


@pytest.fixture(params=["sync", "async"])
async def client(
    request: pytest.FixtureRequest, daemon: LocalDaemon
) -> AsyncIterator[SlicerClient | AsyncSlicerClient]:
    """The sync and the async client on the same daemon; tests call methods through
    :func:`run`, so one test body checks both twins."""
    if request.param == "sync":
        with daemon.client() as sync_client:
            yield sync_client
    else:
        async with daemon.async_client() as async_client:
            yield async_client


async def run(value: Any) -> Any:
    """Await ``value`` when the async twin returned a coroutine; pass sync results through."""
    return await value if inspect.isawaitable(value) else value
