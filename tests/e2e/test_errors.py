"""Error mapping, authentication, connection failures and argument checks."""

from __future__ import annotations

import logging

import httpx
import pytest

from slicer import (
    APIError,
    AsyncSlicerClient,
    NotFoundError,
    SlicerClient,
    SlicerConnectionError,
    SlicerError,
    UnauthorizedError,
)
from slicer.local import LocalDaemon
from tests.conftest import run

pytestmark = pytest.mark.anyio


async def test_unknown_vm_is_not_found(client) -> None:
    vm = client.vm("sbox-999999")
    for call in (vm.describe, vm.stats, vm.logs, vm.pause, vm.get_tags, vm.health):
        with pytest.raises(NotFoundError) as caught:
            await run(call())
        assert caught.value.status_code == 404
        assert isinstance(caught.value, FileNotFoundError)


@pytest.mark.parametrize("twin", [SlicerClient, AsyncSlicerClient])
async def test_wrong_token_is_unauthorized_and_never_echoed(tcp_daemon, twin, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "wrong-token-value-123"
    client = twin(tcp_daemon.base_url, secret)
    try:
        with pytest.raises(UnauthorizedError) as caught:
            await run(client.list_vms())
        assert caught.value.status_code == 401
        assert secret not in str(caught.value)
        assert secret not in repr(client)
        assert tcp_daemon.token not in repr(tcp_daemon)
        assert secret not in caplog.text and tcp_daemon.token not in caplog.text
    finally:
        await run(client.close() if twin is SlicerClient else client.aclose())


@pytest.mark.parametrize("twin", [SlicerClient, AsyncSlicerClient])
async def test_missing_token_on_tcp_is_unauthorized(tcp_daemon, twin) -> None:
    client = twin(tcp_daemon.base_url)
    try:
        assert "Authorization" not in client._http.client.headers
        with pytest.raises(UnauthorizedError):
            await run(client.get_info())
        assert await run(client.healthz()) is True  # healthz needs no token
    finally:
        await run(client.close() if twin is SlicerClient else client.aclose())


@pytest.mark.parametrize("twin", [SlicerClient, AsyncSlicerClient])
async def test_daemon_not_running(tmp_path, twin) -> None:
    client = twin(str(tmp_path / "nothing-here.sock"))
    try:
        with pytest.raises(SlicerConnectionError) as caught:
            await run(client.get_info())
        assert "nothing-here.sock" in str(caught.value)
        with pytest.raises(SlicerConnectionError):
            await run(client.create_vm("sbox"))
    finally:
        await run(client.close() if twin is SlicerClient else client.aclose())


@pytest.mark.parametrize("twin", [SlicerClient, AsyncSlicerClient])
async def test_bad_arguments_fail_before_any_request(tmp_path, twin) -> None:
    """Pointed at a socket that does not exist, a bad argument must still give ValueError:
    the check runs before anything is sent."""
    client = twin(str(tmp_path / "absent.sock"))
    vm = client.vm("x")
    try:
        with pytest.raises(ValueError, match="invalid wait value"):
            await run(client.create_vm("sbox", wait="forever"))
        with pytest.raises(ValueError):
            await run(client.create_vm("sbox", cpus=-1))
        with pytest.raises(ValueError):
            await run(client.create_vm("sbox", timeout=-5))
        with pytest.raises(TypeError):
            await run(client.create_vm("sbox", tags="not-a-list"))
        with pytest.raises(ValueError):
            await run(vm.shutdown(action="halt"))
        with pytest.raises(ValueError):
            await run(vm.logs(lines=-1))
        with pytest.raises(ValueError):
            await run(client.commits.fork("abc", wait="later"))
        with pytest.raises(ValueError):
            await run(client.secrets.create("s", "v", permissions="999"))
        with pytest.raises(ValueError):
            client.vm("")
    finally:
        await run(client.close() if twin is SlicerClient else client.aclose())


async def test_default_group_resolution(tmp_path) -> None:
    config = tmp_path / "groups.yaml"
    config.write_text(
        "host_groups:\n  - {name: a, cpus: 1, ram_bytes: 1073741824}\n"
        "  - {name: b, cpus: 1, ram_bytes: 1073741824}\n"
    )
    with LocalDaemon(config=str(config)) as daemon, daemon.client() as client:
        with pytest.raises(SlicerError, match=r"more than one is configured \(have: a, b\)"):
            client.create_vm()
        vm = client.create_vm("b")
        assert vm.group == "b" and vm.hostname.startswith("b-")
        vm.delete()


async def test_group_with_count_starts_vms(tmp_path) -> None:
    config = tmp_path / "groups.yaml"
    config.write_text("host_groups:\n  - {name: svc, count: 2, cpus: 1, ram_bytes: 1073741824}\n")
    with LocalDaemon(config=str(config)) as daemon, daemon.client() as client:
        names = sorted(v.hostname for v in client.list_vms(group="svc"))
        assert names == ["svc-1", "svc-2"]
        assert client.list_host_groups()[0].count == 2


def test_from_env(unix_daemon, tcp_daemon, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SLICER_URL", unix_daemon.base_url)
    monkeypatch.delenv("SLICER_TOKEN", raising=False)
    monkeypatch.delenv("SLICER_TOKEN_FILE", raising=False)
    monkeypatch.setenv("SLICER_USER_AGENT", "my-agent/2")
    with SlicerClient.from_env() as client:
        assert client._http.client.headers["user-agent"] == "my-agent/2"
        assert client.healthz()
    token_file = tmp_path / "token"
    token_file.write_text(tcp_daemon.token + "\n")
    monkeypatch.setenv("SLICER_URL", tcp_daemon.base_url)
    monkeypatch.setenv("SLICER_TOKEN_FILE", str(token_file))
    with SlicerClient.from_env() as client:
        assert client.get_info().platform == "linux"
    monkeypatch.setenv("SLICER_TOKEN_FILE", str(tmp_path / "missing"))
    with pytest.raises(SlicerError, match="SLICER_TOKEN_FILE"):
        SlicerClient.from_env()
    monkeypatch.delenv("SLICER_URL")
    with pytest.raises(SlicerError, match="SLICER_URL"):
        AsyncSlicerClient.from_env()


def test_idempotent_gets_retry_but_posts_do_not(unix_daemon) -> None:
    """A transport that drops the first connection attempt of each request: GET succeeds
    after a retry, POST surfaces the connection error (it is not idempotent)."""

    class FlakyTransport(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__(uds=unix_daemon.socket_path)
            self.failures = 0
            self.seen: set[str] = set()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            key = f"{request.method} {request.url.path}"
            if key not in self.seen:
                self.seen.add(key)
                self.failures += 1
                raise httpx.ConnectError("simulated drop", request=request)
            return super().handle_request(request)

    transport = FlakyTransport()
    http = httpx.Client(base_url="http://unix", transport=transport)
    with SlicerClient(unix_daemon.base_url, http_client=http) as client:
        assert client.get_info().platform == "linux"
        assert transport.failures == 1
        with pytest.raises(SlicerConnectionError):
            client.create_vm("sbox")
        assert transport.failures == 2
    assert not http.is_closed  # a borrowed client stays open
    # The SDK's hooks are gone and never touched the caller's other requests.
    transport.seen.add("GET /vm/does-not-exist")
    response = http.get("/vm/does-not-exist")
    assert response.status_code == 404
    http.close()


def test_borrowed_client_other_requests_are_not_mapped(unix_daemon) -> None:
    http = httpx.Client(
        base_url="http://unix", transport=httpx.HTTPTransport(uds=unix_daemon.socket_path)
    )
    with SlicerClient(unix_daemon.base_url, http_client=http) as client:
        with pytest.raises(NotFoundError):
            client.vm("nope-1").describe()
        raw = http.get("/vm/nope-1")  # the caller's own request: no exception, just a 404
        assert raw.status_code == 404
    http.close()


def test_error_has_message_and_code(unix_daemon) -> None:
    with unix_daemon.client() as client, pytest.raises(APIError) as caught:
        client.vm("sbox-424242").describe()
    err = caught.value
    assert err.code == "not_found"
    assert "sbox-424242" in err.message
    assert err.method == "GET" and err.path == "/vm/sbox-424242"
    assert "Traceback" not in err.message
