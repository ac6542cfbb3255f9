"""The daemon's version string (the installed ``slicervm`` distribution's version)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["AGENT_VERSION", "VERSION"]

try:
    VERSION = version("slicervm")
except PackageNotFoundError:  # running from a source checkout
    VERSION = "0.0.0+local"

#: What the simulated guest agent reports in health.
AGENT_VERSION = f"slicer-local/{VERSION}"
