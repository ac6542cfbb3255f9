from __future__ import annotations

import os

import pytest

from slicer._core.urls import UNIX_ORIGIN, parse_base_url


@pytest.mark.parametrize(
    ("value", "socket"),
    [
        ("/tmp/slicer.sock", "/tmp/slicer.sock"),
        ("./slicer.sock", "./slicer.sock"),
        ("../slicer.sock", "../slicer.sock"),
        ("slicer.sock", "slicer.sock"),
        ("~/slicer.sock", os.path.expanduser("~/slicer.sock")),
        ("unix:///tmp/slicer.sock", "/tmp/slicer.sock"),
        ("unix://~/slicer.sock", os.path.expanduser("~/slicer.sock")),
        ("  /var/run/slicer/api.sock  ", "/var/run/slicer/api.sock"),
    ],
)
def test_socket_forms(value: str, socket: str) -> None:
    endpoint = parse_base_url(value)
    assert endpoint.socket_path == socket
    assert endpoint.url == UNIX_ORIGIN
    assert endpoint.is_unix


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("https://slicer.example.com/", "https://slicer.example.com"),
        ("http://host:1/prefix/", "http://host:1/prefix"),
    ],
)
def test_http_forms(value: str, url: str) -> None:
    endpoint = parse_base_url(value)
    assert endpoint.url == url
    assert endpoint.socket_path is None
    assert str(endpoint) == url


@pytest.mark.parametrize("value", ["", "   ", "localhost:8080", "ftp://x", "unix://", "http://"])
def test_rejected(value: str) -> None:
    with pytest.raises(ValueError):
        parse_base_url(value)
