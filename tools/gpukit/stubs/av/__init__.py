"""GPU-kit stand-in for PyAV (a 35 MB wheel that would not fit the 64 MiB transfer).

Importing works, so that tests/conftest.py and kinema.cli import; opening a container raises.
Only encoding and decoding mp4 files need it, which the neural benchmark does not do."""

from __future__ import annotations

from typing import Any

__version__ = "0.0.0+gpukit-stub"


class AVError(Exception):
    pass


def open(*args: Any, **kwargs: Any) -> Any:  # mirrors av.open (shadows the builtin on purpose)
    raise AVError("PyAV is not in this GPU kit (stub): move .gpukit/extra/av-*.whl into .gpukit/opt/")


def __getattr__(name: str) -> Any:
    raise AttributeError(f"av.{name}: PyAV is not in this GPU kit (stub)")
