"""Cold-fork commits: a copy of a Stopped persistent VM's directory plus its settings.

Stored as ``<state_dir>/commits/<commit_id>/`` (``root/``, ``secrets/``) with the
records in ``commits.json``.
"""

from __future__ import annotations

import secrets as pysecrets
import shutil
import threading
from pathlib import Path
from typing import Any

from slicer.local.decode import JsonObject
from slicer.local.errors import ApiError, bad_request, not_found
from slicer.local.gotime import rfc3339, utcnow
from slicer.local.store import JsonFile, private_dir
from slicer.local.vm import STOPPED, VM
from slicer.local.vms import clean_tags, copy_tree

__all__ = ["CommitStore"]

MODE = "disk"


def _public(rec: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    out = {k: rec[k] for k in keys}
    for k in ("tags", "labels", "cache_key"):
        if rec.get(k):
            out[k] = rec[k]
    return out


class CommitStore:
    """The commit table, guarded by the daemon lock."""

    def __init__(self, state_dir: Path, lock: threading.RLock) -> None:
        self.dir = state_dir / "commits"
        self._file = JsonFile(state_dir / "commits.json")
        self._lock = lock
        self._items: dict[str, dict[str, Any]] = {}

    def load(self) -> None:
        private_dir(self.dir)
        self._items = {r["commit_id"]: r for r in self._file.load([])}
        for entry in self.dir.iterdir():  # copies whose record was never written
            if entry.name not in self._items:
                shutil.rmtree(entry, ignore_errors=True)

    def _save(self) -> None:
        self._file.save(list(self._items.values()))

    def path(self, commit_id: str) -> Path:
        return self.dir / commit_id

    def get(self, commit_id: str) -> dict[str, Any]:
        with self._lock:
            rec = self._items.get(commit_id)
        if rec is None:
            raise not_found(f"commit {commit_id!r} not found")
        return rec

    def commit(self, vm: VM, body: JsonObject) -> dict[str, Any]:
        """Copy a Stopped persistent VM; 409 otherwise."""
        tags = clean_tags(body.strings("tags") or [])
        labels = body.mapping("labels") or {}
        cache_key = (body.string("cache_key") or "").strip()
        with vm.op_lock:
            if not vm.persistent:
                raise ApiError(409, f"vm {vm.hostname!r} is not persistent")
            if vm.status != STOPPED:
                raise ApiError(409, f"vm {vm.hostname!r} must be stopped before commit")
            commit_id = "c-" + pysecrets.token_hex(8)
            dest = private_dir(self.path(commit_id))
            try:
                copy_tree(vm.root_dir, dest / "root")
                if vm.secrets_dir.is_dir():
                    copy_tree(vm.secrets_dir, dest / "secrets")
            except OSError as exc:
                shutil.rmtree(dest, ignore_errors=True)
                raise ApiError(500, f"commit failed: {exc.strerror or exc}") from None
            with self._lock:
                rec = {
                    "commit_id": commit_id,
                    "source_hostname": vm.hostname,
                    "source_host_group": vm.group,
                    "created_at": rfc3339(utcnow()),
                    "mode": MODE,
                    "tags": tags,
                    "labels": labels,
                    "cache_key": cache_key,
                    "vm": vm.to_record(),
                }
                self._items[commit_id] = rec
                self._save()
                vm.commit_id = commit_id
        out = _public(rec, ("commit_id",))
        return {
            "hostname": vm.hostname,
            **out,
            "status": "committed",
            "parent_status": "stopped",
            "mode": MODE,
        }

    def find(self, tags: list[str], cache_key: str, source: str, mode: str) -> list[dict[str, Any]]:
        with self._lock:
            items = list(self._items.values())
        out = []
        for rec in items:
            if any(t not in rec["tags"] for t in tags):
                continue
            if cache_key and rec["cache_key"] != cache_key:
                continue
            if source and rec["source_hostname"] != source:
                continue
            if mode and rec["mode"] != mode:
                continue
            out.append(
                _public(
                    rec,
                    ("commit_id", "source_hostname", "source_host_group", "created_at", "mode"),
                )
            )
        return sorted(out, key=lambda r: r["created_at"])

    def delete(self, commit_id: str, source_exists: bool) -> dict[str, Any]:
        rec = self.get(commit_id)
        if source_exists:
            raise ApiError(
                409,
                f"commit {commit_id!r} is in use: its source vm {rec['source_hostname']!r} exists",
            )
        with self._lock:
            self._items.pop(commit_id, None)
            self._save()
        shutil.rmtree(self.path(commit_id), ignore_errors=True)
        return {"commit_id": commit_id, "status": "deleted"}


def validate_commit_id(commit_id: str) -> str:
    """The same checks the Go SDK makes client-side (400 here)."""
    cid = commit_id.strip()
    if not cid or cid in (".", "..") or ".." in cid or any(c in cid for c in "/\\\0"):
        raise bad_request(f"invalid commit id {commit_id!r}")
    return cid
