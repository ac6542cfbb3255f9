"""Public data models, built from daemon JSON by tolerant ``from_wire`` constructors."""

from slicer._core.models.commits import CommitInfo, CommitResult, DeleteCommitResult, ForkResult
from slicer._core.models.host import HostGroup, Info
from slicer._core.models.proxy import (
    ProxyClient,
    ProxyClientCredentials,
    ProxyRule,
    ProxySecretInfo,
)
from slicer._core.models.secrets import SecretInfo
from slicer._core.models.vms import (
    AgentHealth,
    DeleteResult,
    NetworkPolicy,
    StatsSnapshot,
    VMDescription,
    VMInfo,
    VMLogs,
    VMNetwork,
    VMStats,
    strip_cidr,
)

__all__ = [
    "AgentHealth",
    "CommitInfo",
    "CommitResult",
    "DeleteCommitResult",
    "DeleteResult",
    "ForkResult",
    "HostGroup",
    "Info",
    "NetworkPolicy",
    "ProxyClient",
    "ProxyClientCredentials",
    "ProxyRule",
    "ProxySecretInfo",
    "SecretInfo",
    "StatsSnapshot",
    "VMDescription",
    "VMInfo",
    "VMLogs",
    "VMNetwork",
    "VMStats",
    "strip_cidr",
]
