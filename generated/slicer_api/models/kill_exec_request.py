from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KillExecRequest")


@_attrs_define
class KillExecRequest:
    """How to signal a background exec. Both fields may be left out."""

    signal: str | Unset = UNSET
    """ Known values `TERM` (default), `KILL`, `INT`, `HUP`, `QUIT`, `USR1`, `USR2`. """
    grace_ms: int | Unset = UNSET
    """ For `TERM` only: milliseconds to wait before escalating to `KILL`. Daemon default 5000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signal = self.signal

        grace_ms = self.grace_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signal is not UNSET:
            field_dict["signal"] = signal
        if grace_ms is not UNSET:
            field_dict["grace_ms"] = grace_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signal = d.pop("signal", UNSET)

        grace_ms = d.pop("grace_ms", UNSET)

        kill_exec_request = cls(
            signal=signal,
            grace_ms=grace_ms,
        )

        kill_exec_request.additional_properties = d
        return kill_exec_request

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
