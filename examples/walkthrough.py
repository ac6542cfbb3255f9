"""A walkthrough of slicervm against a local Slicer-compatible daemon (slicer.local).

Run it with ``scripts/demo``. Every step prints what it does and what came back.
Against a real Slicer daemon, replace the LocalDaemon block with
``SlicerClient("/var/run/slicer/api.sock")`` or ``SlicerClient.from_env()``.
"""

from __future__ import annotations

import asyncio
import socket
import tempfile
import time
from pathlib import Path

import httpx

from slicer import (
    AsyncSlicerClient,
    ConflictError,
    SecretExistsError,
    SlicerClient,
    Stdout,
    gib,
)
from slicer.local import LocalDaemon


def step(text: str) -> None:
    print(f"\n==> {text}")


def control_plane(client: SlicerClient) -> None:
    step("daemon info and host groups")
    info = client.get_info()
    print(f"    {info.version} on {info.platform}/{info.arch}")
    for group in client.list_host_groups():
        print(f"    group {group.name}: {group.cpus} vCPU, {group.ram_bytes // 2**30} GiB")

    step("secrets: create one, list them, try a duplicate")
    client.secrets.create("api-key", "s3cr3t-value", permissions="0600")
    for secret in client.secrets.list():
        print(f"    {secret.name}: {secret.size} bytes, mode {secret.permissions}")
    try:
        client.secrets.create("api-key", "again")
    except SecretExistsError as exc:
        print(f"    duplicate refused: {exc}")

    step("create a VM with userdata, waiting until the script has run")
    userdata = "echo 'hello from userdata'; uname -s; echo ready > /dev/null"
    with client.create_vm(
        cpus=1,
        ram_bytes=gib(1),
        userdata=userdata,
        tags=["demo", "name=web"],
        secrets=["api-key"],
        wait="userdata",
        timeout=60,
    ) as vm:
        print(f"    created {vm.hostname} in group {vm.group} with IP {vm.ip}")
        health = vm.health(stats=True)
        print(f"    agent {health.agent_version}, userdata exit code {health.userdata_exit_code}")

        step("list VMs, filtered by tag")
        for item in client.list_vms(tag="name=web"):
            print(f"    {item.hostname} {item.status} tags={list(item.tags)}")

        step("tags: add, remove, replace (the name= tag is kept)")
        print(f"    after add:     {sorted(vm.add_tags('tier=frontend', 'temp'))}")
        print(f"    after remove:  {sorted(vm.remove_tags('temp'))}")
        print(f"    after replace: {sorted(vm.replace_tags('rebuilt'))}")

        step("serial console logs")
        for line in vm.logs(lines=0).content.splitlines():
            print(f"    | {line}")

        step("pause and resume (the VM's processes get SIGSTOP / SIGCONT)")
        vm.pause()
        print(f"    status: {vm.info().status}")
        try:
            vm.health(stats=True)
        except ConflictError as exc:
            print(f"    health while paused: {exc}")
        vm.resume()
        print(f"    status: {vm.info().status}")

        step("stats")
        stats = vm.stats()
        if stats.snapshot is not None:
            snap = stats.snapshot
            print(f"    load {snap.load_avg_1:.2f}, memory {snap.memory_used_percent:.0f}% used")

        step(f"delete {vm.hostname} (leaving the with-block)")
    print(f"    VMs left: {[v.hostname for v in client.list_vms()]}")
    client.secrets.delete("api-key")


def exec_tour(client: SlicerClient) -> None:
    step("exec: run a command like subprocess.run")
    with client.create_vm(tags=["exec-demo"]) as vm:
        result = vm.run("echo hello from $(hostname); uname -s; exit 3", text=True)
        print(f"    returncode={result.returncode} stdout={result.stdout!r}")

        step("exec: stream output as it is produced")
        with vm.exec_stream("for i in 1 2 3; do echo tick $i; sleep 0.2; done") as stream:
            for frame in stream:
                if isinstance(frame, Stdout):
                    print(f"    [{frame.timestamp:%H:%M:%S.%f}] {frame.data.decode().rstrip()}")
        print(f"    exit status {stream.returncode}")

        step("exec: an interactive stdin exchange with `cat` (full duplex)")
        proc = vm.popen(["cat"])
        for line in (b"first line\n", b"second line\n"):
            proc.stdin.write(line)
            print(f"    sent {line!r}, read back {proc.stdout.readline()!r}")
        proc.stdin.close()
        print(f"    stdin closed, cat exited with {proc.wait()}")

        step("exec: a background job, its logs followed, then reaped")
        job = vm.bg.start("for i in 1 2 3; do echo step $i; sleep 0.3; done; echo done")
        print(f"    started {job.exec_id} (pid {job.pid})")
        for frame in job.logs(follow=True):
            if isinstance(frame, Stdout):
                print(f"    log #{frame.id}: {frame.data.decode().rstrip()}")
        print(f"    exit status {job.wait()}")
        job.delete()


