"""The route table: every path once, with all of its methods (so 405 ``Allow`` is right).

Order matters: ``/vm/commits...`` comes before ``/vm/{hostname}...`` so a VM called
``commits`` cannot shadow them. Each feature's handlers live in their own module
(``routes/<feature>.py``); a WebSocket path has a ``WebSocketRoute`` for the upgrade and
a plain route answering 4xx JSON to requests without one.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, WebSocketRoute

from slicer.local.daemon import Daemon
from slicer.local.routes.base import route
from slicer.local.routes.commits import CommitRoutes
from slicer.local.routes.exec import ExecRoutes
from slicer.local.routes.files import FileRoutes
from slicer.local.routes.forward import ForwardRoutes
from slicer.local.routes.info import InfoRoutes
from slicer.local.routes.lifecycle import LifecycleRoutes
from slicer.local.routes.observe import ObserveRoutes
from slicer.local.routes.proxy import ProxyRoutes
from slicer.local.routes.secrets import SecretRoutes
from slicer.local.routes.shell import ShellRoutes
from slicer.local.routes.vms import VMRoutes

__all__ = ["build_routes"]


def build_routes(daemon: Daemon) -> list[BaseRoute]:
    """Every route of the daemon, bound to ``daemon``."""
    info = InfoRoutes(daemon)
    vms = VMRoutes(daemon)
    obs = ObserveRoutes(daemon)
    life = LifecycleRoutes(daemon)
    sec = SecretRoutes(daemon)
    prx = ProxyRoutes(daemon)
    com = CommitRoutes(daemon)
    fil = FileRoutes(daemon)
    fwd = ForwardRoutes(daemon)
    shl = ShellRoutes(daemon)
    vm = "/vm/{hostname}"
    return [
        # info and host groups
        route("/healthz", GET=info.healthz),
        route("/info", GET=info.info),
        route("/hostgroup", GET=info.host_groups),
        route("/hostgroup/{group}/nodes", GET=vms.list_group, POST=vms.create),
        route("/hostgroup/{group}/nodes/{hostname}", DELETE=vms.delete),
        route("/nodes", GET=vms.list_all),
        route("/nodes/stats", GET=obs.stats_all),
        route("/node/{hostname}/stats", GET=obs.stats_one),
        # secrets
        route("/secrets", GET=sec.list_secrets, POST=sec.create),
        route("/secrets/{name}", PATCH=sec.update, DELETE=sec.delete),
        # commits (before /vm/{hostname})
        route("/vm/commits", GET=com.list_commits),
        route("/vm/commits/{commit_id}", DELETE=com.delete),
        route("/vm/commits/{commit_id}/fork", POST=com.fork),
        # one VM
        route(vm, GET=vms.describe),
        route(f"{vm}/tags", GET=vms.get_tags, PATCH=vms.patch_tags),
        route(f"{vm}/relaunch", POST=life.relaunch),
        route(f"{vm}/health", GET=obs.health, HEAD=obs.health_head),
        route(f"{vm}/logs", GET=obs.logs),
        route(f"{vm}/shutdown", POST=life.shutdown),
        route(f"{vm}/pause", POST=life.pause),
        route(f"{vm}/resume", POST=life.resume),
        route(f"{vm}/suspend", POST=life.suspend),
        route(f"{vm}/restore", POST=life.restore),
        route(f"{vm}/commit", POST=com.commit),
        # data plane (later issues)
        *ExecRoutes(daemon).routes(vm),
        route(f"{vm}/cp", GET=fil.download, POST=fil.upload),
        route(f"{vm}/fs/readdir", GET=fil.read_dir),
        route(f"{vm}/fs/stat", GET=fil.stat),
        route(f"{vm}/fs/mkdir", POST=fil.mkdir),
        route(f"{vm}/fs/remove", DELETE=fil.remove),
        route(f"{vm}/fs/watch", GET=fil.watch),
        # WebSockets: the upgrade goes to the WebSocketRoute, a plain GET gets 4xx JSON
        WebSocketRoute(f"{vm}/forward", fwd.websocket),
        route(f"{vm}/forward", GET=fwd.http),
        WebSocketRoute(f"{vm}/shell", shl.websocket),
        route(f"{vm}/shell", GET=shl.http),
        # proxy admin
        route("/proxy/v1/clients", GET=prx.list_clients, POST=prx.create_client),
        route("/proxy/v1/clients/{client}", GET=prx.list_rules, DELETE=prx.delete_client),
        route("/proxy/v1/secrets", GET=prx.list_secrets, POST=prx.create_secret),
        route("/proxy/v1/secrets/{name}", DELETE=prx.delete_secret),
        route("/proxy/v1/allows", POST=prx.add_allow),
        route("/proxy/v1/allows/revoke", POST=prx.revoke),
        route("/proxy/v1/allows/{client}/{host}", DELETE=prx.remove_allow),
    ]
