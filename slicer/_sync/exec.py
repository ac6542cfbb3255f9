# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``vm.run`` and ``vm.exec_buffered``: whole commands, built on :class:`AsyncExecStream`."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from slicer_api.api.exec_ import exec_command

from slicer._core.exec.frames import Stderr, Stdout
from slicer._core.exec.request import command_spec, exec_command_kwargs
from slicer._core.exec.result import CompletedProcess, ExecResult, OutputCollector
from slicer._sync._backend import DeadlineExceeded, monotonic
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import json_of
from slicer._sync.exec_stream import ExecStream
from slicer.errors import ExecTimeoutError, StreamInterruptedError

__all__ = ["exec_buffered", "run_command"]


def _deadline(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return monotonic() + timeout


def _echo(frame: object) -> None:
    """Without ``capture_output``, output goes to this process's stdout/stderr."""
    if isinstance(frame, Stdout):
        sys.stdout.buffer.write(frame.data)
        sys.stdout.flush()
    elif isinstance(frame, Stderr):
        sys.stderr.buffer.write(frame.data)
        sys.stderr.flush()


def run_command(
    http: SyncHTTP,
    hostname: str,
    args: str | Sequence[str],
    *,
    shell: str | bool | None,
    cwd: str | None,
    env: Mapping[str, str] | Iterable[str] | None,
    uid: int | None,
    gid: int | None,
    input: Any,
    capture_output: bool,
    text: bool,
    check: bool,
    timeout: float | None,
) -> CompletedProcess:
    """Run a command to completion (see :meth:`AsyncVM.run`)."""
    spec = command_spec(args, shell=shell)
    deadline = _deadline(timeout)
    collector = OutputCollector(capture=capture_output)
    stream = ExecStream(
        http, hostname, spec, cwd=cwd, env=env, uid=uid, gid=gid, stdin=input, deadline=deadline
    )
    try:
        with stream:
            while (frame := stream.next_frame()) is not None:
                collector.add(frame)
                if not capture_output:
                    _echo(frame)
    except DeadlineExceeded:
        stdout, stderr = collector.output(text)
        assert timeout is not None
        raise ExecTimeoutError(args, timeout, stdout, stderr) from None
    except StreamInterruptedError as exc:
        exc.stdout, exc.stderr = collector.output(text)
        raise
    result = collector.result(args, text)
    if check:
        result.check_returncode()
    return result


def exec_buffered(http: SyncHTTP, hostname: str, query: list[tuple[str, str]]) -> ExecResult:
    """One request, one JSON answer with all output (``buffered=true``)."""
    response = http.call(
        exec_command.sync_detailed,
        hostname,
        **exec_command_kwargs(query),
        http_timeout=http.stream_timeout(),
    )
    return ExecResult.from_wire(json_of(response, "buffered exec"))
