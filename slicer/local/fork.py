"""Fork a child VM from a commit (PROTOCOL §5.6)."""

from __future__ import annotations

from typing import Any

from slicer.local.commits import MODE, CommitStore
from slicer.local.decode import INT64_MAX, JsonObject
from slicer.local.errors import ApiError, bad_request
from slicer.local.network import NetworkPolicy, parse_policy
from slicer.local.vm import VM
from slicer.local.vms import VMManager, VMSpec

__all__ = ["FIXUPS", "fork", "fork_response", "fork_spec"]

FIXUPS = ("hostname", "machine-id", "ssh-host-keys")


def fork_spec(commits: CommitStore, commit_id: str, body: JsonObject) -> tuple[str, VMSpec]:
    """The child's host group and spec: the commit's settings with the body's changes.

    - ``tags`` append to the inherited tags (``tag_mode: replace`` replaces them); the
      source's ``name=`` tag is never inherited, since a name must stay unique.
    - ``secrets`` replace the inherited grants (``[]`` clears them and their files).
    - ``network`` lists that are given replace the inherited ones (``[]`` clears).
    - ``vcpu``/``ram_bytes`` default to the source VM's and must fit the group limits.
    """
    rec = commits.get(commit_id)
    src: dict[str, Any] = rec["vm"]
    tag_mode = body.string("tag_mode") or "append"
    if tag_mode not in ("append", "replace"):
        raise bad_request(f"invalid tag_mode {tag_mode!r}: use append or replace")
    new_tags = body.strings("tags")
    inherited = [t for t in src.get("tags", []) if not t.startswith("name=")]
    tags = list(new_tags or [])
    if tag_mode == "append":
        tags = inherited + tags
    fixups = body.strings("fixups")
    for f in fixups or []:
        if f not in FIXUPS:
            raise bad_request(f"invalid fixup {f!r}: use one of {', '.join(FIXUPS)}")
    secrets = body.strings("secrets")
    override = parse_policy(body)
    base = NetworkPolicy.from_json(src.get("network"))
    network = base if override is None else override.merged_over(base)
    persistent = body.boolean("persistent")
    spec = VMSpec(
        cpus=body.integer("vcpu", maximum=INT64_MAX) or int(src.get("cpus", 0)),
        ram_bytes=body.integer("ram_bytes") or int(src.get("ram_bytes", 0)),
        gpu_count=int(src.get("gpu_count", 0)),
        persistent=bool(src.get("persistent", False)) if persistent is None else persistent,
        tags=tags,
        secrets=list(src.get("secrets", [])) if secrets is None else secrets,
        network=network,
        image=src.get("image", ""),
        source_dir=commits.path(commit_id),
        inherit_secret_files=secrets is None,
        parent_commit_id=commit_id,
        userdata_ran=bool(src.get("userdata_ran", False)),
        userdata_exit_code=src.get("userdata_exit_code"),
    )
    return rec["source_host_group"], spec


def fork(
    vms: VMManager, commits: CommitStore, commit_id: str, body: JsonObject
) -> tuple[VM, dict[str, Any]]:
    """Create the child VM; returns it and the commit record."""
    group, spec = fork_spec(commits, commit_id, body)
    if vms.config.group(group) is None:
        raise ApiError(409, f"the commit's host group {group!r} is no longer configured")
    rec = commits.get(commit_id)
    return vms.create(group, spec), rec


def fork_response(vms: VMManager, child: VM, rec: dict[str, Any], waited: bool) -> dict[str, Any]:
    """The fork response object."""
    out: dict[str, Any] = {
        "hostname": child.hostname,
        "source_hostname": rec["source_hostname"],
        "commit_id": rec["commit_id"],
        "status": "forked",
    }
    if vms.exists(rec["source_hostname"]):
        out["parent_status"] = vms.get(rec["source_hostname"]).status.lower()
    out["child_status"] = "running" if waited else "starting"
    out["mode"] = MODE
    out["persistent"] = child.persistent
    return out
