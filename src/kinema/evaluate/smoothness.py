"""Motion smoothness: drop every other frame, rebuild it from its neighbours half-way along
DIS flow, and score the rebuild by (255 − MAE) / 255. Smooth motion interpolates well; jerky
motion (steps, stops, reversals) does not.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from kinema.evaluate.flow import Flow, warp
from kinema.evaluate.spans import crosses, mean


@dataclass
class Smoothness:
    flow: Flow
    # (index of the rebuilt frame, score)
    triplets: list[tuple[int, float]] = field(default_factory=list)
    _recent: deque[tuple[np.ndarray, np.ndarray]] = field(default_factory=lambda: deque(maxlen=3))

    def add(self, index: int, rgb: np.ndarray, gray: np.ndarray) -> None:
        self._recent.append((rgb, gray))
        if index % 2 or len(self._recent) < 3:
            return  # even frames are the inputs; each odd one is rebuilt once its successor arrives
        (a, ga), (mid, _), (b, gb) = self._recent
        fwd, back = self.flow(ga, gb), self.flow(gb, ga)
        rebuilt = (warp(a, fwd, 0.5).astype(np.float32) + warp(b, back, 0.5).astype(np.float32)) / 2
        mae = float(np.abs(rebuilt - mid.astype(np.float32)).mean())
        self.triplets.append((index - 1, (255.0 - mae) / 255.0))

    def summary(self, boundaries: Sequence[int]) -> dict[str, float | int | None]:
        kept = [s for i, s in self.triplets if not crosses(i - 1, i + 1, boundaries)]
        return {"score": mean(kept), "triplets": len(kept)}

