from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.background_exec_started import BackgroundExecStarted
from ...models.error import Error
from ...models.exec_result import ExecResult
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    hostname: str,
    *,
    body: File | Unset = UNSET,
    cmd: str,
    args: list[str] | Unset = UNSET,
    env: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdio: str | Unset = UNSET,
    buffered: bool | Unset = UNSET,
    background: bool | Unset = UNSET,
    ring_bytes: int | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["cmd"] = cmd

    json_args: list[str] | Unset = UNSET
    if not isinstance(args, Unset):
        json_args = args

    params["args"] = json_args

    json_env: list[str] | Unset = UNSET
    if not isinstance(env, Unset):
        json_env = env

    params["env"] = json_env

    params["uid"] = uid

    params["gid"] = gid

    params["cwd"] = cwd

    params["permissions"] = permissions

    params["shell"] = shell

    params["stdin"] = stdin

    params["stdio"] = stdio

    params["buffered"] = buffered

    params["background"] = background

    params["ring_bytes"] = ring_bytes

    params["stdout"] = stdout

    params["stderr"] = stderr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vm/{hostname}/exec".format(
            hostname=quote(str(hostname), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BackgroundExecStarted | Error | ExecResult | None:
    if response.status_code == 200:
        response_200 = ExecResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = BackgroundExecStarted.from_dict(response.json())

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
) -> Response[BackgroundExecStarted | Error | ExecResult]:
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
    body: File | Unset = UNSET,
    cmd: str,
    args: list[str] | Unset = UNSET,
    env: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdio: str | Unset = UNSET,
    buffered: bool | Unset = UNSET,
    background: bool | Unset = UNSET,
    ring_bytes: int | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Response[BackgroundExecStarted | Error | ExecResult]:
    """Run a command in the VM

     Runs a command in the guest. The command is given entirely in the query string; the
    request body, when present, is the process's standard input. There are three modes:

    - **Streaming** (default): 200 with an NDJSON body (`application/x-ndjson`), one
      `ExecFrame` per line, flushed as output happens. Typed frames are `started`, `stdout`,
      `stderr` and `exit`; the `exit` frame (or a frame with `error`) comes last, then the
      daemon closes the body. With `stdin=true` the request body is streamed (chunked) while
      the response streams back, so the exchange is full duplex.
    - **Buffered** (`buffered=true`): 200 with one JSON `ExecResult` once the command has
      ended. No standard input.
    - **Background** (`background=true`): 201 with `BackgroundExecStarted`; the command's
      output is kept in a ring buffer and read with the `/exec/{exec_id}` operations. No
      standard input. `buffered` and `stdin` cannot be combined with `background` (400).

    How `cmd`, `args` and `shell` combine: with a shell (the default `/bin/bash`, or the one
    named), the command line is `cmd` verbatim (so `cmd="ls -l | sort"` is a pipeline)
    followed by each `args` entry shell-quoted, run as `<shell> -c <line>`. With an explicitly
    empty `shell=`, `cmd` is run directly (looked up on `PATH`) with `args` as its arguments.

    A non-zero exit code is not an HTTP error: it is reported in the `exit` frame or in
    `ExecResult.exit_code`. 409 when the VM is paused; 503 when the agent-wide background
    buffer budget (256 MiB) is used up.

    Args:
        hostname (str):
        cmd (str):
        args (list[str] | Unset):
        env (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):
        permissions (str | Unset):
        shell (str | Unset):
        stdin (bool | Unset):
        stdio (str | Unset):
        buffered (bool | Unset):
        background (bool | Unset):
        ring_bytes (int | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundExecStarted | Error | ExecResult]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        body=body,
        cmd=cmd,
        args=args,
        env=env,
        uid=uid,
        gid=gid,
        cwd=cwd,
        permissions=permissions,
        shell=shell,
        stdin=stdin,
        stdio=stdio,
        buffered=buffered,
        background=background,
        ring_bytes=ring_bytes,
        stdout=stdout,
        stderr=stderr,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    cmd: str,
    args: list[str] | Unset = UNSET,
    env: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdio: str | Unset = UNSET,
    buffered: bool | Unset = UNSET,
    background: bool | Unset = UNSET,
    ring_bytes: int | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> BackgroundExecStarted | Error | ExecResult | None:
    """Run a command in the VM

     Runs a command in the guest. The command is given entirely in the query string; the
    request body, when present, is the process's standard input. There are three modes:

    - **Streaming** (default): 200 with an NDJSON body (`application/x-ndjson`), one
      `ExecFrame` per line, flushed as output happens. Typed frames are `started`, `stdout`,
      `stderr` and `exit`; the `exit` frame (or a frame with `error`) comes last, then the
      daemon closes the body. With `stdin=true` the request body is streamed (chunked) while
      the response streams back, so the exchange is full duplex.
    - **Buffered** (`buffered=true`): 200 with one JSON `ExecResult` once the command has
      ended. No standard input.
    - **Background** (`background=true`): 201 with `BackgroundExecStarted`; the command's
      output is kept in a ring buffer and read with the `/exec/{exec_id}` operations. No
      standard input. `buffered` and `stdin` cannot be combined with `background` (400).

    How `cmd`, `args` and `shell` combine: with a shell (the default `/bin/bash`, or the one
    named), the command line is `cmd` verbatim (so `cmd="ls -l | sort"` is a pipeline)
    followed by each `args` entry shell-quoted, run as `<shell> -c <line>`. With an explicitly
    empty `shell=`, `cmd` is run directly (looked up on `PATH`) with `args` as its arguments.

    A non-zero exit code is not an HTTP error: it is reported in the `exit` frame or in
    `ExecResult.exit_code`. 409 when the VM is paused; 503 when the agent-wide background
    buffer budget (256 MiB) is used up.

    Args:
        hostname (str):
        cmd (str):
        args (list[str] | Unset):
        env (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):
        permissions (str | Unset):
        shell (str | Unset):
        stdin (bool | Unset):
        stdio (str | Unset):
        buffered (bool | Unset):
        background (bool | Unset):
        ring_bytes (int | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundExecStarted | Error | ExecResult
    """

    return sync_detailed(
        hostname=hostname,
        client=client,
        body=body,
        cmd=cmd,
        args=args,
        env=env,
        uid=uid,
        gid=gid,
        cwd=cwd,
        permissions=permissions,
        shell=shell,
        stdin=stdin,
        stdio=stdio,
        buffered=buffered,
        background=background,
        ring_bytes=ring_bytes,
        stdout=stdout,
        stderr=stderr,
    ).parsed


async def asyncio_detailed(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    cmd: str,
    args: list[str] | Unset = UNSET,
    env: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdio: str | Unset = UNSET,
    buffered: bool | Unset = UNSET,
    background: bool | Unset = UNSET,
    ring_bytes: int | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Response[BackgroundExecStarted | Error | ExecResult]:
    """Run a command in the VM

     Runs a command in the guest. The command is given entirely in the query string; the
    request body, when present, is the process's standard input. There are three modes:

    - **Streaming** (default): 200 with an NDJSON body (`application/x-ndjson`), one
      `ExecFrame` per line, flushed as output happens. Typed frames are `started`, `stdout`,
      `stderr` and `exit`; the `exit` frame (or a frame with `error`) comes last, then the
      daemon closes the body. With `stdin=true` the request body is streamed (chunked) while
      the response streams back, so the exchange is full duplex.
    - **Buffered** (`buffered=true`): 200 with one JSON `ExecResult` once the command has
      ended. No standard input.
    - **Background** (`background=true`): 201 with `BackgroundExecStarted`; the command's
      output is kept in a ring buffer and read with the `/exec/{exec_id}` operations. No
      standard input. `buffered` and `stdin` cannot be combined with `background` (400).

    How `cmd`, `args` and `shell` combine: with a shell (the default `/bin/bash`, or the one
    named), the command line is `cmd` verbatim (so `cmd="ls -l | sort"` is a pipeline)
    followed by each `args` entry shell-quoted, run as `<shell> -c <line>`. With an explicitly
    empty `shell=`, `cmd` is run directly (looked up on `PATH`) with `args` as its arguments.

    A non-zero exit code is not an HTTP error: it is reported in the `exit` frame or in
    `ExecResult.exit_code`. 409 when the VM is paused; 503 when the agent-wide background
    buffer budget (256 MiB) is used up.

    Args:
        hostname (str):
        cmd (str):
        args (list[str] | Unset):
        env (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):
        permissions (str | Unset):
        shell (str | Unset):
        stdin (bool | Unset):
        stdio (str | Unset):
        buffered (bool | Unset):
        background (bool | Unset):
        ring_bytes (int | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BackgroundExecStarted | Error | ExecResult]
    """

    kwargs = _get_kwargs(
        hostname=hostname,
        body=body,
        cmd=cmd,
        args=args,
        env=env,
        uid=uid,
        gid=gid,
        cwd=cwd,
        permissions=permissions,
        shell=shell,
        stdin=stdin,
        stdio=stdio,
        buffered=buffered,
        background=background,
        ring_bytes=ring_bytes,
        stdout=stdout,
        stderr=stderr,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostname: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    cmd: str,
    args: list[str] | Unset = UNSET,
    env: list[str] | Unset = UNSET,
    uid: int | Unset = UNSET,
    gid: int | Unset = UNSET,
    cwd: str | Unset = UNSET,
    permissions: str | Unset = UNSET,
    shell: str | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdio: str | Unset = UNSET,
    buffered: bool | Unset = UNSET,
    background: bool | Unset = UNSET,
    ring_bytes: int | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> BackgroundExecStarted | Error | ExecResult | None:
    """Run a command in the VM

     Runs a command in the guest. The command is given entirely in the query string; the
    request body, when present, is the process's standard input. There are three modes:

    - **Streaming** (default): 200 with an NDJSON body (`application/x-ndjson`), one
      `ExecFrame` per line, flushed as output happens. Typed frames are `started`, `stdout`,
      `stderr` and `exit`; the `exit` frame (or a frame with `error`) comes last, then the
      daemon closes the body. With `stdin=true` the request body is streamed (chunked) while
      the response streams back, so the exchange is full duplex.
    - **Buffered** (`buffered=true`): 200 with one JSON `ExecResult` once the command has
      ended. No standard input.
    - **Background** (`background=true`): 201 with `BackgroundExecStarted`; the command's
      output is kept in a ring buffer and read with the `/exec/{exec_id}` operations. No
      standard input. `buffered` and `stdin` cannot be combined with `background` (400).

    How `cmd`, `args` and `shell` combine: with a shell (the default `/bin/bash`, or the one
    named), the command line is `cmd` verbatim (so `cmd="ls -l | sort"` is a pipeline)
    followed by each `args` entry shell-quoted, run as `<shell> -c <line>`. With an explicitly
    empty `shell=`, `cmd` is run directly (looked up on `PATH`) with `args` as its arguments.

    A non-zero exit code is not an HTTP error: it is reported in the `exit` frame or in
    `ExecResult.exit_code`. 409 when the VM is paused; 503 when the agent-wide background
    buffer budget (256 MiB) is used up.

    Args:
        hostname (str):
        cmd (str):
        args (list[str] | Unset):
        env (list[str] | Unset):
        uid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        gid (int | Unset): A guest user or group id (unsigned 32-bit). `0` is root. `4294967295`
            is the Go SDK's `NonRootUser` marker ("unset / let the guest pick").
        cwd (str | Unset):
        permissions (str | Unset):
        shell (str | Unset):
        stdin (bool | Unset):
        stdio (str | Unset):
        buffered (bool | Unset):
        background (bool | Unset):
        ring_bytes (int | Unset):
        stdout (bool | Unset):
        stderr (bool | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BackgroundExecStarted | Error | ExecResult
    """

    return (
        await asyncio_detailed(
            hostname=hostname,
            client=client,
            body=body,
            cmd=cmd,
            args=args,
            env=env,
            uid=uid,
            gid=gid,
            cwd=cwd,
            permissions=permissions,
            shell=shell,
            stdin=stdin,
            stdio=stdio,
            buffered=buffered,
            background=background,
            ring_bytes=ring_bytes,
            stdout=stdout,
            stderr=stderr,
        )
    ).parsed
