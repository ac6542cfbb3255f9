from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.kill_exec_request import KillExecRequest
from ...models.kill_exec_response import KillExecResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hostname: str,
    exec_id: str,
    *,
    body: KillExecRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/{hostname}/exec/{exec_id}/kill".format(
            hostname=quote(str(hostname), safe=""),
            exec_id=quote(str(exec_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KillExecResponse | None:
    if response.status_code == 200:
        response_200 = KillExecResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 410:
        response_410 = Error.from_dict(response.json())

        return response_410

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KillExecResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KillExecRequest | Unset = UNSET,
) -> Response[Error | KillExecResponse]:
    """Signal a background exec

     Sends a signal to the exec's process group. The body is optional: with no fields set, the Go SDK
    sends no body at all (but still a `Content-Type: application/json` header), and the daemon uses its
    defaults. Killing an exec that has already exited does nothing and reports `running: false`. 410
    after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        body (KillExecRequest | Unset): How to signal a background exec. Both fields may be left
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KillExecResponse]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KillExecRequest | Unset = UNSET,
) -> Error | KillExecResponse | None:
    """Signal a background exec

     Sends a signal to the exec's process group. The body is optional: with no fields set, the Go SDK
    sends no body at all (but still a `Content-Type: application/json` header), and the daemon uses its
    defaults. Killing an exec that has already exited does nothing and reports `running: false`. 410
    after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        body (KillExecRequest | Unset): How to signal a background exec. Both fields may be left
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KillExecResponse
    """

    return sync_detailed(
        hostname=hostname,
        exec_id=exec_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KillExecRequest | Unset = UNSET,
) -> Response[Error | KillExecResponse]:
    """Signal a background exec

     Sends a signal to the exec's process group. The body is optional: with no fields set, the Go SDK
    sends no body at all (but still a `Content-Type: application/json` header), and the daemon uses its
    defaults. Killing an exec that has already exited does nothing and reports `running: false`. 410
    after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        body (KillExecRequest | Unset): How to signal a background exec. Both fields may be left
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KillExecResponse]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: KillExecRequest | Unset = UNSET,
) -> Error | KillExecResponse | None:
    """Signal a background exec

     Sends a signal to the exec's process group. The body is optional: with no fields set, the Go SDK
    sends no body at all (but still a `Content-Type: application/json` header), and the daemon uses its
    defaults. Killing an exec that has already exited does nothing and reports `running: false`. 410
    after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        body (KillExecRequest | Unset): How to signal a background exec. Both fields may be left
            out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KillExecResponse
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            exec_id=exec_id,
            client=client,
            body=body,
        )
    ).parsed
