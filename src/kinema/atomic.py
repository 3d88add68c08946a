"""Atomic output: write beside the destination under a temporary name, rename on success."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def publish(tmp: Path, path: Path) -> None:
    """Give the finished temporary file ordinary permissions and move it into place."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; an output is an ordinary file
    os.replace(tmp, path)


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text beside `path` under a temporary name, then move it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        publish(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
