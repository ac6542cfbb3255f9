"""VM lifecycle: pause, resume, stop (shutdown/reboot), relaunch, delete, daemon stop.

These block (signals and grace periods), so route handlers run them in a worker thread.
Each takes the VM's ``op_lock`` so two lifecycle calls on one VM never interleave.
"""

from __future__ import annotations

import signal
import time

from slicer.local.errors import ApiError, not_found
from slicer.local.vm import PAUSED, RUNNING, STOPPED, VM
from slicer.local.vms import VMManager

__all__ = ["Lifecycle"]


def _conflict(vm: VM, wanted: str) -> ApiError:
    return ApiError(409, f"vm {vm.hostname!r} is {vm.status.lower()}, expected {wanted}")


class Lifecycle:
    """State transitions of the VMs in one :class:`VMManager`."""

    def __init__(self, vms: VMManager) -> None:
        self.vms = vms

    def _set_status(self, vm: VM, status: str) -> None:
        with self.vms.lock:
            vm.status = status
            if vm.persistent:
                self.vms.save()

    def pause(self, hostname: str) -> VM:
        """SIGSTOP every process group of the VM."""
        vm = self.vms.get(hostname)
        with vm.op_lock:
            if vm.status != RUNNING:
                raise _conflict(vm, "running")
            vm.signal_all(signal.SIGSTOP)
            self._set_status(vm, PAUSED)
        return vm

    def resume(self, hostname: str) -> VM:
        """SIGCONT every process group of the VM."""
        vm = self.vms.get(hostname)
        with vm.op_lock:
            if vm.status != PAUSED:
                raise _conflict(vm, "paused")
            vm.signal_all(signal.SIGCONT)
            self._set_status(vm, RUNNING)
        return vm

    def stop(self, hostname: str) -> bool:
        """Stop the VM's processes; ephemeral VMs are then deleted. True if deleted."""
        vm = self.vms.get(hostname)
        with vm.op_lock:
            if vm.status == STOPPED:
                raise _conflict(vm, "running or paused")
            if not vm.persistent:
                self.vms.remove(vm)
                return True
            vm.processes.terminate(self.vms.config.shutdown_grace_seconds)
            self._set_status(vm, STOPPED)
        return False

    def relaunch(self, hostname: str) -> VM:
        """Start a Stopped persistent VM again from its existing directory."""
        vm = self.vms.get(hostname)
        with vm.op_lock:
            if vm.status != STOPPED:
                raise _conflict(vm, "stopped")
            if self.vms.closing:
                raise ApiError(503, "daemon is shutting down")
            vm.root_dir.mkdir(parents=True, exist_ok=True)
            vm.console_log.touch(mode=0o600)
            vm.started_mono = time.monotonic()
            vm.userdata_done.set()  # userdata runs on first boot only
            self._set_status(vm, RUNNING)
        return vm

    def delete(self, group: str, hostname: str) -> None:
        """Delete a VM of ``group`` whatever its state."""
        self.vms.group(group)
        vm = self.vms.get(hostname)
        if vm.group != group:
            raise not_found(f"vm {hostname!r} not found in host group {group!r}")
        with vm.op_lock:
            self.vms.remove(vm)

    def stop_all(self) -> None:
        """Daemon shutdown: kill every VM; persistent ones stay as Stopped records."""
        with self.vms.lock:
            self.vms.closing = True
        vms = self.vms.select()
        for vm in vms:  # TERM everything first, so the grace periods overlap
            if vm.signal_all(signal.SIGTERM):
                vm.signal_all(signal.SIGCONT)
        deadline = time.monotonic() + self.vms.config.shutdown_grace_seconds
        for vm in vms:
            vm.processes.wait_gone(max(0.0, deadline - time.monotonic()))
        for vm in vms:
            vm.signal_all(signal.SIGKILL)
        for vm in vms:
            if vm.persistent:
                vm.processes.wait_gone(5.0)
                self._set_status(vm, STOPPED)
            else:
                self.vms.remove(vm)
