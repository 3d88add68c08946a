"""Transitions applied to finished frames: fades through black or white, dissolves."""

from __future__ import annotations

from functools import lru_cache

import cv2
import numpy as np

FADE_S = 0.6
END_FADE_S = 1.0


def fade(frame: np.ndarray, level: float, to_white: bool = False) -> None:
    """In place: level 1 leaves the frame, level 0 is fully black (or white)."""
    if level >= 1.0:
        return
    table = _fade_table(round(level * 256), to_white)
    if frame.flags.c_contiguous:
        cv2.LUT(frame, table, dst=frame)
    else:  # a view OpenCV cannot write into
        frame[...] = cv2.LUT(np.ascontiguousarray(frame), table)


@lru_cache(maxsize=64)
def _fade_table(k: int, to_white: bool) -> np.ndarray:
    """A fade as a per-channel lookup table (alpha kept): one pass over the frame, where the
    arithmetic took four whole-frame temporaries; the same values."""
    v = np.arange(256, dtype=np.uint16)
    faded = 255 - ((255 - v) * k >> 8) if to_white else v * k >> 8
    table = np.empty((1, 256, 4), dtype=np.uint8)
    table[0, :, :3] = faded.astype(np.uint8)[:, None]
    table[0, :, 3] = v.astype(np.uint8)
    return table


def dissolve(frame: np.ndarray, previous: np.ndarray, level: float) -> None:
    """In place: blend from `previous` (level 0) to `frame` (level 1)."""
    if level >= 1.0:
        return
    k = round(level * 256)
    out = (frame[..., :3].astype(np.uint16) * k + previous[..., :3].astype(np.uint16) * (256 - k)) >> 8
    frame[..., :3] = out.astype(np.uint8)


def transition_frames(fps: int, n: int) -> int:
    """Frames a transition lasts in a shot of `n` frames: 0.6 s, at most a third of the shot."""
    return max(1, min(round(FADE_S * fps), n // 3))


def finish_frame(frame: np.ndarray, i: int, n: int, fps: int, begins: str, ends: str | None,
                 previous: np.ndarray | None, end_left: int) -> None:
    """In place: frame `i` of an `n`-frame shot that begins with `begins` and is followed by a
    shot beginning with `ends` (None at the film's end); `end_left` frames follow it in the film.

    Everything a finished frame depends on beyond its shot is in these arguments, so a shot
    can be finished alone (the shot cache renders segments this way).
    """
    k = transition_frames(fps, n)
    if i < k and begins != "cut":
        level = (i + 1) / (k + 1)
        if begins == "dissolve" and previous is not None:
            dissolve(frame, previous, level)
        else:
            fade(frame, level, to_white=begins == "dip-white")
    tail = n - 1 - i
    if ends in ("fade", "dip-white") and tail < k:
        fade(frame, (tail + 1) / (k + 1), to_white=ends == "dip-white")
    end_n = round(END_FADE_S * fps)
    if end_left < end_n:
        fade(frame, end_left / end_n)
