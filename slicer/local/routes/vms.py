"""VM table routes: list, create, delete, describe, tags."""

from __future__ import annotations

import contextlib
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from slicer.local.config import NetworkConfig
from slicer.local.daemon import Daemon
from slicer.local.decode import JsonObject, Query, read_json_object
from slicer.local.errors import ApiError, bad_request
from slicer.local.network import describe_network, parse_policy
from slicer.local.routes.base import json, param, run_sync, wait_event
from slicer.local.vm import VM
from slicer.local.vms import VMSpec, clean_tags

__all__ = ["VMRoutes", "spec_from_body", "update_tags"]

#: Default wait timeout in seconds when ``wait`` is given without ``timeout``.
DEFAULT_WAIT = 300.0


def spec_from_body(body: JsonObject) -> VMSpec:
    """The create-VM request body (unknown fields ignored, types checked)."""
    body.string("import_user")  # accepted and type-checked, otherwise unused
    body.strings("ssh_keys")
    return VMSpec(
        cpus=body.integer("cpus") or 0,
        ram_bytes=body.integer("ram_bytes") or 0,
        gpu_count=body.integer("gpu_count"),
        persistent=bool(body.boolean("persistent")),
        userdata=body.string("userdata") or "",
        tags=body.strings("tags") or [],
        secrets=body.strings("secrets") or [],
        network=parse_policy(body),
        ip=body.string("ip") or "",
        image=body.string("disk_image") or "",
    )


def _is_name(tag: str) -> bool:
    return tag.startswith("name=")


def update_tags(current: list[str], body: JsonObject) -> list[str]:
    """Apply a tags PATCH (§5.7). The ``name=`` tag may be set once but never changed."""
    add, remove, replace = body.strings("add"), body.strings("remove"), body.strings("replace")
    if replace is not None and (add is not None or remove is not None):
        raise bad_request("replace cannot be combined with add or remove")
    names = [t for t in current if _is_name(t)]
    if replace is not None:
        wanted = clean_tags(replace)
        new_names = [t for t in wanted if _is_name(t)]
        if (names and any(t not in names for t in new_names)) or len(new_names) > 1:
            raise bad_request("the name= tag cannot be changed")
        kept = names or new_names
        return kept + [t for t in wanted if not _is_name(t)]
    result = list(current)
    for tag in remove or []:
        if tag in names:
            raise bad_request("the name= tag cannot be removed")
        if tag in result:
            result.remove(tag)
    for tag in clean_tags(add or []):
        if _is_name(tag) and tag not in names and (names or any(map(_is_name, result))):
            raise bad_request("the name= tag cannot be changed")
        if tag not in result:
            result.append(tag)
    return result


class VMRoutes:
    def __init__(self, daemon: Daemon) -> None:
        self.d = daemon

    def _list(self, request: Request, group: str | None) -> Response:
        q = Query(request)
        vms = self.d.vms.select(group, q.string("tag"), q.string("tag_prefix"))
        return json([self.d.vms.snapshot(vm) for vm in vms])

    def list_all(self, request: Request) -> Response:
        return self._list(request, None)

    def list_group(self, request: Request) -> Response:
        group = self.d.vms.group(param(request, "group")).name
        return self._list(request, group)

    async def create(self, request: Request) -> Response:
        group = self.d.vms.group(param(request, "group")).name
        q = Query(request)
        wait = q.choice("wait", ("agent", "userdata"))
        timeout = q.duration("timeout") or DEFAULT_WAIT
        spec = spec_from_body(await read_json_object(request, allow_empty=True))
        vm: VM = await run_sync(self.d.vms.create, group, spec)
        if wait == "userdata" and not await wait_event(vm.userdata_done, timeout):
            with contextlib.suppress(ApiError):  # unless someone deleted it meanwhile
                await run_sync(self.d.lifecycle.delete, group, vm.hostname)
            raise ApiError(
                408,
                f"timed out waiting for userdata of vm {vm.hostname!r}; the vm was deleted",
                "timeout",
            )
        return json(vm.to_created(), 201)

    def delete(self, request: Request) -> Response:
        hostname = param(request, "hostname")
        self.d.lifecycle.delete(param(request, "group"), hostname)
        return json({"message": f"vm {hostname} deleted", "disk_removed": "true", "error": ""})

    def describe(self, request: Request) -> Response:
        vm = self.d.vms.get(param(request, "hostname"))
        with self.d.lock:
            out: dict[str, Any] = vm.to_node()
            if vm.image:
                out["image"] = vm.image
            if vm.commit_id:
                out["commit_id"] = vm.commit_id
            if vm.parent_commit_id:
                out["parent_commit_id"] = vm.parent_commit_id
            group = self.d.config.group(vm.group)
            net = group.network if group is not None else NetworkConfig()
            out["network"] = describe_network(net, vm.network)
        return json(out)

    def get_tags(self, request: Request) -> Response:
        vm = self.d.vms.get(param(request, "hostname"))
        with self.d.lock:
            return json({"hostname": vm.hostname, "tags": list(vm.tags)})

    async def patch_tags(self, request: Request) -> Response:
        hostname = param(request, "hostname")
        body = await read_json_object(request)

        def apply() -> tuple[str, list[str]]:
            vm = self.d.vms.get(hostname)
            with self.d.lock:
                vm.tags = update_tags(vm.tags, body)
                if vm.persistent:
                    self.d.vms.save()
                return vm.hostname, list(vm.tags)

        name, tags = await run_sync(apply)
        return json({"hostname": name, "tags": tags})
