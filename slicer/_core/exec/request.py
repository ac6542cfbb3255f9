"""Exec query parameters (PROTOCOL.md §3.6 to §3.8), validated before anything is sent."""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "STDIO_VALUES",
    "ExecSpec",
    "check_stdin_source",
    "command_spec",
    "exec_command_kwargs",
    "exec_query",
]

STDIO_VALUES = ("base64", "text")
_UINT32_MAX = 4294967295


@dataclass(frozen=True)
class ExecSpec:
    """What to run: ``cmd`` plus ``args``, through ``shell`` (``None``: the daemon's default
    shell; ``""``: no shell, ``cmd`` is executed directly)."""

    cmd: str
    args: tuple[str, ...] = ()
    shell: str | None = None

    def display(self) -> str:
        """A readable command line for messages."""
        return shlex.join([self.cmd, *self.args]) if self.args else self.cmd


def command_spec(
    cmd: str | Sequence[str], args: Iterable[str] = (), shell: str | bool | None = None
) -> ExecSpec:
    """Normalise the ways a command can be given.

    * ``cmd`` a string, ``shell=None`` or ``True``: run by the daemon's default shell
      (``/bin/bash -c``); extra ``args`` are shell-quoted onto the line by the daemon.
    * ``cmd`` a list (``["ls", "-l"]``), ``shell=None`` or ``False``: executed directly.
    * ``shell="/bin/sh"``: run by that shell.

    Raises:
        ValueError: an empty command, or a NUL byte anywhere.
        TypeError: ``cmd`` or ``args`` of the wrong type.
    """
    if isinstance(cmd, bytes) or isinstance(args, str | bytes):
        raise TypeError("cmd must be a str or a list of str, and args a list of str")
    if isinstance(cmd, str):
        if not cmd.strip():
            raise ValueError("the command is empty")
        program, rest = cmd, list(args)
        default_shell = True
    else:
        argv = list(cmd)
        if not argv or not isinstance(argv[0], str) or not argv[0]:
            raise ValueError("the command is empty")
        program, rest = argv[0], [*argv[1:], *args]
        default_shell = False
    for item in (program, *rest):
        if not isinstance(item, str):
            raise TypeError(f"command arguments must be str, got {type(item).__name__}")
        if "\0" in item:
            raise ValueError("command arguments must not contain NUL bytes")
    if shell is None:
        shell = default_shell
    if shell is True:
        chosen: str | None = None
    elif shell is False or shell == "":
        chosen = ""
    elif isinstance(shell, str):
        chosen = shell
    else:
        raise TypeError(f"shell must be a str or bool, got {type(shell).__name__}")
    return ExecSpec(program, tuple(rest), chosen)


def _id(what: str, value: int | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= _UINT32_MAX:
        raise ValueError(f"{what} must be an integer from 0 to {_UINT32_MAX}, got {value!r}")
    return str(value)


def _env(env: Mapping[str, str] | Iterable[str] | None) -> list[str]:
    if env is None:
        return []
    items = [f"{k}={v}" for k, v in env.items()] if isinstance(env, Mapping) else list(env)
    for item in items:
        if not isinstance(item, str) or "=" not in item or item.startswith("="):
            raise ValueError(f"env entries must be KEY=VALUE strings, got {item!r}")
        if "\0" in item:
            raise ValueError("env entries must not contain NUL bytes")
    return items


def exec_query(
    spec: ExecSpec,
    *,
    cwd: str | None = None,
    env: Mapping[str, str] | Iterable[str] | None = None,
    uid: int | None = None,
    gid: int | None = None,
    stdin: bool = False,
    stdio: str = "base64",
    buffered: bool = False,
    background: bool = False,
    ring_bytes: int | None = None,
) -> list[tuple[str, str]]:
    """The query string of ``POST /vm/{h}/exec`` as ordered key/value pairs.

    Raises:
        ValueError: a bad parameter, or a combination the daemon refuses.
    """
    if stdio not in STDIO_VALUES:
        raise ValueError(f"unsupported exec stdio encoding {stdio!r}: use 'base64' or 'text'")
    if background and (stdin or buffered):
        raise ValueError("a background exec takes no stdin and cannot be buffered")
    if buffered and stdin:
        raise ValueError("stdin is not supported by buffered exec")
    if ring_bytes is not None and (not isinstance(ring_bytes, int) or ring_bytes <= 0):
        raise ValueError(f"ring_bytes must be a positive integer, got {ring_bytes!r}")
    if ring_bytes is not None and not background:
        raise ValueError("ring_bytes applies only to background execs")
    if cwd is not None and (not cwd or "\0" in cwd):
        raise ValueError("cwd must be a non-empty path")
    query: list[tuple[str, str]] = [("cmd", spec.cmd)]
    query += [("args", arg) for arg in spec.args]
    query += [("env", item) for item in _env(env)]
    for key, value in (("uid", _id("uid", uid)), ("gid", _id("gid", gid))):
        if value is not None:
            query.append((key, value))
    if cwd:
        query.append(("cwd", cwd))
    if spec.shell is not None:
        query.append(("shell", spec.shell))
    if stdin:
        query.append(("stdin", "true"))
    query.append(("stdio", stdio))
    if buffered:
        query.append(("buffered", "true"))
    if background:
        query.append(("background", "true"))
    if ring_bytes is not None:
        query.append(("ring_bytes", str(ring_bytes)))
    return query


def check_stdin_source(source: object) -> None:
    """Refuse, before any request, a stdin source the SDK cannot stream.

    Accepted: ``None``, ``bytes``/``bytearray``/``memoryview``, ``str``, a binary file
    (anything with ``read``), or an iterable / async iterable of bytes.
    """
    if source is None or isinstance(source, bytes | bytearray | memoryview | str):
        return
    if hasattr(source, "read") or hasattr(source, "__iter__") or hasattr(source, "__aiter__"):
        return
    raise TypeError(
        f"stdin must be bytes, str, a binary file or an iterable of bytes, not "
        f"{type(source).__name__}"
    )


_LISTS = ("args", "env")
_INTEGERS = ("uid", "gid", "ring_bytes")
_FLAGS = ("stdin", "buffered", "background")


def exec_command_kwargs(query: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The keyword arguments of the generated ``exec_command`` for a query from
    :func:`exec_query` (repeated keys become lists, numbers and flags their types)."""
    kwargs: dict[str, Any] = {}
    for key, value in query:
        if key in _LISTS:
            kwargs.setdefault(key, []).append(value)
        elif key in _INTEGERS:
            kwargs[key] = int(value)
        elif key in _FLAGS:
            kwargs[key] = value == "true"
        else:
            kwargs[key] = value
    return kwargs
