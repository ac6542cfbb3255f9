from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KillExecResponse")


@_attrs_define
class KillExecResponse:
    exec_id: str
    """ Exec id. """
    pid: int
    """ Process id. """
    running: bool
    """ Whether the process was still running when signalled (`false` when it had already exited). """
    signal_sent: str
    """ The signal that was sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exec_id = self.exec_id

        pid = self.pid

        running = self.running

        signal_sent = self.signal_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exec_id": exec_id,
                "pid": pid,
                "running": running,
                "signal_sent": signal_sent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exec_id = d.pop("exec_id")

        pid = d.pop("pid")

        running = d.pop("running")

        signal_sent = d.pop("signal_sent")

        kill_exec_response = cls(
            exec_id=exec_id,
            pid=pid,
            running=running,
            signal_sent=signal_sent,
        )

        kill_exec_response.additional_properties = d
        return kill_exec_response

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
