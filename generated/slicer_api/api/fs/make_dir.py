from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mkdir_request import MkdirRequest
from ...types import Response


def _get_kwargs(
    hostname: str,
    *,
    body: MkdirRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/{hostname}/fs/mkdir".format(
            hostname=quote(str(hostname), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: MkdirRequest,
) -> Response[Any | Error]:
    """Create a directory in the VM

     Creates the directory with `mode` (default `0755`). Without `recursive`: 404 when the parent does
    not exist, 409 when the path exists. With `recursive`: missing parents are created and an existing
    directory is not an error (409 if the path is a file).

    Args:
        hostname (str):
        body (MkdirRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: MkdirRequest,
) -> Any | Error | None:
    """Create a directory in the VM

     Creates the directory with `mode` (default `0755`). Without `recursive`: 404 when the parent does
    not exist, 409 when the path exists. With `recursive`: missing parents are created and an existing
    directory is not an error (409 if the path is a file).

    Args:
        hostname (str):
        body (MkdirRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
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
    body: MkdirRequest,
) -> Response[Any | Error]:
    """Create a directory in the VM

     Creates the directory with `mode` (default `0755`). Without `recursive`: 404 when the parent does
    not exist, 409 when the path exists. With `recursive`: missing parents are created and an existing
    directory is not an error (409 if the path is a file).

    Args:
        hostname (str):
        body (MkdirRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
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
    body: MkdirRequest,
) -> Any | Error | None:
    """Create a directory in the VM

     Creates the directory with `mode` (default `0755`). Without `recursive`: 404 when the parent does
    not exist, 409 when the path exists. With `recursive`: missing parents are created and an existing
    directory is not an error (409 if the path is a file).

    Args:
        hostname (str):
        body (MkdirRequest):

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
            body=body,
        )
    ).parsed
