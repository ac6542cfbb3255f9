"""P0: control-plane calls through SlicerClient against raw httpx, and the cold import."""

from __future__ import annotations

import argparse

import httpx

from benchmarks._util import cold_import, per_call, row
from slicer.local import LocalDaemon


def run(args: argparse.Namespace) -> None:
    print("== P0 control plane: SlicerClient vs raw httpx, same UNIX socket, same daemon")
    with LocalDaemon() as daemon, daemon.client() as client:
        for _ in range(5):
            client.create_vm("sbox", tags=["bench"])
        raw = httpx.Client(
            base_url="http://unix", transport=httpx.HTTPTransport(uds=daemon.socket_path)
        )

        def raw_info() -> object:
            response = raw.get("/info")
            response.raise_for_status()
            return response.json()

        def raw_list() -> object:
            response = raw.get("/nodes")
            response.raise_for_status()
            return response.json()

        calls = args.calls
        row("get_info()", per_call(client.get_info, calls), per_call(raw_info, calls))
        row("list_vms() (5 VMs)", per_call(client.list_vms, calls), per_call(raw_list, calls))
        raw.close()

    print("== cold import (median of 7, interpreter start subtracted)")
    slicer_s, httpx_s = cold_import("slicer"), cold_import("httpx")
    print(
        f"import slicer {slicer_s * 1e3:7.1f} ms   import httpx {httpx_s * 1e3:7.1f} ms"
        f"   ratio {slicer_s / httpx_s:5.2f}x"
    )
