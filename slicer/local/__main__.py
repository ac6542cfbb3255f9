"""``python -m slicer.local serve ...``"""

from __future__ import annotations

import sys

from slicer.local.cli import main

if __name__ == "__main__":
    sys.exit(main())
