from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProxySecretRequest")


@_attrs_define
class CreateProxySecretRequest:
    name: str
    """ Secret name. """
    host: str
    """ Host the secret is used for. """
    value: str
    """ The secret material (may be empty when `source_file` is given). """
    type_: str | Unset = UNSET
    """ How `value` is read. Known values: `bearer` (default; raw token), `basic` (`user:pass`), `oauth-codex`,
    `oauth-claude`, `oauth-github-copilot`, `oauth-xai`, `github-app-user`, `github-app`, `oauth-client-creds` (JSON
    or YAML credentials, see the Slicer docs). """
    force: bool | Unset = UNSET
    """ Overwrite an existing secret of the same name. """
    source_file: str | Unset = UNSET
    """ A file on the daemon host to read the value from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        host = self.host

        value = self.value

        type_ = self.type_

        force = self.force

        source_file = self.source_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "host": host,
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if force is not UNSET:
            field_dict["force"] = force
        if source_file is not UNSET:
            field_dict["source_file"] = source_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        host = d.pop("host")

        value = d.pop("value")

        type_ = d.pop("type", UNSET)

        force = d.pop("force", UNSET)

        source_file = d.pop("source_file", UNSET)

        create_proxy_secret_request = cls(
            name=name,
            host=host,
            value=value,
            type_=type_,
            force=force,
            source_file=source_file,
        )

        create_proxy_secret_request.additional_properties = d
        return create_proxy_secret_request

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
