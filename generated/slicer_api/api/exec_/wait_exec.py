from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.wait_exec_response import WaitExecResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hostname: str,
    exec_id: str,
    *,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/exec/{exec_id}/wait-exit".format(
            hostname=quote(str(hostname), safe=""),
            exec_id=quote(str(exec_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WaitExecResponse | None:
    if response.status_code == 200:
        response_200 = WaitExecResponse.from_dict(response.json())

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
) -> Response[Error | WaitExecResponse]:
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
    timeout: int | Unset = UNSET,
) -> Response[Error | WaitExecResponse]:
    """Wait for a background exec to exit (long poll)

     Answers when the process exits or the timeout expires, whichever is first. `timed_out: true` means
    it was still running; poll again. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WaitExecResponse]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
        timeout=timeout,
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
    timeout: int | Unset = UNSET,
) -> Error | WaitExecResponse | None:
    """Wait for a background exec to exit (long poll)

     Answers when the process exits or the timeout expires, whichever is first. `timed_out: true` means
    it was still running; poll again. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WaitExecResponse
    """

    return sync_detailed(
        hostname=hostname,
        exec_id=exec_id,
        client=client,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: int | Unset = UNSET,
) -> Response[Error | WaitExecResponse]:
    """Wait for a background exec to exit (long poll)

     Answers when the process exits or the timeout expires, whichever is first. `timed_out: true` means
    it was still running; poll again. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WaitExecResponse]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    timeout: int | Unset = UNSET,
) -> Error | WaitExecResponse | None:
    """Wait for a background exec to exit (long poll)

     Answers when the process exits or the timeout expires, whichever is first. `timed_out: true` means
    it was still running; poll again. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        timeout (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WaitExecResponse
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            exec_id=exec_id,
            client=client,
            timeout=timeout,
        )
    ).parsed
