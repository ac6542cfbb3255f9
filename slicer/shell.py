"""Interactive shells in VMs (PROTOCOL.md §3.13): sessions, the frame codec, and an ASGI
proxy for browser terminals.

Open a session with :meth:`slicer.VM.shell` / :meth:`slicer.AsyncVM.shell`::

    with vm.shell(cols=120, rows=40) as sh:
        sh.send("echo $((6*7))\\n")
        print(sh.read_until("42", timeout=10))

:func:`proxy_app` relays a browser's WebSocket (e.g. xterm.js) to a VM shell.
"""

from slicer._async.shell import AsyncShellSession
from slicer._core.shell_frames import (
    FrameReader,
    FrameType,
    ShellFrame,
    encode_frame,
    parse_window_size,
    window_size_frame,
)
from slicer._shell_proxy import proxy_app, same_origin
from slicer._sync.shell import ShellSession
from slicer.errors import ShellClosedError

__all__ = [
    "AsyncShellSession",
    "FrameReader",
    "FrameType",
    "ShellClosedError",
    "ShellFrame",
    "ShellSession",
    "encode_frame",
    "parse_window_size",
    "proxy_app",
    "same_origin",
    "window_size_frame",
]
