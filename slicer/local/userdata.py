"""Run a VM's userdata script as a real local process.

The script is written to ``<vmdir>/userdata.sh`` and run as ``/bin/bash userdata.sh``
with cwd and HOME set to the VM's ``root/``, in its own session, stdout and stderr
appended to the VM's ``console.log``. A reaper thread records the exit code
(``128 + signal`` when a signal ended it, as a shell reports it).
"""

from __future__ import annotations

import subprocess
import threading

from slicer.local.store import atomic_write
from slicer.local.vm import VM

__all__ = ["start_userdata"]

BASH = "/bin/bash"


def _exit_code(returncode: int) -> int:
    return 128 - returncode if returncode < 0 else returncode


def _reap(vm: VM, proc: subprocess.Popen[bytes]) -> None:
    code = proc.wait()
    vm.userdata_exit_code = _exit_code(code)
    vm.userdata_ran = True
    vm.userdata_done.set()


def start_userdata(vm: VM) -> None:
    """Start ``vm.userdata`` (if any) and return at once; ``vm.userdata_done`` marks the end."""
    if not vm.userdata:
        vm.userdata_done.set()
        return
    atomic_write(vm.userdata_path, vm.userdata.encode("utf-8"), mode=0o700)
    with open(vm.console_log, "ab") as log:
        try:
            proc = subprocess.Popen(
                [BASH, str(vm.userdata_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                **vm.spawn_options(),
            )
        except OSError as exc:
            log.write(f"slicer-local: cannot start userdata: {exc}\n".encode())
            vm.userdata_exit_code = 127
            vm.userdata_ran = True
            vm.userdata_done.set()
            return
    vm.register_process(proc)
    threading.Thread(
        target=_reap, args=(vm, proc), name=f"userdata-{vm.hostname}", daemon=True
    ).start()
