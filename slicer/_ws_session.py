"""httpx-ws sessions as the SDK uses them (shared by the async and the sync twins).

WebSockets ride on the SDK's own httpx client, so transport (TCP, TLS, UNIX socket), base
URL and auth are the client's. The async twin uses httpx-ws's session as it is.

The sync session runs background threads (a receiver and a thread pool for its reads).
Stock httpx-ws can leave them blocked for ever when a WebSocket ends badly: closing the
socket does not wake a thread blocked in ``recv`` on Linux, and the receiver blocks on a
full event queue that nobody drains any more — the Kubernetes client's port-forward
proxy thread hung the same way (kubernetes-client/python PR #2316).
:class:`WebSocketSession` here shuts the socket down (which does wake such threads)
before closing it, drains the queue until the receiver has stopped, then leaves a
disconnect event for any thread still blocked in ``receive``. :meth:`WebSocketSession.abort`
does the same from any thread, at once.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import queue
import secrets
import socket
from types import TracebackType
from typing import Any

import httpcore
import httpx_ws
import wsproto
from wsproto.connection import ConnectionState

__all__ = [
    "QUEUE_SIZE",
    "READ_CHUNK",
    "AsyncWebSocketSession",
    "WebSocketSession",
    "abort_socket",
    "close_gracefully",
    "handshake_headers",
    "raw_socket",
]

#: Bytes read from the socket per receive (httpx-ws's ``max_message_size_bytes``; messages
#: of any size are still reassembled).
READ_CHUNK = 256 * 1024
#: Messages buffered by a session before it stops reading (backpressure).
QUEUE_SIZE = 64

AsyncWebSocketSession = httpx_ws.AsyncWebSocketSession

_CLOSING = {ConnectionState.LOCAL_CLOSING, ConnectionState.CLOSED}
#: Seconds to wait for the peer's close frame after sending ours.
_CLOSE_REPLY_WAIT = 2.0
_JOIN_STEP = 0.05


def handshake_headers() -> dict[str, str]:
    """The WebSocket upgrade headers: no subprotocol, no compression offered."""
    return {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": base64.b64encode(secrets.token_bytes(16)).decode("ascii"),
    }


def raw_socket(stream: Any) -> socket.socket | None:
    """The OS socket under an httpcore network stream, when there is one."""
    try:
        sock = stream.get_extra_info("socket")
    except Exception:  # a stream type without it
        return None
    return sock if isinstance(sock, socket.socket) else None


def abort_socket(sock: socket.socket | None) -> None:
    """Shut ``sock`` down both ways: wakes every thread blocked reading or writing it."""
    if sock is None:
        return
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


async def close_gracefully(
    ws: AsyncWebSocketSession, code: int = 1000, reason: str = "closing"
) -> None:
    """Close with a handshake: send our close frame and, when we are the side that starts
    closing, wait (briefly) for the peer's, so httpx-ws's receive task ends by itself.

    Cancelling that task while a read is pending on a UNIX socket races in anyio (a
    "Future.set_result: invalid state" error in the event loop), so the session should
    only be left once the task has finished.
    """
    initiating = ws.connection.state == ConnectionState.OPEN
    with contextlib.suppress(Exception):
        await ws.send(wsproto.events.CloseConnection(code, reason))
    if initiating:
        with contextlib.suppress(Exception):  # a timeout, the disconnect, a broken stream
            async with asyncio.timeout(_CLOSE_REPLY_WAIT):
                while True:
                    await ws.receive()
    await asyncio.sleep(0)  # let the receive task see the end and return


class WebSocketSession(httpx_ws.WebSocketSession):
    """httpx-ws's sync session with a teardown that never leaves a thread hanging."""

    def __init__(self, stream: httpcore.NetworkStream, **kwargs: Any) -> None:
        super().__init__(stream, **kwargs)
        self._raw = raw_socket(stream)

    def abort(self) -> None:
        """End the connection now (from any thread), without a close handshake."""
        self._should_close.set()
        abort_socket(self._raw)

    def close(self, code: int = 1000, reason: str | None = None) -> None:
        """Send a close frame if the connection allows it, then shut the socket down."""
        self._should_close.set()
        if self._executor is not None:
            self._executor.shutdown(wait=False)
        if self.connection.state not in _CLOSING:
            with contextlib.suppress(wsproto.utilities.LocalProtocolError):
                data = self.connection.send(wsproto.events.CloseConnection(code, reason))
                # A writer stuck on a peer that does not read must not stall the close.
                if self._write_lock.acquire(timeout=1.0):
                    try:
                        self.stream.write(data, timeout=1.0)
                    except (httpcore.WriteError, httpcore.WriteTimeout, OSError):
                        pass
                    finally:
                        self._write_lock.release()
        abort_socket(self._raw)
        self.stream.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
        receiver = self._background_receive_task
        while receiver.is_alive():
            with contextlib.suppress(queue.Empty):
                self._events.get_nowait()  # a receiver blocked on a full queue can finish
            receiver.join(_JOIN_STEP)
        with contextlib.suppress(queue.Full):
            self._events.put_nowait(httpx_ws.WebSocketDisconnect(1006, "session closed"))
        if self._background_keepalive_ping_task is not None:
            self._background_keepalive_ping_task.join()
