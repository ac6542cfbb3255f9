from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_vm_request import CreateVMRequest
from ...models.create_vm_response import CreateVMResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group: str,
    *,
    body: CreateVMRequest,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hostgroup/{group}/nodes".format(
            group=quote(str(group), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateVMResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateVMResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateVMResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = Error.from_dict(response.json())

        return response_408

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
) -> Response[CreateVMResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVMRequest,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> Response[CreateVMResponse | Error]:
    """Create a VM in a host group

     Creates and boots a VM from the host group's template, with optional overrides. The body is always
    sent, `{}` for no overrides. With `wait`, the daemon answers only once the guest agent (or also the
    userdata script) is ready; if that takes longer than `timeout`, the daemon deletes the VM again and
    answers 408. Daemons answer 201 (the local test daemon does) or 200; clients accept both.

    Args:
        group (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (CreateVMRequest): Overrides for a new VM. Every field may be left out; `{}` creates
            a VM with the group's defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVMResponse | Error]
    """

    kwargs = _get_kwargs(
        group=group,
        body=body,
        wait=wait,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVMRequest,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> CreateVMResponse | Error | None:
    """Create a VM in a host group

     Creates and boots a VM from the host group's template, with optional overrides. The body is always
    sent, `{}` for no overrides. With `wait`, the daemon answers only once the guest agent (or also the
    userdata script) is ready; if that takes longer than `timeout`, the daemon deletes the VM again and
    answers 408. Daemons answer 201 (the local test daemon does) or 200; clients accept both.

    Args:
        group (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (CreateVMRequest): Overrides for a new VM. Every field may be left out; `{}` creates
            a VM with the group's defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVMResponse | Error
    """

    return sync_detailed(
        group=group,
        client=client,
        body=body,
        wait=wait,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    group: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVMRequest,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> Response[CreateVMResponse | Error]:
    """Create a VM in a host group

     Creates and boots a VM from the host group's template, with optional overrides. The body is always
    sent, `{}` for no overrides. With `wait`, the daemon answers only once the guest agent (or also the
    userdata script) is ready; if that takes longer than `timeout`, the daemon deletes the VM again and
    answers 408. Daemons answer 201 (the local test daemon does) or 200; clients accept both.

    Args:
        group (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (CreateVMRequest): Overrides for a new VM. Every field may be left out; `{}` creates
            a VM with the group's defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateVMResponse | Error]
    """

    kwargs = _get_kwargs(
        group=group,
        body=body,
        wait=wait,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVMRequest,
    wait: str | Unset = UNSET,
    timeout: str | Unset = UNSET,
) -> CreateVMResponse | Error | None:
    """Create a VM in a host group

     Creates and boots a VM from the host group's template, with optional overrides. The body is always
    sent, `{}` for no overrides. With `wait`, the daemon answers only once the guest agent (or also the
    userdata script) is ready; if that takes longer than `timeout`, the daemon deletes the VM again and
    answers 408. Daemons answer 201 (the local test daemon does) or 200; clients accept both.

    Args:
        group (str):
        wait (str | Unset):
        timeout (str | Unset): A non-negative Go duration: one or more decimal numbers, each with
            an optional fraction and a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), e.g. `45s`,
            `1m30s`, `1.5s`, `500ms`, `2m0s`; or `0`.
        body (CreateVMRequest): Overrides for a new VM. Every field may be left out; `{}` creates
            a VM with the group's defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateVMResponse | Error
    """

    return (
        await asyncio_detailed(
            group=group,
            client=client,
            body=body,
            wait=wait,
            timeout=timeout,
        )
    ).parsed
