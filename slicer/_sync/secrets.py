# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""``client.secrets``: named secrets that VMs mount at creation."""

from __future__ import annotations

from slicer_api.api.secrets import create_secret, delete_secret, list_secrets, update_secret
from slicer_api.models import CreateSecretRequest, UpdateSecretRequest

from slicer._core.models import SecretInfo
from slicer._core.requests import check_name, encode_secret_data, permissions_text
from slicer._sync._http import SyncHTTP
from slicer._sync._ops import json_of

__all__ = ["Secrets"]


def _secret_body(
    data: bytes | str | None, permissions: str | int | None, uid: int | None, gid: int | None
) -> dict[str, object]:
    body: dict[str, object] = {}
    if data is not None:
        body["data"] = encode_secret_data(data)
    mode = permissions_text(permissions)
    if mode is not None:
        body["permissions"] = mode
    for key, value in (("uid", uid), ("gid", gid)):
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**32:
                raise ValueError(f"{key} must be an integer from 0 to 4294967295, got {value!r}")
            body[key] = value
    return body


class Secrets:
    """Create, list, update and delete secrets. Values are bytes or text; the SDK
    base64-encodes them for the wire, and the daemon never returns them."""

    def __init__(self, http: SyncHTTP) -> None:
        self._http = http

    def list(self) -> list[SecretInfo]:
        """Metadata of every secret."""
        response = self._http.call(list_secrets.sync_detailed, idempotent=True)
        data = json_of(response, "secrets")
        return (
            [SecretInfo.from_wire(item) for item in data if isinstance(item, dict)]
            if isinstance(data, list)
            else []
        )

    def create(
        self,
        name: str,
        data: bytes | str,
        *,
        permissions: str | int | None = None,
        uid: int | None = None,
        gid: int | None = None,
    ) -> None:
        """Create a secret.

        Args:
            permissions: file mode inside the VM, e.g. ``"0600"`` or ``0o600``.
            uid, gid: owner inside the VM (root when not given).

        Raises:
            SecretExistsError: a secret with this name exists.
        """
        body = {
            "name": check_name("secret name", name),
            **_secret_body(data, permissions, uid, gid),
        }
        self._http.call(create_secret.sync_detailed, body=CreateSecretRequest.from_dict(body))

    def update(
        self,
        name: str,
        data: bytes | str | None = None,
        *,
        permissions: str | int | None = None,
        uid: int | None = None,
        gid: int | None = None,
    ) -> None:
        """Change a secret's value and/or metadata; what is not given stays as it is."""
        body = _secret_body(data, permissions, uid, gid)
        if not body:
            raise ValueError("nothing to update: give data, permissions, uid or gid")
        self._http.call(
            update_secret.sync_detailed,
            check_name("secret name", name),
            body=UpdateSecretRequest.from_dict(body),
        )

    def delete(self, name: str) -> None:
        """Delete a secret."""
        self._http.call(delete_secret.sync_detailed, check_name("secret name", name))
