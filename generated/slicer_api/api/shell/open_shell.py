from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hostname: str,
    *,
    shell: str | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["shell"] = shell

    params["uid"] = uid

    params["gid"] = gid

    params["cwd"] = cwd

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/shell".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 426:
        response_426 = Error.from_dict(response.json())

        return response_426

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    shell: str | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Open an interactive shell (WebSocket)

     A WebSocket upgrade (no subprotocol) to a PTY in the guest. Every binary message is one
    frame: 1 byte type, 4 bytes payload length (unsigned big-endian), then the payload.
    Types: `0x01` Data (both ways; raw terminal bytes), `0x02` WindowSize (client to server;
    columns then rows, each uint32 big-endian), `0x03` Shutdown (either way; empty),
    `0x04` Heartbeat (client to server; empty), `0x05` SessionClose (server to client; empty).
    Text messages are dropped. stdout and stderr are not separated and no exit status is
    reported. A client's Shutdown ends the shell; when the shell exits the daemon sends the
    rest of its output, a SessionClose frame, and closes with 1000. Over a UNIX socket
    clients use `ws://localhost/vm/{hostname}/shell?...`.

    Errors come before the upgrade: 400 for bad parameters (or an agent without the
    capability), 404, 409 for a paused VM. A plain `GET` without the upgrade is answered with
    the same checks and then **426 Upgrade Required**.

    Args:
        hostname (str):
        shell (str | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        shell=shell,
        uid=uid,
        gid=gid,
        cwd=cwd,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    shell: str | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
) -> Any | Error | None:
    """Open an interactive shell (WebSocket)

     A WebSocket upgrade (no subprotocol) to a PTY in the guest. Every binary message is one
    frame: 1 byte type, 4 bytes payload length (unsigned big-endian), then the payload.
    Types: `0x01` Data (both ways; raw terminal bytes), `0x02` WindowSize (client to server;
    columns then rows, each uint32 big-endian), `0x03` Shutdown (either way; empty),
    `0x04` Heartbeat (client to server; empty), `0x05` SessionClose (server to client; empty).
    Text messages are dropped. stdout and stderr are not separated and no exit status is
    reported. A client's Shutdown ends the shell; when the shell exits the daemon sends the
    rest of its output, a SessionClose frame, and closes with 1000. Over a UNIX socket
    clients use `ws://localhost/vm/{hostname}/shell?...`.

    Errors come before the upgrade: 400 for bad parameters (or an agent without the
    capability), 404, 409 for a paused VM. A plain `GET` without the upgrade is answered with
    the same checks and then **426 Upgrade Required**.

    Args:
        hostname (str):
        shell (str | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        shell=shell,
        uid=uid,
        gid=gid,
        cwd=cwd,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    shell: str | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Open an interactive shell (WebSocket)

     A WebSocket upgrade (no subprotocol) to a PTY in the guest. Every binary message is one
    frame: 1 byte type, 4 bytes payload length (unsigned big-endian), then the payload.
    Types: `0x01` Data (both ways; raw terminal bytes), `0x02` WindowSize (client to server;
    columns then rows, each uint32 big-endian), `0x03` Shutdown (either way; empty),
    `0x04` Heartbeat (client to server; empty), `0x05` SessionClose (server to client; empty).
    Text messages are dropped. stdout and stderr are not separated and no exit status is
    reported. A client's Shutdown ends the shell; when the shell exits the daemon sends the
    rest of its output, a SessionClose frame, and closes with 1000. Over a UNIX socket
    clients use `ws://localhost/vm/{hostname}/shell?...`.

    Errors come before the upgrade: 400 for bad parameters (or an agent without the
    capability), 404, 409 for a paused VM. A plain `GET` without the upgrade is answered with
    the same checks and then **426 Upgrade Required**.

    Args:
        hostname (str):
        shell (str | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        shell=shell,
        uid=uid,
        gid=gid,
        cwd=cwd,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    shell: str | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
) -> Any | Error | None:
    """Open an interactive shell (WebSocket)

     A WebSocket upgrade (no subprotocol) to a PTY in the guest. Every binary message is one
    frame: 1 byte type, 4 bytes payload length (unsigned big-endian), then the payload.
    Types: `0x01` Data (both ways; raw terminal bytes), `0x02` WindowSize (client to server;
    columns then rows, each uint32 big-endian), `0x03` Shutdown (either way; empty),
    `0x04` Heartbeat (client to server; empty), `0x05` SessionClose (server to client; empty).
    Text messages are dropped. stdout and stderr are not separated and no exit status is
    reported. A client's Shutdown ends the shell; when the shell exits the daemon sends the
    rest of its output, a SessionClose frame, and closes with 1000. Over a UNIX socket
    clients use `ws://localhost/vm/{hostname}/shell?...`.

    Errors come before the upgrade: 400 for bad parameters (or an agent without the
    capability), 404, 409 for a paused VM. A plain `GET` without the upgrade is answered with
    the same checks and then **426 Upgrade Required**.

    Args:
        hostname (str):
        shell (str | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            shell=shell,
            uid=uid,
            gid=gid,
            cwd=cwd,
        )
    ).parsed
