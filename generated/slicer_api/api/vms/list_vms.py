from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.node import Node
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tag: str | Unset = UNSET,
    tag_prefix: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag"] = tag

    params["tag_prefix"] = tag_prefix

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/nodes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Node] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Node.from_dict(response_200_item_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Node]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    tag_prefix: str | Unset = UNSET,
) -> Response[Error | list[Node]]:
    """List every VM

     Lists the VMs of every host group. A CLI-friendly name is the unique tag `name=<value>`; look it up
    with `tag=name=<value>` and use the single match's `hostname`.

    Args:
        tag (str | Unset):
        tag_prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Node]]
    """

    kwargs = _get_kwargs(
        tag=tag,
        tag_prefix=tag_prefix,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    tag_prefix: str | Unset = UNSET,
) -> Error | list[Node] | None:
    """List every VM

     Lists the VMs of every host group. A CLI-friendly name is the unique tag `name=<value>`; look it up
    with `tag=name=<value>` and use the single match's `hostname`.

    Args:
        tag (str | Unset):
        tag_prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Node]
    """

    return sync_detailed(
        client=client,
        tag=tag,
        tag_prefix=tag_prefix,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    tag_prefix: str | Unset = UNSET,
) -> Response[Error | list[Node]]:
    """List every VM

     Lists the VMs of every host group. A CLI-friendly name is the unique tag `name=<value>`; look it up
    with `tag=name=<value>` and use the single match's `hostname`.

    Args:
        tag (str | Unset):
        tag_prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Node]]
    """

    kwargs = _get_kwargs(
        tag=tag,
        tag_prefix=tag_prefix,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    tag_prefix: str | Unset = UNSET,
) -> Error | list[Node] | None:
    """List every VM

     Lists the VMs of every host group. A CLI-friendly name is the unique tag `name=<value>`; look it up
    with `tag=name=<value>` and use the single match's `hostname`.

    Args:
        tag (str | Unset):
        tag_prefix (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Node]
    """

    return (
        await asyncio_detailed(
            client=client,
            tag=tag,
            tag_prefix=tag_prefix,
        )
    ).parsed
