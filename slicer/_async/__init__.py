"""The asyncio client. ``slicer/_sync`` is generated from this package by ``scripts/unasync``."""
