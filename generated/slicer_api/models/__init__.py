"""Contains all the data models used in inputs/outputs"""

from .add_proxy_allow_request import AddProxyAllowRequest
from .agent_health import AgentHealth
from .background_exec_info import BackgroundExecInfo
from .background_exec_started import BackgroundExecStarted
from .commit_info import CommitInfo
from .commit_vm_request import CommitVMRequest
from .commit_vm_response import CommitVMResponse
from .create_proxy_secret_request import CreateProxySecretRequest
from .create_secret_request import CreateSecretRequest
from .create_vm_request import CreateVMRequest
from .create_vm_response import CreateVMResponse
from .delete_commit_response import DeleteCommitResponse
from .delete_exec_response import DeleteExecResponse
from .delete_vm_response import DeleteVMResponse
from .error import Error
from .exec_frame import ExecFrame
from .exec_result import ExecResult
from .fork_commit_request import ForkCommitRequest
from .fork_commit_response import ForkCommitResponse
from .fs_entry import FsEntry
from .fs_watch_event import FsWatchEvent
from .fs_watch_sse_event import FsWatchSseEvent
from .healthz import Healthz
from .host_group import HostGroup
from .info import Info
from .kill_exec_request import KillExecRequest
from .kill_exec_response import KillExecResponse
from .labels import Labels
from .mkdir_request import MkdirRequest
from .network_policy import NetworkPolicy
from .node import Node
from .node_stat import NodeStat
from .proxy_client import ProxyClient
from .proxy_client_create_request import ProxyClientCreateRequest
from .proxy_client_created import ProxyClientCreated
from .proxy_rule import ProxyRule
from .proxy_secret import ProxySecret
from .revoke_proxy_allow_request import RevokeProxyAllowRequest
from .secret import Secret
from .stats_snapshot import StatsSnapshot
from .update_secret_request import UpdateSecretRequest
from .vm_description import VMDescription
from .vm_logs import VMLogs
from .vm_network_description import VMNetworkDescription
from .vm_tag_update import VMTagUpdate
from .vm_tags import VMTags
from .wait_exec_response import WaitExecResponse

__all__ = (
    "AddProxyAllowRequest",
    "AgentHealth",
    "BackgroundExecInfo",
    "BackgroundExecStarted",
    "CommitInfo",
    "CommitVMRequest",
    "CommitVMResponse",
    "CreateProxySecretRequest",
    "CreateSecretRequest",
    "CreateVMRequest",
    "CreateVMResponse",
    "DeleteCommitResponse",
    "DeleteExecResponse",
    "DeleteVMResponse",
    "Error",
    "ExecFrame",
    "ExecResult",
    "ForkCommitRequest",
    "ForkCommitResponse",
    "FsEntry",
    "FsWatchEvent",
    "FsWatchSseEvent",
    "Healthz",
    "HostGroup",
    "Info",
    "KillExecRequest",
    "KillExecResponse",
    "Labels",
    "MkdirRequest",
    "NetworkPolicy",
    "Node",
    "NodeStat",
    "ProxyClient",
    "ProxyClientCreated",
    "ProxyClientCreateRequest",
    "ProxyRule",
    "ProxySecret",
    "RevokeProxyAllowRequest",
    "Secret",
    "StatsSnapshot",
    "UpdateSecretRequest",
    "VMDescription",
    "VMLogs",
    "VMNetworkDescription",
    "VMTags",
    "VMTagUpdate",
    "WaitExecResponse",
)
