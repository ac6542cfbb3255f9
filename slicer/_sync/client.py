# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``AsyncSlicerClient``: the entry point of the asyncio API."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from slicer_api.api.hostgroups import list_host_group_nodes, list_host_groups
from slicer_api.api.info import get_info, healthz
from slicer_api.api.vms import create_vm, list_vm_stats, list_vms
from slicer_api.models import CreateVMRequest

from slicer._core.models import HostGroup, Info, NetworkPolicy, VMInfo, VMStats
from slicer._core.requests import CREATE_WAIT_VALUES, check_choice, create_vm_body, go_duration
from slicer._core.retry import DEFAULT_RETRY, RetryPolicy
from slicer._core.urls import parse_base_url
from slicer._http_common import (
    DEFAULT_TIMEOUT,
    USE_CLIENT_DEFAULT,
    TimeoutTypes,
    UseClientDefault,
    long_poll_timeout,
)
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import json_of, opt
from slicer._sync.commits import Commits
from slicer._sync.proxy import Proxy
from slicer._sync.secrets import Secrets
from slicer._sync.vm import VM
from slicer.errors import SlicerError

__all__ = ["SlicerClient"]

#: Server-side default of ``timeout`` when ``wait`` is given on create, in seconds.
_DEFAULT_CREATE_WAIT = 300.0


