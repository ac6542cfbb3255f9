"""The one exception tree of slicervm.

Every error the SDK raises on purpose derives from :class:`SlicerError`::

    SlicerError
    ├── APIError(status_code, message, code)        the daemon answered with an error status
    │   ├── BadRequestError                         400
    │   ├── UnauthorizedError                       401
    │   ├── ForbiddenError                          403
    │   ├── NotFoundError                           404 (also a FileNotFoundError)
    │   ├── RequestTimeoutError                     408 (a server-side wait expired)
    │   ├── ConflictError                           409
    │   │   └── SecretExistsError                   409 on secret create
    │   ├── GoneError                               410 (a reaped background exec)
    │   ├── NotImplementedByDaemonError             501
    │   ├── ServiceUnavailableError                 503
    │   └── ServerError                             any other 5xx
    ├── SlicerConnectionError                       the daemon could not be reached
    │   └── WatchInterruptedError                   a watch stream broke before the daemon ended it
    ├── ArchiveError (also a ValueError)            a tar stream is corrupt or unsupported
    │   └── UnsafeArchiveError                      an entry would land outside the destination
    ├── SlicerTimeoutError                          an HTTP request timed out on the client side
    ├── ProtocolError                               the daemon sent something we cannot understand
    ├── ForwardSpecError (also a ValueError)         a port-forward ``-L`` spec is malformed
    ├── ForwardBindError (also an OSError)           a port-forward listener could not be bound
    ├── ShellClosedError                            the interactive shell session has ended
    ├── ExecError                                   ``check=True`` and the command exited non-zero
    ├── ExecTimeoutError                            a command outlived its ``timeout``
    ├── RemoteCommandError                          the daemon could not run the command at all
    └── StreamInterruptedError                      a stream ended before its last frame

``APIError`` instances carry the HTTP ``status_code`` (always an ``int``, even for codes that
are not registered with IANA), the daemon's ``message`` and its optional machine ``code``.
No exception text ever contains the bearer token.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "APIError",
    "ArchiveError",
    "UnsafeArchiveError",
    "WatchInterruptedError",
    "ForwardBindError",
    "ForwardSpecError",
    "ShellClosedError",
    "ExecError",
    "ExecTimeoutError",
    "RemoteCommandError",
    "StreamInterruptedError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "GoneError",
    "NotFoundError",
    "NotImplementedByDaemonError",
    "ProtocolError",
    "RequestTimeoutError",
    "SecretExistsError",
    "ServerError",
    "ServiceUnavailableError",
    "SlicerConnectionError",
    "SlicerError",
    "SlicerTimeoutError",
    "UnauthorizedError",
]


class SlicerError(Exception):
    """Base class of every error raised by slicervm."""


class APIError(SlicerError):
    """The daemon answered a request with an error status.

    Attributes:
        status_code: the HTTP status as an int.
        message: the daemon's error text (the ``error`` field of its JSON body, or the body).
        code: the daemon's optional machine-readable code, e.g. ``"not_found"``.
        method: the HTTP method of the failed request.
        path: the request path (no query string, no host, never any credential).
    """

    def __init__(
        self,
        status_code: int,
        message: str,
        code: str | None = None,
        *,
        method: str = "",
        path: str = "",
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.code = code
        self.method = method
        self.path = path
        where = f"{method} {path} " if method and path else ""
        text = f"{where}failed with {status_code}"
        if message:
            text += f": {message}"
        super().__init__(text)


class BadRequestError(APIError):
    """400: the daemon rejected the request's parameters or body."""


class UnauthorizedError(APIError):
    """401: the bearer token is missing or wrong."""


class ForbiddenError(APIError):
    """403: the daemon refused the operation (trial mode, protected VM, …)."""


class NotFoundError(APIError, FileNotFoundError):
    """404: the VM, group, secret, commit or path does not exist.

    It is also a :class:`FileNotFoundError`, so ``except FileNotFoundError`` works for
    filesystem calls.
    """

    def __str__(self) -> str:
        return APIError.__str__(self)


class RequestTimeoutError(APIError):
    """408: a server-side wait (``wait=`` on create, restore or fork) ran out of time."""


class ConflictError(APIError):
    """409: the resource is in the wrong state (paused VM, duplicate name, running exec…)."""


class SecretExistsError(ConflictError):
    """409 on secret create: a secret with that name already exists."""


class GoneError(APIError):
    """410: the resource existed but has been reaped (a deleted background exec)."""


class NotImplementedByDaemonError(APIError):
    """501: this daemon does not support the operation (e.g. suspend on Linux)."""


