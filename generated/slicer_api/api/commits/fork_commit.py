from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.fork_commit_request import ForkCommitRequest
from ...models.fork_commit_response import ForkCommitResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    commit_id: str,
    *,
    body: ForkCommitRequest | Unset = UNSET,
    wait: str | Unset = "agent",
    timeout: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/commits/{commit_id}/fork".format(
            commit_id=quote(str(commit_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ForkCommitResponse | None:
    if response.status_code == 200:
        response_200 = ForkCommitResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ForkCommitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkCommitRequest | Unset = UNSET,
    wait: str | Unset = "agent",
    timeout: str | Unset = UNSET,
) -> Response[Error | ForkCommitResponse]:
    """Fork a new VM from a commit

     Launches a new VM (the child) from a commit. The daemon names the child; no hostname is sent. The
    body holds only the keys the caller set, and is left out entirely when none are set. Everything left
    out is inherited from the commit's source VM or takes the daemon's default.

    Args:
        commit_id (str):
        wait (str | Unset):  Default: 'agent'.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (ForkCommitRequest | Unset): Options for a fork. Only the keys that are set are sent;
            a key left out is inherited or takes the daemon default. No `hostname`: the daemon names
            the child.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForkCommitResponse]
    """

    kwargs = _get_kwargs(
        commit_id=commit_id,
        body=body,
        wait=wait,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkCommitRequest | Unset = UNSET,
    wait: str | Unset = "agent",
    timeout: str | Unset = UNSET,
) -> Error | ForkCommitResponse | None:
    """Fork a new VM from a commit

     Launches a new VM (the child) from a commit. The daemon names the child; no hostname is sent. The
    body holds only the keys the caller set, and is left out entirely when none are set. Everything left
    out is inherited from the commit's source VM or takes the daemon's default.

    Args:
        commit_id (str):
        wait (str | Unset):  Default: 'agent'.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (ForkCommitRequest | Unset): Options for a fork. Only the keys that are set are sent;
            a key left out is inherited or takes the daemon default. No `hostname`: the daemon names
            the child.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForkCommitResponse
    """

    return sync_detailed(
        commit_id=commit_id,
        client=client,
        body=body,
        wait=wait,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkCommitRequest | Unset = UNSET,
    wait: str | Unset = "agent",
    timeout: str | Unset = UNSET,
) -> Response[Error | ForkCommitResponse]:
    """Fork a new VM from a commit

     Launches a new VM (the child) from a commit. The daemon names the child; no hostname is sent. The
    body holds only the keys the caller set, and is left out entirely when none are set. Everything left
    out is inherited from the commit's source VM or takes the daemon's default.

    Args:
        commit_id (str):
        wait (str | Unset):  Default: 'agent'.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (ForkCommitRequest | Unset): Options for a fork. Only the keys that are set are sent;
            a key left out is inherited or takes the daemon default. No `hostname`: the daemon names
            the child.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ForkCommitResponse]
    """

    kwargs = _get_kwargs(
        commit_id=commit_id,
        body=body,
        wait=wait,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForkCommitRequest | Unset = UNSET,
    wait: str | Unset = "agent",
    timeout: str | Unset = UNSET,
) -> Error | ForkCommitResponse | None:
    """Fork a new VM from a commit

     Launches a new VM (the child) from a commit. The daemon names the child; no hostname is sent. The
    body holds only the keys the caller set, and is left out entirely when none are set. Everything left
    out is inherited from the commit's source VM or takes the daemon's default.

    Args:
        commit_id (str):
        wait (str | Unset):  Default: 'agent'.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (ForkCommitRequest | Unset): Options for a fork. Only the keys that are set are sent;
            a key left out is inherited or takes the daemon default. No `hostname`: the daemon names
            the child.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ForkCommitResponse
    """

    return (
        await asyncio_detailed(
            commit_id=commit_id,
            client=client,
            body=body,
            wait=wait,
            timeout=timeout,
        )
    ).parsed
