"""Shots longer than a model's window: chunks that overlap, each continuing from the last.

Chunk i+1 starts `overlap` frames before chunk i ends. Its generator receives those last
frames as context (a conditioned model continues from them), and the overlap is
cross-faded from the old chunk into the new one, so a seam never cuts from one picture to
another. Pure numpy: the model is only the `generate` callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

# generate(chunk index, first frame of the shot it covers, frame count, context or None)
# → float frames (count, H, W, 3) in [0, 1]
Generate = Callable[[int, int, int, np.ndarray | None], np.ndarray]


def plan_chunks(total: int, window: int, overlap: int) -> list[tuple[int, int]]:
    """(start, length) per chunk; every chunk but the last is `window` frames long."""
    if total <= 0:
        return []
    if not 0 <= overlap < window:
        raise ValueError(f"overlap must be at least 0 and below the window ({window}), got {overlap}")
    if total <= window:
        return [(0, total)]
    step = window - overlap
    chunks = []
    start = 0
    while start + window < total:
        chunks.append((start, window))
        start += step
    chunks.append((start, total - start))  # longer than `overlap`, since the last full chunk ended short
    return chunks


def crossfade_weights(overlap: int) -> np.ndarray:
    """Weight of the new chunk over the overlap, strictly between 0 and 1, rising evenly."""
    return np.arange(1, overlap + 1, dtype=np.float32) / (overlap + 1)


def chain(total: int, window: int, overlap: int, generate: Generate) -> Iterator[np.ndarray]:
    """Every frame of the shot in order, chunks joined by cross-fades over their overlap."""
    chunks = plan_chunks(total, window, overlap)
    pending: np.ndarray | None = None  # the previous chunk's tail, not yet emitted
    for i, (start, length) in enumerate(chunks):
        frames = np.asarray(generate(i, start, length, pending), dtype=np.float32)
        if frames.shape[0] != length:
            raise ValueError(f"chunk {i} has {frames.shape[0]} frames, expected {length}")
        if pending is not None:
            k = len(pending)
            w = crossfade_weights(k)[:, None, None, None]
            frames[:k] = (1.0 - w) * pending + w * frames[:k]
        last = i == len(chunks) - 1
        keep = length if last else length - overlap
        yield from frames[:keep]
        pending = None if last or overlap == 0 else frames[keep:].copy()
