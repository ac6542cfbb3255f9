"""schemathesis, through scripts/contract-test, against real slicer.local daemons.

The first run lets the script start its own daemon on a UNIX socket (bridged to TCP for the
schemathesis CLI); the second points it at a TCP daemon that requires a token.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from slicer.local import IMPLEMENTED_TAGS, LocalDaemon

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "contract-test"

pytestmark = pytest.mark.contract


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_control_plane_conforms_over_unix_socket() -> None:
    result = _run()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-20000:]
    assert "contract-test: passed" in output
    for tag in IMPLEMENTED_TAGS:
        assert tag in output


def test_control_plane_conforms_over_tcp_with_token() -> None:
    with LocalDaemon(host="127.0.0.1", port=0) as daemon:
        assert daemon.token
        result = _run(
            "--url",
            daemon.base_url,
            "--token",
            daemon.token,
            "--max-examples",
            "5",
            *[arg for tag in IMPLEMENTED_TAGS for arg in ("--tag", tag)],
        )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-20000:]
    assert daemon.token not in output
