"""Encoding: frames stream into H.264 while they are drawn; knows frames, not entities.

The writer (PyAV) is imported when first asked for: `kinema plan` reads only the transitions'
lengths from this package, and importing PyAV cost its cold start a twelfth of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kinema.encode.writer import VideoWriter

__all__ = ["VideoWriter"]


def __getattr__(name: str) -> Any:
    if name == "VideoWriter":
        from kinema.encode.writer import VideoWriter

        return VideoWriter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
