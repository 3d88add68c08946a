"""Transitions applied to finished frames: fades through black or white, dissolves."""

from __future__ import annotations

import numpy as np

FADE_S = 0.6
END_FADE_S = 1.0


def fade(frame: np.ndarray, level: float, to_white: bool = False) -> None:
    """In place: level 1 leaves the frame, level 0 is fully black (or white)."""
    if level >= 1.0:
        return
    rgb = frame[..., :3]
    if to_white:
        rgb[...] = 255 - ((255 - rgb.astype(np.uint16)) * round(level * 256) >> 8).astype(np.uint8)
    else:
        rgb[...] = (rgb.astype(np.uint16) * round(level * 256) >> 8).astype(np.uint8)


def dissolve(frame: np.ndarray, previous: np.ndarray, level: float) -> None:
    """In place: blend from `previous` (level 0) to `frame` (level 1)."""
    if level >= 1.0:
        return
    k = round(level * 256)
    out = (frame[..., :3].astype(np.uint16) * k + previous[..., :3].astype(np.uint16) * (256 - k)) >> 8
    frame[..., :3] = out.astype(np.uint8)
