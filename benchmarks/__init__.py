"""Benchmark sections run by scripts/bench. Each module has ``run(args) -> None`` and prints
ratios against a baseline measured in the same process; none asserts a time."""
