"""Real responses of the files and fs operations — binary and tar bodies, cp-v1 headers,
and a watch stream that carries events — validated against openapi.yaml by schemathesis.

(scripts/contract-test fuzzes these operations too; random paths rarely exist and a fuzzed
watch rarely sees an event, so this checks the success shapes on purpose.)
"""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis

from slicer.local import LocalDaemon

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = schemathesis.openapi.from_path(ROOT / "openapi.yaml")

pytestmark = pytest.mark.contract


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[LocalDaemon, str, Path, httpx.Client]]:
    with LocalDaemon() as daemon, daemon.client() as client:
        vm = client.create_vm()
        root = Path(daemon.state_dir or "", "vms", vm.hostname, "root")
        (root / "dir" / "sub").mkdir(parents=True)
        (root / "dir" / "sub" / "f.txt").write_text("hello")
        (root / "file.bin").write_bytes(b"\x00\x01binary")
        transport = httpx.HTTPTransport(uds=daemon.socket_path)
        with httpx.Client(transport=transport, base_url="http://unix") as http:
            yield daemon, vm.hostname, root, http


def _check(
    http: httpx.Client,
    path: str,
    method: str,
    hostname: str,
    *,
    query: dict[str, Any] | None = None,
    body: Any = None,
    media_type: str | None = None,
    headers: dict[str, str] | None = None,
    during: Any = None,
) -> httpx.Response:
    operation = SCHEMA[path][method]
    # schemathesis has no serializer for application/x-tar: such bodies are sent as given.
    raw_body = isinstance(body, bytes)
    extra: dict[str, Any] = (
        {} if body is None or raw_body else {"body": body, "media_type": media_type}
    )
    case = operation.Case(
        path_parameters={"hostname": hostname}, query=query or {}, headers=headers or {}, **extra
    )
    kwargs = case.as_transport_kwargs(base_url="http://unix")
    send_headers = dict(kwargs.get("headers") or {})
    if raw_body:
        send_headers["Content-Type"] = media_type or "application/octet-stream"
    request = http.build_request(
        kwargs["method"],
        kwargs["url"],
        params=kwargs.get("params"),
        headers=send_headers,
        content=body if raw_body else None,
        json=kwargs.get("json"),
    )
    response = http.send(request, stream=True)
    if during is not None:
        during()
    response.read()
    case.validate_response(response)
    return response


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("up/x.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    return buffer.getvalue()


def test_copy_operations_conform(setup: tuple[LocalDaemon, str, Path, httpx.Client]) -> None:
    _daemon, host, root, http = setup
    cp = "/vm/{hostname}/cp"
    r = _check(http, cp, "GET", host, query={"path": "/file.bin", "mode": "binary"})
    assert r.status_code == 200 and r.content == b"\x00\x01binary"
    assert r.headers["x-slicer-file-mode"]
    r = _check(http, cp, "GET", host, query={"path": "/dir", "mode": "tar", "exclude": ["*.tmp"]})
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-tar"
    r = _check(
        http,
        cp,
        "GET",
        host,
        query={"path": "/dir", "mode": "cp-v1-recursive", "copy_semantics": "cp-v1"},
    )
    assert r.headers["x-slicer-source-type"] == "directory"
    assert r.headers["x-slicer-source-name-base64"] == "ZGly"
    r = _check(http, cp, "GET", host, query={"path": "/dir", "mode": "binary"})
    assert r.status_code == 400 and "must specify a file not a directory" in r.text
    r = _check(http, cp, "GET", host, query={"path": "/missing"})
    assert r.status_code == 404
    r = _check(
        http,
        cp,
        "POST",
        host,
        query={"path": "/uploaded.bin", "mode": "binary"},
        body=b"data",
        media_type="application/octet-stream",
    )
    assert r.status_code == 200 and (root / "uploaded.bin").read_bytes() == b"data"
    r = _check(
        http,
        cp,
        "POST",
        host,
        query={
            "path": "/tree",
            "mode": "cp-v1-tar",
            "copy_semantics": "cp-v1",
            "source_name": "tree",
            "source_type": "directory",
        },
        headers={"X-Slicer-Unpacked-Size": "2"},
        body=_tar(),
        media_type="application/x-tar",
    )
    assert r.status_code == 200 and (root / "tree" / "up" / "x.txt").read_text() == "hi"
    r = _check(
        http,
        cp,
        "POST",
        host,
        query={"path": "/bad", "mode": "tar"},
        body=b"not a tar".ljust(600, b"!"),
        media_type="application/x-tar",
    )
    assert r.status_code == 400


def test_fs_operations_conform(setup: tuple[LocalDaemon, str, Path, httpx.Client]) -> None:
    _daemon, host, _root, http = setup
    assert _check(http, "/vm/{hostname}/fs/readdir", "GET", host, query={"path": "/dir"}).json()
    assert _check(http, "/vm/{hostname}/fs/stat", "GET", host, query={"path": "/dir/sub/f.txt"})
    assert (
        _check(http, "/vm/{hostname}/fs/stat", "GET", host, query={"path": "/no"}).status_code
        == 404
    )
    mkdir = "/vm/{hostname}/fs/mkdir"
    body = {"path": "/made/deep", "recursive": True, "mode": "0750"}
    assert _check(http, mkdir, "POST", host, body=body, media_type="application/json").is_success
    again = _check(http, mkdir, "POST", host, body={"path": "/made"}, media_type="application/json")
    assert again.status_code == 409
    remove = "/vm/{hostname}/fs/remove"
    busy = _check(http, remove, "DELETE", host, query={"path": "/made", "recursive": False})
    assert busy.status_code == 409
    done = _check(http, remove, "DELETE", host, query={"path": "/made", "recursive": True})
    assert done.is_success


def test_watch_stream_with_events_conforms(
    setup: tuple[LocalDaemon, str, Path, httpx.Client],
) -> None:
    _daemon, host, root, http = setup

    def write() -> None:
        (root / "dir" / "new.txt").write_text("x")
        (root / "dir" / "new.txt").write_text("y")
        (root / "dir" / "new.txt").unlink()

    r = _check(
        http,
        "/vm/{hostname}/fs/watch",
        "GET",
        host,
        query={"paths": ["/dir"], "debounce": "0s", "max_events": 3, "timeout": "10s"},
        headers={"Last-Event-ID": "7"},
        during=write,
    )
    assert r.text.count("event: watch") == 3
