"""Where a body's underside is, and how it rests on the ground: the same sole for the physics
and for the picture, so feet touch the painted ground and never hang beside a slope.

A sole is a row of points across the bottom of what is drawn: the lowest opaque pixel of
each column of the artwork, or a four-legged body's feet. Resting a sole on the terrain
tilts it to the chord under its ends (within the archetype's limit) and lowers it until one
point touches: a long body on a slope follows the ground under its own feet, not one point
under its centre, and on a crest it bridges.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import cv2
import numpy as np

from kinema.assets import AssetData
from kinema.screenplay.model import Archetype, CastMember
from kinema.world.legs import DOG, LegBuild, build_of

# Twemoji artwork drawn on a diagonal: degrees its nose points above the way it faces (right).
NOSE_UP: dict[str, float] = {"🚀": 45.0}
# How far a body on a slope may lean with it, degrees: a walker stays nearly upright, a
# four-legged body follows the hill, a car or a crate sits flat on it.
MAX_TILT: dict[Archetype, float] = {
    Archetype.HUMAN: 12.0,
    Archetype.CANINE: 40.0,
    Archetype.FELINE: 40.0,
    Archetype.BIRD: 30.0,
    Archetype.FISH: 30.0,
    Archetype.VEHICLE: 40.0,
    Archetype.SERPENT: 40.0,
    Archetype.DRAGON: 30.0,
    Archetype.PROP: 45.0,
}
# A face-only artwork stands on a drawn four-legged body (render/sprites.py): its feet reach
# from a hind foot swung back to a forefoot swung forward, in body heights, facing right; the
# legs reach down to the ground under each foot (`reach_down`).
CREATURE_FEET = (-0.54, -0.32, -0.18, 0.06, 0.22, 0.44)
HUMAN_FEET = (-0.035, 0.035)  # a standing person's feet (world/rig.py), body heights
MASK_PX = 64  # the artwork's alpha is read at this size, by the world and the renderer alike


def nose_turn(nose: float, vx: float, facing: int) -> float:
    """Radians (counterclockwise) the picture turns a diagonal artwork whose nose points `nose`
    degrees up, to level it while it travels (faster than 0.3 m/s); 0 at rest or for any other."""
    return math.radians(nose) * facing if nose and abs(vx) > 0.3 else 0.0


def native_facing(member: CastMember, asset: AssetData) -> tuple[int, float]:
    """Which way the artwork looks (-1 left, +1 right, 0 front) and how far its nose points up."""
    if asset.face_only:
        return 0, 0.0
    if asset.twemoji and member.asset.emoji in NOSE_UP:
        return 1, NOSE_UP[member.asset.emoji]
    return (-1 if asset.twemoji else 1), 0.0


def artwork_sole(mask: np.ndarray, aspect: float) -> tuple[np.ndarray, np.ndarray, float]:
    """(u, v, drop) of the artwork's underside and outline in body heights, from an alpha mask
    (rows top to bottom): the bottom edge of every column, then the corners of the convex hull
    (the lowest point of the shape turned any way is one of them), u across from the centre, v up
    from the lowest point of all; and drop, how far that point is above the bottom of the
    artwork's box: the picture is drawn that much lower, so what it shows stands on the feet line."""
    rows, cols = mask.shape
    filled = mask.any(axis=0)
    if not filled.any():
        return np.array([-0.3 * aspect, 0.3 * aspect]), np.zeros(2), 0.0
    # The lowest opaque row of each column: argmax on the flipped mask finds it in one pass.
    lowest = rows - 1 - np.argmax(mask[::-1, :], axis=0)
    idx = np.nonzero(filled)[0]
    bottom = np.stack([idx + 0.5, lowest[idx] + 1.0], axis=1)
    ys, xs = np.nonzero(mask)
    corners = np.concatenate([np.stack([xs + dx, ys + dy], axis=1) for dx in (0, 1) for dy in (0, 1)])
    hull = cv2.convexHull(corners.astype(np.float32)).reshape(-1, 2).astype(np.float64)
    pts = np.concatenate([bottom, hull])
    u = (pts[:, 0] / cols - 0.5) * aspect
    v = 1.0 - pts[:, 1] / rows
    drop = float(v.min())
    return u, v - drop, drop


@dataclass(frozen=True)
class Sole:
    """A body's underside in metres: `u` across (as the artwork is drawn unmirrored), `v` up
    from the feet line; `native` is the way the artwork looks (0: drawn facing the body)."""

    u: np.ndarray
    v: np.ndarray
    native: int
    max_tilt: float  # radians
    legged: bool = False  # a drawn four-legged body whose legs reach the ground (`reach_down`)
    nose: float = 0.0  # degrees a diagonal artwork's nose points up: the picture levels it in flight
    build: LegBuild = DOG  # a whole four-legged artwork's leg proportions (world/legs.py)

    @classmethod
    def of(cls, member: CastMember, height: float, asset: AssetData | None,
           mask: tuple[np.ndarray, float] | None) -> Sole:
        limit = math.radians(MAX_TILT[member.archetype])
        if asset is None or mask is None:  # an asset the renderer will report: a flat sole
            half = 0.3 * height
            return cls(np.array([-half, half]), np.zeros(2), 0, limit)
        native, nose = native_facing(member, asset)
        if member.archetype == Archetype.HUMAN:  # a person on a drawn skeleton stands on its two feet
            return cls(np.array(HUMAN_FEET) * height, np.zeros(2), 0, limit, legged=True)
        if asset.face_only:
            return cls(np.array(CREATURE_FEET) * height, np.zeros(len(CREATURE_FEET)), 0, limit, legged=True)
        u, v, _ = artwork_sole(*mask)
        build = build_of(mask[0], member.archetype, member.appearance.scale)
        return cls(u * height, v * height, native, limit, nose=nose, build=build)

    @cached_property
    def half(self) -> float:
        """Half its width: the farthest point of it from the middle, metres."""
        return float(np.abs(self.u).max()) if len(self.u) else 0.0

    def across(self, facing: int) -> np.ndarray:
        """u as the body is drawn facing `facing`: mirrored when the artwork looks the other way
        (a face-only body is drawn facing the way it goes)."""
        mirrored = (self.native != 0 and self.native != facing) or (self.native == 0 and facing < 0)
        return -self.u if mirrored else self.u


