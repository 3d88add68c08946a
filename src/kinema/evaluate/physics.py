"""Physics probes on the simulated states: gravity fitted from airborne bodies against the
scene's gravity, and how far feet sink below the terrain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kinema.evaluate.placement import Filmed
from kinema.screenplay.model import Setting
from kinema.world.terrain import Terrain, build_terrain

PENETRATION_M = 0.01  # deeper than this counts as sinking into the ground
MIN_RUN = 3  # airborne frames needed before a run says anything about gravity
# Flights that start with one of these verbs are ballistic; fliers, swimmers, drivers and
# formations are airborne under their own power and say nothing about gravity.
BALLISTIC = frozenset({"jump", "fall", "pounce"})


@dataclass
class SceneProbe:
    gravity: float
    terrain: Terrain
    runs: list[list[tuple[float, float]]] = field(default_factory=list)
    _open: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    samples: int = 0
    sunk: int = 0
    deepest: float = 0.0

    def add(self, t: float, eid: str, x: float, y: float, vy: float, grounded: bool, verb: str) -> None:
        self.samples += 1
        depth = self.terrain.height(x) - y
        if depth > PENETRATION_M:
            self.sunk += 1
        self.deepest = max(self.deepest, depth)
        if grounded:
            self._close(eid)
        elif eid in self._open or verb in BALLISTIC:
            self._open.setdefault(eid, []).append((t, vy))

    def _close(self, eid: str) -> None:
        run = self._open.pop(eid, [])
        if len(run) >= MIN_RUN:
            self.runs.append(run)

    def fitted_gravity(self) -> float | None:
        """Pooled least squares of vy on t, each run about its own mean: g = −slope."""
        for eid in list(self._open):
            self._close(eid)
        if not self.runs:
            return None
        num = den = 0.0
        for run in self.runs:
            t, v = np.array(run).T
            num += float(((t - t.mean()) * (v - v.mean())).sum())
            den += float(((t - t.mean()) ** 2).sum())
        return -num / den if den > 0 else None


@dataclass
class Physics:
    seed: int
    _scenes: dict[str, SceneProbe] = field(default_factory=dict)

    def scene(self, scene_id: str, setting: Setting) -> SceneProbe:
        probe = self._scenes.get(scene_id)
        if probe is None:
            probe = SceneProbe(setting.gravity, build_terrain(setting, self.seed))
            self._scenes[scene_id] = probe
        return probe

    def add(self, f: Filmed) -> None:
        probe = self.scene(f.scene.id, f.scene.setting)
        for e in f.state.entities:
            probe.add(f.state.t, e.id, e.x, e.y, e.vy, e.grounded, e.verb)

    def summary(self) -> list[dict[str, object]]:
        out: list[dict[str, object]] = []
        for sid, p in self._scenes.items():
            g = p.fitted_gravity()
            out.append({"scene": sid, "gravity": p.gravity,
                        "fitted_gravity": None if g is None else round(g, 4),
                        "gravity_error": None if g is None else round(abs(g - p.gravity), 4),
                        "airborne_runs": len(p.runs),
                        "penetration_share": round(p.sunk / p.samples, 4) if p.samples else 0.0,
                        "max_penetration_m": round(max(p.deepest, 0.0), 4)})
        return out
