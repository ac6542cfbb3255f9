"""Timing helpers shared by the benchmark sections."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

__all__ = ["cold_import", "per_call", "row"]


def per_call(fn: Callable[[], object], calls: int, rounds: int = 5) -> float:
    """Median over ``rounds`` of the mean seconds per call (one warm-up call first)."""
    fn()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls)
    return statistics.median(samples)


def row(name: str, sdk: float, raw: float, unit: str = "µs") -> None:
    """Print one SDK-against-baseline line with the ratio."""
    scale = 1e6 if unit == "µs" else 1.0
    print(
        f"{name:<30} sdk {sdk * scale:10.1f} {unit}   baseline {raw * scale:10.1f} {unit}"
        f"   ratio {sdk / raw:5.2f}x"
    )


def cold_import(module: str, repeats: int = 7) -> float:
    """Median wall time of ``python -c 'import <module>'`` minus an empty interpreter start."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    empty = statistics.median(run("pass") for _ in range(repeats))
    full = statistics.median(run(f"import {module}") for _ in range(repeats))
    return full - empty
