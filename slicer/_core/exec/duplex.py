"""Sans-IO HTTP/1.1 for full-duplex exec: a request whose chunked body (stdin) keeps
flowing while the NDJSON response is read.

httpx writes a whole request body before it reads the response, so exec with stdin runs
on its own connection: the request head and chunks are written by hand (trivial framing),
and the response is parsed with h11.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import h11

from slicer.errors import ProtocolError

__all__ = ["LAST_CHUNK", "ResponseHead", "ResponseParser", "chunk", "request_head"]

#: The zero-length chunk that ends a chunked body: the remote process's stdin gets EOF.
LAST_CHUNK = b"0\r\n\r\n"


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked request body (empty data gives nothing: it would end it)."""
    return b"%x\r\n%b\r\n" % (len(data), data) if data else b""


def request_head(
    base_url: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Iterable[tuple[str, str]],
    *,
    chunked: bool,
) -> tuple[h11.Connection, bytes]:
    """The bytes of a ``POST`` head, and the h11 connection that will parse the answer.

    ``base_url`` is the client's base URL (its path prefix is kept); ``Host`` comes from it.
    """
    parts = urlsplit(base_url)
    target = (parts.path.rstrip("/") + path) or "/"
    encoded = urlencode(list(query))
    if encoded:
        target += "?" + encoded
    head = [("Host", parts.netloc or "unix"), *headers]
    head.append(("Transfer-Encoding", "chunked") if chunked else ("Content-Length", "0"))
    conn = h11.Connection(our_role=h11.CLIENT)
    data = conn.send(h11.Request(method="POST", target=target, headers=head))
    if data is None:  # pragma: no cover - h11 always returns bytes for a Request
        raise ProtocolError("h11 produced no request head")
    if not chunked:
        data += conn.send(h11.EndOfMessage()) or b""
    return conn, data


@dataclass
class ResponseHead:
    """Status and headers of the response."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)


class ResponseParser:
    """Feed received bytes, get the response head, body bytes and the end of the body."""

    def __init__(self, conn: h11.Connection) -> None:
        self._conn = conn
        self.head: ResponseHead | None = None
        self.complete = False

    def feed(self, data: bytes) -> list[bytes]:
        """Body bytes made available by ``data`` (``b""`` means the peer closed)."""
        self._conn.receive_data(data)
        body: list[bytes] = []
        while True:
            try:
                event = self._conn.next_event()
            except h11.RemoteProtocolError as exc:
                raise ProtocolError(f"malformed HTTP response from the daemon: {exc}") from exc
            if event is h11.NEED_DATA or event is h11.PAUSED:
                return body
            if isinstance(event, h11.InformationalResponse):
                continue
            if isinstance(event, h11.Response):
                self.head = ResponseHead(
                    event.status_code,
                    {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in event.headers},
                )
            elif isinstance(event, h11.Data):
                body.append(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage):
                self.complete = True
                return body
            elif isinstance(event, h11.ConnectionClosed):
                return body
