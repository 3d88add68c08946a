"""The ground of the action plane: a height profile y = ground(x), seeded and per place.

The world's physics collides with it and the environment painter draws it, so the feet of
a character and the painted ground agree by construction.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kinema.screenplay.model import Place, Setting
from kinema.seeds import rng

SPAN = 400.0  # metres each side of x = 0 that the world is defined over
STEP = 0.5


@dataclass(frozen=True)
class Terrain:
    xs: np.ndarray  # sample positions, ascending
    ys: np.ndarray

    def __post_init__(self) -> None:
        # The physics asks for heights thousands of times a second: plain floats beat np.interp
        # by ~10x on one scalar. Only for evenly spaced samples, which build_terrain makes.
        step = float(self.xs[1] - self.xs[0]) if len(self.xs) > 1 else 0.0
        even = step > 0 and bool(np.allclose(np.diff(self.xs), step))
        object.__setattr__(self, "_fast", (float(self.xs[0]), step, self.ys.tolist()) if even else None)

    def height(self, x: float) -> float:
        fast = self._fast  # type: ignore[attr-defined]
        if fast is None:
            return float(np.interp(x, self.xs, self.ys))
        return _lerp(fast, x)

    def heights(self, x: np.ndarray) -> np.ndarray:
        """Heights under many x at once (groups, emitters); float64, like height()."""
        return np.asarray(np.interp(x, self.xs, self.ys), dtype=np.float64)

    def slope(self, x: float) -> float:
        fast = self._fast  # type: ignore[attr-defined]
        if fast is None:
            return (self.height(x + 0.25) - self.height(x - 0.25)) / 0.5
        return (_lerp(fast, x + 0.25) - _lerp(fast, x - 0.25)) / 0.5


def _lerp(fast: tuple[float, float, list[float]], x: float) -> float:
    """Height at x between evenly spaced samples (plain floats: called for every body on every step)."""
    x0, step, ys = fast
    u = (x - x0) / step
    if u <= 0:
        return ys[0]
    i = int(u)
    if i >= len(ys) - 1:
        return ys[-1]
    f = u - i
    return ys[i] * (1.0 - f) + ys[i + 1] * f


def _smooth_noise(xs: np.ndarray, seed: int, name: str, scale: float, octaves: int) -> np.ndarray:
    g = rng(seed, "terrain", name)
    out = np.zeros_like(xs)
    amp, freq = 1.0, 1.0 / scale
    for _ in range(octaves):
        knots = np.arange(xs[0] * freq - 2, xs[-1] * freq + 3)
        vals = g.uniform(-1, 1, len(knots))
        out += amp * np.interp(xs * freq, knots, vals)
        amp *= 0.5
        freq *= 2.1
    return out


def build_terrain(setting: Setting, seed: int) -> Terrain:
    xs = np.arange(-SPAN, SPAN + STEP, STEP)
    if setting.place == Place.MOUNTAINS:
        # A hero peak at x = 0 with a small flat ledge at its summit for a character to stand on.
        # Its flanks stay walkable (about 31 degrees, under 40 at the steepest, the most a
        # four-legged body leans): one crossing the peak stands on the slope with all its feet
        # (world/footing.py) instead of hanging off it.
        d = np.abs(xs)
        ys = -np.where(d < 1.0, 0.06 * d * d, 0.06 + np.maximum(d - 1.0, 0.0) * 0.6)
        ys += _smooth_noise(xs, seed, "peak", 12.0, 2) * np.clip((d - 2.0) / 8.0, 0, 1) * 0.9
    elif setting.place in (Place.DESERT, Place.SNOWFIELD, Place.BEACH, Place.PLAIN, Place.FOREST):
        ys = _smooth_noise(xs, seed, "rolling", 40.0, 3) * 2.0
        ys -= ys[len(ys) // 2]
    elif setting.place == Place.ROAD:
        ys = _smooth_noise(xs, seed, "road", 60.0, 2) * 6.0
        ys -= ys[len(ys) // 2]
    else:  # flat floors: city, street, room, ring, wall, space, underwater
        ys = np.zeros_like(xs)
    return Terrain(xs, ys.astype(np.float64))
