"""Fixtures for per-VM tests."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.conftest import run


@pytest.fixture
async def vm(client: Any) -> AsyncIterator[Any]:
    """A fresh VM on the parametrised daemon and client twin, deleted afterwards."""
    handle = await run(client.create_vm())
    try:
        yield handle
    finally:
        with contextlib.suppress(Exception):  # the test may have deleted it already
            await run(handle.delete())
