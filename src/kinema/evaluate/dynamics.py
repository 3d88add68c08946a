"""Dynamic degree: the share of frame pairs whose strongest motion (mean of the top 5 % of DIS
flow magnitudes) passes a threshold. As in VBench, pairs are about 1/8 s apart and the
threshold is 6 px on a 256-px short side, scaled with the analysis size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from kinema.evaluate.flow import Flow, magnitude
from kinema.evaluate.spans import crosses, mean

TOP = 0.05
THRESHOLD_AT_256 = 6.0


@dataclass
class Dynamics:
    flow: Flow
    stride: int  # frames between the two frames of a pair
    threshold_px: float
    # (index of the pair's second frame, mean of the top 5 % magnitudes)
    pairs: list[tuple[int, float]] = field(default_factory=list)
    _recent: deque[np.ndarray] = field(default_factory=deque)

    @classmethod
    def for_video(cls, flow: Flow, fps: float, width: int, height: int) -> Dynamics:
        return cls(flow, max(1, round(fps / 8)), THRESHOLD_AT_256 * min(width, height) / 256.0)

    def add(self, index: int, gray: np.ndarray) -> None:
        self._recent.append(gray)
        if len(self._recent) > self.stride + 1:
            self._recent.popleft()
        if index % self.stride or len(self._recent) <= self.stride:
            return
        mag = magnitude(self.flow(self._recent[0], gray)).ravel()
        k = max(1, int(mag.size * TOP))
        self.pairs.append((index, float(np.partition(mag, mag.size - k)[-k:].mean())))

    def summary(self, boundaries: Sequence[int]) -> dict[str, float | int | None]:
        kept = [m for i, m in self.pairs if not crosses(i - self.stride, i, boundaries)]
        return {"degree": mean([float(m > self.threshold_px) for m in kept]),
                "mean_top_motion_px": mean(kept), "threshold_px": round(self.threshold_px, 3),
                "stride_frames": self.stride, "pairs": len(kept)}
