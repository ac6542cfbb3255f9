from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteVMResponse")


@_attrs_define
class DeleteVMResponse:
    """Outcome of a deletion. A non-empty `error` means it failed, although the status was 200."""

    message: str
    """ Human-readable outcome. """
    disk_removed: str
    """ Whether the disk was removed, as a **string** `"true"` or `"false"` (not a JSON boolean). """
    error: str
    """ Empty on success; otherwise why the deletion failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        disk_removed = self.disk_removed

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "disk_removed": disk_removed,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        disk_removed = d.pop("disk_removed")

        error = d.pop("error")

        delete_vm_response = cls(
            message=message,
            disk_removed=disk_removed,
            error=error,
        )

        delete_vm_response.additional_properties = d
        return delete_vm_response

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
