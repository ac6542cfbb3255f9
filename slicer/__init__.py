"""slicervm: the Python SDK for Slicer microVMs.

Start with :class:`SlicerClient` (or :class:`AsyncSlicerClient`)::

    from slicer import SlicerClient

    with SlicerClient("/var/run/slicer/api.sock") as client:
        with client.create_vm(userdata="echo hi", wait="userdata") as vm:
            print(vm.logs().content)

Errors are documented in :mod:`slicer.errors`; :mod:`slicer.tar` builds and safely extracts
the tar streams the daemon speaks; ``slicer.local`` is a Slicer-compatible daemon for tests
and local development.
"""

from slicer import errors
from slicer._async.background import AsyncBackground, AsyncBackgroundExec, AsyncLogStream
from slicer._async.client import AsyncSlicerClient
from slicer._async.commits import AsyncCommits
from slicer._async.exec_stream import AsyncExecStream
from slicer._async.forward import AsyncForwarder
from slicer._async.fs import AsyncFS
from slicer._async.process import (
    DEVNULL,
    PIPE,
    STDOUT,
    AsyncOutputReader,
    AsyncRemoteProcess,
    AsyncStdinWriter,
)
from slicer._async.proxy import AsyncProxy
from slicer._async.secrets import AsyncSecrets
from slicer._async.shell import AsyncShellSession
from slicer._async.vm import AsyncVM
from slicer._async.watch import AsyncFsWatch
from slicer._copy_local import ProgressCallback
from slicer._core.exec.background import BackgroundExecInfo, KillResult
from slicer._core.exec.frames import Exit, Frame, Gap, Started, Stderr, Stdout
from slicer._core.exec.result import CompletedProcess, ExecResult
from slicer._core.forward_spec import ForwardListener
from slicer._core.models import (
    AgentHealth,
    CommitInfo,
    CommitResult,
    DeleteCommitResult,
    DeleteResult,
    ForkResult,
    HostGroup,
    Info,
    NetworkPolicy,
    ProxyClient,
    ProxyClientCredentials,
    ProxyRule,
    ProxySecretInfo,
    SecretInfo,
    StatsSnapshot,
    VMDescription,
    VMInfo,
    VMLogs,
    VMNetwork,
    VMStats,
)
from slicer._core.models.files import FileBytes, FsEntry, FsEvent
from slicer._core.retry import RetryPolicy
from slicer._core.units import gib, mib
from slicer._http_common import DEFAULT_TIMEOUT, USE_CLIENT_DEFAULT
from slicer._sync.background import Background, BackgroundExec, LogStream
from slicer._sync.client import SlicerClient
from slicer._sync.commits import Commits
from slicer._sync.exec_stream import ExecStream
from slicer._sync.forward import Forwarder
from slicer._sync.fs import FS
from slicer._sync.process import OutputReader, RemoteProcess, StdinWriter
from slicer._sync.proxy import Proxy
from slicer._sync.secrets import Secrets
from slicer._sync.shell import ShellSession
from slicer._sync.vm import VM
from slicer._sync.watch import FsWatch
from slicer._version import __version__
from slicer.errors import (
    APIError,
    ArchiveError,
    BadRequestError,
    ConflictError,
    ExecError,
    ExecTimeoutError,
    ForbiddenError,
    ForwardBindError,
    ForwardSpecError,
    GoneError,
    NotFoundError,
    NotImplementedByDaemonError,
    ProtocolError,
    RemoteCommandError,
    RequestTimeoutError,
    SecretExistsError,
    ServerError,
    ServiceUnavailableError,
    ShellClosedError,
    SlicerConnectionError,
    SlicerError,
    SlicerTimeoutError,
    StreamInterruptedError,
    UnauthorizedError,
    UnsafeArchiveError,
    WatchInterruptedError,
)

__all__ = [
    "APIError",
    "AgentHealth",
    "ArchiveError",
    "AsyncBackground",
    "AsyncBackgroundExec",
    "AsyncCommits",
    "AsyncExecStream",
    "AsyncFS",
    "AsyncFsWatch",
    "AsyncForwarder",
    "AsyncLogStream",
    "AsyncOutputReader",
    "AsyncProxy",
    "AsyncRemoteProcess",
    "AsyncSecrets",
    "AsyncShellSession",
    "AsyncSlicerClient",
    "AsyncStdinWriter",
    "AsyncVM",
    "Background",
    "BackgroundExec",
    "BackgroundExecInfo",
    "BadRequestError",
    "CommitInfo",
    "CommitResult",
    "Commits",
    "CompletedProcess",
    "ConflictError",
    "DEFAULT_TIMEOUT",
    "DEVNULL",
    "DeleteCommitResult",
    "DeleteResult",
    "ExecError",
    "ExecResult",
    "ExecStream",
    "ExecTimeoutError",
    "Exit",
    "FS",
    "FileBytes",
    "ForbiddenError",
    "ForkResult",
    "ForwardBindError",
    "ForwardListener",
    "ForwardSpecError",
    "Forwarder",
    "Frame",
    "FsEntry",
    "FsEvent",
    "FsWatch",
    "Gap",
    "GoneError",
    "HostGroup",
    "Info",
    "KillResult",
    "LogStream",
    "NetworkPolicy",
    "NotFoundError",
    "NotImplementedByDaemonError",
    "OutputReader",
    "PIPE",
    "ProgressCallback",
    "ProtocolError",
    "Proxy",
    "ProxyClient",
    "ProxyClientCredentials",
    "ProxyRule",
    "ProxySecretInfo",
    "RemoteCommandError",
    "RemoteProcess",
    "RequestTimeoutError",
    "RetryPolicy",
    "STDOUT",
    "SecretExistsError",
    "SecretInfo",
    "Secrets",
    "ServerError",
    "ServiceUnavailableError",
    "ShellClosedError",
    "ShellSession",
    "SlicerClient",
    "SlicerConnectionError",
    "SlicerError",
    "SlicerTimeoutError",
    "Started",
    "StatsSnapshot",
    "Stderr",
    "StdinWriter",
    "Stdout",
    "StreamInterruptedError",
    "USE_CLIENT_DEFAULT",
    "UnauthorizedError",
    "UnsafeArchiveError",
    "VM",
    "VMDescription",
    "VMInfo",
    "VMLogs",
    "VMNetwork",
    "VMStats",
    "WatchInterruptedError",
    "__version__",
    "errors",
    "gib",
    "mib",
]
