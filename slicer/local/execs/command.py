"""Turning an exec query into a process: argv, cwd, environment, user; and spawning it."""

from __future__ import annotations

import asyncio
import os
import shlex
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import QueryParams

from slicer.local.errors import ApiError, bad_request
from slicer.local.vm import VM
from slicer.local.vmfs import VMPaths

__all__ = ["ExecCommand", "StartFailure", "parse_exec_query", "spawn"]

_UINT32_MAX = 4294967295
_DEFAULT_SHELL = "/bin/bash"
DEFAULT_RING_BYTES = 1024 * 1024


def _bool(params: QueryParams, name: str) -> bool:
    value = params.get(name)
    if value is None or value == "":
        return False
    if value.lower() in ("true", "1"):
        return True
    if value.lower() in ("false", "0"):
        return False
    raise bad_request(f"{name} must be true or false, got {value!r}")


def _uint32(params: QueryParams, name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    if not value.isdigit() or int(value) > _UINT32_MAX:
        raise bad_request(f"{name} must be an integer from 0 to {_UINT32_MAX}, got {value!r}")
    number = int(value)
    return None if number == _UINT32_MAX else number


@dataclass
class ExecCommand:
    """A validated exec request."""

    cmd: str
    args: list[str] = field(default_factory=list)
    env: list[str] = field(default_factory=list)
    cwd: str | None = None
    uid: int | None = None
    gid: int | None = None
    shell: str | None = _DEFAULT_SHELL
    stdin: bool = False
    stdio: str = "text"
    buffered: bool = False
    background: bool = False
    ring_bytes: int | None = None

    def argv(self) -> list[str]:
        """``<shell> -c '<cmd> <quoted args>'``, or ``cmd args...`` without a shell."""
        if self.shell:
            line = " ".join([self.cmd, *(shlex.quote(a) for a in self.args)])
            return [self.shell, "-c", line]
        return [self.cmd, *self.args]


def parse_exec_query(params: QueryParams) -> ExecCommand:
    """Validate the query of ``POST /vm/{h}/exec`` (PROTOCOL.md §3.6 to §3.8)."""
    cmd = params.get("cmd", "")
    if not cmd.strip():
        raise bad_request("cmd is required")
    stdio = params.get("stdio") or "text"
    if stdio not in ("text", "base64"):
        raise bad_request(f"unsupported stdio encoding {stdio!r}: use text or base64")
    env = params.getlist("env")
    for item in env:
        if "=" not in item or item.startswith("="):
            raise bad_request(f"env entries must be KEY=VALUE, got {item!r}")
    values = [cmd, *params.getlist("args"), *env, params.get("cwd") or ""]
    if any("\0" in v for v in values):
        raise bad_request("exec parameters must not contain NUL bytes")
    command = ExecCommand(
        cmd=cmd,
        args=params.getlist("args"),
        env=env,
        cwd=params.get("cwd") or None,
        uid=_uint32(params, "uid"),
        gid=_uint32(params, "gid"),
        shell=params.get("shell", _DEFAULT_SHELL),
        stdin=_bool(params, "stdin"),
        stdio=stdio,
        buffered=_bool(params, "buffered"),
        background=_bool(params, "background"),
    )
    _bool(params, "stdout")
    _bool(params, "stderr")
    ring = params.get("ring_bytes")
    if ring not in (None, ""):
        if not ring.isdigit() or int(ring) <= 0:
            raise bad_request(f"ring_bytes must be a positive integer, got {ring!r}")
        command.ring_bytes = int(ring)
    if command.background and (command.stdin or command.buffered):
        raise bad_request("background cannot be combined with stdin or buffered")
    if command.buffered and command.stdin:
        raise bad_request("buffered exec does not take stdin")
    if command.ring_bytes is not None and not command.background:
        raise bad_request("ring_bytes applies only to background execs")
    return command


class StartFailure(Exception):
    """The command could not be started; ``exit_code`` follows the shell (127, 126)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def _check_user(command: ExecCommand) -> tuple[int | None, int | None]:
    uid, gid = command.uid, command.gid
    if os.geteuid() == 0:
        return uid, gid
    if (uid is None or uid == os.geteuid()) and (gid is None or gid == os.getegid()):
        return None, None
    raise ApiError(
        403,
        "slicer-local is not running as root, so it cannot run commands as another "
        f"user (asked for uid={uid}, gid={gid})",
    )


async def spawn(vm: VM, command: ExecCommand) -> asyncio.subprocess.Process:
    """Start the command inside ``vm``; registers its process group with the VM.

    Raises:
        ApiError: bad cwd (400) or a user switch the daemon cannot do (403).
        StartFailure: the program does not exist or cannot be executed.
    """
    cwd = Path(VMPaths(vm.root_dir).resolve(command.cwd)) if command.cwd else vm.root_dir
    if not cwd.is_dir():
        raise bad_request(f"cwd {command.cwd!r} is not a directory in the VM")
    uid, gid = _check_user(command)
    extra = dict(item.split("=", 1) for item in command.env)
    options = vm.spawn_options(cwd=cwd, env=extra)
    argv = command.argv()
    program = argv[0]
    if "/" not in program:
        found = shutil.which(program, path=options["env"].get("PATH"))
        if found is None:
            raise StartFailure(f'exec: "{program}": executable file not found in $PATH', 127)
    elif not os.path.exists(program if os.path.isabs(program) else os.path.join(cwd, program)):
        raise StartFailure(f'exec: "{program}": no such file or directory', 127)
    user_kwargs: dict[str, object] = {}
    if uid is not None:
        user_kwargs["user"] = uid
    if gid is not None:
        user_kwargs["group"] = gid
        user_kwargs["extra_groups"] = []
    try:
        proc = await asyncio.create_subprocess_exec(
            program,
            *argv[1:],
            stdin=asyncio.subprocess.PIPE if command.stdin else asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            **options,
            **user_kwargs,  # type: ignore[arg-type]
        )
    except PermissionError as exc:
        raise StartFailure(f'exec: "{program}": permission denied', 126) from exc
    except FileNotFoundError as exc:
        raise StartFailure(f'exec: "{program}": {exc.strerror}', 127) from exc
    except OSError as exc:
        raise StartFailure(f'exec: "{program}": {exc.strerror}', 126) from exc
    vm.register_process(proc)
    return proc
