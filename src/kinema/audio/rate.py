"""The audio clock: 48 kHz, and where a frame starts in samples (exact for any frame rate)."""

from __future__ import annotations

SR = 48_000


def at(frame: int | float, fps: int) -> int:
    """The first sample of `frame` (frames may be fractional: a footstep between two frames)."""
    return round(frame * SR / fps)
