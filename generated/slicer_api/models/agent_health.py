from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentHealth")


@_attrs_define
class AgentHealth:
    """Health of a VM's guest agent."""

    agent_uptime: int
    """ Agent uptime in **nanoseconds** (a Go duration, which the Go SDK decodes as nanoseconds). The public docs'
    example (`3600`) looks like seconds; daemons send nanoseconds. """
    agent_version: str
    """ Guest agent version. """
    system_uptime: int
    """ Guest OS uptime in **nanoseconds** (see `agent_uptime`). """
    userdata_ran: bool
    """ `true` once the userdata script has finished. """
    ip: str
    """ The guest's primary IPv4 address as the agent reports it. """
    hostname: str | Unset = UNSET
    """ The VM's hostname. """
    userdata_exit_code: int | None | Unset = UNSET
    """ Exit code of the userdata script. Null or left out while it is still running (or when an old agent left an
    empty completion marker). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uptime = self.agent_uptime

        agent_version = self.agent_version

        system_uptime = self.system_uptime

        userdata_ran = self.userdata_ran

        ip = self.ip

        hostname = self.hostname

        userdata_exit_code: int | None | Unset
        if isinstance(self.userdata_exit_code, Unset):
            userdata_exit_code = UNSET
        else:
            userdata_exit_code = self.userdata_exit_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_uptime": agent_uptime,
                "agent_version": agent_version,
                "system_uptime": system_uptime,
                "userdata_ran": userdata_ran,
                "ip": ip,
            }
        )
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if userdata_exit_code is not UNSET:
            field_dict["userdata_exit_code"] = userdata_exit_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_uptime = d.pop("agent_uptime")

        agent_version = d.pop("agent_version")

        system_uptime = d.pop("system_uptime")

        userdata_ran = d.pop("userdata_ran")

        ip = d.pop("ip")

        hostname = d.pop("hostname", UNSET)

        def _parse_userdata_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        userdata_exit_code = _parse_userdata_exit_code(d.pop("userdata_exit_code", UNSET))

        agent_health = cls(
            agent_uptime=agent_uptime,
            agent_version=agent_version,
            system_uptime=system_uptime,
            userdata_ran=userdata_ran,
            ip=ip,
            hostname=hostname,
            userdata_exit_code=userdata_exit_code,
        )

        agent_health.additional_properties = d
        return agent_health

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
