from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VMTagUpdate")


@_attrs_define
class VMTagUpdate:
    """A tag change. Send `add` and/or `remove`, or `replace` alone (`"replace": []` clears every tag except
    `name=<value>`, which cannot be changed).

    """

    add: list[str] | Unset = UNSET
    """ Tags to add. """
    remove: list[str] | Unset = UNSET
    """ Tags to remove. """
    replace: list[str] | Unset = UNSET
    """ The complete new tag list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = self.add

        remove: list[str] | Unset = UNSET
        if not isinstance(self.remove, Unset):
            remove = self.remove

        replace: list[str] | Unset = UNSET
        if not isinstance(self.replace, Unset):
            replace = self.replace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove
        if replace is not UNSET:
            field_dict["replace"] = replace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add = cast(list[str], d.pop("add", UNSET))

        remove = cast(list[str], d.pop("remove", UNSET))

        replace = cast(list[str], d.pop("replace", UNSET))

        vm_tag_update = cls(
            add=add,
            remove=remove,
            replace=replace,
        )

        vm_tag_update.additional_properties = d
        return vm_tag_update

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
