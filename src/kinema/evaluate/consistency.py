"""Character consistency: colour histograms (HSV) of crops where the simulation and the camera
say each cast member is, compared by cosine similarity within a shot, across the shots of the
same member, and between different members. A proxy for identity, not a learned embedding.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import cv2
import numpy as np

from kinema.evaluate.placement import Box
from kinema.evaluate.spans import mean

CROPS_PER_SHOT = 6
MIN_VISIBLE = 0.9
MIN_HEIGHT_PX = 16
BINS = [16, 4, 4]  # hue matters most; saturation and value coarsely
INNER = 0.7  # keep the middle of the box: less background around the body


def histogram(rgb: np.ndarray, box: Box) -> np.ndarray | None:
    h, w = rgb.shape[:2]
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    hw, hh = (box.x1 - box.x0) * INNER / 2, (box.y1 - box.y0) * INNER / 2
    x0, x1 = max(0, int(cx - hw)), min(w, int(cx + hw) + 1)
    y0, y1 = max(0, int(cy - hh)), min(h, int(cy + hh) + 1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    hsv = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2HSV)
    hist = cv2.calcHist([hsv], [0, 1, 2], None, BINS, [0, 180, 0, 256, 0, 256]).ravel()
    norm = float(np.linalg.norm(hist))
    return hist / norm if norm > 0 else None


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))


@dataclass
class Consistency:
    # Candidate crops per (member, shot): frame index and box, chosen before decoding.
    _candidates: dict[tuple[str, str], list[tuple[int, Box]]] = field(
        default_factory=lambda: defaultdict(list))
    _hists: dict[tuple[str, str], list[np.ndarray]] = field(default_factory=lambda: defaultdict(list))

    def offer(self, index: int, shot_id: str, eid: str, box: Box, visible: float) -> None:
        if visible >= MIN_VISIBLE and box.y1 - box.y0 >= MIN_HEIGHT_PX:
            self._candidates[(eid, shot_id)].append((index, box))

    def plan(self) -> dict[int, list[tuple[str, str, Box]]]:
        """Frames to crop, evenly spread over each member's time in each shot."""
        wanted: dict[int, list[tuple[str, str, Box]]] = defaultdict(list)
        for (eid, sid), cands in self._candidates.items():
            picks = np.linspace(0, len(cands) - 1, min(CROPS_PER_SHOT, len(cands))).round().astype(int)
            for k in sorted(set(picks.tolist())):
                index, box = cands[k]
                wanted[index].append((eid, sid, box))
        return wanted

    def add(self, rgb: np.ndarray, eid: str, shot_id: str, box: Box) -> None:
        hist = histogram(rgb, box)
        if hist is not None:
            self._hists[(eid, shot_id)].append(hist)

    def summary(self) -> dict[str, object]:
        within = [_cos(a, b) for hs in self._hists.values() for a, b in combinations(hs, 2)]
        shot_means: dict[str, list[np.ndarray]] = defaultdict(list)
        for (eid, _), hs in sorted(self._hists.items()):
            shot_means[eid].append(np.mean(hs, axis=0))
        across = [_cos(a, b) for ms in shot_means.values() for a, b in combinations(ms, 2)]
        between = [_cos(a, b) for e1, e2 in combinations(sorted(shot_means), 2)
                   for a in shot_means[e1] for b in shot_means[e2]]
        same = mean(across) if across else mean(within)
        diff = mean(between)
        per = {eid: {"shots": len(ms), "crops": sum(len(h) for (e, _), h in self._hists.items() if e == eid),
                     "across_shots": mean([_cos(a, b) for a, b in combinations(ms, 2)])}
               for eid, ms in shot_means.items()}
        return {"within_shot": mean(within), "across_shots": mean(across), "between_entities": diff,
                "same_minus_different": None if same is None or diff is None else same - diff,
                "entities": per}
