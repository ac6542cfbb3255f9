from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxySecret")


@_attrs_define
class ProxySecret:
    """Metadata of a proxy secret (never its value)."""

    name: str
    """ Secret name. """
    host: str
    """ Host it is used for. """
    type_: str | Unset = UNSET
    """ Secret type (see `CreateProxySecretRequest.type`). """
    created_at: datetime.datetime | Unset = UNSET
    """ Creation time (RFC 3339). """
    updated_at: datetime.datetime | Unset = UNSET
    """ Last update (RFC 3339). """
    adopted_at: datetime.datetime | Unset = UNSET
    """ When refreshed credentials were adopted (RFC 3339). """
    refreshed_at: datetime.datetime | Unset = UNSET
    """ Last OAuth refresh (RFC 3339). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        host = self.host

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        adopted_at: str | Unset = UNSET
        if not isinstance(self.adopted_at, Unset):
            adopted_at = self.adopted_at.isoformat()

        refreshed_at: str | Unset = UNSET
        if not isinstance(self.refreshed_at, Unset):
            refreshed_at = self.refreshed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "host": host,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if adopted_at is not UNSET:
            field_dict["adopted_at"] = adopted_at
        if refreshed_at is not UNSET:
            field_dict["refreshed_at"] = refreshed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        host = d.pop("host")

        type_ = d.pop("type", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _adopted_at = d.pop("adopted_at", UNSET)
        adopted_at: datetime.datetime | Unset
        if isinstance(_adopted_at, Unset):
            adopted_at = UNSET
        else:
            adopted_at = datetime.datetime.fromisoformat(_adopted_at)

        _refreshed_at = d.pop("refreshed_at", UNSET)
        refreshed_at: datetime.datetime | Unset
        if isinstance(_refreshed_at, Unset):
            refreshed_at = UNSET
        else:
            refreshed_at = datetime.datetime.fromisoformat(_refreshed_at)

        proxy_secret = cls(
            name=name,
            host=host,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
            adopted_at=adopted_at,
            refreshed_at=refreshed_at,
        )

        proxy_secret.additional_properties = d
        return proxy_secret

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
