"""Particles as numpy arrays: dust, sparks, impact stars, rain, snow, petals, smoke, flame,
fireflies, splashes, leaves and soap bubbles.

One `Particles` pool per scene holds every free particle in flat arrays (struct of arrays),
stepped once per frame with gravity, drag and wind; no Python object per particle. Each frame
the world takes a `ParticleFrame` snapshot of the live ones, which is all the renderer reads.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DUST, SPARK, STAR, RAIN, SNOW, PETAL, SMOKE, FIRE, FIREFLY, SPLASH, LEAF, SHELL, BUBBLE = range(13)
PIECE = 16  # kinds from 16 up are formation pieces: PIECE + index into ParticleFrame.emoji
KIND_NAMES = ("dust", "spark", "star", "rain", "snow", "petal", "smoke", "fire", "firefly", "splash", "leaf",
              "shell", "bubble")
# A firework shell's stars are far off, in the sky: their x and y are metres of the reference
# view (render/camera.py reference_camera), drawn at this parallax behind the action, so every
# shot that shows sky shows them as big as a city's skyline does, a close-up and a wide alike.
SKY_KINDS = (SHELL,)
SKY_PARALLAX = 0.1
SHELL_COLOURS = 6  # a burst's colour (render/particles.py) follows its stars' size, kept all their life

# Per kind: gravity factor (dust, smoke and flame are buoyant), linear drag (1/s), how much wind
# carries it. A leaf falls at about g * 0.12 / 1.4 = 0.8 m/s; a firefly neither falls nor drifts.
# A shell's stars (in the sky's metres, tens of real ones) slow fast and droop slowly.
GRAVITY = np.array([-0.05, 1.0, 0.0, 1.0, 0.08, 0.15, -0.12, -0.3, 0.0, 1.0, 0.12, 0.04, -0.02],
                   dtype=np.float32)
DRAG = np.array([1.6, 0.8, 4.0, 0.0, 1.5, 1.2, 1.0, 3.0, 1.5, 0.5, 1.4, 1.3, 1.0], dtype=np.float32)
WIND = np.array([0.6, 0.0, 0.0, 0.15, 0.8, 1.0, 0.9, 0.2, 0.1, 0.0, 1.0, 0.0, 0.8], dtype=np.float32)
# Per kind: size grows by this many times itself over a life (dust to 4x, smoke billows to 5x).
GROW = np.array([3.0, 0.0, 0.0, 0.0, 0.0, 0.0, 4.0, 1.2, 0.0, 0.0, 0.0, 0.0, 0.0], dtype=np.float32)
SPLASH_DROPS = 2  # droplets thrown up where a raindrop lands
SPLASH_MAX = 150  # droplets per step at most, so a downpour cannot flush the pool


@dataclass(frozen=True, eq=False, slots=True)
class ParticleFrame:
    """The live particles of one frame, in metres; arrays of equal length."""

    x: np.ndarray  # float32
    y: np.ndarray
    size: np.ndarray  # diameter, metres
    alpha: np.ndarray  # 0..1
    kind: np.ndarray  # uint8, see the constants above
    emoji: tuple[str, ...] = ()  # the art of each PIECE kind

    def __len__(self) -> int:
        return int(self.x.shape[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParticleFrame):
            return NotImplemented
        return self.emoji == other.emoji and all(
            np.array_equal(getattr(self, k), getattr(other, k)) for k in ("x", "y", "size", "alpha", "kind"))

    __hash__ = None  # type: ignore[assignment]

    def where(self, keep: np.ndarray) -> ParticleFrame:
        """The particles where `keep` (a boolean array) is true."""
        return ParticleFrame(self.x[keep], self.y[keep], self.size[keep], self.alpha[keep], self.kind[keep],
                             self.emoji)


EMPTY = ParticleFrame(np.zeros(0, np.float32), np.zeros(0, np.float32), np.zeros(0, np.float32),
                      np.zeros(0, np.float32), np.zeros(0, np.uint8))


class Particles:
    """A fixed-capacity pool; when full, the oldest particles are replaced first."""

    def __init__(self, capacity: int, rng: np.random.Generator, wind: float) -> None:
        self.cap = capacity
        self.rng = rng
        self.wind = wind
        self.pos = np.zeros((capacity, 2), np.float32)
        self.vel = np.zeros((capacity, 2), np.float32)
        self.size = np.zeros(capacity, np.float32)
        self.age = np.zeros(capacity, np.float32)
        self.life = np.zeros(capacity, np.float32)  # 0: the slot is free
        self.kind = np.zeros(capacity, np.uint8)
        self.cursor = 0
        # Slots past `hi` were never filled (dead, all zero): the step and the snapshot skip them,
        # the same numbers for every slot in use; once the cursor wraps it covers the pool.
        self.hi = 0
        self._ground: tuple[np.ndarray, float, float, np.ndarray] | None = None  # see _floor

    def emit(self, kind: int, n: int, x: float | np.ndarray, y: float | np.ndarray,
             vx: tuple[float, float], vy: tuple[float, float], size: tuple[float, float],
             life: tuple[float, float]) -> None:
        """n particles at (x, y) with uniform random velocity, size and lifetime in the ranges."""
        if n <= 0:
            return
        n = min(n, self.cap)
        idx = (self.cursor + np.arange(n)) % self.cap
        self.hi = max(self.hi, min(self.cap, self.cursor + n))
        self.cursor = int((self.cursor + n) % self.cap)
        u = self.rng.random((n, 4), dtype=np.float32)
        self.pos[idx, 0] = x
        self.pos[idx, 1] = y
        self.vel[idx, 0] = vx[0] + (vx[1] - vx[0]) * u[:, 0]
        self.vel[idx, 1] = vy[0] + (vy[1] - vy[0]) * u[:, 1]
        self.size[idx] = size[0] + (size[1] - size[0]) * u[:, 2]
        self.life[idx] = life[0] + (life[1] - life[0]) * u[:, 3]
        self.age[idx] = 0.0
        self.kind[idx] = kind

    def step(self, dt: float, gravity: float, ground_xs: np.ndarray, ground_ys: np.ndarray) -> None:
        hi = self.hi
        life = self.life[:hi]
        if not life.any():  # nothing alive: `emit` sets every field of the slots it fills
            return
        # Whole arrays of the slots in use, dead ones included: cheaper than gathering and
        # scattering the live ones (a dead slot's numbers are never read; `emit` sets them all).
        k, v, p, age = self.kind[:hi], self.vel[:hi], self.pos[:hi], self.age[:hi]
        self._flutter(dt)
        # Drag pulls the velocity towards the wind (horizontally) at each kind's rate.
        pull = np.minimum(np.float32(1.0), DRAG[k] * np.float32(dt))
        v[:, 0] += (np.float32(self.wind) * WIND[k] - v[:, 0]) * pull
        v[:, 1] -= v[:, 1] * pull + np.float32(gravity * dt) * GRAVITY[k]
        p += v * np.float32(dt)
        floor = self._floor(p[:, 0], ground_xs, ground_ys)
        under = p[:, 1] < floor
        p[:, 1] = np.maximum(p[:, 1], floor)
        v[under] *= np.float32(0.3)
        age += np.float32(dt)
        # Rain, snow and splash droplets end on the ground; a raindrop that does throws up droplets.
        wet = under & ((k == RAIN) | (k == SNOW) | (k == SPLASH)) & (life > 0)
        drops = np.flatnonzero(wet & (k == RAIN))[: SPLASH_MAX // SPLASH_DROPS]
        ends = (age >= life) | wet
        life[ends] = 0.0
        if drops.size:
            at = np.repeat(p[drops], SPLASH_DROPS, axis=0)
            self.emit(SPLASH, len(at), at[:, 0], at[:, 1] + np.float32(0.01), (-1.2, 1.2), (1.0, 2.6),
                      (0.015, 0.03), (0.3, 0.6))

    def _floor(self, x: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        """The ground's height under x. Terrain samples are evenly spaced: indexing straight into
        them is 4x faster than np.interp's search over every slot, each frame."""
        g = self._ground
        if g is None or g[0] is not xs:
            step = float(xs[1] - xs[0]) if len(xs) > 1 else 0.0
            if step <= 0 or not np.allclose(np.diff(xs), step):
                out: np.ndarray = np.interp(x, xs, ys).astype(np.float32)
                return out
            g = self._ground = (xs, float(xs[0]), 1.0 / step, ys.astype(np.float32))
        _, x0, inv, ys32 = g
        u = (x - np.float32(x0)) * np.float32(inv)
        i = np.clip(u.astype(np.int32), 0, len(ys32) - 2)  # u < 0 truncates to 0: clamped like np.interp
        f = np.clip(u - i, np.float32(0.0), np.float32(1.0))
        floor: np.ndarray = ys32[i] + f * (ys32[i + 1] - ys32[i])
        return floor

    def _flutter(self, dt: float) -> None:
        """Fireflies wander at random; leaves sway side to side and bob as they fall."""
        hi = self.hi
        live = self.life[:hi] > 0
        fly = np.flatnonzero(live & (self.kind[:hi] == FIREFLY))
        if fly.size:
            self.vel[fly] += self.rng.standard_normal((fly.size, 2), dtype=np.float32) * np.float32(dt ** 0.5)
        leaf = np.flatnonzero(live & (self.kind[:hi] == LEAF))
        if leaf.size:
            ph = self.age[leaf] * np.float32(2.6) + leaf.astype(np.float32) * np.float32(0.7)  # slot: own phase
            self.vel[leaf, 0] += np.float32(5.0 * dt) * np.cos(ph)
            self.vel[leaf, 1] += np.float32(2.5 * dt) * np.sin(2 * ph)

    def frame(self) -> ParticleFrame:
        live = np.flatnonzero(self.life[:self.hi] > 0)
        if live.size == 0:
            return EMPTY
        k = self.kind[live]
        u = self.age[live] / self.life[live]
        grow = (1.0 + GROW[k] * u).astype(np.float32)
        alpha = np.clip(1.0 - u, 0.0, 1.0) ** 1.5
        fly = np.flatnonzero(k == FIREFLY)
        if fly.size:  # a firefly blinks (each at its own phase) and fades in and out, not just out
            age, life = self.age[live[fly]], self.life[live[fly]]
            blink = 0.5 + 0.5 * np.sin(age * 2.4 + live[fly] * 1.7)
            alpha[fly] = np.clip(np.minimum(age, life - age), 0.0, 1.0) * (0.2 + 0.8 * blink * blink)
        return ParticleFrame(self.pos[live, 0].copy(), self.pos[live, 1].copy(),
                             self.size[live] * grow, alpha.astype(np.float32), k)


def merge(a: ParticleFrame, b: ParticleFrame) -> ParticleFrame:
    """One frame holding both sets; b's PIECE kinds are renumbered after a's."""
    if len(b) == 0:
        return a
    shift = np.where(b.kind >= PIECE, len(a.emoji), 0).astype(np.uint8)
    return ParticleFrame(np.concatenate([a.x, b.x]), np.concatenate([a.y, b.y]),
                         np.concatenate([a.size, b.size]), np.concatenate([a.alpha, b.alpha]),
                         np.concatenate([a.kind, b.kind + shift]), a.emoji + b.emoji)