class SlicerClient:
    """A client for one Slicer daemon.

    Args:
        base_url: ``http(s)://host:port``, a UNIX socket path (``/…``, ``./…``, ``../…``,
            ``~/…``, ``*.sock``) or ``unix:///path``.
        token: bearer token; no ``Authorization`` header is sent without one.
        user_agent: ``User-Agent`` header (default ``slicervm-python/<version>``).
        timeout: HTTP timeout in seconds (or an ``httpx.Timeout``; ``None`` disables it).
            It bounds each request, not the lifetime of a command or a stream.
        http_client: an ``httpx.AsyncClient`` to send requests with (proxies, mTLS, custom
            transports). Its base URL and headers are filled in when unset, and it is left
            open by :meth:`aclose`.
        retry: backoff for idempotent GET/HEAD requests after connection errors.

    Use it as an async context manager, or call :meth:`aclose`.
    """

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        user_agent: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> None:
        self._endpoint = parse_base_url(base_url)
        self._http = SyncHTTP(
            self._endpoint,
            token or None,
            user_agent=user_agent,
            timeout=timeout,
            http_client=http_client,
            retry=retry,
        )
        self.secrets = Secrets(self._http)
        """Secrets that VMs can mount (``client.secrets.create(...)``)."""
        self.proxy = Proxy(self._http)
        """The egress proxy's admin API: clients, secrets and allow rules."""
        self.commits = Commits(self._http)
        """Cold fork: commit stopped VMs and fork new VMs from the commits."""

    @classmethod
    def from_env(
        cls,
        base_url: str | None = None,
        *,
        user_agent: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> Self:
        """Build a client from ``SLICER_URL``, ``SLICER_TOKEN`` (or ``SLICER_TOKEN_FILE``) and
        ``SLICER_USER_AGENT``. Arguments given here win over the environment.

        Unlike the Go SDK, a token is optional (a UNIX socket often needs none).

        Raises:
            SlicerError: ``SLICER_URL`` is missing, or ``SLICER_TOKEN_FILE`` cannot be read.
        """
        url = (base_url or os.environ.get("SLICER_URL", "")).strip()
        if not url:
            raise SlicerError("SLICER_URL is required (or pass base_url)")
        token = os.environ.get("SLICER_TOKEN", "").strip() or None
        token_file = os.environ.get("SLICER_TOKEN_FILE", "").strip()
        if token is None and token_file:
            path = os.path.expanduser(token_file)
            try:
                with open(path, encoding="utf-8") as handle:
                    token = handle.read().strip() or None
            except OSError as exc:
                raise SlicerError(f"cannot read SLICER_TOKEN_FILE {path}: {exc.strerror}") from None
            if token is None:
                raise SlicerError(f"SLICER_TOKEN_FILE {path} is empty")
        agent = user_agent or os.environ.get("SLICER_USER_AGENT", "").strip() or None
        return cls(
            url, token, user_agent=agent, timeout=timeout, http_client=http_client, retry=retry
        )

    @property
    def base_url(self) -> str:
        """The daemon's address: an http(s) URL or ``unix://<socket path>``."""
        return str(self._endpoint)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def close(self) -> None:
        """Close the connections the client opened."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- daemon ------------------------------------------------------------------------

    def get_info(self) -> Info:
        """The daemon's version, git commit, platform and architecture."""
        response = self._http.call(get_info.sync_detailed, idempotent=True)
        return Info.from_wire(json_of(response, "info"))

    def healthz(self) -> bool:
        """``True`` when the daemon answers its health check (errors raise)."""
        self._http.call(healthz.sync_detailed, idempotent=True)
        return True

    def list_host_groups(self) -> list[HostGroup]:
        """Every host group, in the daemon's order."""
        response = self._http.call(list_host_groups.sync_detailed, idempotent=True)
        return [HostGroup.from_wire(item) for item in _items(json_of(response, "host groups"))]

    def list_vms(
        self, tag: str | None = None, tag_prefix: str | None = None, group: str | None = None
    ) -> list[VMInfo]:
        """VMs, optionally only one group's, and only those with the exact ``tag`` or a tag
        starting with ``tag_prefix``."""
        if group is not None:
            response = self._http.call(
                list_host_group_nodes.sync_detailed,
                group,
                tag=opt(tag),
                tag_prefix=opt(tag_prefix),
                idempotent=True,
            )
        else:
            response = self._http.call(
                list_vms.sync_detailed, tag=opt(tag), tag_prefix=opt(tag_prefix), idempotent=True
            )
        return [VMInfo.from_wire(item) for item in _items(json_of(response, "VM list"))]

    def list_vm_stats(self) -> list[VMStats]:
        """Metrics for every VM."""
        response = self._http.call(list_vm_stats.sync_detailed, idempotent=True)
        return VMStats.list_from_wire(json_of(response, "stats"))

    def vm(self, vm: str | VMInfo) -> VM:
        """A handle for an existing VM, by hostname or from a :class:`VMInfo`; no request."""
        if isinstance(vm, VMInfo):
            return VM(self._http, vm.hostname, group=vm.group or None, ip=vm.ip or None)
        return VM(self._http, vm)

    def create_vm(
        self,
        group: str | None = None,
        *,
        cpus: int | None = None,
        ram_bytes: int | None = None,
        gpu_count: int | None = None,
        userdata: str | None = None,
        tags: Iterable[str] | None = None,
        secrets: Iterable[str] | None = None,
        persistent: bool | None = None,
        ssh_keys: Iterable[str] | None = None,
        import_user: str | None = None,
        disk_image: str | None = None,
        ip: str | None = None,
        network: NetworkPolicy | Mapping[str, Any] | None = None,
        wait: str | None = None,
        timeout: float | None = None,
        request_timeout: TimeoutTypes | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> VM:
        """Create a VM and return its handle.

        Args:
            group: host group; when ``None`` and the daemon has exactly one group, that one.
            ram_bytes: RAM in bytes (see :func:`slicer.gib`).
            userdata: a script the VM runs on first boot.
            secrets: names of secrets (``client.secrets``) to mount in the VM.
            network: per-VM firewall lists; ``[]`` clears a list, ``None`` inherits it.
            wait: ``"agent"`` (until the guest agent answers) or ``"userdata"`` (until the
                userdata script has finished); ``None`` returns at once.
            timeout: server-side limit of that wait, in **seconds**; on expiry the daemon
                deletes the VM and this raises :class:`~slicer.errors.RequestTimeoutError`.
            request_timeout: HTTP timeout for this call (stretched to cover ``timeout``).

        ``async with await client.create_vm(...) as vm:`` deletes the VM on exit.

        Raises:
            ValueError: a bad argument (nothing was sent).
            SlicerError: no group given and the daemon has zero or several groups.
        """
        check_choice("wait value", wait, CREATE_WAIT_VALUES)
        timeout_text = go_duration("timeout", timeout)
        body = CreateVMRequest.from_dict(
            create_vm_body(
                cpus=cpus,
                ram_bytes=ram_bytes,
                gpu_count=gpu_count,
                userdata=userdata,
                tags=tags,
                secrets=secrets,
                persistent=persistent,
                ssh_keys=ssh_keys,
                import_user=import_user,
                disk_image=disk_image,
                ip=ip,
                network=network,
            )
        )
        resolved = self._resolve_group(group)
        http_timeout = self._http.resolve_timeout(request_timeout)
        if wait is not None or timeout is not None:
            http_timeout = long_poll_timeout(http_timeout, timeout or _DEFAULT_CREATE_WAIT)
        response = self._http.call(
            create_vm.sync_detailed,
            resolved,
            body=body,
            wait=opt(wait),
            timeout=opt(timeout_text),
            http_timeout=http_timeout,
        )
        info = VMInfo.from_wire(json_of(response, "create VM"))
        return VM(
            self._http, info.hostname, group=info.group or resolved, ip=info.ip or None, info=info
        )

    def _resolve_group(self, group: str | None) -> str:
        if group is not None and group.strip():
            return group
        try:
            groups = self.list_host_groups()
        except SlicerError as exc:
            raise SlicerError(f"resolve default host group: {exc}") from exc
        if not groups:
            raise SlicerError("no host groups configured")
        if len(groups) > 1:
            names = ", ".join(g.name for g in groups)
            raise SlicerError(
                f"host group is required when more than one is configured (have: {names})"
            )
        return groups[0].name


def _items(data: object) -> list[Any]:
    return data if isinstance(data, list) else []
