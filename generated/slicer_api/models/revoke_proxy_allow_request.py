from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevokeProxyAllowRequest")


@_attrs_define
class RevokeProxyAllowRequest:
    """Identifies one exact rule by host, methods, paths, ports and passthrough."""

    client: str
    """ Proxy client name. """
    host: str
    """ The rule's host. """
    secret: str | Unset = UNSET
    """ The rule's secret. """
    methods: list[str] | Unset = UNSET
    """ The rule's methods. """
    paths: list[str] | Unset = UNSET
    """ The rule's paths. """
    ports: list[int] | Unset = UNSET
    """ The rule's ports. """
    passthrough: bool | Unset = UNSET
    """ The rule's passthrough flag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client = self.client

        host = self.host

        secret = self.secret

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods

        paths: list[str] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = self.paths

        ports: list[int] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        passthrough = self.passthrough

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client": client,
                "host": host,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if methods is not UNSET:
            field_dict["methods"] = methods
        if paths is not UNSET:
            field_dict["paths"] = paths
        if ports is not UNSET:
            field_dict["ports"] = ports
        if passthrough is not UNSET:
            field_dict["passthrough"] = passthrough

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client = d.pop("client")

        host = d.pop("host")

        secret = d.pop("secret", UNSET)

        methods = cast(list[str], d.pop("methods", UNSET))

        paths = cast(list[str], d.pop("paths", UNSET))

        ports = cast(list[int], d.pop("ports", UNSET))

        passthrough = d.pop("passthrough", UNSET)

        revoke_proxy_allow_request = cls(
            client=client,
            host=host,
            secret=secret,
            methods=methods,
            paths=paths,
            ports=ports,
            passthrough=passthrough,
        )

        revoke_proxy_allow_request.additional_properties = d
        return revoke_proxy_allow_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