def files_tour(client: SlicerClient) -> None:
    step("files: copy a project in, run its tests in the VM, copy the results out")
    with client.create_vm(tags=["files-demo"]) as vm, tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp, "project")
        (project / "tests").mkdir(parents=True)
        (project / "calc.py").write_text("def add(a, b):\n    return a + b\n")
        (project / "tests" / "run.sh").write_text(
            "#!/bin/sh\nmkdir -p results\n"
            "python3 -c 'import calc; assert calc.add(2, 3) == 5' "
            "&& echo 'add: ok' > results/report.txt\n"
        )
        (project / "tests" / "run.sh").chmod(0o755)
        (project / "scratch.tmp").write_text("left out by the exclude")
        vm.cp_to(
            project,
            "~/project",
            exclude=["*.tmp"],
            progress=lambda done, total: print(f"    sent {done}/{total} bytes of files"),
        )
        print(f"    in the VM: {[e.name for e in vm.fs.read_dir('~/project')]}")
        result = vm.run("cd ~/project && ./tests/run.sh && cat results/report.txt", text=True)
        print(f"    tests exited {result.returncode}: {result.stdout.strip()!r}")
        vm.cp_from("~/project/results", Path(tmp, "results"))
        print(f"    copied out: {(Path(tmp) / 'results' / 'report.txt').read_text().strip()!r}")

        step("files: watch a directory while a command writes into it")
        vm.fs.mkdir("~/project/out")
        with vm.fs.watch("~/project/out", debounce=0, events=["create"], timeout=10) as events:
            vm.run("cd ~/project/out && for i in 1 2 3; do echo $i > part$i.txt; sleep 0.1; done")
            for event in events:
                print(f"    #{event.id} {event.type} {event.path} ({event.size} bytes)")
                if event.path.endswith("part3.txt"):
                    break


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get_when_up(url: str) -> httpx.Response:
    """GET ``url``, retrying while the server in the VM is still starting."""
    for _ in range(100):
        try:
            return httpx.get(url)
        except httpx.TransportError:
            time.sleep(0.1)
    return httpx.get(url)


def forward_and_shell(client: SlicerClient) -> None:
    step("forward: start a web server in the VM and fetch a page through a forward")
    print(
        "    (a connection made before the server listens is refused: logged as a 502, and the\n"
        "    forwarder keeps serving)"
    )
    with client.create_vm(tags=["forward-demo"]) as vm:
        port = free_port()
        vm.run("mkdir -p site && echo '<h1>served from the VM</h1>' > site/index.html")
        server = vm.bg.start(
            ["python3", "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd="site"
        )
        with vm.forward(f"0:127.0.0.1:{port}") as fwd:
            local = fwd.listeners[0]
            print(f"    {local.spec}: listening on {local.local}, upstream {local.remote}")
            page = get_when_up(f"http://127.0.0.1:{local.port}/index.html")
            print(f"    GET / -> {page.status_code} {page.text.strip()!r}")
        server.kill()

        step("shell: open a terminal in the VM and run one command")
        with vm.shell(cols=100, rows=30) as sh:
            sh.send("echo $((6*7)); stty size\n")
            output = sh.read_until("30 100", timeout=10).decode(errors="replace")
            print(f"    terminal said: {output.splitlines()[-2:]}")
            sh.send("exit\n")
            for _ in sh:
                pass
            print(f"    shell exited, session closed by the daemon: {sh.session_closed}")


async def async_part(base_url: str, token: str | None) -> None:
    step("the same API with asyncio: three VMs created concurrently")
    async with AsyncSlicerClient(base_url, token) as client:
        vms = await asyncio.gather(*(client.create_vm(tags=["async"]) for _ in range(3)))
        print(f"    created {sorted(vm.hostname for vm in vms)}")
        await asyncio.gather(*(vm.delete() for vm in vms))
        print(f"    deleted; VMs left: {len(await client.list_vms(tag='async'))}")


def main() -> None:
    print("Starting slicer.local (a local daemon: VMs are plain local processes, not isolated)")
    with LocalDaemon() as daemon:
        print(f"    listening on {daemon.base_url}")
        with daemon.client() as client:
            control_plane(client)
            exec_tour(client)
            files_tour(client)
            forward_and_shell(client)
        asyncio.run(async_part(daemon.base_url, daemon.token))
    print("\nDone: the daemon is stopped and its state directory removed.")


if __name__ == "__main__":
    main()
