# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``AsyncVM``: a handle on one VM; every per-VM operation hangs off it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any, Self

from slicer_api.api.vms import (
    check_agent_health,
    delete_vm,
    describe_vm,
    get_agent_health,
    get_vm_logs,
    get_vm_stats,
    get_vm_tags,
    list_vms,
    pause_vm,
    relaunch_vm,
    restore_vm,
    resume_vm,
    shutdown_vm,
    suspend_vm,
    update_vm_tags,
)
from slicer_api.models import VMTagUpdate

from slicer._copy_local import CopyMode, ProgressCallback
from slicer._core.exec.request import command_spec, exec_query
from slicer._core.exec.result import CompletedProcess, ExecResult
from slicer._core.models import (
    AgentHealth,
    DeleteResult,
    VMDescription,
    VMInfo,
    VMLogs,
    VMStats,
)
from slicer._core.models._read import Obj
from slicer._core.requests import (
    RESTORE_WAIT_VALUES,
    SHUTDOWN_ACTIONS,
    check_choice,
    check_name,
    go_duration,
    tags_list,
)
from slicer._http_common import long_poll_timeout
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import json_of, opt
from slicer._sync.background import Background
from slicer._sync.exec import exec_buffered, run_command
from slicer._sync.exec_stream import ExecStream
from slicer._sync.files import copy_from_vm_to, copy_to_vm_from
from slicer._sync.forward import Forwarder
from slicer._sync.fs import FS
from slicer._sync.process import DEVNULL, PIPE, RemoteProcess
from slicer._sync.shell import ShellSession
from slicer.errors import APIError, NotFoundError, ProtocolError

__all__ = ["VM"]

_DEFAULT_RESTORE_WAIT = 300.0


