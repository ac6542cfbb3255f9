from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecResult")


@_attrs_define
class ExecResult:
    """Result of a buffered exec. A non-zero `exit_code` is not an HTTP error."""

    stdout: str
    """ Standard output (base64 when `encoding` is `base64`). """
    stderr: str
    """ Standard error (base64 when `encoding` is `base64`). """
    exit_code: int
    """ Exit code of the process. """
    encoding: str | Unset = UNSET
    """ `base64`, or absent / `text` for raw text. """
    pid: int | Unset = UNSET
    """ Process id. """
    started_at: datetime.datetime | Unset = UNSET
    """ Start time (daemons usually leave it out in buffered mode). """
    ended_at: datetime.datetime | Unset = UNSET
    """ End time (daemons usually leave it out in buffered mode). """
    signal: str | Unset = UNSET
    """ Signal that ended the process, if any. """
    error: str | Unset = UNSET
    """ Start failure or other error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stdout = self.stdout

        stderr = self.stderr

        exit_code = self.exit_code

        encoding = self.encoding

        pid = self.pid

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        signal = self.signal

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stdout": stdout,
                "stderr": stderr,
                "exit_code": exit_code,
            }
        )
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if pid is not UNSET:
            field_dict["pid"] = pid
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if signal is not UNSET:
            field_dict["signal"] = signal
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stdout = d.pop("stdout")

        stderr = d.pop("stderr")

        exit_code = d.pop("exit_code")

        encoding = d.pop("encoding", UNSET)

        pid = d.pop("pid", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _ended_at = d.pop("ended_at", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)

        signal = d.pop("signal", UNSET)

        error = d.pop("error", UNSET)

        exec_result = cls(
            stdout=stdout,
            stderr=stderr,
            exit_code=exit_code,
            encoding=encoding,
            pid=pid,
            started_at=started_at,
            ended_at=ended_at,
            signal=signal,
            error=error,
        )

        exec_result.additional_properties = d
        return exec_result

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
