from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecFrame")


@_attrs_define
class ExecFrame:
    """One NDJSON line of an exec stream (foreground exec and background logs). Typed frames
    have `type` `started`, `stdout`, `stderr` or `exit`; background logs add `gap`. Old agents
    send untyped frames with `stdout`/`stderr` and `exit_code` on every line. An unknown
    `type` should be ignored, but its `exit_code` and `error` still count. Errors travel in the
    `error` field of any frame (there is no frame type `error`). The stream ends when the
    daemon closes the body after the last frame; a stream without an `exit` frame ended
    early. Not settled by any source, so parse tolerantly: whether background logs contain a
    `started` frame, which `id` a `gap` frame carries, and the format of `signal`.

    """

    type_: str | Unset = UNSET
    """ Known values `started`, `stdout`, `stderr`, `exit`, `gap`. Absent on legacy frames. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the frame was emitted (RFC 3339). """
    id: int | Unset = UNSET
    """ Background logs only - monotonic frame id (unsigned 64-bit). """
    pid: int | Unset = UNSET
    """ Process id (on `started`, optionally on `exit`). """
    started_at: datetime.datetime | Unset = UNSET
    """ Start time (on `started`). """
    ended_at: datetime.datetime | Unset = UNSET
    """ End time (on `exit`). """
    encoding: str | Unset = UNSET
    """ `base64`: `data`, `stdout` and `stderr` of this frame are standard base64 with `=` padding. Absent or
    `text`: raw text. """
    data: str | Unset = UNSET
    """ Output bytes of a typed `stdout` or `stderr` frame. """
    stdout: str | Unset = UNSET
    """ Standard output (legacy frames; also accepted on typed `stdout` frames). """
    stderr: str | Unset = UNSET
    """ Standard error (legacy frames; also accepted on typed `stderr` frames). """
    exit_code: int | Unset = UNSET
    """ Exit code (on `exit`; legacy frames may carry 0 on every line until the end). Missing means 0. """
    signal: str | Unset = UNSET
    """ Name of the signal that ended the process (on `exit`), e.g. `KILL`. """
    error: str | Unset = UNSET
    """ Start failure or other error (usually on the last frame), e.g. executable not found. """
    dropped_bytes: int | Unset = UNSET
    """ `gap` frames: bytes evicted from the ring before this point. """
    dropped_frames: int | Unset = UNSET
    """ `gap` frames: frames evicted from the ring before this point. """
    message: str | Unset = UNSET
    """ `gap` frames: human-readable reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        id = self.id

        pid = self.pid

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        encoding = self.encoding

        data = self.data

        stdout = self.stdout

        stderr = self.stderr

        exit_code = self.exit_code

        signal = self.signal

        error = self.error

        dropped_bytes = self.dropped_bytes

        dropped_frames = self.dropped_frames

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if id is not UNSET:
            field_dict["id"] = id
        if pid is not UNSET:
            field_dict["pid"] = pid
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if data is not UNSET:
            field_dict["data"] = data
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if signal is not UNSET:
            field_dict["signal"] = signal
        if error is not UNSET:
            field_dict["error"] = error
        if dropped_bytes is not UNSET:
            field_dict["dropped_bytes"] = dropped_bytes
        if dropped_frames is not UNSET:
            field_dict["dropped_frames"] = dropped_frames
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        id = d.pop("id", UNSET)

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

        encoding = d.pop("encoding", UNSET)

        data = d.pop("data", UNSET)

        stdout = d.pop("stdout", UNSET)

        stderr = d.pop("stderr", UNSET)

        exit_code = d.pop("exit_code", UNSET)

        signal = d.pop("signal", UNSET)

        error = d.pop("error", UNSET)

        dropped_bytes = d.pop("dropped_bytes", UNSET)

        dropped_frames = d.pop("dropped_frames", UNSET)

        message = d.pop("message", UNSET)

        exec_frame = cls(
            type_=type_,
            timestamp=timestamp,
            id=id,
            pid=pid,
            started_at=started_at,
            ended_at=ended_at,
            encoding=encoding,
            data=data,
            stdout=stdout,
            stderr=stderr,
            exit_code=exit_code,
            signal=signal,
            error=error,
            dropped_bytes=dropped_bytes,
            dropped_frames=dropped_frames,
            message=message,
        )

        exec_frame.additional_properties = d
        return exec_frame

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