class VM:
    """A VM on the daemon, by hostname. Creating a handle sends no request.

    Attributes:
        hostname: the VM's id.
        group: its host group, when known (looked up on demand for :meth:`delete`).
        ip: its IP address without prefix length, when known.

    As an async context manager it deletes the VM on exit.
    """

    def __init__(
        self,
        http: SyncHTTP,
        hostname: str,
        *,
        group: str | None = None,
        ip: str | None = None,
        info: VMInfo | None = None,
    ) -> None:
        self._http = http
        self.hostname = check_name("hostname", hostname)
        self.group = group
        self.ip = ip
        self._created = info

    def __repr__(self) -> str:
        return f"{type(self).__name__}(hostname={self.hostname!r}, group={self.group!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and other.hostname == self.hostname

    def __hash__(self) -> int:
        return hash(self.hostname)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with contextlib.suppress(NotFoundError):
            self.delete()

    # -- information -----------------------------------------------------------------

    def info(self) -> VMInfo:
        """The VM's listing entry (status, tags, resources).

        Raises:
            NotFoundError: no VM has this hostname.
        """
        response = self._http.call(list_vms.sync_detailed, idempotent=True)
        data = json_of(response, "VM list")
        for item in data if isinstance(data, list) else []:
            if Obj(item).text("hostname") == self.hostname:
                info = VMInfo.from_wire(item)
                self.group = info.group or self.group
                self.ip = info.ip or self.ip
                return info
        raise NotFoundError(404, f"VM {self.hostname!r} not found", "not_found")

    def describe(self) -> VMDescription:
        """Configuration, lineage (commit ids) and network policy of the VM."""
        response = self._http.call(describe_vm.sync_detailed, self.hostname, idempotent=True)
        return VMDescription.from_wire(json_of(response, "describe VM"))

    def health(self, stats: bool = False) -> AgentHealth:
        """Ask the guest agent whether it is up.

        Args:
            stats: ``False`` sends a cheap ``HEAD`` (only tells that the agent answers);
                ``True`` sends ``GET`` and returns uptimes, version and userdata status.
        """
        if not stats:
            self._http.call(check_agent_health.sync_detailed, self.hostname, idempotent=True)
            return AgentHealth(hostname=self.hostname, detailed=False)
        response = self._http.call(get_agent_health.sync_detailed, self.hostname, idempotent=True)
        return AgentHealth.from_wire(json_of(response, "health"), self.hostname)

    def stats(self) -> VMStats:
        """CPU, memory, disk and network metrics of the VM."""
        response = self._http.call(get_vm_stats.sync_detailed, self.hostname, idempotent=True)
        items = VMStats.list_from_wire(json_of(response, "stats"))
        for item in items:
            if item.hostname in ("", self.hostname):
                return item
        raise ProtocolError(f"stats response has no entry for {self.hostname!r}")

    def logs(self, lines: int | None = None) -> VMLogs:
        """The tail of the serial console: ``lines`` lines, ``0`` for all, ``None`` for the
        daemon's default (20)."""
        if lines is not None and (isinstance(lines, bool) or lines < 0):
            raise ValueError(f"lines must be a non-negative integer or None, got {lines!r}")
        response = self._http.call(
            get_vm_logs.sync_detailed, self.hostname, lines=opt(lines), idempotent=True
        )
        return VMLogs.from_wire(json_of(response, "logs"))

    # -- lifecycle -------------------------------------------------------------------

    def pause(self) -> None:
        """Freeze the VM's vCPUs (its processes stop running)."""
        self._http.call(pause_vm.sync_detailed, self.hostname)

    def resume(self) -> None:
        """Unfreeze a paused VM."""
        self._http.call(resume_vm.sync_detailed, self.hostname)

    def suspend(self) -> None:
        """Snapshot the VM to disk and stop it.

        Raises:
            NotImplementedByDaemonError: the daemon's platform cannot suspend (501).
        """
        self._http.call(suspend_vm.sync_detailed, self.hostname)

    def restore(self, wait: str | None = None, timeout: float | None = None) -> None:
        """Restore a suspended VM.

        Args:
            wait: ``"agent"`` to return only once the guest agent answers.
            timeout: server-side limit of that wait, in **seconds** (needs ``wait``).
        """
        check_choice("wait value", wait, RESTORE_WAIT_VALUES)
        if timeout is not None and wait is None:
            raise ValueError("timeout applies only together with wait='agent'")
        timeout_text = go_duration("timeout", timeout)
        http_timeout = self._http.timeout
        if wait is not None:
            http_timeout = long_poll_timeout(http_timeout, timeout or _DEFAULT_RESTORE_WAIT)
        self._http.call(
            restore_vm.sync_detailed,
            self.hostname,
            wait=opt(wait),
            timeout=opt(timeout_text),
            http_timeout=http_timeout,
        )

    def shutdown(self, action: str = "reboot") -> None:
        """Stop the VM: ``"reboot"`` (the graceful default on Firecracker) or ``"shutdown"``.

        An ephemeral VM is removed afterwards; a persistent one can be :meth:`relaunch`-ed.
        """
        check_choice("shutdown action", action, SHUTDOWN_ACTIONS)
        self._http.call(shutdown_vm.sync_detailed, self.hostname, action=action)

    def relaunch(self) -> VMInfo:
        """Start a stopped persistent VM again from its disk."""
        response = self._http.call(relaunch_vm.sync_detailed, self.hostname)
        info = VMInfo.from_wire(json_of(response, "relaunch"))
        self.ip = info.ip or self.ip
        return info

    def delete(self) -> DeleteResult:
        """Delete the VM and its disk.

        Raises:
            NotFoundError: the VM does not exist (any more).
            APIError: the daemon reported an error in its answer.
        """
        if self.group is None:
            self.info()
        response = self._http.call(delete_vm.sync_detailed, self.group or "", self.hostname)
        data = json_of(response, "delete VM")
        error = Obj(data).text("error")
        if error:
            raise APIError(200, error, method="DELETE", path=f"/hostgroup/{self.group}/nodes")
        return DeleteResult.from_wire(data)

    # -- exec ------------------------------------------------------------------------

    @property
    def bg(self) -> Background:
        """Background commands: ``vm.bg.start(...)``, ``vm.bg.get(exec_id)``, ``vm.bg.list()``."""
        return Background(self._http, self.hostname)

    def exec_stream(
        self,
        cmd: str | Sequence[str],
        args: Iterable[str] = (),
        *,
        shell: str | bool | None = True,
        cwd: str | None = None,
        env: Mapping[str, str] | Iterable[str] | None = None,
        uid: int | None = None,
        gid: int | None = None,
        stdin: Any = None,
        stdio: str = "base64",
    ) -> ExecStream:
        """Run a command and stream its frames (``Started``, ``Stdout``, ``Stderr``, ``Exit``).

        Args:
            cmd: a command line (run by ``shell``) or, with ``shell=False``, a program;
                a list gives the program and its first arguments.
            args: more arguments; with a shell they are quoted onto the command line.
            shell: ``True`` (default) the daemon's shell (``/bin/bash -c``), ``False`` no
                shell, or a shell path such as ``"/bin/sh"``.
            cwd: working directory in the VM. env: ``{"K": "V"}`` or ``["K=V"]``.
            uid, gid: run as this user/group (the daemon's default when ``None``).
            stdin: ``bytes``, ``str``, a binary file or an iterable of bytes, sent to the
                command's stdin then EOF (uses a dedicated full-duplex connection).
            stdio: ``"base64"`` (binary-safe, default) or ``"text"`` on the wire.

        Use it as a context manager; leaving early kills the command.
        """
        return ExecStream(
            self._http,
            self.hostname,
            command_spec(cmd, args, shell=shell),
            cwd=cwd,
            env=env,
            uid=uid,
            gid=gid,
            stdin=stdin,
            stdio=stdio,
        )

    def run(
        self,
        args: str | Sequence[str],
        *,
        shell: str | bool | None = None,
        cwd: str | None = None,
        env: Mapping[str, str] | Iterable[str] | None = None,
        uid: int | None = None,
        gid: int | None = None,
        input: Any = None,
        capture_output: bool = True,
        text: bool = False,
        check: bool = False,
        timeout: float | None = None,
    ) -> CompletedProcess:
        """Run a command to completion, like :func:`subprocess.run`.

        Args:
            args: a list (executed directly, no shell) or a string (run by the shell).
            shell: override: ``True``/``False`` or a shell path.
            input: stdin for the command (``bytes``, ``str``, a binary file or an iterable
                of bytes); EOF follows.
            capture_output: keep stdout/stderr on the result (else they are written to
                this process's stdout/stderr as they arrive).
            text: decode the output as UTF-8 ``str``.
            check: raise :class:`~slicer.errors.ExecError` on a non-zero exit.
            timeout: the command's lifetime in **seconds**; when it expires the remote
                process is killed and :class:`~slicer.errors.ExecTimeoutError` (with the
                partial output) is raised. No HTTP read timeout applies to a command.

        Raises:
            RemoteCommandError: the daemon could not start the command (e.g. not found).
            StreamInterruptedError: the stream ended before the exit status arrived.
        """
        return run_command(
            self._http,
            self.hostname,
            args,
            shell=shell,
            cwd=cwd,
            env=env,
            uid=uid,
            gid=gid,
            input=input,
            capture_output=capture_output,
            text=text,
            check=check,
            timeout=timeout,
        )

    def popen(
        self,
        args: str | Sequence[str],
        *,
        stdin: Any = PIPE,
        stdout: Any = PIPE,
        stderr: Any = PIPE,
        shell: str | bool | None = None,
        cwd: str | None = None,
        env: Mapping[str, str] | Iterable[str] | None = None,
        uid: int | None = None,
        gid: int | None = None,
    ) -> RemoteProcess:
        """Start a command and return a :class:`AsyncRemoteProcess` (``Popen``-like).

        Args:
            stdin: ``PIPE`` (write interactively via ``proc.stdin``), ``None``/``DEVNULL``
                (no stdin), or ``bytes``/a file/an iterable sent then EOF.
            stdout, stderr: ``PIPE`` (read via ``proc.stdout``), ``DEVNULL``, ``None``
                (this process's own stdout/stderr), a binary file, or ``STDOUT`` (stderr
                only: merge into stdout).

        It runs on a dedicated full-duplex connection: stdin can be written while output
        is read.
        """
        interactive = stdin == PIPE
        source = None if stdin in (PIPE, DEVNULL) else stdin
        stream = ExecStream(
            self._http,
            self.hostname,
            command_spec(args, shell=shell),
            cwd=cwd,
            env=env,
            uid=uid,
            gid=gid,
            stdin=source,
            interactive=interactive,
        )
        process = RemoteProcess(stream, args, stdin, stdout, stderr)
        process._begin()
        return process

    def exec_buffered(
        self,
        cmd: str | Sequence[str],
        args: Iterable[str] = (),
        *,
        shell: str | bool | None = True,
        cwd: str | None = None,
        env: Mapping[str, str] | Iterable[str] | None = None,
        uid: int | None = None,
        gid: int | None = None,
        stdio: str = "base64",
    ) -> ExecResult:
        """Run a command and get all of its output in one answer (no streaming, no
        stdin). A non-zero ``exit_code`` is not an error here."""
        spec = command_spec(cmd, args, shell=shell)
        query = exec_query(spec, cwd=cwd, env=env, uid=uid, gid=gid, stdio=stdio, buffered=True)
        return exec_buffered(self._http, self.hostname, query)

    # -- port forwarding and shell ---------------------------------------------------

    def forward(
        self, *specs: str, client_id: str | None = None, dial_timeout: float | None = 10.0
    ) -> Forwarder:
        """Forward local ports or UNIX sockets into the VM (``-L`` specs, see
        :func:`slicer.forward.parse_spec`), e.g. ``"8080:127.0.0.1:80"``,
        ``"0:127.0.0.1:5432"`` (a random local port: read it from ``listeners``) or
        ``"/tmp/docker.sock:/var/run/docker.sock"``.

        Every listener is bound before this returns (all or nothing). Each accepted
        connection gets its own WebSocket tunnel; a tunnel the daemon refuses closes that
        connection only and is logged on ``slicer.forward``.

        Args:
            client_id: ``X-Inlets-Client-ID`` (default: this machine's hostname).
            dial_timeout: seconds allowed for each tunnel's WebSocket handshake.

        Raises:
            ForwardSpecError: a spec is malformed.
            ForwardBindError: a listener could not be bound (the error names the spec).
        """
        return Forwarder.start(
            self._http, self.hostname, specs, client_id=client_id, dial_timeout=dial_timeout
        )

    def shell(
        self,
        *,
        shell: str | None = None,
        uid: int | None = None,
        gid: int | None = None,
        cwd: str | None = None,
        cols: int = 80,
        rows: int = 24,
    ) -> ShellSession:
        """Open an interactive shell on a terminal of ``cols`` x ``rows`` characters.

        Args:
            shell: the shell to run (the daemon's default is ``/bin/bash``).
            uid: user id to run it as (``None``: the daemon's default user).
            gid: group id (``None``: the daemon's default).
            cwd: working directory in the VM.

        Raises:
            NotFoundError: no such VM. ConflictError: the VM is paused or stopped.
        """
        return ShellSession.open(
            self._http,
            self.hostname,
            shell=shell,
            uid=uid,
            gid=gid,
            cwd=cwd,
            cols=cols,
            rows=rows,
        )

    # -- files -----------------------------------------------------------------------

    @property
    def fs(self) -> FS:
        """Filesystem of the VM: ``read_dir``, ``stat``, ``exists``, ``mkdir``, ``remove``,
        ``read_file``/``write_file``, ``read_text``/``write_text`` and ``watch``."""
        return FS(self._http, self.hostname)

    def cp_to(
        self,
        local: str | os.PathLike[str],
        remote: str,
        *,
        mode: CopyMode | None = None,
        uid: int | None = None,
        gid: int | None = None,
        permissions: str | int | None = None,
        exclude: Iterable[str] = (),
        progress: ProgressCallback | None = None,
    ) -> None:
        """Copy a local file or directory into the VM, like ``cp -r local remote``.

        ``remote`` an existing directory: the copy lands in ``remote/<name>`` (with
        ``local`` written as ``dir/.``: its contents are merged into ``remote``). A missing
        ``remote`` becomes the copy (a missing ``remote/`` is an error). Streamed, in
        constant memory; written atomically on the daemon's side.

        Args:
            mode: ``None`` (a file is sent as bytes, a directory as a tar of its
                contents), ``"binary"`` or ``"tar"``.
            uid, gid: owner of what is written in the VM (``0`` is root).
            permissions: mode of a copied file, e.g. ``"0644"`` or ``0o755`` (default: the
                local file's permission bits; a directory's entries keep theirs).
            exclude: glob patterns of paths to leave out of a directory (``**`` matches any
                depth; a pattern without ``/`` also matches base names).
            progress: ``progress(done, total)`` after each chunk: bytes of file data sent,
                and the total (file size, or the sum of the tree's file sizes).

        Raises:
            FileNotFoundError: ``local`` does not exist (before any request).
            IsADirectoryError, NotADirectoryError: ``local`` is not what ``mode`` needs.
            BadRequestError, NotFoundError: the daemon refused the placement.
        """
        copy_to_vm_from(
            self._http,
            self.hostname,
            local,
            remote,
            mode=mode,
            uid=uid,
            gid=gid,
            permissions=permissions,
            exclude=exclude,
            progress=progress,
        )

    def cp_from(
        self,
        remote: str,
        local: str | os.PathLike[str],
        *,
        mode: CopyMode | None = None,
        permissions: str | int | None = None,
        exclude: Iterable[str] = (),
        progress: ProgressCallback | None = None,
    ) -> None:
        """Copy a file or directory out of the VM, like ``cp -r remote local``.

        ``local`` an existing directory: the copy lands in ``local/<name>`` (``remote/.``
        merges the contents into ``local``). A missing ``local`` becomes the copy. The
        download goes to a temporary file or directory beside its destination and is
        renamed into place only when complete: on any error nothing is left behind and
        the destination is untouched. Archives are extracted safely (nothing outside the
        destination; links and devices skipped).

        Args:
            mode: ``None`` (the daemon sends a file's bytes or a directory's tar),
                ``"binary"`` (a file) or ``"tar"`` (a directory).
            permissions: mode of a copied file (default: the VM file's mode, else 0600).
            exclude: glob patterns of paths to leave out of a directory.
            progress: ``progress(done, total)``: bytes of file data received, and the
                file's size when known (``None`` for directories).

        Raises:
            FileNotFoundError: the local parent directory does not exist (before any
                request); NotFoundError: ``remote`` does not exist.
            NotADirectoryError, IsADirectoryError: the destination has the wrong kind.
            UnsafeArchiveError: the daemon sent an archive entry that would escape.
        """
        copy_from_vm_to(
            self._http,
            self.hostname,
            remote,
            local,
            mode=mode,
            permissions=permissions,
            exclude=exclude,
            progress=progress,
        )

    # -- tags ------------------------------------------------------------------------

    def get_tags(self) -> tuple[str, ...]:
        """The VM's tags."""
        response = self._http.call(get_vm_tags.sync_detailed, self.hostname, idempotent=True)
        return Obj(json_of(response, "tags")).texts("tags")

    def update_tags(self, add: Iterable[str] = (), remove: Iterable[str] = ()) -> tuple[str, ...]:
        """Add and remove tags in one request; returns the resulting tags."""
        body: dict[str, list[str]] = {}
        added, removed = tags_list("add", add), tags_list("remove", remove)
        if added:
            body["add"] = added
        if removed:
            body["remove"] = removed
        if not body:
            raise ValueError("give at least one tag to add or remove")
        return self._patch_tags(body)

    def add_tags(self, *tags: str) -> tuple[str, ...]:
        """Add tags; returns the resulting tags."""
        return self.update_tags(add=tags)

    def remove_tags(self, *tags: str) -> tuple[str, ...]:
        """Remove tags; returns the resulting tags."""
        return self.update_tags(remove=tags)

    def replace_tags(self, *tags: str) -> tuple[str, ...]:
        """Replace every tag (no tags clears them; the ``name=`` tag is kept by the daemon)."""
        return self._patch_tags({"replace": tags_list("replace", tags) or []})

    def _patch_tags(self, body: dict[str, list[str]]) -> tuple[str, ...]:
        response = self._http.call(
            update_vm_tags.sync_detailed, self.hostname, body=VMTagUpdate.from_dict(body)
        )
        return Obj(json_of(response, "tags")).texts("tags")
