"""Atomic output: write beside the destination under a temporary name, rename on success."""

from __future__ import annotations

import os
from pathlib import Path


def publish(tmp: Path, path: Path) -> None:
    """Give the finished temporary file ordinary permissions and move it into place."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; an output is an ordinary file
    os.replace(tmp, path)
