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
    path: str,
    recursive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params["recursive"] = recursive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vm/{hostname}/fs/remove".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    path: str,
    recursive: bool | Unset = UNSET,
) -> Response[Any | Error]:
    """Remove a file or directory in the VM

     Removes a file, a symlink (not its target) or an empty directory; with `recursive=true` any
    directory and everything in it. 404 when the path does not exist; 409 for a non-empty directory
    without `recursive`; 400 for the VM's root directory.

    Args:
        hostname (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        path=path,
        recursive=recursive,
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
    recursive: bool | Unset = UNSET,
) -> Any | Error | None:
    """Remove a file or directory in the VM

     Removes a file, a symlink (not its target) or an empty directory; with `recursive=true` any
    directory and everything in it. 404 when the path does not exist; 409 for a non-empty directory
    without `recursive`; 400 for the VM's root directory.

    Args:
        hostname (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        path=path,
        recursive=recursive,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    recursive: bool | Unset = UNSET,
) -> Response[Any | Error]:
    """Remove a file or directory in the VM

     Removes a file, a symlink (not its target) or an empty directory; with `recursive=true` any
    directory and everything in it. 404 when the path does not exist; 409 for a non-empty directory
    without `recursive`; 400 for the VM's root directory.

    Args:
        hostname (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        path=path,
        recursive=recursive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    recursive: bool | Unset = UNSET,
) -> Any | Error | None:
    """Remove a file or directory in the VM

     Removes a file, a symlink (not its target) or an empty directory; with `recursive=true` any
    directory and everything in it. 404 when the path does not exist; 409 for a non-empty directory
    without `recursive`; 400 for the VM's root directory.

    Args:
        hostname (str):
        path (str):
        recursive (bool | Unset):

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
            path=path,
            recursive=recursive,
        )
    ).parsed
