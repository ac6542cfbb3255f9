"""Request bodies and argument checks built before any request is sent."""

from __future__ import annotations

import base64

import pytest

from slicer import NetworkPolicy
from slicer._core.requests import (
    check_commit_id,
    commit_body,
    create_vm_body,
    encode_secret_data,
    fork_body,
    permissions_text,
    proxy_allow_body,
)
from slicer._core.retry import RetryPolicy


def test_create_body_leaves_out_unset_fields() -> None:
    assert create_vm_body() == {}
    body = create_vm_body(cpus=2, tags=["a"], persistent=False, network={"allow": []})
    assert body == {"cpus": 2, "tags": ["a"], "persistent": False, "network": {"allow": []}}
    assert create_vm_body(network=NetworkPolicy(drop=("10.0.0.0/8",))) == {
        "network": {"drop": ["10.0.0.0/8"]}
    }


@pytest.mark.parametrize(
    "kwargs",
    [{"cpus": -1}, {"ram_bytes": 1.5}, {"gpu_count": True}, {"network": {"allow": [], "x": []}}],
)
def test_create_body_rejects(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        create_vm_body(**kwargs)  # type: ignore[arg-type]


def test_commit_body_trims_and_omits() -> None:
    assert commit_body(tags=None, labels=None, cache_key="  ") is None
    assert commit_body(tags=["t"], labels={"k": "v"}, cache_key=" cache-v1 ") == {
        "tags": ["t"],
        "labels": {"k": "v"},
        "cache_key": "cache-v1",
    }


def test_fork_body_keeps_explicit_empty_lists() -> None:
    assert fork_body() is None
    body = fork_body(secrets=[], fixups=[], persistent=False, tag_mode="replace", tags=[])
    assert body == {
        "secrets": [],
        "fixups": [],
        "persistent": False,
        "tag_mode": "replace",
        "tags": [],
    }
    with pytest.raises(ValueError):
        fork_body(fixups=["reboot"])


@pytest.mark.parametrize(
    "bad", ["", " ", ".", "..", "../commit", "commit/child", "commit\\child", "a\0b"]
)
def test_commit_id_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        check_commit_id(bad)


def test_commit_id_trimmed() -> None:
    assert check_commit_id("  abc-123 ") == "abc-123"


def test_secret_data_is_base64() -> None:
    assert base64.b64decode(encode_secret_data(b"\x00\xff")) == b"\x00\xff"
    assert base64.b64decode(encode_secret_data("héllo")) == "héllo".encode()
    with pytest.raises(TypeError):
        encode_secret_data(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(("given", "text"), [(0o600, "0600"), ("600", "0600"), ("0755", "0755")])
def test_permissions(given: str | int, text: str) -> None:
    assert permissions_text(given) == text


@pytest.mark.parametrize("bad", ["888", "rw-", 0o1000, "06000"])
def test_permissions_rejected(bad: str | int) -> None:
    with pytest.raises(ValueError):
        permissions_text(bad)


def test_proxy_allow_body() -> None:
    assert proxy_allow_body("c", "*") == {"client": "c", "host": "*"}
    body = proxy_allow_body("c", "h", secret="s", methods=["GET"], ports=[443], ttl_seconds=60)
    assert body == {
        "client": "c",
        "host": "h",
        "secret": "s",
        "methods": ["GET"],
        "ports": [443],
        "ttl_seconds": 60,
    }
    with pytest.raises(ValueError):
        proxy_allow_body("c", "h", passthrough=True, paths=["/x"])
    with pytest.raises(ValueError):
        proxy_allow_body("c", "h", ports=[70000])


def test_retry_delays() -> None:
    assert list(RetryPolicy().delays()) == [0.1, pytest.approx(0.3)]
    assert list(RetryPolicy(attempts=1).delays()) == []
    assert max(RetryPolicy(attempts=10).delays()) == 2.0