class ServiceUnavailableError(APIError):
    """503: the daemon is temporarily out of a resource (e.g. the exec ring budget)."""


class ServerError(APIError):
    """Any other 5xx: the daemon failed."""


class SlicerConnectionError(SlicerError, ConnectionError):
    """The daemon could not be reached (socket missing, connection refused, reset…)."""


class WatchInterruptedError(SlicerConnectionError):
    """A filesystem watch stream broke (connection reset, daemon gone) before the daemon
    closed it. A stream the daemon ends (``timeout``, ``one_shot``, ``max_events``) ends
    the iteration normally instead."""


class ArchiveError(SlicerError, ValueError):
    """A tar stream is corrupt, truncated or uses an unsupported format."""


class UnsafeArchiveError(ArchiveError):
    """An archive entry would be written outside the extraction directory (``..``, an
    absolute name, a NUL, a path through a symlink…); nothing was placed."""


class SlicerTimeoutError(SlicerError, TimeoutError):
    """An HTTP request exceeded its client-side timeout."""


class ProtocolError(SlicerError):
    """The daemon sent a response that does not follow the Slicer protocol."""


class ForwardSpecError(SlicerError, ValueError):
    """A port-forward spec does not follow the ``-L`` grammar; ``spec`` is the offending spec."""

    def __init__(self, spec: str, message: str) -> None:
        self.spec = spec
        super().__init__(message)


class ForwardBindError(SlicerError, OSError):
    """A port-forward listener could not be bound (port in use, no permission, bad address…).

    Nothing stays bound: the listeners of the other specs were closed again. ``spec`` names
    the spec that failed; ``errno`` is the operating system's error number when there is one.
    """

    def __init__(self, spec: str, message: str, errno: int | None = None) -> None:
        self.spec = spec
        super().__init__(message)
        self.errno = errno


class ShellClosedError(SlicerError):
    """The interactive shell session has ended (or was closed): nothing more can be sent."""


class ExecError(SlicerError):
    """A command run with ``check=True`` exited with a non-zero status.

    Like :class:`subprocess.CalledProcessError`, it carries the whole result:
    ``result`` (a :class:`~slicer.CompletedProcess`), ``returncode``, ``cmd``, ``stdout``
    and ``stderr``.
    """

    def __init__(self, result: Any) -> None:
        self.result = result
        self.returncode: int = result.returncode
        self.cmd: Any = result.args
        self.stdout: bytes | str | None = result.stdout
        self.stderr: bytes | str | None = result.stderr
        how = f"signal {result.signal}" if result.signal else f"exit status {result.returncode}"
        super().__init__(f"command {_show(result.args)} failed with {how}")


class ExecTimeoutError(SlicerError, TimeoutError):
    """A command ran longer than its ``timeout`` (seconds); the remote process was killed.

    ``stdout`` and ``stderr`` hold the output received before the deadline.
    """

    def __init__(
        self, cmd: Any, timeout: float, stdout: bytes | str | None, stderr: bytes | str | None
    ) -> None:
        self.cmd = cmd
        self.timeout = timeout
        self.stdout = stdout
        self.stderr = stderr
        super().__init__(f"command {_show(cmd)} timed out after {timeout:g} s")


class RemoteCommandError(SlicerError):
    """The daemon reported that it could not run the command (e.g. the executable was not
    found); ``message`` is the daemon's text, ``exit_code`` the status it gave (127, 126…).
    """

    def __init__(self, message: str, exit_code: int, cmd: Any = None) -> None:
        self.message = message
        self.exit_code = exit_code
        self.cmd = cmd
        super().__init__(f"cannot run {_show(cmd)}: {message}" if cmd is not None else message)


class StreamInterruptedError(SlicerError):
    """A stream ended (or broke) before its terminal frame: the outcome is unknown.

    ``frames`` holds the frames received that carry no output (started, gap…);
    ``stdout`` and ``stderr`` the output collected before the break (when the caller was
    collecting it, as :meth:`~slicer.VM.run` does). It never means success.
    """

    def __init__(
        self,
        message: str,
        *,
        frames: list[Any] | None = None,
        stdout: bytes | str | None = None,
        stderr: bytes | str | None = None,
    ) -> None:
        self.frames = frames or []
        self.stdout = stdout
        self.stderr = stderr
        super().__init__(message)


def _show(cmd: Any) -> str:
    if isinstance(cmd, list | tuple):
        return repr(" ".join(str(c) for c in cmd))
    return repr(cmd)
