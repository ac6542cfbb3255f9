"""Port forwarding into VMs (PROTOCOL.md §3.12): the ``-L`` spec grammar and the forwarders.

Start forwards with :meth:`slicer.VM.forward` / :meth:`slicer.AsyncVM.forward`::

    with vm.forward("0:127.0.0.1:8080") as fwd:
        port = fwd.listeners[0].port        # the random local port that was bound
        httpx.get(f"http://127.0.0.1:{port}/")

Parse a spec without binding anything with :func:`parse_spec`.
"""

from slicer._async.forward import AsyncForwarder
from slicer._core.forward_spec import AddressMapping, ForwardListener, parse_spec
from slicer._sync.forward import Forwarder
from slicer.errors import ForwardBindError, ForwardSpecError

__all__ = [
    "AddressMapping",
    "AsyncForwarder",
    "ForwardBindError",
    "ForwardListener",
    "ForwardSpecError",
    "Forwarder",
    "parse_spec",
]
