"""Coverage: every cast member on screen at least a second, every shot's subjects in its frame."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kinema.evaluate.placement import Filmed

MIN_ON_SCREEN_S = 1.0
SHOT_OK = 0.9  # share of a shot's frames its subjects must be in frame


@dataclass
class Coverage:
    cast: list[str]
    fps: float
    _frames_on: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    _shots: dict[str, dict[str, int]] = field(default_factory=dict)
    _shot_frames: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, f: Filmed, shown: dict[str, bool]) -> None:
        """`shown`: which members are on screen in this frame (Box.on_screen)."""
        for eid, on in shown.items():
            if on:
                self._frames_on[eid] += 1
        counts = self._shots.setdefault(f.shot_id, dict.fromkeys(f.subjects, 0))
        self._shot_frames[f.shot_id] += 1
        for s in f.subjects:
            if shown.get(s, False):
                counts[s] += 1

    def summary(self) -> dict[str, object]:
        entities = {eid: {"on_screen_s": round(self._frames_on[eid] / self.fps, 3),
                          "ok": self._frames_on[eid] / self.fps >= MIN_ON_SCREEN_S} for eid in self.cast}
        shots = []
        for sid, counts in self._shots.items():
            n = self._shot_frames[sid]
            share = {s: round(c / n, 4) for s, c in counts.items()}
            shots.append({"id": sid, "subjects_in_frame": share,
                          "ok": all(v >= SHOT_OK for v in share.values())})
        return {"entities": entities, "shots": shots,
                "ok": all(e["ok"] for e in entities.values()) and all(s["ok"] for s in shots)}
