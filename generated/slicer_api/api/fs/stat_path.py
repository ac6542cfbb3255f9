from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fs_entry import FsEntry
from ...types import UNSET, Response


def _get_kwargs(
    hostname: str,
    *,
    path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/fs/stat".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FsEntry | None:
    if response.status_code == 200:
        response_200 = FsEntry.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FsEntry]:
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
    path: str,
) -> Response[Error | FsEntry]:
    """Stat a path in the VM

     The path's entry. A symlink in the last position is reported as `symlink`, not followed (symlinks
    before it are followed). 404 when the path does not exist (clients map that to "does not exist" /
    `exists() == False`).

    Args:
        hostname (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FsEntry]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> Error | FsEntry | None:
    """Stat a path in the VM

     The path's entry. A symlink in the last position is reported as `symlink`, not followed (symlinks
    before it are followed). 404 when the path does not exist (clients map that to "does not exist" /
    `exists() == False`).

    Args:
        hostname (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FsEntry
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> Response[Error | FsEntry]:
    """Stat a path in the VM

     The path's entry. A symlink in the last position is reported as `symlink`, not followed (symlinks
    before it are followed). 404 when the path does not exist (clients map that to "does not exist" /
    `exists() == False`).

    Args:
        hostname (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FsEntry]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> Error | FsEntry | None:
    """Stat a path in the VM

     The path's entry. A symlink in the last position is reported as `symlink`, not followed (symlinks
    before it are followed). 404 when the path does not exist (clients map that to "does not exist" /
    `exists() == False`).

    Args:
        hostname (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FsEntry
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            path=path,
        )
    ).parsed
