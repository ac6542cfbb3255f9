from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    hostname: str,
    *,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params["mode"] = mode

    params["copy_semantics"] = copy_semantics

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vm/{hostname}/cp".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
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
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Response[Error | File]:
    """Download a file or directory from the VM

     Downloads one file (raw bytes, `application/octet-stream`) or a directory (an uncompressed
    tar stream, `application/x-tar`, whose entries are relative to the directory, with no
    top-level folder). The client says which it accepts with the `Accept` header.

    Modes: `binary` (one file; the default when `mode` is left out), `tar` (a directory), and
    with `copy_semantics=cp-v1` the modes `cp-v1-binary`, `cp-v1-tar` and `cp-v1-recursive`
    (the daemon picks file bytes or a tar from what the source is, and says which in
    `X-Slicer-Source-Type`). A cp-v1 answer carries the `X-Slicer-Source-Type` and
    `X-Slicer-Source-Name-Base64` headers (the name is left out when the path has none, e.g.
    `/`). An old agent answers a cp-v1 mode with 400 and a body containing
    `invalid mode: <mode>`; clients then retry with the legacy mode. A directory asked for in
    binary mode gives 400 with a body containing `must specify a file not a directory`; a
    file asked for in tar mode gives 400 too. A binary answer has a `Content-Length` and the
    `X-Slicer-File-Mode` header; a tar answer is streamed (chunked) and holds only regular
    files and directories (symlinks, devices and FIFOs are left out), with names relative to
    the directory, permission bits (setuid/setgid/sticky removed) and whole-second mtimes.
    `exclude` patterns apply to tar answers. A stream that breaks before its end (the daemon
    died) is cut without a final chunk, so clients see an incomplete body, never a short
    success. 404 when the path does not exist; 409 when the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        path=path,
        mode=mode,
        copy_semantics=copy_semantics,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Error | File | None:
    """Download a file or directory from the VM

     Downloads one file (raw bytes, `application/octet-stream`) or a directory (an uncompressed
    tar stream, `application/x-tar`, whose entries are relative to the directory, with no
    top-level folder). The client says which it accepts with the `Accept` header.

    Modes: `binary` (one file; the default when `mode` is left out), `tar` (a directory), and
    with `copy_semantics=cp-v1` the modes `cp-v1-binary`, `cp-v1-tar` and `cp-v1-recursive`
    (the daemon picks file bytes or a tar from what the source is, and says which in
    `X-Slicer-Source-Type`). A cp-v1 answer carries the `X-Slicer-Source-Type` and
    `X-Slicer-Source-Name-Base64` headers (the name is left out when the path has none, e.g.
    `/`). An old agent answers a cp-v1 mode with 400 and a body containing
    `invalid mode: <mode>`; clients then retry with the legacy mode. A directory asked for in
    binary mode gives 400 with a body containing `must specify a file not a directory`; a
    file asked for in tar mode gives 400 too. A binary answer has a `Content-Length` and the
    `X-Slicer-File-Mode` header; a tar answer is streamed (chunked) and holds only regular
    files and directories (symlinks, devices and FIFOs are left out), with names relative to
    the directory, permission bits (setuid/setgid/sticky removed) and whole-second mtimes.
    `exclude` patterns apply to tar answers. A stream that breaks before its end (the daemon
    died) is cut without a final chunk, so clients see an incomplete body, never a short
    success. 404 when the path does not exist; 409 when the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        path=path,
        mode=mode,
        copy_semantics=copy_semantics,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Response[Error | File]:
    """Download a file or directory from the VM

     Downloads one file (raw bytes, `application/octet-stream`) or a directory (an uncompressed
    tar stream, `application/x-tar`, whose entries are relative to the directory, with no
    top-level folder). The client says which it accepts with the `Accept` header.

    Modes: `binary` (one file; the default when `mode` is left out), `tar` (a directory), and
    with `copy_semantics=cp-v1` the modes `cp-v1-binary`, `cp-v1-tar` and `cp-v1-recursive`
    (the daemon picks file bytes or a tar from what the source is, and says which in
    `X-Slicer-Source-Type`). A cp-v1 answer carries the `X-Slicer-Source-Type` and
    `X-Slicer-Source-Name-Base64` headers (the name is left out when the path has none, e.g.
    `/`). An old agent answers a cp-v1 mode with 400 and a body containing
    `invalid mode: <mode>`; clients then retry with the legacy mode. A directory asked for in
    binary mode gives 400 with a body containing `must specify a file not a directory`; a
    file asked for in tar mode gives 400 too. A binary answer has a `Content-Length` and the
    `X-Slicer-File-Mode` header; a tar answer is streamed (chunked) and holds only regular
    files and directories (symlinks, devices and FIFOs are left out), with names relative to
    the directory, permission bits (setuid/setgid/sticky removed) and whole-second mtimes.
    `exclude` patterns apply to tar answers. A stream that breaks before its end (the daemon
    died) is cut without a final chunk, so clients see an incomplete body, never a short
    success. 404 when the path does not exist; 409 when the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        path=path,
        mode=mode,
        copy_semantics=copy_semantics,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Error | File | None:
    """Download a file or directory from the VM

     Downloads one file (raw bytes, `application/octet-stream`) or a directory (an uncompressed
    tar stream, `application/x-tar`, whose entries are relative to the directory, with no
    top-level folder). The client says which it accepts with the `Accept` header.

    Modes: `binary` (one file; the default when `mode` is left out), `tar` (a directory), and
    with `copy_semantics=cp-v1` the modes `cp-v1-binary`, `cp-v1-tar` and `cp-v1-recursive`
    (the daemon picks file bytes or a tar from what the source is, and says which in
    `X-Slicer-Source-Type`). A cp-v1 answer carries the `X-Slicer-Source-Type` and
    `X-Slicer-Source-Name-Base64` headers (the name is left out when the path has none, e.g.
    `/`). An old agent answers a cp-v1 mode with 400 and a body containing
    `invalid mode: <mode>`; clients then retry with the legacy mode. A directory asked for in
    binary mode gives 400 with a body containing `must specify a file not a directory`; a
    file asked for in tar mode gives 400 too. A binary answer has a `Content-Length` and the
    `X-Slicer-File-Mode` header; a tar answer is streamed (chunked) and holds only regular
    files and directories (symlinks, devices and FIFOs are left out), with names relative to
    the directory, permission bits (setuid/setgid/sticky removed) and whole-second mtimes.
    `exclude` patterns apply to tar answers. A stream that breaks before its end (the daemon
    died) is cut without a final chunk, so clients see an incomplete body, never a short
    success. 404 when the path does not exist; 409 when the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            path=path,
            mode=mode,
            copy_semantics=copy_semantics,
            exclude=exclude,
        )
    ).parsed
