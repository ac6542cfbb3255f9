from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FsWatchSseEvent")


@_attrs_define
class FsWatchSseEvent:
    """One Server-Sent Event of the watch stream, as a parser sees it: `event` is `watch`, `id` the event id, and `data`
    the `FsWatchEvent` JSON text. Heartbeat comments are not events.

    """

    data: str
    """ The `FsWatchEvent` as JSON text. """
    event: str | Unset = UNSET
    """ Event name; `watch`. """
    id: str | Unset = UNSET
    """ Event id as decimal text. """
    retry: int | Unset = UNSET
    """ Reconnection time in milliseconds, if the server sets one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        event = self.event

        id = self.id

        retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        event = d.pop("event", UNSET)

        id = d.pop("id", UNSET)

        retry = d.pop("retry", UNSET)

        fs_watch_sse_event = cls(
            data=data,
            event=event,
            id=id,
            retry=retry,
        )

        fs_watch_sse_event.additional_properties = d
        return fs_watch_sse_event

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
