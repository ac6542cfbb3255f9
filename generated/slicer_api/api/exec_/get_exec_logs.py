from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hostname: str,
    exec_id: str,
    *,
    follow: bool | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["follow"] = follow

    params["from_id"] = from_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/exec/{exec_id}/logs".format(
            hostname=quote(str(hostname), safe=""),
            exec_id=quote(str(exec_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    follow: bool | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Response[Any | Error]:
    """Output of a background exec (NDJSON)

     Replays what the exec's ring buffer holds, as NDJSON `ExecFrame` lines that carry an `id`. Output
    frames carry base64 `data` (background execs always use `stdio=base64`). Without `follow` the stream
    ends after the replay; with `follow=true` it continues with live frames until the process exits
    (after the `exit` frame) or the client disconnects. When the requested frame was evicted from the
    ring, a `gap` frame says how much was dropped and the replay continues from the oldest frame still
    held. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        follow (bool | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
        follow=follow,
        from_id=from_id,
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
    follow: bool | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Any | Error | None:
    """Output of a background exec (NDJSON)

     Replays what the exec's ring buffer holds, as NDJSON `ExecFrame` lines that carry an `id`. Output
    frames carry base64 `data` (background execs always use `stdio=base64`). Without `follow` the stream
    ends after the replay; with `follow=true` it continues with live frames until the process exits
    (after the `exit` frame) or the client disconnects. When the requested frame was evicted from the
    ring, a `gap` frame says how much was dropped and the replay continues from the oldest frame still
    held. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        follow (bool | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        hostname=hostname,
        exec_id=exec_id,
        client=client,
        follow=follow,
        from_id=from_id,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Response[Any | Error]:
    """Output of a background exec (NDJSON)

     Replays what the exec's ring buffer holds, as NDJSON `ExecFrame` lines that carry an `id`. Output
    frames carry base64 `data` (background execs always use `stdio=base64`). Without `follow` the stream
    ends after the replay; with `follow=true` it continues with live frames until the process exits
    (after the `exit` frame) or the client disconnects. When the requested frame was evicted from the
    ring, a `gap` frame says how much was dropped and the replay continues from the oldest frame still
    held. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        follow (bool | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        exec_id=exec_id,
        follow=follow,
        from_id=from_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    exec_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
    from_id: int | Unset = UNSET,
) -> Any | Error | None:
    """Output of a background exec (NDJSON)

     Replays what the exec's ring buffer holds, as NDJSON `ExecFrame` lines that carry an `id`. Output
    frames carry base64 `data` (background execs always use `stdio=base64`). Without `follow` the stream
    ends after the replay; with `follow=true` it continues with live frames until the process exits
    (after the `exit` frame) or the client disconnects. When the requested frame was evicted from the
    ring, a `gap` frame says how much was dropped and the replay continues from the oldest frame still
    held. 410 after the exec was reaped.

    Args:
        hostname (str):
        exec_id (str):
        follow (bool | Unset):
        from_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            exec_id=exec_id,
            client=client,
            follow=follow,
            from_id=from_id,
        )
    ).parsed
