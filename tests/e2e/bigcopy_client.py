"""Run by test_files_big in a fresh interpreter: copy a big file up and down with the sync
or the async client and print the peak RSS growth, so the daemon's memory is not counted.

    python -m tests.e2e.bigcopy_client <sync|async> <base_url> <hostname> <src> <dst>
"""

from __future__ import annotations

import asyncio
import json
import sys


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def main() -> None:
    kind, base_url, hostname, src, dst = sys.argv[1:6]
    import slicer

    if kind == "sync":
        with slicer.SlicerClient(base_url) as client:
            vm = client.vm(hostname)
            vm.fs.write_file("/warmup", b"x" * 65536)  # imports and connections settled
            vm.cp_from("/warmup", dst + ".warmup")
            baseline = _status("VmRSS")
            vm.cp_to(src, "/big.bin")
            vm.cp_from("/big.bin", dst)
    else:

        async def go() -> int:
            async with slicer.AsyncSlicerClient(base_url) as client:
                vm = client.vm(hostname)
                await vm.fs.write_file("/warmup", b"x" * 65536)
                await vm.cp_from("/warmup", dst + ".warmup")
                base = _status("VmRSS")
                await vm.cp_to(src, "/big.bin")
                await vm.cp_from("/big.bin", dst)
                return base

        baseline = asyncio.run(go())
    print(json.dumps({"baseline": baseline, "peak": _status("VmHWM")}))


if __name__ == "__main__":
    main()
