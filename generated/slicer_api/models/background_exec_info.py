from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundExecInfo")


@_attrs_define
class BackgroundExecInfo:
    """State of a background exec."""

    exec_id: str
    """ Exec id. """
    pid: int
    """ Process id. """
    command: str
    """ The command. """
    started_at: datetime.datetime
    """ Start time (RFC 3339). """
    running: bool
    """ Whether the process is still running. """
    bytes_written: int
    """ Total output bytes produced. """
    bytes_dropped: int
    """ Output bytes evicted from the ring. """
    next_id: int
    """ Id the next frame will get. """
    ring_bytes: int
    """ Effective ring buffer size in bytes. """
    args: list[str] | Unset = UNSET
    """ Its arguments. """
    cwd: str | Unset = UNSET
    """ Working directory. """
    uid: int | Unset = UNSET
    """ A guest user or group id (unsigned 32-bit). `0` is root. `4294967295` is the Go SDK's `NonRootUser` marker
    ("unset / let the guest pick"). """
    exit_code: int | None | Unset = UNSET
    """ Exit code; null or absent while running. """
    signal: str | Unset = UNSET
    """ Signal that ended the process, if any. """
    ended_at: datetime.datetime | None | Unset = UNSET
    """ End time; null or absent while running. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exec_id = self.exec_id

        pid = self.pid

        command = self.command

        started_at = self.started_at.isoformat()

        running = self.running

        bytes_written = self.bytes_written

        bytes_dropped = self.bytes_dropped

        next_id = self.next_id

        ring_bytes = self.ring_bytes

        args: list[str] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        cwd = self.cwd

        uid = self.uid

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        signal = self.signal

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exec_id": exec_id,
                "pid": pid,
                "command": command,
                "started_at": started_at,
                "running": running,
                "bytes_written": bytes_written,
                "bytes_dropped": bytes_dropped,
                "next_id": next_id,
                "ring_bytes": ring_bytes,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if cwd is not UNSET:
            field_dict["cwd"] = cwd
        if uid is not UNSET:
            field_dict["uid"] = uid
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if signal is not UNSET:
            field_dict["signal"] = signal
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exec_id = d.pop("exec_id")

        pid = d.pop("pid")

        command = d.pop("command")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        running = d.pop("running")

        bytes_written = d.pop("bytes_written")

        bytes_dropped = d.pop("bytes_dropped")

        next_id = d.pop("next_id")

        ring_bytes = d.pop("ring_bytes")

        args = cast(list[str], d.pop("args", UNSET))

        cwd = d.pop("cwd", UNSET)

        uid = d.pop("uid", UNSET)

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))

        signal = d.pop("signal", UNSET)

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        background_exec_info = cls(
            exec_id=exec_id,
            pid=pid,
            command=command,
            started_at=started_at,
            running=running,
            bytes_written=bytes_written,
            bytes_dropped=bytes_dropped,
            next_id=next_id,
            ring_bytes=ring_bytes,
            args=args,
            cwd=cwd,
            uid=uid,
            exit_code=exit_code,
            signal=signal,
            ended_at=ended_at,
        )

        background_exec_info.additional_properties = d
        return background_exec_info

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
