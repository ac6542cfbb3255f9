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
    *,
    paths: list[str],
    patterns: list[str] | Unset = UNSET,
    events: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    one_shot: bool | Unset = UNSET,
    debounce: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
    max_events: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    json_paths = paths

    params["paths"] = json_paths

    json_patterns: list[str] | Unset = UNSET
    if not isinstance(patterns, Unset):
        json_patterns = patterns

    params["patterns"] = json_patterns

    json_events: list[str] | Unset = UNSET
    if not isinstance(events, Unset):
        json_events = events

    params["events"] = json_events

    params["uid"] = uid

    params["recursive"] = recursive

    params["one_shot"] = one_shot

    params["debounce"] = debounce

    params["timeout"] = timeout

    params["max_events"] = max_events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/fs/watch".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    paths: list[str],
    patterns: list[str] | Unset = UNSET,
    events: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    one_shot: bool | Unset = UNSET,
    debounce: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
    max_events: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Watch paths in the VM (Server-Sent Events)

     Streams filesystem events as Server-Sent Events (`text/event-stream`). Each event is
    written as `id: <n>`, `event: watch`, `data: <FsWatchEvent JSON>`, then a blank line. While
    idle the daemon sends `:` comment lines as heartbeats (about every 15 s). The daemon closes
    the stream after `timeout`, after the first event with `one_shot=true`, or after
    `max_events` events; a closed stream is a normal end. There is no replay across
    connections: each connection starts a new id sequence.

    The watches are in place when the response headers are sent, so a change made after the
    client has them is reported. Event types follow fsnotify: `create` (created or moved in),
    `write`, `remove`, `rename` (moved away; the new name gets a `create`), `chmod`
    (attributes changed). With `recursive`, directories created later are watched too and
    what they already hold when their watch is added is reported as `create`. `debounce`
    sends the first event of a type and path after the window and drops its repeats within
    it. 400 for an unknown event type or a malformed parameter or `Last-Event-ID`; 404 when a
    path does not exist; 409 when the VM is paused; 501 where the daemon has no filesystem
    notifications; 503 when it is out of notification resources (inotify limits).

    Args:
        hostname (str):
        paths (list[str]):
        patterns (list[str] | Unset):
        events (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        recursive (bool | Unset):
        one_shot (bool | Unset):
        debounce (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        max_events (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        paths=paths,
        patterns=patterns,
        events=events,
        uid=uid,
        recursive=recursive,
        one_shot=one_shot,
        debounce=debounce,
        timeout=timeout,
        max_events=max_events,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    paths: list[str],
    patterns: list[str] | Unset = UNSET,
    events: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    one_shot: bool | Unset = UNSET,
    debounce: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
    max_events: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Any | Error | None:
    """Watch paths in the VM (Server-Sent Events)

     Streams filesystem events as Server-Sent Events (`text/event-stream`). Each event is
    written as `id: <n>`, `event: watch`, `data: <FsWatchEvent JSON>`, then a blank line. While
    idle the daemon sends `:` comment lines as heartbeats (about every 15 s). The daemon closes
    the stream after `timeout`, after the first event with `one_shot=true`, or after
    `max_events` events; a closed stream is a normal end. There is no replay across
    connections: each connection starts a new id sequence.

    The watches are in place when the response headers are sent, so a change made after the
    client has them is reported. Event types follow fsnotify: `create` (created or moved in),
    `write`, `remove`, `rename` (moved away; the new name gets a `create`), `chmod`
    (attributes changed). With `recursive`, directories created later are watched too and
    what they already hold when their watch is added is reported as `create`. `debounce`
    sends the first event of a type and path after the window and drops its repeats within
    it. 400 for an unknown event type or a malformed parameter or `Last-Event-ID`; 404 when a
    path does not exist; 409 when the VM is paused; 501 where the daemon has no filesystem
    notifications; 503 when it is out of notification resources (inotify limits).

    Args:
        hostname (str):
        paths (list[str]):
        patterns (list[str] | Unset):
        events (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        recursive (bool | Unset):
        one_shot (bool | Unset):
        debounce (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        max_events (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        paths=paths,
        patterns=patterns,
        events=events,
        uid=uid,
        recursive=recursive,
        one_shot=one_shot,
        debounce=debounce,
        timeout=timeout,
        max_events=max_events,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    paths: list[str],
    patterns: list[str] | Unset = UNSET,
    events: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    one_shot: bool | Unset = UNSET,
    debounce: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
    max_events: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Watch paths in the VM (Server-Sent Events)

     Streams filesystem events as Server-Sent Events (`text/event-stream`). Each event is
    written as `id: <n>`, `event: watch`, `data: <FsWatchEvent JSON>`, then a blank line. While
    idle the daemon sends `:` comment lines as heartbeats (about every 15 s). The daemon closes
    the stream after `timeout`, after the first event with `one_shot=true`, or after
    `max_events` events; a closed stream is a normal end. There is no replay across
    connections: each connection starts a new id sequence.

    The watches are in place when the response headers are sent, so a change made after the
    client has them is reported. Event types follow fsnotify: `create` (created or moved in),
    `write`, `remove`, `rename` (moved away; the new name gets a `create`), `chmod`
    (attributes changed). With `recursive`, directories created later are watched too and
    what they already hold when their watch is added is reported as `create`. `debounce`
    sends the first event of a type and path after the window and drops its repeats within
    it. 400 for an unknown event type or a malformed parameter or `Last-Event-ID`; 404 when a
    path does not exist; 409 when the VM is paused; 501 where the daemon has no filesystem
    notifications; 503 when it is out of notification resources (inotify limits).

    Args:
        hostname (str):
        paths (list[str]):
        patterns (list[str] | Unset):
        events (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        recursive (bool | Unset):
        one_shot (bool | Unset):
        debounce (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        max_events (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        paths=paths,
        patterns=patterns,
        events=events,
        uid=uid,
        recursive=recursive,
        one_shot=one_shot,
        debounce=debounce,
        timeout=timeout,
        max_events=max_events,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    paths: list[str],
    patterns: list[str] | Unset = UNSET,
    events: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    recursive: bool | Unset = UNSET,
    one_shot: bool | Unset = UNSET,
    debounce: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
    max_events: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Any | Error | None:
    """Watch paths in the VM (Server-Sent Events)

     Streams filesystem events as Server-Sent Events (`text/event-stream`). Each event is
    written as `id: <n>`, `event: watch`, `data: <FsWatchEvent JSON>`, then a blank line. While
    idle the daemon sends `:` comment lines as heartbeats (about every 15 s). The daemon closes
    the stream after `timeout`, after the first event with `one_shot=true`, or after
    `max_events` events; a closed stream is a normal end. There is no replay across
    connections: each connection starts a new id sequence.

    The watches are in place when the response headers are sent, so a change made after the
    client has them is reported. Event types follow fsnotify: `create` (created or moved in),
    `write`, `remove`, `rename` (moved away; the new name gets a `create`), `chmod`
    (attributes changed). With `recursive`, directories created later are watched too and
    what they already hold when their watch is added is reported as `create`. `debounce`
    sends the first event of a type and path after the window and drops its repeats within
    it. 400 for an unknown event type or a malformed parameter or `Last-Event-ID`; 404 when a
    path does not exist; 409 when the VM is paused; 501 where the daemon has no filesystem
    notifications; 503 when it is out of notification resources (inotify limits).

    Args:
        hostname (str):
        paths (list[str]):
        patterns (list[str] | Unset):
        events (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        recursive (bool | Unset):
        one_shot (bool | Unset):
        debounce (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        max_events (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            paths=paths,
            patterns=patterns,
            events=events,
            uid=uid,
            recursive=recursive,
            one_shot=one_shot,
            debounce=debounce,
            timeout=timeout,
            max_events=max_events,
            last_event_id=last_event_id,
        )
    ).parsed
