"""``AsyncVM``: a handle on one VM; every per-VM operation hangs off it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from types import TracebackType
from typing import Self

from slicer_api.api.vms import (
    check_agent_health,
    delete_vm,
    describe_vm,
    get_agent_health,
    get_vm_logs,
    get_vm_stats,
    get_vm_tags,
    list_vms,
    pause_vm,
    relaunch_vm,
    restore_vm,
    resume_vm,
    shutdown_vm,
    suspend_vm,
    update_vm_tags,
)
from slicer_api.models import VMTagUpdate

from slicer._async._http import AsyncHTTP
from slicer._async._ops import json_of, opt
from slicer._core.models import (
    AgentHealth,
    DeleteResult,
    VMDescription,
    VMInfo,
    VMLogs,
    VMStats,
)
from slicer._core.models._read import Obj
from slicer._core.requests import (
    RESTORE_WAIT_VALUES,
    SHUTDOWN_ACTIONS,
    check_choice,
    check_name,
    go_duration,
    tags_list,
)
from slicer._http_common import long_poll_timeout
from slicer.errors import APIError, NotFoundError, ProtocolError

__all__ = ["AsyncVM"]

_DEFAULT_RESTORE_WAIT = 300.0


class AsyncVM:
    """A VM on the daemon, by hostname. Creating a handle sends no request.

    Attributes:
        hostname: the VM's id.
        group: its host group, when known (looked up on demand for :meth:`delete`).
        ip: its IP address without prefix length, when known.

    As an async context manager it deletes the VM on exit.
    """

    def __init__(
        self,
        http: AsyncHTTP,
        hostname: str,
        *,
        group: str | None = None,
        ip: str | None = None,
        info: VMInfo | None = None,
    ) -> None:
        self._http = http
        self.hostname = check_name("hostname", hostname)
        self.group = group
        self.ip = ip
        self._created = info

    def __repr__(self) -> str:
        return f"{type(self).__name__}(hostname={self.hostname!r}, group={self.group!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and other.hostname == self.hostname

    def __hash__(self) -> int:
        return hash(self.hostname)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with contextlib.suppress(NotFoundError):
            await self.delete()

    # -- information -----------------------------------------------------------------

    async def info(self) -> VMInfo:
        """The VM's listing entry (status, tags, resources).

        Raises:
            NotFoundError: no VM has this hostname.
        """
        response = await self._http.call(list_vms.asyncio_detailed, idempotent=True)
        data = json_of(response, "VM list")
        for item in data if isinstance(data, list) else []:
            if Obj(item).text("hostname") == self.hostname:
                info = VMInfo.from_wire(item)
                self.group = info.group or self.group
                self.ip = info.ip or self.ip
                return info
        raise NotFoundError(404, f"VM {self.hostname!r} not found", "not_found")

    async def describe(self) -> VMDescription:
        """Configuration, lineage (commit ids) and network policy of the VM."""
        response = await self._http.call(
            describe_vm.asyncio_detailed, self.hostname, idempotent=True
        )
        return VMDescription.from_wire(json_of(response, "describe VM"))

    async def health(self, stats: bool = False) -> AgentHealth:
        """Ask the guest agent whether it is up.

        Args:
            stats: ``False`` sends a cheap ``HEAD`` (only tells that the agent answers);
                ``True`` sends ``GET`` and returns uptimes, version and userdata status.
        """
        if not stats:
            await self._http.call(
                check_agent_health.asyncio_detailed, self.hostname, idempotent=True
            )
            return AgentHealth(hostname=self.hostname, detailed=False)
        response = await self._http.call(
            get_agent_health.asyncio_detailed, self.hostname, idempotent=True
        )
        return AgentHealth.from_wire(json_of(response, "health"), self.hostname)

    async def stats(self) -> VMStats:
        """CPU, memory, disk and network metrics of the VM."""
        response = await self._http.call(
            get_vm_stats.asyncio_detailed, self.hostname, idempotent=True
        )
        items = VMStats.list_from_wire(json_of(response, "stats"))
        for item in items:
            if item.hostname in ("", self.hostname):
                return item
        raise ProtocolError(f"stats response has no entry for {self.hostname!r}")

    async def logs(self, lines: int | None = None) -> VMLogs:
        """The tail of the serial console: ``lines`` lines, ``0`` for all, ``None`` for the
        daemon's default (20)."""
        if lines is not None and (isinstance(lines, bool) or lines < 0):
            raise ValueError(f"lines must be a non-negative integer or None, got {lines!r}")
        response = await self._http.call(
            get_vm_logs.asyncio_detailed, self.hostname, lines=opt(lines), idempotent=True
        )
        return VMLogs.from_wire(json_of(response, "logs"))

    # -- lifecycle -------------------------------------------------------------------

    async def pause(self) -> None:
        """Freeze the VM's vCPUs (its processes stop running)."""
        await self._http.call(pause_vm.asyncio_detailed, self.hostname)

    async def resume(self) -> None:
        """Unfreeze a paused VM."""
        await self._http.call(resume_vm.asyncio_detailed, self.hostname)

    async def suspend(self) -> None:
        """Snapshot the VM to disk and stop it.

        Raises:
            NotImplementedByDaemonError: the daemon's platform cannot suspend (501).
        """
        await self._http.call(suspend_vm.asyncio_detailed, self.hostname)

    async def restore(self, wait: str | None = None, timeout: float | None = None) -> None:
        """Restore a suspended VM.

        Args:
            wait: ``"agent"`` to return only once the guest agent answers.
            timeout: server-side limit of that wait, in **seconds** (needs ``wait``).
        """
        check_choice("wait value", wait, RESTORE_WAIT_VALUES)
        if timeout is not None and wait is None:
            raise ValueError("timeout applies only together with wait='agent'")
        timeout_text = go_duration("timeout", timeout)
        http_timeout = self._http.timeout
        if wait is not None:
            http_timeout = long_poll_timeout(http_timeout, timeout or _DEFAULT_RESTORE_WAIT)
        await self._http.call(
            restore_vm.asyncio_detailed,
            self.hostname,
            wait=opt(wait),
            timeout=opt(timeout_text),
            http_timeout=http_timeout,
        )

    async def shutdown(self, action: str = "reboot") -> None:
        """Stop the VM: ``"reboot"`` (the graceful default on Firecracker) or ``"shutdown"``.

        An ephemeral VM is removed afterwards; a persistent one can be :meth:`relaunch`-ed.
        """
        check_choice("shutdown action", action, SHUTDOWN_ACTIONS)
        await self._http.call(shutdown_vm.asyncio_detailed, self.hostname, action=action)

    async def relaunch(self) -> VMInfo:
        """Start a stopped persistent VM again from its disk."""
        response = await self._http.call(relaunch_vm.asyncio_detailed, self.hostname)
        info = VMInfo.from_wire(json_of(response, "relaunch"))
        self.ip = info.ip or self.ip
        return info

    async def delete(self) -> DeleteResult:
        """Delete the VM and its disk.

        Raises:
            NotFoundError: the VM does not exist (any more).
            APIError: the daemon reported an error in its answer.
        """
        if self.group is None:
            await self.info()
        response = await self._http.call(
            delete_vm.asyncio_detailed, self.group or "", self.hostname
        )
        data = json_of(response, "delete VM")
        error = Obj(data).text("error")
        if error:
            raise APIError(200, error, method="DELETE", path=f"/hostgroup/{self.group}/nodes")
        return DeleteResult.from_wire(data)

    # -- tags ------------------------------------------------------------------------

    async def get_tags(self) -> tuple[str, ...]:
        """The VM's tags."""
        response = await self._http.call(
            get_vm_tags.asyncio_detailed, self.hostname, idempotent=True
        )
        return Obj(json_of(response, "tags")).texts("tags")

    async def update_tags(
        self, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> tuple[str, ...]:
        """Add and remove tags in one request; returns the resulting tags."""
        body: dict[str, list[str]] = {}
        added, removed = tags_list("add", add), tags_list("remove", remove)
        if added:
            body["add"] = added
        if removed:
            body["remove"] = removed
        if not body:
            raise ValueError("give at least one tag to add or remove")
        return await self._patch_tags(body)

    async def add_tags(self, *tags: str) -> tuple[str, ...]:
        """Add tags; returns the resulting tags."""
        return await self.update_tags(add=tags)

    async def remove_tags(self, *tags: str) -> tuple[str, ...]:
        """Remove tags; returns the resulting tags."""
        return await self.update_tags(remove=tags)

    async def replace_tags(self, *tags: str) -> tuple[str, ...]:
        """Replace every tag (no tags clears them; the ``name=`` tag is kept by the daemon)."""
        return await self._patch_tags({"replace": tags_list("replace", tags) or []})

    async def _patch_tags(self, body: dict[str, list[str]]) -> tuple[str, ...]:
        response = await self._http.call(
            update_vm_tags.asyncio_detailed, self.hostname, body=VMTagUpdate.from_dict(body)
        )
        return Obj(json_of(response, "tags")).texts("tags")
