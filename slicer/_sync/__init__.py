# This file is generated from slicer/_async by scripts/unasync. Do not edit.
"""The asyncio client. ``slicer/_sync`` is generated from this package by ``scripts/unasync``."""
