from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_proxy_secret_request import CreateProxySecretRequest
from ...models.proxy_secret import ProxySecret
from ...types import Response


def _get_kwargs(
    *,
    body: CreateProxySecretRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/proxy/v1/secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProxySecret | str | None:
    if response.status_code == 201:
        response_201 = ProxySecret.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProxySecret | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProxySecretRequest,
) -> Response[ProxySecret | str]:
    """Create a proxy secret

     Stores a credential that the proxy injects into requests to `host`. 201 exactly; 409 for a duplicate
    name unless `force` is set.

    Args:
        body (CreateProxySecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxySecret | str]
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
    body: CreateProxySecretRequest,
) -> ProxySecret | str | None:
    """Create a proxy secret

     Stores a credential that the proxy injects into requests to `host`. 201 exactly; 409 for a duplicate
    name unless `force` is set.

    Args:
        body (CreateProxySecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxySecret | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProxySecretRequest,
) -> Response[ProxySecret | str]:
    """Create a proxy secret

     Stores a credential that the proxy injects into requests to `host`. 201 exactly; 409 for a duplicate
    name unless `force` is set.

    Args:
        body (CreateProxySecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProxySecret | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProxySecretRequest,
) -> ProxySecret | str | None:
    """Create a proxy secret

     Stores a credential that the proxy injects into requests to `host`. 201 exactly; 409 for a duplicate
    name unless `force` is set.

    Args:
        body (CreateProxySecretRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProxySecret | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
