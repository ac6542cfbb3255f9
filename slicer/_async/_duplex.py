"""One exec request on its own HTTP/1.1 connection: stdin flows while output is read."""

from __future__ import annotations

from collections.abc import Iterable

from slicer._async._backend import AsyncConnection
from slicer._async._http import AsyncHTTP
from slicer._core.exec.duplex import LAST_CHUNK, ResponseParser, chunk, request_head
from slicer._core.status import error_for_status
from slicer.errors import ProtocolError, SlicerConnectionError, SlicerTimeoutError

__all__ = ["AsyncDuplexExchange"]

#: Most bytes of an error body read to build the exception message.
_MAX_ERROR_BODY = 64 * 1024


class AsyncDuplexExchange:
    """``POST path?query`` with a chunked body written by :meth:`write` while the response
    body is read by :meth:`receive`. Not reused: it is closed with the command."""

    def __init__(
        self, http: AsyncHTTP, path: str, query: Iterable[tuple[str, str]], *, stdin: bool
    ) -> None:
        self._http = http
        self._path = path
        self._query = list(query)
        self._stdin = stdin
        self._conn: AsyncConnection | None = None
        self._parser: ResponseParser | None = None
        self._pending: list[bytes] = []
        self._stdin_closed = not stdin
        self._eof = False

    async def start(self) -> None:
        """Connect, send the request head and read the response head.

        Raises:
            APIError: the daemon answered with an error status (mapped per status).
            SlicerConnectionError: the daemon cannot be reached.
        """
        endpoint = self._http.endpoint
        try:
            self._conn = await AsyncConnection.open(endpoint, self._http.timeout.connect)
        except TimeoutError as exc:
            raise SlicerTimeoutError(f"connecting to {endpoint} timed out") from exc
        except OSError as exc:
            raise SlicerConnectionError(
                f"cannot reach the Slicer daemon at {endpoint}: {exc}"
            ) from exc
        headers = [
            (name, value)
            for name, value in self._http.client.headers.items()
            if name.lower() in ("authorization", "user-agent")
        ]
        conn, head = request_head(
            str(self._http.client.base_url), self._path, self._query, headers, chunked=self._stdin
        )
        self._parser = ResponseParser(conn)
        try:
            await self._conn.send_all(head)
            while self._parser.head is None:
                data = await self._conn.receive_some()
                self._pending += self._parser.feed(data)
                if not data and self._parser.head is None:
                    raise SlicerConnectionError(
                        "the daemon closed the connection without answering"
                    )
        except OSError as exc:
            await self.aclose()
            raise SlicerConnectionError(f"exec connection to {endpoint} failed: {exc}") from exc
        status = self._parser.head.status
        if status >= 400:
            body = await self._read_error_body()
            await self.aclose()
            raise error_for_status(status, body, method="POST", path=self._path)
        if status != 200:
            await self.aclose()
            raise ProtocolError(f"exec answered {status}, expected 200")

    async def _read_error_body(self) -> bytes:
        body = b"".join(self._pending)
        while (
            self._parser is not None and not self._parser.complete and len(body) < _MAX_ERROR_BODY
        ):
            data = await self._connection().receive_some()
            body += b"".join(self._parser.feed(data))
            if not data:
                break
        return body[:_MAX_ERROR_BODY]

    def _connection(self) -> AsyncConnection:
        if self._conn is None:
            raise RuntimeError("the exchange is not started")
        return self._conn

    async def write(self, data: bytes) -> None:
        """Send stdin bytes (blocks while the daemon's buffers are full)."""
        if self._stdin_closed:
            raise ValueError("stdin is closed")
        await self._connection().send_all(chunk(bytes(data)))

    async def close_stdin(self) -> None:
        """End the request body: the remote process reads EOF. Idempotent."""
        if self._stdin_closed:
            return
        self._stdin_closed = True
        await self._connection().send_all(LAST_CHUNK)

    async def receive(self, deadline: float | None = None) -> bytes:
        """Next response-body bytes; ``b""`` when the body is complete or the peer closed
        (check :attr:`complete` to tell them apart). Raises ``DeadlineExceeded``."""
        while not self._pending:
            if self._eof or self._parser is None or self._parser.complete:
                return b""
            data = await self._connection().receive_some(deadline)
            if not data:
                self._eof = True
            self._pending += self._parser.feed(data)
        return self._pending.pop(0)

    @property
    def complete(self) -> bool:
        """Whether the response body ended properly (its final chunk arrived)."""
        return self._parser is not None and self._parser.complete

    async def aclose(self) -> None:
        """Close the connection (the daemon then kills a command still running)."""
        if self._conn is not None:
            await self._conn.aclose()
