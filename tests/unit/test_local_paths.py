"""slicer.local: VM paths stay under the VM root; the uid/gid policy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slicer.local.errors import ApiError
from slicer.local.files.owners import owner_for
from slicer.local.vmfs import VMPaths


def test_paths_resolve_inside_the_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    os.symlink("/etc", root / "abs")  # absolute: the VM's /etc, not the host's
    os.symlink("../../../../..", root / "up")
    os.symlink("loop", root / "loop")
    paths = VMPaths(root)
    real = os.path.realpath(root)
    assert paths.resolve("/") == real
    assert paths.resolve("~") == real
    assert paths.resolve("~/x") == os.path.join(real, "x")
    assert paths.resolve("rel/x") == os.path.join(real, "rel", "x")
    assert paths.resolve("/../../etc/passwd") == os.path.join(real, "etc", "passwd")
    assert paths.resolve("/abs/passwd") == os.path.join(real, "etc", "passwd")
    assert paths.resolve("/up/etc") == os.path.join(real, "etc")
    assert paths.resolve("/abs", follow_last=False) == os.path.join(real, "abs")
    with pytest.raises(ApiError) as caught:
        paths.resolve("/loop/x")
    assert caught.value.status == 400
    for bad in ("", "a\0b", "~other/x", "/" + "x" * 5000):
        with pytest.raises(ApiError):
            paths.resolve(bad)
    assert paths.to_vm(os.path.join(real, "a", "b")) == "/a/b"
    assert paths.to_vm(real) == "/"


def test_owner_policy() -> None:
    assert owner_for(1000, 1000, euid=0) == (1000, 1000)
    assert owner_for(None, None, euid=1000, groups={1000}) == (None, None)
    assert owner_for(4294967295, 4294967295, euid=1000, groups={1000}) == (None, None)
    assert owner_for(1000, 1000, euid=1000, groups={1000}) == (None, 1000)
    with pytest.raises(ApiError) as caught:
        owner_for(0, 0, euid=1000, groups={1000})
    assert caught.value.status == 403
    assert "run the daemon as root" in caught.value.message
