from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_exec_response import DeleteExecResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    hostname: str,
    exec_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vm/{hostname}/exec/{exec_id}".format(
            hostname=quote(str(hostname), safe=""),
            exec_id=quote(str(exec_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteExecResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteExecResponse.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = Error.from_dict(response.json())

        return response_410

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
) -> Response[DeleteExecResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteExecResponse | Error]:
    """Delete (reap) a background exec

     Frees the exec's ring buffer and forgets it; afterwards its other operations answer 410. A still-
    running exec is not killed: the daemon answers 409, so kill it, wait for it, then delete it. (Older
    docs said delete reaps without killing; the newer behaviour is used.)

    Args:
        hostname (str):
        exec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteExecResponse | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteExecResponse | Error | None:
    """Delete (reap) a background exec

     Frees the exec's ring buffer and forgets it; afterwards its other operations answer 410. A still-
    running exec is not killed: the daemon answers 409, so kill it, wait for it, then delete it. (Older
    docs said delete reaps without killing; the newer behaviour is used.)

    Args:
        hostname (str):
        exec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteExecResponse | Error
    """

    return sync_detailed(
        hostname=hostname,
        exec_id=exec_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteExecResponse | Error]:
    """Delete (reap) a background exec

     Frees the exec's ring buffer and forgets it; afterwards its other operations answer 410. A still-
    running exec is not killed: the daemon answers 409, so kill it, wait for it, then delete it. (Older
    docs said delete reaps without killing; the newer behaviour is used.)

    Args:
        hostname (str):
        exec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteExecResponse | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteExecResponse | Error | None:
    """Delete (reap) a background exec

     Frees the exec's ring buffer and forgets it; afterwards its other operations answer 410. A still-
    running exec is not killed: the daemon answers 409, so kill it, wait for it, then delete it. (Older
    docs said delete reaps without killing; the newer behaviour is used.)

    Args:
        hostname (str):
        exec_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteExecResponse | Error
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            exec_id=exec_id,
            client=client,
        )
    ).parsed
