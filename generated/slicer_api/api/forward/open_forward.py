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
    x_inlets_upstream: str,
    x_inlets_client_id: str | Unset = UNSET,
    x_inlets_mode: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Inlets-Upstream"] = x_inlets_upstream

    if not isinstance(x_inlets_client_id, Unset):
        headers["X-Inlets-Client-ID"] = x_inlets_client_id

    if not isinstance(x_inlets_mode, Unset):
        headers["X-Inlets-Mode"] = x_inlets_mode

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/forward".format(
            hostname=quote(str(hostname), safe=""),
        ),
    }

    _kwargs["headers"] = headers
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

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

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
    x_inlets_upstream: str,
    x_inlets_client_id: str | Unset = UNSET,
    x_inlets_mode: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Open a port-forward tunnel (WebSocket)

     A WebSocket upgrade (`Upgrade: websocket`, `Connection: Upgrade`,
    `Sec-WebSocket-Version: 13`, `Sec-WebSocket-Key`; no subprotocol, no compression). The
    daemon dials the target named in `X-Inlets-Upstream` inside the guest and relays raw bytes
    in **binary** WebSocket messages both ways; message boundaries mean nothing and the
    receiver concatenates the payloads. A text message is answered with close code 1003. There
    is no half-close: when either side ends, the tunnel ends (a close frame 1000, or an abrupt
    TCP close without a close frame). One WebSocket carries one connection; nothing is
    multiplexed. Over a UNIX socket clients use `ws://localhost/vm/{hostname}/forward`. The
    target is given only in `X-Inlets-Upstream`; there are no query parameters. The method is
    not restricted by the real daemon; clients use `GET`.

    **Upstream failures.** Whether the real daemon reports a failed dial with a non-101 answer
    or with an immediate close after the upgrade is not visible in the Go SDK, and clients
    must treat both as "this one connection failed". slicer.local dials the upstream
    *before* accepting the upgrade and answers **502** with code `upstream_unreachable` when
    the dial fails (refused, no such socket, unreachable, or no answer within 10 s), so a
    client can tell a dead upstream (502) from an unknown VM (404) or a paused one (409).

    In slicer.local (whose VMs share the host's network and filesystem) a TCP target on the
    guest's loopback, an empty host, `0.0.0.0` or the VM's own IP is dialled on the host's
    `127.0.0.1`; a `unix:` path is a VM path, mapped under the VM's root directory.

    A plain `GET` without the upgrade is answered with the checks above (404, 409, 400) and
    then **426 Upgrade Required**.

    Args:
        hostname (str):
        x_inlets_upstream (str):
        x_inlets_client_id (str | Unset):
        x_inlets_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        x_inlets_upstream=x_inlets_upstream,
        x_inlets_client_id=x_inlets_client_id,
        x_inlets_mode=x_inlets_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    x_inlets_upstream: str,
    x_inlets_client_id: str | Unset = UNSET,
    x_inlets_mode: str | Unset = UNSET,
) -> Any | Error | None:
    """Open a port-forward tunnel (WebSocket)

     A WebSocket upgrade (`Upgrade: websocket`, `Connection: Upgrade`,
    `Sec-WebSocket-Version: 13`, `Sec-WebSocket-Key`; no subprotocol, no compression). The
    daemon dials the target named in `X-Inlets-Upstream` inside the guest and relays raw bytes
    in **binary** WebSocket messages both ways; message boundaries mean nothing and the
    receiver concatenates the payloads. A text message is answered with close code 1003. There
    is no half-close: when either side ends, the tunnel ends (a close frame 1000, or an abrupt
    TCP close without a close frame). One WebSocket carries one connection; nothing is
    multiplexed. Over a UNIX socket clients use `ws://localhost/vm/{hostname}/forward`. The
    target is given only in `X-Inlets-Upstream`; there are no query parameters. The method is
    not restricted by the real daemon; clients use `GET`.

    **Upstream failures.** Whether the real daemon reports a failed dial with a non-101 answer
    or with an immediate close after the upgrade is not visible in the Go SDK, and clients
    must treat both as "this one connection failed". slicer.local dials the upstream
    *before* accepting the upgrade and answers **502** with code `upstream_unreachable` when
    the dial fails (refused, no such socket, unreachable, or no answer within 10 s), so a
    client can tell a dead upstream (502) from an unknown VM (404) or a paused one (409).

    In slicer.local (whose VMs share the host's network and filesystem) a TCP target on the
    guest's loopback, an empty host, `0.0.0.0` or the VM's own IP is dialled on the host's
    `127.0.0.1`; a `unix:` path is a VM path, mapped under the VM's root directory.

    A plain `GET` without the upgrade is answered with the checks above (404, 409, 400) and
    then **426 Upgrade Required**.

    Args:
        hostname (str):
        x_inlets_upstream (str):
        x_inlets_client_id (str | Unset):
        x_inlets_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        x_inlets_upstream=x_inlets_upstream,
        x_inlets_client_id=x_inlets_client_id,
        x_inlets_mode=x_inlets_mode,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    x_inlets_upstream: str,
    x_inlets_client_id: str | Unset = UNSET,
    x_inlets_mode: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Open a port-forward tunnel (WebSocket)

     A WebSocket upgrade (`Upgrade: websocket`, `Connection: Upgrade`,
    `Sec-WebSocket-Version: 13`, `Sec-WebSocket-Key`; no subprotocol, no compression). The
    daemon dials the target named in `X-Inlets-Upstream` inside the guest and relays raw bytes
    in **binary** WebSocket messages both ways; message boundaries mean nothing and the
    receiver concatenates the payloads. A text message is answered with close code 1003. There
    is no half-close: when either side ends, the tunnel ends (a close frame 1000, or an abrupt
    TCP close without a close frame). One WebSocket carries one connection; nothing is
    multiplexed. Over a UNIX socket clients use `ws://localhost/vm/{hostname}/forward`. The
    target is given only in `X-Inlets-Upstream`; there are no query parameters. The method is
    not restricted by the real daemon; clients use `GET`.

    **Upstream failures.** Whether the real daemon reports a failed dial with a non-101 answer
    or with an immediate close after the upgrade is not visible in the Go SDK, and clients
    must treat both as "this one connection failed". slicer.local dials the upstream
    *before* accepting the upgrade and answers **502** with code `upstream_unreachable` when
    the dial fails (refused, no such socket, unreachable, or no answer within 10 s), so a
    client can tell a dead upstream (502) from an unknown VM (404) or a paused one (409).

    In slicer.local (whose VMs share the host's network and filesystem) a TCP target on the
    guest's loopback, an empty host, `0.0.0.0` or the VM's own IP is dialled on the host's
    `127.0.0.1`; a `unix:` path is a VM path, mapped under the VM's root directory.

    A plain `GET` without the upgrade is answered with the checks above (404, 409, 400) and
    then **426 Upgrade Required**.

    Args:
        hostname (str):
        x_inlets_upstream (str):
        x_inlets_client_id (str | Unset):
        x_inlets_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        x_inlets_upstream=x_inlets_upstream,
        x_inlets_client_id=x_inlets_client_id,
        x_inlets_mode=x_inlets_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    x_inlets_upstream: str,
    x_inlets_client_id: str | Unset = UNSET,
    x_inlets_mode: str | Unset = UNSET,
) -> Any | Error | None:
    """Open a port-forward tunnel (WebSocket)

     A WebSocket upgrade (`Upgrade: websocket`, `Connection: Upgrade`,
    `Sec-WebSocket-Version: 13`, `Sec-WebSocket-Key`; no subprotocol, no compression). The
    daemon dials the target named in `X-Inlets-Upstream` inside the guest and relays raw bytes
    in **binary** WebSocket messages both ways; message boundaries mean nothing and the
    receiver concatenates the payloads. A text message is answered with close code 1003. There
    is no half-close: when either side ends, the tunnel ends (a close frame 1000, or an abrupt
    TCP close without a close frame). One WebSocket carries one connection; nothing is
    multiplexed. Over a UNIX socket clients use `ws://localhost/vm/{hostname}/forward`. The
    target is given only in `X-Inlets-Upstream`; there are no query parameters. The method is
    not restricted by the real daemon; clients use `GET`.

    **Upstream failures.** Whether the real daemon reports a failed dial with a non-101 answer
    or with an immediate close after the upgrade is not visible in the Go SDK, and clients
    must treat both as "this one connection failed". slicer.local dials the upstream
    *before* accepting the upgrade and answers **502** with code `upstream_unreachable` when
    the dial fails (refused, no such socket, unreachable, or no answer within 10 s), so a
    client can tell a dead upstream (502) from an unknown VM (404) or a paused one (409).

    In slicer.local (whose VMs share the host's network and filesystem) a TCP target on the
    guest's loopback, an empty host, `0.0.0.0` or the VM's own IP is dialled on the host's
    `127.0.0.1`; a `unix:` path is a VM path, mapped under the VM's root directory.

    A plain `GET` without the upgrade is answered with the checks above (404, 409, 400) and
    then **426 Upgrade Required**.

    Args:
        hostname (str):
        x_inlets_upstream (str):
        x_inlets_client_id (str | Unset):
        x_inlets_mode (str | Unset):

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
            x_inlets_upstream=x_inlets_upstream,
            x_inlets_client_id=x_inlets_client_id,
            x_inlets_mode=x_inlets_mode,
        )
    ).parsed
