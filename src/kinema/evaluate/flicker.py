"""Temporal flicker, by VBench's formula: mean over frame pairs of (255 − mean |I_t − I_t+1|) / 255.

Also over static pixels only (flow under half a pixel), where any change is flicker rather
than motion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from kinema.evaluate.flow import magnitude
from kinema.evaluate.spans import crosses, mean

STATIC_PX = 0.5


@dataclass
class Flicker:
    # (index of the pair's second frame, mean |diff|, mean |diff| on static pixels or None, static share)
    pairs: list[tuple[int, float, float | None, float]] = field(default_factory=list)

    def add(self, index: int, prev: np.ndarray, cur: np.ndarray, flow: np.ndarray) -> None:
        diff = np.abs(cur.astype(np.int16) - prev.astype(np.int16)).mean(axis=2)
        still = magnitude(flow) < STATIC_PX
        n = int(still.sum())
        self.pairs.append((index, float(diff.mean()), float(diff[still].mean()) if n else None,
                           n / still.size))

    def summary(self, boundaries: Sequence[int]) -> dict[str, float | int | None]:
        kept = [p for p in self.pairs if not crosses(p[0] - 1, p[0], boundaries)]
        all_scores = [(255.0 - d) / 255.0 for _, d, _, _ in kept]
        static_scores = [(255.0 - s) / 255.0 for _, _, s, _ in kept if s is not None]
        return {"score": mean(all_scores), "static_score": mean(static_scores),
                "static_share": mean([p[3] for p in kept]), "pairs": len(kept)}
