from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_vm_response import DeleteVMResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    group: str,
    hostname: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/hostgroup/{group}/nodes/{hostname}".format(
            group=quote(str(group), safe=""),
            hostname=quote(str(hostname), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteVMResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteVMResponse.from_dict(response.json())

        return response_200

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
) -> Response[DeleteVMResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteVMResponse | Error]:
    """Delete a VM

     Stops the VM and removes it. The answer is 200 with a JSON body; a non-empty `error` field in that
    body means the deletion failed even though the status is 200.

    Args:
        group (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVMResponse | Error]
    """

    kwargs = _get_kwargs(
        group=group,
        hostname=hostname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteVMResponse | Error | None:
    """Delete a VM

     Stops the VM and removes it. The answer is 200 with a JSON body; a non-empty `error` field in that
    body means the deletion failed even though the status is 200.

    Args:
        group (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVMResponse | Error
    """

    return sync_detailed(
        group=group,
        hostname=hostname,
        client=client,
    ).parsed


async def asyncio_detailed(
    group: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteVMResponse | Error]:
    """Delete a VM

     Stops the VM and removes it. The answer is 200 with a JSON body; a non-empty `error` field in that
    body means the deletion failed even though the status is 200.

    Args:
        group (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteVMResponse | Error]
    """

    kwargs = _get_kwargs(
        group=group,
        hostname=hostname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteVMResponse | Error | None:
    """Delete a VM

     Stops the VM and removes it. The answer is 200 with a JSON body; a non-empty `error` field in that
    body means the deletion failed even though the status is 200.

    Args:
        group (str):
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteVMResponse | Error
    """

    return (
        await asyncio_detailed(
            group=group,
            hostname=hostname,
            client=client,
        )
    ).parsed
