from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.node_stat import NodeStat
from ...types import Response


def _get_kwargs(
    hostname: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/node/{hostname}/stats".format(
            hostname=quote(str(hostname), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[NodeStat] | NodeStat | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[NodeStat] | NodeStat:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = NodeStat.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = NodeStat.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | list[NodeStat] | NodeStat]:
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
) -> Response[Error | list[NodeStat] | NodeStat]:
    """Metrics of one VM

     Note the singular `/node/` in this path (the list is `/nodes/stats`). The Go SDK decodes the answer
    as an array, so a compatible daemon sends a one-element array. The public docs show a single object
    instead; this schema accepts both shapes.

    Args:
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[NodeStat] | NodeStat]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[NodeStat] | NodeStat | None:
    """Metrics of one VM

     Note the singular `/node/` in this path (the list is `/nodes/stats`). The Go SDK decodes the answer
    as an array, so a compatible daemon sends a one-element array. The public docs show a single object
    instead; this schema accepts both shapes.

    Args:
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[NodeStat] | NodeStat
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[NodeStat] | NodeStat]:
    """Metrics of one VM

     Note the singular `/node/` in this path (the list is `/nodes/stats`). The Go SDK decodes the answer
    as an array, so a compatible daemon sends a one-element array. The public docs show a single object
    instead; this schema accepts both shapes.

    Args:
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[NodeStat] | NodeStat]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[NodeStat] | NodeStat | None:
    """Metrics of one VM

     Note the singular `/node/` in this path (the list is `/nodes/stats`). The Go SDK decodes the answer
    as an array, so a compatible daemon sends a one-element array. The public docs show a single object
    instead; this schema accepts both shapes.

    Args:
        hostname (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[NodeStat] | NodeStat
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
        )
    ).parsed
