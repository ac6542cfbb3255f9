"""slicer.local: a Slicer-compatible daemon that runs "VMs" as plain local processes.

**It isolates nothing.** A VM is a record plus a private directory under the state
directory; its userdata (and, later, its commands) run as ordinary processes of the user
running the daemon, with full access to the host, its network and each other. Use it
for development and CI against code you trust, never as a sandbox.

It is closed by default: a unix socket with mode 0600 in a private (0700) directory. TCP
is opt-in and then requires a bearer token (generated and written 0600 to
``<state_dir>/token`` unless given), except with ``--insecure`` on a loopback address.
Requests whose ``Host`` header is not local are refused (DNS rebinding).

Start it with ``slicer-local serve``, ``python -m slicer.local serve`` or, in tests,
``with LocalDaemon() as d: d.client()``.
"""

from __future__ import annotations

from slicer.local.config import DaemonConfig, HostGroupConfig, NetworkConfig
from slicer.local.harness import LocalDaemon

__all__ = ["IMPLEMENTED_TAGS", "DaemonConfig", "HostGroupConfig", "LocalDaemon", "NetworkConfig"]

#: OpenAPI tags whose operations this daemon implements (the rest answer 501).
IMPLEMENTED_TAGS: tuple[str, ...] = (
    "info",
    "hostgroups",
    "vms",
    "commits",
    "secrets",
    "proxy",
    "exec",
    "files",
    "fs",
    "forward",
    "shell",
)
