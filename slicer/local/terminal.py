"""A shell on a pseudo-terminal, run "inside" a local VM (for ``/vm/{h}/shell``).

The shell leads its own session with the PTY as its controlling terminal (so Ctrl-C,
job control and SIGWINCH work): a tiny Python trampoline takes the terminal
(``TIOCSCTTY``) and execs the shell, which avoids ``preexec_fn`` in a threaded server.
The process group is registered with the VM, so pause and shutdown act on it. Call
:meth:`Terminal.close` exactly once when the session ends: it hangs the terminal up
(SIGHUP), kills what is left of the group, reaps the shell and closes every descriptor.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import fcntl
import os
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from slicer.local.errors import ApiError, bad_request
from slicer.local.vm import VM

__all__ = ["NON_ROOT_USER", "Terminal"]

#: The Go SDK's "let the guest pick a non-root user" marker (2^32-1): no switch locally.
NON_ROOT_USER = 4294967295
#: Takes the PTY as controlling terminal, drops to uid/gid ("-": keep), execs the shell.
#: The interpreter starts with the daemon's identity, so it can read its own files.
_TRAMPOLINE = (
    "import fcntl,os,sys,termios\n"
    "fcntl.ioctl(0,termios.TIOCSCTTY,0)\n"
    "uid,gid=sys.argv[1],sys.argv[2]\n"
    "if uid!='-' or gid!='-':os.setgroups([])\n"
    "if gid!='-':os.setgid(int(gid))\n"
    "if uid!='-':os.setuid(int(uid))\n"
    "os.execv(sys.argv[3],sys.argv[3:])\n"
)
_HANGUP_GRACE = 1.0


def _winsize(cols: int, rows: int) -> bytes:
    return struct.pack("HHHH", rows, cols, 0, 0)


class Terminal:
    """A running shell and the master side of its PTY (non-blocking)."""

    def __init__(self, proc: subprocess.Popen[bytes], master: int) -> None:
        self.proc = proc
        self.master = master
        self._closed = False

    @classmethod
    def spawn(
        cls,
        vm: VM,
        shell: str,
        cwd: Path,
        uid: int | None = None,
        gid: int | None = None,
        cols: int = 80,
        rows: int = 24,
    ) -> Terminal:
        """Start ``shell`` on a new PTY in ``cwd`` (a host path under the VM root).

        Raises:
            ApiError: 400 when the shell cannot be started, 403 when switching to
                ``uid``/``gid`` needs privileges the daemon does not have.
        """
        user, group = _identity(uid, gid)
        master, slave = os.openpty()
        try:
            fcntl.ioctl(slave, termios.TIOCSWINSZ, _winsize(cols, rows))
            env = {"TERM": "xterm-256color", "SHELL": shell}
            options = vm.spawn_options(cwd=cwd, env=env)
            try:
                ids = ["-" if user is None else str(user), "-" if group is None else str(group)]
                proc = subprocess.Popen(
                    [sys.executable, "-I", "-S", "-c", _TRAMPOLINE, *ids, shell],
                    stdin=slave,
                    stdout=slave,
                    stderr=slave,
                    close_fds=True,
                    **options,
                )
            except OSError as exc:
                raise bad_request(f"cannot start shell {shell!r}: {exc.strerror or exc}") from None
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        os.set_blocking(master, False)
        vm.register_process(proc)
        return cls(proc, master)

    def resize(self, cols: int, rows: int) -> None:
        """Set the terminal size (the kernel sends SIGWINCH to the foreground group)."""
        if self._closed or cols <= 0 or rows <= 0:
            return
        with contextlib.suppress(OSError):
            fcntl.ioctl(
                self.master, termios.TIOCSWINSZ, _winsize(min(cols, 0xFFFF), min(rows, 0xFFFF))
            )

    def read(self, size: int = 65536) -> bytes | None:
        """Output available now: bytes, ``None`` if nothing yet, ``b""`` once the terminal is
        hung up (the shell and everything holding the terminal are gone)."""
        try:
            return os.read(self.master, size)
        except BlockingIOError:
            return None
        except OSError as exc:
            if exc.errno == errno.EIO:
                return b""
            raise

    async def write(self, data: bytes) -> None:
        """Type ``data`` into the terminal, waiting while its input queue is full."""
        loop = asyncio.get_running_loop()
        view = memoryview(data)
        while view and not self._closed:
            try:
                written = os.write(self.master, view)
            except BlockingIOError:
                ready = loop.create_future()
                loop.add_writer(self.master, ready.set_result, None)
                try:
                    await asyncio.wait_for(ready, 1.0)
                except TimeoutError:
                    pass
                finally:
                    loop.remove_writer(self.master)
                continue
            except OSError:
                return  # hung up
            view = view[written:]

    def close(self) -> int | None:
        """Hang up, kill the group, reap the shell, close the PTY; returns its exit status."""
        if self._closed:
            return self.proc.returncode
        self._closed = True
        pgid = self.proc.pid
        for sig in (signal.SIGHUP, signal.SIGCONT):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, sig)
        deadline = time.monotonic() + _HANGUP_GRACE
        while self.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)
        status = self.proc.wait()
        os.close(self.master)
        return status


def _identity(uid: int | None, gid: int | None) -> tuple[int | None, int | None]:
    """The uid/gid to switch to (None = keep the daemon's)."""
    user = None if uid in (None, NON_ROOT_USER) or uid == os.geteuid() else uid
    group = None if gid in (None, NON_ROOT_USER) or gid == os.getegid() else gid
    if (user is not None or group is not None) and os.geteuid() != 0:
        raise ApiError(
            403,
            "slicer.local is not running as root: a shell can only run as the daemon's own "
            f"user (uid {os.geteuid()}, gid {os.getegid()})",
        )
    return user, group
