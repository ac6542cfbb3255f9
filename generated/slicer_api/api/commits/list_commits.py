from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commit_info import CommitInfo
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tag: list[str] | Unset = UNSET,
    cache_key: str | Unset = UNSET,
    source: str | Unset = UNSET,
    mode: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params["cache_key"] = cache_key

    params["source"] = source

    params["mode"] = mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/commits",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CommitInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CommitInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | list[CommitInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    cache_key: str | Unset = UNSET,
    source: str | Unset = UNSET,
    mode: str | Unset = UNSET,
) -> Response[Error | list[CommitInfo]]:
    """List commits

     Lists the commits (disk snapshots of stopped persistent VMs) the daemon keeps, optionally filtered.

    Args:
        tag (list[str] | Unset):
        cache_key (str | Unset):
        source (str | Unset):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CommitInfo]]
    """

    kwargs = _get_kwargs(
        tag=tag,
        cache_key=cache_key,
        source=source,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    cache_key: str | Unset = UNSET,
    source: str | Unset = UNSET,
    mode: str | Unset = UNSET,
) -> Error | list[CommitInfo] | None:
    """List commits

     Lists the commits (disk snapshots of stopped persistent VMs) the daemon keeps, optionally filtered.

    Args:
        tag (list[str] | Unset):
        cache_key (str | Unset):
        source (str | Unset):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CommitInfo]
    """

    return sync_detailed(
        client=client,
        tag=tag,
        cache_key=cache_key,
        source=source,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    cache_key: str | Unset = UNSET,
    source: str | Unset = UNSET,
    mode: str | Unset = UNSET,
) -> Response[Error | list[CommitInfo]]:
    """List commits

     Lists the commits (disk snapshots of stopped persistent VMs) the daemon keeps, optionally filtered.

    Args:
        tag (list[str] | Unset):
        cache_key (str | Unset):
        source (str | Unset):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CommitInfo]]
    """

    kwargs = _get_kwargs(
        tag=tag,
        cache_key=cache_key,
        source=source,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tag: list[str] | Unset = UNSET,
    cache_key: str | Unset = UNSET,
    source: str | Unset = UNSET,
    mode: str | Unset = UNSET,
) -> Error | list[CommitInfo] | None:
    """List commits

     Lists the commits (disk snapshots of stopped persistent VMs) the daemon keeps, optionally filtered.

    Args:
        tag (list[str] | Unset):
        cache_key (str | Unset):
        source (str | Unset):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CommitInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            tag=tag,
            cache_key=cache_key,
            source=source,
            mode=mode,
        )
    ).parsed
