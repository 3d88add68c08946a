"""Hard cuts: PySceneDetect's content score (HSV change between frames) against the cuts the
screenplay plans.

The detector is AdaptiveDetector, ContentDetector's score compared with its neighbours': a
cut between two shots of one flat-coloured world changes the content score by 10 or so, under
ContentDetector's fixed threshold of 27, yet it stands far above the frames around it, while a
dissolve or a pan rises gradually. A detected cut matches a planned one within one frame.
Planned dissolves and fades are soft: a detection inside one is neither a hit nor a false alarm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
from scenedetect import AdaptiveDetector, FrameTimecode

TOLERANCE = 1  # frames
WINDOW = 2  # frames each side that a cut's score is compared with
MIN_CONTENT = 3.0  # content score a cut must reach at all (noise between frames is under 1)


@dataclass
class CutDetector:
    fps: float
    found: list[int] = field(default_factory=list)
    _detector: AdaptiveDetector | None = None
    _last: int = 0

    def add(self, index: int, rgb: np.ndarray) -> None:
        if self._detector is None:
            # Shots may be short: only a cut closer than 1/8 s to the previous one is dropped.
            self._detector = AdaptiveDetector(min_scene_len=max(1, round(self.fps / 8)),
                                              window_width=WINDOW, min_content_val=MIN_CONTENT)
        bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
        self._last = index
        self._take(self._detector.process_frame(FrameTimecode(index, fps=self.fps), bgr))

    def finish(self) -> list[int]:
        if self._detector is not None:
            self._take(self._detector.post_process(FrameTimecode(self._last, fps=self.fps)))
        return self.found

    def _take(self, cuts: list[FrameTimecode]) -> None:
        self.found.extend(int(tc.frame_num) for tc in cuts)


def score(found: Sequence[int], planned: Sequence[int], soft: Sequence[tuple[int, int]]
          ) -> dict[str, object]:
    """Precision, recall and F1 of `found` against `planned`; detections inside a soft
    transition's span (first and last frame) are ignored."""
    counted = [f for f in found if not any(a - TOLERANCE <= f <= b + TOLERANCE for a, b in soft)]
    unmatched = list(planned)
    false: list[int] = []
    for f in counted:
        near = [p for p in unmatched if abs(p - f) <= TOLERANCE]
        if near:
            unmatched.remove(min(near, key=lambda p: abs(p - f)))
        else:
            false.append(f)
    hits = len(counted) - len(false)
    precision = hits / len(counted) if counted else (1.0 if not planned else 0.0)
    recall = hits / len(planned) if planned else (1.0 if not counted else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"planned": list(planned), "soft": [list(s) for s in soft], "matched": hits,
            "missed": unmatched, "false": false, "precision": precision, "recall": recall, "f1": f1,
            "tolerance_frames": TOLERANCE}
