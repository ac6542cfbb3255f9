"""``client.proxy``: the egress proxy's admin API (clients, secrets, allow rules)."""

from __future__ import annotations

from collections.abc import Iterable

from slicer_api.api.proxy import (
    add_proxy_allow,
    create_proxy_client,
    create_proxy_secret,
    delete_proxy_client,
    delete_proxy_secret,
    list_proxy_clients,
    list_proxy_rules,
    list_proxy_secrets,
    remove_proxy_allow,
    revoke_proxy_allow,
)
from slicer_api.models import (
    AddProxyAllowRequest,
    CreateProxySecretRequest,
    ProxyClientCreateRequest,
    RevokeProxyAllowRequest,
)

from slicer._async._http import AsyncHTTP
from slicer._async._ops import json_of
from slicer._core.models import ProxyClient, ProxyClientCredentials, ProxyRule, ProxySecretInfo
from slicer._core.requests import check_name, proxy_allow_body

__all__ = ["AsyncProxy"]


def _list(data: object) -> list[object]:
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


class AsyncProxy:
    """Manage who may reach which hosts through Slicer's egress proxy, with which secret."""

    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    # -- clients ---------------------------------------------------------------------

    async def create_client(self, name: str, token: str | None = None) -> ProxyClientCredentials:
        """Create a client. Without ``token`` the daemon mints one (``spt_…``); it is
        returned only here, never again."""
        body: dict[str, str] = {"name": check_name("client name", name)}
        if token:
            body["token"] = token
        response = await self._http.call(
            create_proxy_client.asyncio_detailed, body=ProxyClientCreateRequest.from_dict(body)
        )
        return ProxyClientCredentials.from_wire(json_of(response, "proxy client"))

    async def list_clients(self) -> list[ProxyClient]:
        """Every client (without tokens)."""
        response = await self._http.call(list_proxy_clients.asyncio_detailed, idempotent=True)
        return [ProxyClient.from_wire(i) for i in _list(json_of(response, "proxy clients"))]

    async def delete_client(self, name: str) -> None:
        """Delete a client: revokes its token and drops all of its rules."""
        await self._http.call(delete_proxy_client.asyncio_detailed, check_name("client name", name))

    async def list_rules(self, client: str) -> list[ProxyRule]:
        """A client's allow rules, in declaration order."""
        response = await self._http.call(
            list_proxy_rules.asyncio_detailed, check_name("client name", client), idempotent=True
        )
        return [ProxyRule.from_wire(i) for i in _list(json_of(response, "proxy rules"))]

    # -- secrets ---------------------------------------------------------------------

    async def create_secret(
        self,
        name: str,
        host: str,
        value: str,
        *,
        type: str | None = None,
        force: bool = False,
        source_file: str | None = None,
    ) -> None:
        """Store a credential the proxy injects for ``host``.

        Args:
            type: ``bearer`` (default), ``basic``, ``oauth-codex``, ``oauth-claude``,
                ``oauth-github-copilot``, ``oauth-xai``, ``github-app-user``, ``github-app``
                or ``oauth-client-creds``.
            force: overwrite an existing secret of that name.
            source_file: a file on the daemon host to read the value from.
        """
        body: dict[str, object] = {
            "name": check_name("secret name", name),
            "host": check_name("host", host),
            "value": value,
        }
        if type:
            body["type"] = type
        if force:
            body["force"] = True
        if source_file:
            body["source_file"] = source_file
        await self._http.call(
            create_proxy_secret.asyncio_detailed, body=CreateProxySecretRequest.from_dict(body)
        )

    async def list_secrets(self) -> list[ProxySecretInfo]:
        """Metadata of every proxy secret (values are never returned)."""
        response = await self._http.call(list_proxy_secrets.asyncio_detailed, idempotent=True)
        return [ProxySecretInfo.from_wire(i) for i in _list(json_of(response, "proxy secrets"))]

    async def delete_secret(self, name: str) -> None:
        """Delete a proxy secret."""
        await self._http.call(delete_proxy_secret.asyncio_detailed, check_name("secret name", name))

    # -- allow rules -----------------------------------------------------------------

    async def add_allow(
        self,
        client: str,
        host: str,
        *,
        secret: str | None = None,
        methods: Iterable[str] = (),
        paths: Iterable[str] = (),
        ports: Iterable[int] = (),
        ttl_seconds: int | None = None,
        passthrough: bool = False,
    ) -> None:
        """Allow ``client`` to reach ``host`` (exact, ``*.suffix`` or ``*``).

        Args:
            methods, paths: limit the rule (paths: exact, ``*`` or ``prefix/*``).
            ports: ports covered; none means 80 and 443.
            ttl_seconds: lifetime of the rule in **seconds**.
            passthrough: tunnel TLS untouched (no secret, methods or paths then).
        """
        body = proxy_allow_body(
            client,
            host,
            secret=secret,
            methods=methods,
            paths=paths,
            ports=ports,
            ttl_seconds=ttl_seconds,
            passthrough=passthrough,
        )
        await self._http.call(
            add_proxy_allow.asyncio_detailed, body=AddProxyAllowRequest.from_dict(body)
        )

    async def remove_allow(self, client: str, host: str) -> None:
        """Remove every rule of ``client`` for ``host``."""
        await self._http.call(
            remove_proxy_allow.asyncio_detailed,
            check_name("client name", client),
            check_name("host", host),
        )

    async def revoke(
        self,
        client: str,
        host: str,
        *,
        secret: str | None = None,
        methods: Iterable[str] = (),
        paths: Iterable[str] = (),
        ports: Iterable[int] = (),
        passthrough: bool = False,
    ) -> None:
        """Remove the one rule that matches exactly this tuple."""
        body = proxy_allow_body(
            client,
            host,
            secret=secret,
            methods=methods,
            paths=paths,
            ports=ports,
            passthrough=passthrough,
        )
        await self._http.call(
            revoke_proxy_allow.asyncio_detailed, body=RevokeProxyAllowRequest.from_dict(body)
        )
