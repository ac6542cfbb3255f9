from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_commit_response import DeleteCommitResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    commit_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/vm/commits/{commit_id}".format(
            commit_id=quote(str(commit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCommitResponse | Error | None:
    if response.status_code == 200:
        response_200 = DeleteCommitResponse.from_dict(response.json())

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
) -> Response[DeleteCommitResponse | Error]:
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
) -> Response[DeleteCommitResponse | Error]:
    """Delete a commit

     Deleting a commit fails (409) while the VM it was committed from still exists.

    Args:
        commit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCommitResponse | Error]
    """

    kwargs = _get_kwargs(
        commit_id=commit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteCommitResponse | Error | None:
    """Delete a commit

     Deleting a commit fails (409) while the VM it was committed from still exists.

    Args:
        commit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCommitResponse | Error
    """

    return sync_detailed(
        commit_id=commit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteCommitResponse | Error]:
    """Delete a commit

     Deleting a commit fails (409) while the VM it was committed from still exists.

    Args:
        commit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCommitResponse | Error]
    """

    kwargs = _get_kwargs(
        commit_id=commit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    commit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteCommitResponse | Error | None:
    """Delete a commit

     Deleting a commit fails (409) while the VM it was committed from still exists.

    Args:
        commit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCommitResponse | Error
    """

    return (
        await asyncio_detailed(
            commit_id=commit_id,
            client=client,
        )
    ).parsed
