"""client.proxy: clients, secrets, allow rules and revoke, with the exact statuses."""

from __future__ import annotations

import uuid

import pytest

from slicer import ConflictError, NotFoundError, ProxyClientCredentials
from tests.conftest import run

pytestmark = pytest.mark.anyio


async def test_proxy_clients_secrets_and_rules(client) -> None:
    name = f"c-{uuid.uuid4().hex[:8]}"
    created = await run(client.proxy.create_client(name))
    assert isinstance(created, ProxyClientCredentials)
    assert created.token.startswith("spt_")
    assert created.token not in repr(created)
    try:
        assert name in {c.name for c in await run(client.proxy.list_clients())}
        with pytest.raises(ConflictError):
            await run(client.proxy.create_client(name))

        secret = f"ps-{uuid.uuid4().hex[:8]}"
        await run(client.proxy.create_secret(secret, "api.example.com", "tok", type="bearer"))
        secrets = {s.name: s for s in await run(client.proxy.list_secrets())}
        assert secrets[secret].host == "api.example.com"
        assert secrets[secret].type == "bearer"

        await run(client.proxy.add_allow(name, "api.example.com", secret=secret, methods=["GET"]))
        await run(client.proxy.add_allow(name, "*.github.com", ports=[443], ttl_seconds=3600))
        await run(client.proxy.add_allow(name, "*", passthrough=True))
        rules = await run(client.proxy.list_rules(name))
        assert [r.host for r in rules] == ["api.example.com", "*.github.com", "*"]
        assert rules[0].secret == secret and rules[0].methods == ("GET",)
        assert rules[1].expires is not None and rules[1].ports == (443,)
        assert rules[2].passthrough is True and rules[2].expires is None

        await run(client.proxy.revoke(name, "api.example.com", secret=secret, methods=["GET"]))
        await run(client.proxy.remove_allow(name, "*"))
        assert [r.host for r in await run(client.proxy.list_rules(name))] == ["*.github.com"]

        with pytest.raises(ValueError):
            await run(client.proxy.add_allow(name, "x.com", passthrough=True, secret=secret))
        await run(client.proxy.delete_secret(secret))
        with pytest.raises(NotFoundError):
            await run(client.proxy.delete_secret(secret))
    finally:
        await run(client.proxy.delete_client(name))
    with pytest.raises(NotFoundError):
        await run(client.proxy.list_rules(name))


async def test_daemon_rejects_passthrough_with_methods(client) -> None:
    """The client refuses this combination itself; the daemon must refuse it too."""
    name = f"c-{uuid.uuid4().hex[:8]}"
    await run(client.proxy.create_client(name, token=f"tok-{uuid.uuid4().hex}"))
    try:
        http = client._http.client
        body = {"client": name, "host": "a.com", "passthrough": True, "methods": ["GET"]}
        response = await run(http.post("/proxy/v1/allows", json=body))
        assert response.status_code == 400
        assert response.json()["error"]
    finally:
        await run(client.proxy.delete_client(name))
