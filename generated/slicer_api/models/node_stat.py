from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stats_snapshot import StatsSnapshot


T = TypeVar("T", bound="NodeStat")


@_attrs_define
class NodeStat:
    """Metrics of one VM."""

    hostname: str
    """ The VM's hostname. """
    ip: str
    """ IP address. """
    created_at: datetime.datetime
    """ Creation time (RFC 3339). """
    snapshot: None | StatsSnapshot
    """ The metrics, or null when they are unavailable (see `error`). """
    error: str
    """ Why collecting the metrics failed; empty when they were collected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stats_snapshot import StatsSnapshot  # noqa: PLC0415

        hostname = self.hostname

        ip = self.ip

        created_at = self.created_at.isoformat()

        snapshot: dict[str, Any] | None
        if isinstance(self.snapshot, StatsSnapshot):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "ip": ip,
                "created_at": created_at,
                "snapshot": snapshot,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_snapshot import StatsSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        hostname = d.pop("hostname")

        ip = d.pop("ip")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_snapshot(data: object) -> None | StatsSnapshot:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_0 = StatsSnapshot.from_dict(data)

                return snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatsSnapshot, data)

        snapshot = _parse_snapshot(d.pop("snapshot"))

        error = d.pop("error")

        node_stat = cls(
            hostname=hostname,
            ip=ip,
            created_at=created_at,
            snapshot=snapshot,
            error=error,
        )

        node_stat.additional_properties = d
        return node_stat

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
