"""slicervm: the Python SDK for Slicer microVMs.

Start with :class:`SlicerClient` (or :class:`AsyncSlicerClient`)::

    from slicer import SlicerClient

    with SlicerClient("/var/run/slicer/api.sock") as client:
        with client.create_vm(userdata="echo hi", wait="userdata") as vm:
            print(vm.logs().content)

Errors are documented in :mod:`slicer.errors`; ``slicer.local`` is a Slicer-compatible daemon
for tests and local development.
"""

from slicer import errors
from slicer._async.client import AsyncSlicerClient
from slicer._async.commits import AsyncCommits
from slicer._async.proxy import AsyncProxy
from slicer._async.secrets import AsyncSecrets
from slicer._async.vm import AsyncVM
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
from slicer._core.retry import RetryPolicy
from slicer._core.units import gib, mib
from slicer._http_common import DEFAULT_TIMEOUT, USE_CLIENT_DEFAULT
from slicer._sync.client import SlicerClient
from slicer._sync.commits import Commits
from slicer._sync.proxy import Proxy
from slicer._sync.secrets import Secrets
from slicer._sync.vm import VM
from slicer._version import __version__
from slicer.errors import (
    APIError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    GoneError,
    NotFoundError,
    NotImplementedByDaemonError,
    ProtocolError,
    RequestTimeoutError,
    SecretExistsError,
    ServerError,
    ServiceUnavailableError,
    SlicerConnectionError,
    SlicerError,
    SlicerTimeoutError,
    UnauthorizedError,
)

__all__ = [
    "APIError",
    "AgentHealth",
    "AsyncCommits",
    "AsyncProxy",
    "AsyncSecrets",
    "AsyncSlicerClient",
    "AsyncVM",
    "BadRequestError",
    "CommitInfo",
    "CommitResult",
    "Commits",
    "ConflictError",
    "DEFAULT_TIMEOUT",
    "DeleteCommitResult",
    "DeleteResult",
    "ForbiddenError",
    "ForkResult",
    "GoneError",
    "HostGroup",
    "Info",
    "NetworkPolicy",
    "NotFoundError",
    "NotImplementedByDaemonError",
    "ProtocolError",
    "Proxy",
    "ProxyClient",
    "ProxyClientCredentials",
    "ProxyRule",
    "ProxySecretInfo",
    "RequestTimeoutError",
    "RetryPolicy",
    "SecretExistsError",
    "SecretInfo",
    "Secrets",
    "ServerError",
    "ServiceUnavailableError",
    "SlicerClient",
    "SlicerConnectionError",
    "SlicerError",
    "SlicerTimeoutError",
    "StatsSnapshot",
    "USE_CLIENT_DEFAULT",
    "UnauthorizedError",
    "VM",
    "VMDescription",
    "VMInfo",
    "VMLogs",
    "VMNetwork",
    "VMStats",
    "__version__",
    "errors",
    "gib",
    "mib",
]
