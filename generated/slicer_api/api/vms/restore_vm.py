from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hostname: str,
    *,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wait"] = wait

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/{hostname}/restore".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
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

    if response.status_code == 408:
        response_408 = Error.from_dict(response.json())

        return response_408

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
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
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> Response[Error | str]:
    """Restore a suspended VM from its snapshot

     No body. Optionally waits until the guest agent answers. Platforms without suspend support (and the
    local test daemon) answer 501.

    Args:
        hostname (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        wait=wait,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> Error | str | None:
    """Restore a suspended VM from its snapshot

     No body. Optionally waits until the guest agent answers. Platforms without suspend support (and the
    local test daemon) answer 501.

    Args:
        hostname (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        wait=wait,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> Response[Error | str]:
    """Restore a suspended VM from its snapshot

     No body. Optionally waits until the guest agent answers. Platforms without suspend support (and the
    local test daemon) answer 501.

    Args:
        hostname (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        wait=wait,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> Error | str | None:
    """Restore a suspended VM from its snapshot

     No body. Optionally waits until the guest agent answers. Platforms without suspend support (and the
    local test daemon) answer 501.

    Args:
        hostname (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            wait=wait,
            timeout=timeout,
        )
    ).parsed
