from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.proxy_client_create_request import ProxyClientCreateRequest
from ...models.proxy_client_created import ProxyClientCreated
from ...types import Response


def _get_kwargs(
    *,
    body: ProxyClientCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/proxy/v1/clients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProxyClientCreated | str | None:
    if response.status_code == 201:
        response_201 = ProxyClientCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 409:
        response_409 = response.text
        return response_409

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if response.status_code == 501:
        response_501 = response.text
        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProxyClientCreated | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProxyClientCreateRequest,
) -> Response[ProxyClientCreated | str]:
    """Create a proxy client

     Creates a client identity for the egress proxy. The token is shown only in this answer. When no
    token is given, the daemon mints one starting with `spt_`. 409 for a duplicate client name or token.

    Args:
        body (ProxyClientCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxyClientCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProxyClientCreateRequest,
) -> ProxyClientCreated | str | None:
    """Create a proxy client

     Creates a client identity for the egress proxy. The token is shown only in this answer. When no
    token is given, the daemon mints one starting with `spt_`. 409 for a duplicate client name or token.

    Args:
        body (ProxyClientCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxyClientCreated | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProxyClientCreateRequest,
) -> Response[ProxyClientCreated | str]:
    """Create a proxy client

     Creates a client identity for the egress proxy. The token is shown only in this answer. When no
    token is given, the daemon mints one starting with `spt_`. 409 for a duplicate client name or token.

    Args:
        body (ProxyClientCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxyClientCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProxyClientCreateRequest,
) -> ProxyClientCreated | str | None:
    """Create a proxy client

     Creates a client identity for the egress proxy. The token is shown only in this answer. When no
    token is given, the daemon mints one starting with `spt_`. 409 for a duplicate client name or token.

    Args:
        body (ProxyClientCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxyClientCreated | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