Heights = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Pose:
    """How the picture stretches a body about its feet after tilting it (render/sprites.py
    `body_matrix`): across and up, and how far it shifts it sideways (metres); and the turn
    (radians, counterclockwise) a levelled nose gives the artwork about its middle first."""

    across: float = 1.0
    up: float = 1.0
    shift: float = 0.0
    nose: float = 0.0
    pivot: float = 0.0  # metres above the feet the nose turns about


UPRIGHT = Pose()


def rest(heights: Heights, x: float, sole: Sole, facing: int, grow: float = 1.0,
         pose: Pose = UPRIGHT) -> tuple[float, float]:
    """Feet height and world angle (radians, right side up positive) of a sole resting at x:
    tilted to the chord under its ends within its limit, lowered until one point touches.
    `grow` is how much larger the body is drawn than it is (a nearer depth plane, world/crowd.py):
    its drawn sole spans that much more ground."""
    u = sole.across(facing) * grow
    lo, hi = float(u.min()), float(u.max())
    ends = heights(np.array([x + lo, x + hi]))
    span = hi - lo
    angle = math.atan2(float(ends[1] - ends[0]), span) if span > 1e-6 else 0.0
    angle = max(-sole.max_tilt, min(sole.max_tilt, angle))
    return settle(heights, x, sole, facing, angle, grow, pose), angle


def settle(heights: Heights, x: float, sole: Sole, facing: int, angle: float, grow: float = 1.0,
           pose: Pose = UPRIGHT) -> float:
    """Feet height at which a sole held at `angle` touches the ground at x and sinks nowhere:
    a body leaning back from a blow pivots on its heel, one lying down rests on its side."""
    u, v = sole.across(facing) * grow, sole.v * grow
    if pose.nose:  # the picture turns a diagonal artwork about its middle (half a body up)
        mid = pose.pivot * grow
        cn, sn = math.cos(-pose.nose), math.sin(-pose.nose)
        u, v = u * cn - (v - mid) * sn, u * sn + (v - mid) * cn + mid
    c, s = math.cos(angle), math.sin(angle)
    ground = heights(x + pose.shift + (u * c - v * s) * pose.across)
    return float(np.max(ground - (u * s + v * c) * pose.up))


def reach_down(heights: Heights, x: float, y: float, height: float, facing: int, angle: float,
               across: tuple[float, ...], grow: float = 1.0) -> tuple[float, ...]:
    """How far below a body's tilted feet line the ground lies under each foot `across` it (body
    heights, drawn facing right), in body heights down the body: each leg reaches that much
    further, so every foot stands on the ground, not just the one the body rests on."""
    k = height * grow
    c, s = math.cos(angle), math.sin(angle)
    u = np.asarray(across) * facing * k  # drawn facing right, mirrored for left
    px, py = x + u * c, y + u * s
    # A leg reaches down the body, not straight down: on a slope its foot moves sideways as it
    # goes, so find the reach where it meets the ground by a few fixed-point steps.
    d = np.zeros_like(u)
    for _ in range(4):
        d = np.maximum(0.0, (py - heights(px + d * s)) / c)
    return tuple(round(float(v), 4) for v in d / k)


class RestTable:
    """rest() of one upright sole, facing and depth plane, tabulated along x every STEP metres and
    filled a few metres at a time as the body goes (one vectorised pass per chunk): the physics
    asks where a walker's feet rest on every step, and a table answers in a microsecond."""

    STEP = 0.02
    CHUNK = 200  # samples per chunk: 4 m of ground

    def __init__(self, heights: Heights, sole: Sole, facing: int, grow: float) -> None:
        self.heights, self.sole, self.facing, self.grow = heights, sole, facing, grow
        self.chunks: dict[int, tuple[list[float], list[float]]] = {}

    def __call__(self, x: float) -> tuple[float, float]:
        t = x / self.STEP
        i = math.floor(t)
        c = i // self.CHUNK
        ys, angles = self.chunks.get(c) or self._fill(c)
        j, f = i - c * self.CHUNK, t - i
        return ys[j] + (ys[j + 1] - ys[j]) * f, angles[j] + (angles[j + 1] - angles[j]) * f

    def _fill(self, c: int) -> tuple[list[float], list[float]]:
        xs = (c * self.CHUNK + np.arange(self.CHUNK + 1)) * self.STEP  # one overlapping sample
        u, v = self.sole.across(self.facing) * self.grow, self.sole.v * self.grow
        lo, hi = float(u.min()), float(u.max())
        rise = self.heights(xs + hi) - self.heights(xs + lo)
        angle = np.clip(np.arctan2(rise, max(hi - lo, 1e-9)), -self.sole.max_tilt, self.sole.max_tilt)
        cs, sn = np.cos(angle)[:, None], np.sin(angle)[:, None]
        ground = self.heights((xs[:, None] + u * cs - v * sn).ravel()).reshape(len(xs), -1)
        ys = (ground - (u * sn + v * cs)).max(axis=1)
        out = (ys.tolist(), angle.tolist())
        self.chunks[c] = out
        return out
