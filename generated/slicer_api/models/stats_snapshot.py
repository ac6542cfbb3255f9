from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatsSnapshot")


@_attrs_define
class StatsSnapshot:
    """Guest metrics. Field names are camelCase on the wire. All fields are always present."""

    hostname: str
    """ The guest's hostname. """
    arch: str
    """ Guest architecture. """
    timestamp: datetime.datetime
    """ When the metrics were taken (RFC 3339). """
    uptime: str
    """ Guest uptime as a Go duration string, e.g. `6m53s`. """
    total_cpus: int
    """ Number of CPUs. """
    total_memory: int
    """ Total memory in bytes. """
    memory_used: int
    """ Used memory in bytes. """
    memory_available: int
    """ Available memory in bytes. """
    memory_used_percent: float
    """ Used memory in percent. """
    load_avg_1: float
    """ 1-minute load average. """
    load_avg_5: float
    """ 5-minute load average. """
    load_avg_15: float
    """ 15-minute load average. """
    disk_read_total: float
    """ Total bytes read from disk. """
    disk_write_total: float
    """ Total bytes written to disk. """
    network_read_total: float
    """ Total bytes received over the network. """
    network_write_total: float
    """ Total bytes sent over the network. """
    disk_io_inflight: int
    """ Disk I/O operations in flight. """
    open_connections: int
    """ Open network connections. """
    open_files: int
    """ Open files. """
    entropy: int
    """ Available kernel entropy. """
    disk_space_total: int
    """ Root filesystem size in bytes. """
    disk_space_used: int
    """ Root filesystem bytes used. """
    disk_space_free: int
    """ Root filesystem bytes free. """
    disk_space_used_percent: float
    """ Root filesystem used in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        arch = self.arch

        timestamp = self.timestamp.isoformat()

        uptime = self.uptime

        total_cpus = self.total_cpus

        total_memory = self.total_memory

        memory_used = self.memory_used

        memory_available = self.memory_available

        memory_used_percent = self.memory_used_percent

        load_avg_1 = self.load_avg_1

        load_avg_5 = self.load_avg_5

        load_avg_15 = self.load_avg_15

        disk_read_total = self.disk_read_total

        disk_write_total = self.disk_write_total

        network_read_total = self.network_read_total

        network_write_total = self.network_write_total

        disk_io_inflight = self.disk_io_inflight

        open_connections = self.open_connections

        open_files = self.open_files

        entropy = self.entropy

        disk_space_total = self.disk_space_total

        disk_space_used = self.disk_space_used

        disk_space_free = self.disk_space_free

        disk_space_used_percent = self.disk_space_used_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "arch": arch,
                "timestamp": timestamp,
                "uptime": uptime,
                "totalCpus": total_cpus,
                "totalMemory": total_memory,
                "memoryUsed": memory_used,
                "memoryAvailable": memory_available,
                "memoryUsedPercent": memory_used_percent,
                "loadAvg1": load_avg_1,
                "loadAvg5": load_avg_5,
                "loadAvg15": load_avg_15,
                "diskReadTotal": disk_read_total,
                "diskWriteTotal": disk_write_total,
                "networkReadTotal": network_read_total,
                "networkWriteTotal": network_write_total,
                "diskIOInflight": disk_io_inflight,
                "openConnections": open_connections,
                "openFiles": open_files,
                "entropy": entropy,
                "diskSpaceTotal": disk_space_total,
                "diskSpaceUsed": disk_space_used,
                "diskSpaceFree": disk_space_free,
                "diskSpaceUsedPercent": disk_space_used_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")

        arch = d.pop("arch")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        uptime = d.pop("uptime")

        total_cpus = d.pop("totalCpus")

        total_memory = d.pop("totalMemory")

        memory_used = d.pop("memoryUsed")

        memory_available = d.pop("memoryAvailable")

        memory_used_percent = d.pop("memoryUsedPercent")

        load_avg_1 = d.pop("loadAvg1")

        load_avg_5 = d.pop("loadAvg5")

        load_avg_15 = d.pop("loadAvg15")

        disk_read_total = d.pop("diskReadTotal")

        disk_write_total = d.pop("diskWriteTotal")

        network_read_total = d.pop("networkReadTotal")

        network_write_total = d.pop("networkWriteTotal")

        disk_io_inflight = d.pop("diskIOInflight")

        open_connections = d.pop("openConnections")

        open_files = d.pop("openFiles")

        entropy = d.pop("entropy")

        disk_space_total = d.pop("diskSpaceTotal")

        disk_space_used = d.pop("diskSpaceUsed")

        disk_space_free = d.pop("diskSpaceFree")

        disk_space_used_percent = d.pop("diskSpaceUsedPercent")

        stats_snapshot = cls(
            hostname=hostname,
            arch=arch,
            timestamp=timestamp,
            uptime=uptime,
            total_cpus=total_cpus,
            total_memory=total_memory,
            memory_used=memory_used,
            memory_available=memory_available,
            memory_used_percent=memory_used_percent,
            load_avg_1=load_avg_1,
            load_avg_5=load_avg_5,
            load_avg_15=load_avg_15,
            disk_read_total=disk_read_total,
            disk_write_total=disk_write_total,
            network_read_total=network_read_total,
            network_write_total=network_write_total,
            disk_io_inflight=disk_io_inflight,
            open_connections=open_connections,
            open_files=open_files,
            entropy=entropy,
            disk_space_total=disk_space_total,
            disk_space_used=disk_space_used,
            disk_space_free=disk_space_free,
            disk_space_used_percent=disk_space_used_percent,
        )

        stats_snapshot.additional_properties = d
        return stats_snapshot

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
