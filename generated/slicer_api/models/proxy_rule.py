from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyRule")


@_attrs_define
class ProxyRule:
    """An allow rule of a proxy client."""

    host: str
    """ An exact host name, `*.suffix`, or `*`. """
    secret: str | Unset = UNSET
    """ Proxy secret injected into matching requests, if any. """
    methods: list[str] | None | Unset = UNSET
    """ HTTP methods allowed; empty or null means all. """
    paths: list[str] | None | Unset = UNSET
    """ Paths allowed: exact, `*`, or `<prefix>/*`. Empty or null means all. """
    ports: list[int] | None | Unset = UNSET
    """ Ports covered; empty or null means 80 and 443. """
    expires: datetime.datetime | Unset = UNSET
    """ Expiry time (RFC 3339). `0001-01-01T00:00:00Z` means it never expires. """
    passthrough: bool | Unset = UNSET
    """ Traffic is passed through without inspection (no secret injection). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        secret = self.secret

        methods: list[str] | None | Unset
        if isinstance(self.methods, Unset):
            methods = UNSET
        elif isinstance(self.methods, list):
            methods = self.methods

        else:
            methods = self.methods

        paths: list[str] | None | Unset
        if isinstance(self.paths, Unset):
            paths = UNSET
        elif isinstance(self.paths, list):
            paths = self.paths

        else:
            paths = self.paths

        ports: list[int] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = self.ports

        else:
            ports = self.ports

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        passthrough = self.passthrough

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if expires is not UNSET:
            field_dict["expires"] = expires
        if passthrough is not UNSET:
            field_dict["passthrough"] = passthrough

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        secret = d.pop("secret", UNSET)

        def _parse_methods(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                methods_type_0 = cast(list[str], data)

                return methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        methods = _parse_methods(d.pop("methods", UNSET))

        def _parse_paths(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                paths_type_0 = cast(list[str], data)

                return paths_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        paths = _parse_paths(d.pop("paths", UNSET))

        def _parse_ports(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ports_type_0 = cast(list[int], data)

                return ports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        ports = _parse_ports(d.pop("ports", UNSET))

        _expires = d.pop("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = datetime.datetime.fromisoformat(_expires)

        passthrough = d.pop("passthrough", UNSET)

        proxy_rule = cls(
            host=host,
            secret=secret,
            methods=methods,
            paths=paths,
            ports=ports,
            expires=expires,
            passthrough=passthrough,
        )

        proxy_rule.additional_properties = d
        return proxy_rule

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
