# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""The async HTTP layer: one ``httpx.AsyncClient`` for generated calls and streams alike."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
from slicer_api import Client as GeneratedClient
from slicer_api.types import Response

from slicer._core.retry import RetryPolicy
from slicer._core.status import error_for_status
from slicer._core.urls import Endpoint
from slicer._http_common import (
    GENERATED_PARSE_ERRORS,
    RETRYABLE_ERRORS,
    USE_CLIENT_DEFAULT,
    SyncOperation,
    TimeoutTypes,
    UseClientDefault,
    active_call,
    call_context,
    default_headers,
    map_transport_errors,
    raw_response,
    to_timeout,
)

__all__ = ["SyncHTTP"]


class SyncHTTP:
    """Owns (or borrows) the ``httpx.AsyncClient`` and the generated client built on it.

    Requests made through :meth:`call` get the SDK's error mapping, per-call timeout and
    (for idempotent calls) retries; the hooks leave every other request alone.
    """

    def __init__(
        self,
        endpoint: Endpoint,
        token: str | None,
        *,
        user_agent: str | None,
        timeout: TimeoutTypes,
        http_client: httpx.Client | None,
        retry: RetryPolicy,
    ) -> None:
        self.endpoint = endpoint
        self.timeout = to_timeout(timeout)
        self._retry = retry
        self._owner = id(self)
        headers = default_headers(token, user_agent)
        if http_client is None:
            transport = httpx.HTTPTransport(uds=endpoint.socket_path) if endpoint.is_unix else None
            self.client = httpx.Client(
                base_url=endpoint.url, transport=transport, headers=headers, timeout=self.timeout
            )
            self._owns_client = True
        else:
            self.client = http_client
            self._owns_client = False
            if not str(http_client.base_url).strip("/"):
                http_client.base_url = httpx.URL(endpoint.url)
            for name, value in headers.items():
                http_client.headers.setdefault(name, value)
        self.client.event_hooks["request"].append(self._on_request)
        self.client.event_hooks["response"].append(self._on_response)
        self.generated = GeneratedClient(base_url=endpoint.url).set_httpx_client(self.client)

    def _on_request(self, request: httpx.Request) -> None:
        ctx = active_call(self._owner)
        if ctx is not None and ctx.timeout is not None:
            request.extensions["timeout"] = ctx.timeout.as_dict()

    def _on_response(self, response: httpx.Response) -> None:
        ctx = active_call(self._owner)
        if ctx is None:
            return
        ctx.response = response
        if response.status_code < 400:
            return
        response.read()
        raise error_for_status(
            response.status_code,
            response.content,
            method=response.request.method,
            path=response.request.url.path,
        )

    def resolve_timeout(self, timeout: TimeoutTypes | UseClientDefault) -> httpx.Timeout:
        """The timeout for one call: the client's, unless the caller gave one."""
        return self.timeout if isinstance(timeout, UseClientDefault) else to_timeout(timeout)

    def call(
        self,
        operation: SyncOperation,
        *args: Any,
        idempotent: bool = False,
        http_timeout: TimeoutTypes | UseClientDefault = USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> Response[Any]:
        """Run one generated operation (``module.asyncio_detailed``).

        Error statuses raise :mod:`slicer.errors` exceptions; connection errors raise
        :class:`~slicer.errors.SlicerConnectionError` after the retries an idempotent call
        is allowed.
        """
        delays = list(self._retry.delays()) if idempotent else []
        with (
            map_transport_errors(str(self.endpoint)),
            call_context(self._owner, self.resolve_timeout(http_timeout)) as ctx,
        ):
            for delay in [*delays, None]:
                try:
                    return operation(*args, client=self.generated, **kwargs)
                except RETRYABLE_ERRORS:
                    if delay is None:
                        raise
                    time.sleep(delay)
                except GENERATED_PARSE_ERRORS:
                    # The generated models are stricter than the daemons in the wild (a
                    # field an older daemon leaves out); our models read the raw body.
                    fallback = raw_response(ctx)
                    if fallback is None:
                        raise
                    return fallback
        raise AssertionError("unreachable")  # pragma: no cover

    def stream_timeout(self) -> httpx.Timeout:
        """The client's timeouts with no read timeout: a long-running stream (command
        output, a download, a watch) must never be ended by a quiet period."""
        return httpx.Timeout(
            connect=self.timeout.connect,
            read=None,
            write=self.timeout.write,
            pool=self.timeout.pool,
        )

    @contextlib.contextmanager
    def stream(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        content: Any = None,
        http_timeout: TimeoutTypes | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> Iterator[httpx.Response]:
        """Send a request with the SDK's error mapping and read its response as a stream.

        Error statuses raise before the block runs. Transport errors inside the block
        (while reading the body) raise :class:`~slicer.errors.SlicerConnectionError` or
        :class:`~slicer.errors.SlicerTimeoutError`. ``url`` is a path, e.g.
        ``generated_module._get_kwargs(...)["url"]``; use :meth:`stream_timeout` for
        bodies of unbounded duration.
        """
        with (
            map_transport_errors(str(self.endpoint)),
            call_context(self._owner, self.resolve_timeout(http_timeout)),
        ):
            # The call context covers sending and the response head (where the hooks
            # run), not the body: the caller reads it later, maybe from another task.
            request = self.client.build_request(
                method, url, params=params, headers=headers, content=content
            )
            response = self.client.send(request, stream=True)
        try:
            yield response
        finally:
            response.close()

    def close(self) -> None:
        """Close the httpx client if the SDK created it; a borrowed one stays open."""
        hooks = self.client.event_hooks
        if self._on_request in hooks["request"]:
            hooks["request"].remove(self._on_request)
        if self._on_response in hooks["response"]:
            hooks["response"].remove(self._on_response)
        if self._owns_client:
            self.client.close()
