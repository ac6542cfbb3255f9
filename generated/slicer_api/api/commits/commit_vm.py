from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commit_vm_request import CommitVMRequest
from ...models.commit_vm_response import CommitVMResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hostname: str,
    *,
    body: CommitVMRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/{hostname}/commit".format(
            hostname=quote(str(hostname), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommitVMResponse | Error | None:
    if response.status_code == 200:
        response_200 = CommitVMResponse.from_dict(response.json())

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
) -> Response[CommitVMResponse | Error]:
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
    body: CommitVMRequest | Unset = UNSET,
) -> Response[CommitVMResponse | Error]:
    """Commit a stopped persistent VM

     Snapshots the disk of a stopped, persistent VM into a commit that new VMs can be forked from. The
    body is optional and is only sent when at least one field is set. A VM that is running or not
    persistent gets 409 (or 400).

    Args:
        hostname (str):
        body (CommitVMRequest | Unset): Optional metadata for a new commit. Every field may be
            left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitVMResponse | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommitVMRequest | Unset = UNSET,
) -> CommitVMResponse | Error | None:
    """Commit a stopped persistent VM

     Snapshots the disk of a stopped, persistent VM into a commit that new VMs can be forked from. The
    body is optional and is only sent when at least one field is set. A VM that is running or not
    persistent gets 409 (or 400).

    Args:
        hostname (str):
        body (CommitVMRequest | Unset): Optional metadata for a new commit. Every field may be
            left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitVMResponse | Error
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommitVMRequest | Unset = UNSET,
) -> Response[CommitVMResponse | Error]:
    """Commit a stopped persistent VM

     Snapshots the disk of a stopped, persistent VM into a commit that new VMs can be forked from. The
    body is optional and is only sent when at least one field is set. A VM that is running or not
    persistent gets 409 (or 400).

    Args:
        hostname (str):
        body (CommitVMRequest | Unset): Optional metadata for a new commit. Every field may be
            left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitVMResponse | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommitVMRequest | Unset = UNSET,
) -> CommitVMResponse | Error | None:
    """Commit a stopped persistent VM

     Snapshots the disk of a stopped, persistent VM into a commit that new VMs can be forked from. The
    body is optional and is only sent when at least one field is set. A VM that is running or not
    persistent gets 409 (or 400).

    Args:
        hostname (str):
        body (CommitVMRequest | Unset): Optional metadata for a new commit. Every field may be
            left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitVMResponse | Error
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            body=body,
        )
    ).parsed
