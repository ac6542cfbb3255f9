from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    hostname: str,
    *,
    body: File | File | Unset = UNSET,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    copy_contents: bool | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    permissions: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    x_slicer_unpacked_size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_slicer_unpacked_size, Unset):
        headers["X-Slicer-Unpacked-Size"] = str(x_slicer_unpacked_size)

    params: dict[str, Any] = {}

    params["path"] = path

    params["mode"] = mode

    params["copy_semantics"] = copy_semantics

    params["source_name"] = source_name

    params["source_type"] = source_type

    params["copy_contents"] = copy_contents

    params["uid"] = uid

    params["gid"] = gid

    params["permissions"] = permissions

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/{hostname}/cp".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/x-tar"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

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
    body: File | File | Unset = UNSET,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    copy_contents: bool | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    permissions: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    x_slicer_unpacked_size: int | Unset = UNSET,
) -> Response[Any | Error]:
    """Upload a file or directory into the VM

     Uploads one file (raw bytes, `Content-Type: application/octet-stream`, modes `binary` or
    `cp-v1-binary`, or no mode at all) or a directory's contents (an uncompressed tar stream,
    `Content-Type: application/x-tar`, modes `tar` or `cp-v1-tar`). Bodies from files are
    usually sent chunked. Parent directories of the destination are created. 200 on success.
    A tar upload always comes from a directory (its entries are relative to it, with no
    top-level folder); clients reject a single file in tar mode instead of sending an empty
    archive.

    Writes are atomic: the body is written to a temporary file or directory and renamed into
    place only once it is complete, so an upload cut off halfway leaves nothing behind. A
    legacy binary upload writes exactly `path` (400 if it is a directory); a legacy tar upload
    extracts into the directory `path`, creating it or merging into it. Tar entries are
    extracted safely: an absolute name, a `..` or empty component, or a NUL aborts the upload
    with 400 and nothing placed; symlinks, hard links, devices and FIFOs are skipped; modes
    lose setuid/setgid/sticky. `permissions`, when given, is the mode of the uploaded file (or
    of every regular file of a tar upload). A malformed or truncated tar answers 400.

    With `copy_semantics=cp-v1` the guest decides the placement like `cp`: an existing
    directory destination receives `<dest>/<source_name>` (or, with `copy_contents=true`, the
    source's contents merged into it); a missing destination becomes the copy; a missing
    destination ending in `/` is an error (404). Putting a directory over a file, or a file
    over a directory, is refused with 400. An old agent answers a cp-v1 mode with 400 and a
    body containing `invalid mode: <mode>`.

    `uid`/`gid` set the owner of what is written. A daemon that cannot change owners (it does
    not run as root) answers 403 when asked for an owner other than its own user. 409 when
    the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        source_name (str | Unset):
        source_type (str | Unset):
        copy_contents (bool | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        permissions (str | Unset):
        exclude (list[str] | Unset):
        x_slicer_unpacked_size (int | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        body=body,
        path=path,
        mode=mode,
        copy_semantics=copy_semantics,
        source_name=source_name,
        source_type=source_type,
        copy_contents=copy_contents,
        uid=uid,
        gid=gid,
        permissions=permissions,
        exclude=exclude,
        x_slicer_unpacked_size=x_slicer_unpacked_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | File | Unset = UNSET,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    copy_contents: bool | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    permissions: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    x_slicer_unpacked_size: int | Unset = UNSET,
) -> Any | Error | None:
    """Upload a file or directory into the VM

     Uploads one file (raw bytes, `Content-Type: application/octet-stream`, modes `binary` or
    `cp-v1-binary`, or no mode at all) or a directory's contents (an uncompressed tar stream,
    `Content-Type: application/x-tar`, modes `tar` or `cp-v1-tar`). Bodies from files are
    usually sent chunked. Parent directories of the destination are created. 200 on success.
    A tar upload always comes from a directory (its entries are relative to it, with no
    top-level folder); clients reject a single file in tar mode instead of sending an empty
    archive.

    Writes are atomic: the body is written to a temporary file or directory and renamed into
    place only once it is complete, so an upload cut off halfway leaves nothing behind. A
    legacy binary upload writes exactly `path` (400 if it is a directory); a legacy tar upload
    extracts into the directory `path`, creating it or merging into it. Tar entries are
    extracted safely: an absolute name, a `..` or empty component, or a NUL aborts the upload
    with 400 and nothing placed; symlinks, hard links, devices and FIFOs are skipped; modes
    lose setuid/setgid/sticky. `permissions`, when given, is the mode of the uploaded file (or
    of every regular file of a tar upload). A malformed or truncated tar answers 400.

    With `copy_semantics=cp-v1` the guest decides the placement like `cp`: an existing
    directory destination receives `<dest>/<source_name>` (or, with `copy_contents=true`, the
    source's contents merged into it); a missing destination becomes the copy; a missing
    destination ending in `/` is an error (404). Putting a directory over a file, or a file
    over a directory, is refused with 400. An old agent answers a cp-v1 mode with 400 and a
    body containing `invalid mode: <mode>`.

    `uid`/`gid` set the owner of what is written. A daemon that cannot change owners (it does
    not run as root) answers 403 when asked for an owner other than its own user. 409 when
    the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        source_name (str | Unset):
        source_type (str | Unset):
        copy_contents (bool | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        permissions (str | Unset):
        exclude (list[str] | Unset):
        x_slicer_unpacked_size (int | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        body=body,
        path=path,
        mode=mode,
        copy_semantics=copy_semantics,
        source_name=source_name,
        source_type=source_type,
        copy_contents=copy_contents,
        uid=uid,
        gid=gid,
        permissions=permissions,
        exclude=exclude,
        x_slicer_unpacked_size=x_slicer_unpacked_size,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | File | Unset = UNSET,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    copy_contents: bool | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    permissions: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    x_slicer_unpacked_size: int | Unset = UNSET,
) -> Response[Any | Error]:
    """Upload a file or directory into the VM

     Uploads one file (raw bytes, `Content-Type: application/octet-stream`, modes `binary` or
    `cp-v1-binary`, or no mode at all) or a directory's contents (an uncompressed tar stream,
    `Content-Type: application/x-tar`, modes `tar` or `cp-v1-tar`). Bodies from files are
    usually sent chunked. Parent directories of the destination are created. 200 on success.
    A tar upload always comes from a directory (its entries are relative to it, with no
    top-level folder); clients reject a single file in tar mode instead of sending an empty
    archive.

    Writes are atomic: the body is written to a temporary file or directory and renamed into
    place only once it is complete, so an upload cut off halfway leaves nothing behind. A
    legacy binary upload writes exactly `path` (400 if it is a directory); a legacy tar upload
    extracts into the directory `path`, creating it or merging into it. Tar entries are
    extracted safely: an absolute name, a `..` or empty component, or a NUL aborts the upload
    with 400 and nothing placed; symlinks, hard links, devices and FIFOs are skipped; modes
    lose setuid/setgid/sticky. `permissions`, when given, is the mode of the uploaded file (or
    of every regular file of a tar upload). A malformed or truncated tar answers 400.

    With `copy_semantics=cp-v1` the guest decides the placement like `cp`: an existing
    directory destination receives `<dest>/<source_name>` (or, with `copy_contents=true`, the
    source's contents merged into it); a missing destination becomes the copy; a missing
    destination ending in `/` is an error (404). Putting a directory over a file, or a file
    over a directory, is refused with 400. An old agent answers a cp-v1 mode with 400 and a
    body containing `invalid mode: <mode>`.

    `uid`/`gid` set the owner of what is written. A daemon that cannot change owners (it does
    not run as root) answers 403 when asked for an owner other than its own user. 409 when
    the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        source_name (str | Unset):
        source_type (str | Unset):
        copy_contents (bool | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        permissions (str | Unset):
        exclude (list[str] | Unset):
        x_slicer_unpacked_size (int | Unset):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        body=body,
        path=path,
        mode=mode,
        copy_semantics=copy_semantics,
        source_name=source_name,
        source_type=source_type,
        copy_contents=copy_contents,
        uid=uid,
        gid=gid,
        permissions=permissions,
        exclude=exclude,
        x_slicer_unpacked_size=x_slicer_unpacked_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | File | Unset = UNSET,
    path: str,
    mode: str | Unset = UNSET,
    copy_semantics: str | Unset = UNSET,
    source_name: str | Unset = UNSET,
    source_type: str | Unset = UNSET,
    copy_contents: bool | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    permissions: str | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    x_slicer_unpacked_size: int | Unset = UNSET,
) -> Any | Error | None:
    """Upload a file or directory into the VM

     Uploads one file (raw bytes, `Content-Type: application/octet-stream`, modes `binary` or
    `cp-v1-binary`, or no mode at all) or a directory's contents (an uncompressed tar stream,
    `Content-Type: application/x-tar`, modes `tar` or `cp-v1-tar`). Bodies from files are
    usually sent chunked. Parent directories of the destination are created. 200 on success.
    A tar upload always comes from a directory (its entries are relative to it, with no
    top-level folder); clients reject a single file in tar mode instead of sending an empty
    archive.

    Writes are atomic: the body is written to a temporary file or directory and renamed into
    place only once it is complete, so an upload cut off halfway leaves nothing behind. A
    legacy binary upload writes exactly `path` (400 if it is a directory); a legacy tar upload
    extracts into the directory `path`, creating it or merging into it. Tar entries are
    extracted safely: an absolute name, a `..` or empty component, or a NUL aborts the upload
    with 400 and nothing placed; symlinks, hard links, devices and FIFOs are skipped; modes
    lose setuid/setgid/sticky. `permissions`, when given, is the mode of the uploaded file (or
    of every regular file of a tar upload). A malformed or truncated tar answers 400.

    With `copy_semantics=cp-v1` the guest decides the placement like `cp`: an existing
    directory destination receives `<dest>/<source_name>` (or, with `copy_contents=true`, the
    source's contents merged into it); a missing destination becomes the copy; a missing
    destination ending in `/` is an error (404). Putting a directory over a file, or a file
    over a directory, is refused with 400. An old agent answers a cp-v1 mode with 400 and a
    body containing `invalid mode: <mode>`.

    `uid`/`gid` set the owner of what is written. A daemon that cannot change owners (it does
    not run as root) answers 403 when asked for an owner other than its own user. 409 when
    the VM is paused.

    Args:
        hostname (str):
        path (str):
        mode (str | Unset):
        copy_semantics (str | Unset):
        source_name (str | Unset):
        source_type (str | Unset):
        copy_contents (bool | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        permissions (str | Unset):
        exclude (list[str] | Unset):
        x_slicer_unpacked_size (int | Unset):
        body (File):
        body (File):

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
            body=body,
            path=path,
            mode=mode,
            copy_semantics=copy_semantics,
            source_name=source_name,
            source_type=source_type,
            copy_contents=copy_contents,
            uid=uid,
            gid=gid,
            permissions=permissions,
            exclude=exclude,
            x_slicer_unpacked_size=x_slicer_unpacked_size,
        )
    ).parsed
