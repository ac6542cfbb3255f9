"""client.secrets against the local daemon, including persistence across a restart."""

from __future__ import annotations

import os
import stat
import uuid

import pytest

from slicer import BadRequestError, NotFoundError, SecretExistsError, SecretInfo
from slicer.local import LocalDaemon
from tests.conftest import run

pytestmark = pytest.mark.anyio


def _name() -> str:
    return f"s-{uuid.uuid4().hex[:8]}"


async def test_secret_crud(client) -> None:
    name = _name()
    await run(client.secrets.create(name, b"\x00binary\xffvalue", permissions="0640", uid=1000))
    try:
        listed = {s.name: s for s in await run(client.secrets.list())}
        assert isinstance(listed[name], SecretInfo)
        assert listed[name].size == len(b"\x00binary\xffvalue")
        assert listed[name].permissions == "0640"
        assert listed[name].uid == 1000
        assert listed[name].modified_at is not None
        with pytest.raises(SecretExistsError) as caught:
            await run(client.secrets.create(name, "again"))
        assert caught.value.status_code == 409
        await run(client.secrets.update(name, "longer value text"))
        listed = {s.name: s for s in await run(client.secrets.list())}
        assert listed[name].size == len("longer value text")
        await run(client.secrets.update(name, permissions=0o600))
        listed = {s.name: s for s in await run(client.secrets.list())}
        assert listed[name].permissions == "0600"
        assert listed[name].size == len("longer value text")
    finally:
        await run(client.secrets.delete(name))
    assert name not in {s.name for s in await run(client.secrets.list())}
    with pytest.raises(NotFoundError):
        await run(client.secrets.delete(name))
    with pytest.raises(NotFoundError):
        await run(client.secrets.update(name, "x"))


async def test_secret_mounted_into_vm(client, daemon) -> None:
    name = _name()
    await run(client.secrets.create(name, "s3cr3t"))
    vm = await run(client.create_vm(secrets=[name]))
    try:
        path = os.path.join(daemon.state_dir, "vms", vm.hostname, "secrets", name)
        with open(path, "rb") as handle:
            assert handle.read() == b"s3cr3t"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    finally:
        await run(vm.delete())
        await run(client.secrets.delete(name))


async def test_unknown_secret_on_create_is_rejected(client) -> None:
    with pytest.raises(BadRequestError):
        await run(client.create_vm(secrets=["no-such-secret-xyz"]))


def test_secrets_survive_restart(tmp_path) -> None:
    state = tmp_path / "state"
    with LocalDaemon(state_dir=str(state)) as first, first.client() as client:
        client.secrets.create("kept", "value")
        client.proxy.create_client("kept-client", token="tok-123456")
    for path in state.rglob("*"):
        if path.is_file() and path.name != "api.sock":
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    with LocalDaemon(state_dir=str(state)) as second, second.client() as client:
        assert "kept" in {s.name for s in client.secrets.list()}
        assert "kept-client" in {c.name for c in client.proxy.list_clients()}
