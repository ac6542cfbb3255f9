"""Tolerant decoding of daemon JSON into the public models."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from slicer import (
    AgentHealth,
    HostGroup,
    NetworkPolicy,
    ProxyClientCredentials,
    ProxyRule,
    SecretInfo,
    VMDescription,
    VMInfo,
    VMStats,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3)
    ),
    max_leaves=10,
)


def test_node_strips_cidr_and_parses_time() -> None:
    vm = VMInfo.from_wire(
        {
            "hostname": "api-1",
            "hostgroup": "api",
            "ip": "192.168.137.2/24",
            "created_at": "2026-05-01T10:00:00.123456789Z",
            "tags": ["name=web", 5, "e2e"],
            "status": "Running",
            "persistent": True,
            "unknown": {"ignored": True},
        }
    )
    assert (vm.ip, vm.ip_cidr) == ("192.168.137.2", "192.168.137.2/24")
    assert vm.created_at == datetime(2026, 5, 1, 10, 0, 0, 123456, tzinfo=UTC)
    assert vm.tags == ("name=web", "e2e")
    assert vm.group == "api" and vm.persistent is True


def test_stats_single_object_or_array() -> None:
    item = {"hostname": "a-1", "snapshot": {"uptime": "6m53s", "totalCpus": 2, "loadAvg1": 0.5}}
    as_array = VMStats.list_from_wire([item])
    as_object = VMStats.list_from_wire(item)
    assert as_array == as_object
    snap = as_array[0].snapshot
    assert snap is not None and snap.uptime == timedelta(minutes=6, seconds=53)
    assert snap.total_cpus == 2 and snap.load_avg_1 == 0.5
    assert VMStats.from_wire({"hostname": "a", "snapshot": None, "error": "down"}).snapshot is None


def test_health_units_and_null_exit_code() -> None:
    health = AgentHealth.from_wire(
        {
            "agent_uptime": 5_000_000_000,
            "system_uptime": 60_000_000_000,
            "userdata_exit_code": None,
        },
        "vm-1",
    )
    assert health.hostname == "vm-1"
    assert health.agent_uptime == timedelta(seconds=5)
    assert health.system_uptime == timedelta(minutes=1)
    assert health.userdata_exit_code is None
    assert AgentHealth.from_wire({"userdata_exit_code": 0}).userdata_exit_code == 0


def test_secret_list_reads_both_time_fields() -> None:
    a = SecretInfo.from_wire({"name": "a", "modified_at": "2026-01-01T00:00:00Z"})
    b = SecretInfo.from_wire({"name": "b", "mod_time": 1_767_225_600})
    assert a.modified_at == b.modified_at == datetime(2026, 1, 1, tzinfo=UTC)


def test_describe_network_keeps_empty_lists_apart_from_absent() -> None:
    desc = VMDescription.from_wire(
        {
            "hostname": "vm-1",
            "network": {
                "mode": "isolated",
                "policy_source": "vm",
                "host_group": {"allow": ["10.0.0.0/8"], "drop": []},
                "override": {"allow": []},
                "effective": {"allow": [], "drop": []},
            },
        }
    )
    assert desc.network.override == NetworkPolicy(allow=(), drop=None)
    assert desc.network.host_group == NetworkPolicy(allow=("10.0.0.0/8",), drop=())
    assert NetworkPolicy(allow=(), drop=None).to_wire() == {"allow": []}
    assert VMDescription.from_wire({"hostname": "x"}).network.override is None


def test_proxy_rule_zero_expiry_and_token_hidden() -> None:
    rule = ProxyRule.from_wire(
        {"host": "*", "expires": "0001-01-01T00:00:00Z", "ports": [443, "x"]}
    )
    assert rule.expires is None and rule.ports == (443,)
    creds = ProxyClientCredentials.from_wire({"name": "c", "token": "spt_secret"})
    assert "spt_secret" not in repr(creds)


@given(json_values)
def test_models_never_crash_on_any_json(value: object) -> None:
    for model in (VMInfo, HostGroup, AgentHealth, SecretInfo, ProxyRule, VMDescription, VMStats):
        model.from_wire(value)
    VMStats.list_from_wire(value)
