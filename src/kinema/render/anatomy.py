"""A whole-body emoji drawn on the world's skeleton (world/skeleton.py), for any emoji of an
archetype: the picture's own parts and colours are read once off its raster, then each frame
moves only what the skeleton moves.

- a four-legged body: the artwork above its belly line (its own legs cut off), standing on legs
  drawn from the skeleton's hips, knees and paws in the colour of the artwork's legs;
- a bird in flight: two wings beating from the shoulder to the skeleton's wingtips;
- a fish: the tail third of the picture turned about the body with the skeleton's tail;
- a vehicle: spokes over the picture's wheels (its dark round blobs), turned with the skeleton's.

Everything is in the artwork's unit square (y down) or body heights, read from a 64 px raster.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import skia

from kinema.render.environment.palette import RGB, mix
from kinema.world.legs import belly_row

FAR_SHADE = 0.3  # the far limbs, darker
TAIL_CUT = 0.62  # a fish's tail is the picture past this share of its length, from the head
WING_ROOT, WING_TIP = 0.2, 0.06  # a wing's width at the shoulder and the tip, body heights


@dataclass(frozen=True)
class Anatomy:
    """What the renderer needs to draw one artwork on a skeleton (unit square, y down)."""

    belly: float  # the row below which the artwork is its legs
    leg: RGB  # the legs' colour
    leg_w: float  # a leg's width, body heights
    fur: RGB  # the commonest colour: a wing's
    wheels: tuple[tuple[float, float, float], ...]  # (u, v, radius) of each wheel, radius in v units


def common_colour(rgb: np.ndarray, fallback: RGB) -> RGB:
    """The commonest colour (coarsely binned) of (N, 3) pixels."""
    if len(rgb) == 0:
        return fallback
    px = rgb.astype(np.int64)
    bins = (px[:, 0] >> 4) * 256 + (px[:, 1] >> 4) * 16 + (px[:, 2] >> 4)
    top = int(np.bincount(bins).argmax())
    r, g, b = (int(v) for v in px[bins == top].mean(axis=0))
    return r, g, b


def anatomy_of(raster: np.ndarray, aspect: float, fallback: RGB, large: bool = False) -> Anatomy:
    """Read the parts off an RGBA raster of the artwork: the belly line where the rows narrow to
    legs (world/legs.py, as the world reads it for a `large` animal's skeleton), the legs' colour
    and width, the commonest colour, and the wheels."""
    n = raster.shape[0]
    opaque = raster[..., 3] > 128
    runs = [_runs(row) for row in opaque]
    filled = np.nonzero(opaque.any(axis=1))[0]
    if len(filled) == 0:
        return Anatomy(1.0, fallback, 0.07, fallback, ())
    bottom = int(filled[-1])
    belly = belly_row(opaque, large)
    legs = opaque[belly:bottom + 1]
    fur = common_colour(raster[opaque][:, :3], fallback)
    leg = common_colour(raster[belly:bottom + 1][legs][:, :3], fur) if legs.any() else fur
    widths = [w for r in runs[belly:bottom + 1] for w in r]
    leg_w = float(np.median(widths)) / n * aspect if widths else 0.07
    return Anatomy(belly / n, leg, min(0.12, max(0.05, leg_w)), fur, _wheels(raster, opaque))


def _runs(row: np.ndarray) -> list[int]:
    """The lengths of the opaque runs across one row."""
    edges = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    return [int(e - s) for s, e in zip(starts, ends, strict=True)]


def _wheels(raster: np.ndarray, opaque: np.ndarray) -> tuple[tuple[float, float, float], ...]:
    """The two largest dark, roundish blobs in the lower half, left to right: a vehicle's tyres."""
    n = raster.shape[0]
    lum = raster[..., :3].astype(np.int32) @ np.array([299, 587, 114]) // 1000
    dark = (opaque & (lum < 90)).astype(np.uint8)
    dark[: n // 2] = 0
    count, _, stats, cents = cv2.connectedComponentsWithStats(dark, connectivity=8)
    blobs = []
    for i in range(1, count):
        w, h = int(stats[i, cv2.CC_STAT_WIDTH]), int(stats[i, cv2.CC_STAT_HEIGHT])
        if w >= 4 and h >= 4 and 0.6 < w / h < 1.6:
            blobs.append((int(stats[i, cv2.CC_STAT_AREA]), float(cents[i][0]) / n, float(cents[i][1]) / n,
                          0.5 * max(w, h) / n))
    blobs.sort(key=lambda b: -b[0])
    return tuple(sorted((u, v, r) for _, u, v, r in blobs[:2]))


def leg_segments(pts: list[tuple[float, float]], hip: int, knee: int, paw: int, top: float, w: float,
                 ) -> list[tuple[tuple[float, float], tuple[float, float], float, float]]:
    """One leg as tapered segments (body units, y down): from under the artwork's belly (`top`) down
    to the hip when the belly is above it, then hip to knee to paw, the paw's round end on the ground."""
    h, k, p = pts[hip], pts[knee], pts[paw]
    p = p[0], p[1] - 0.85 * w / 2
    segs = []
    if top < h[1] - 0.02:
        segs.append(((h[0], top), h, w * 1.3, w * 1.25))
    return [*segs, (h, k, w * 1.25, w), (k, p, w, w * 0.85)]


def far(rgb: RGB) -> RGB:
    return mix(rgb, (10, 10, 24), FAR_SHADE)


def wing_path(path: skia.Path, shoulder: tuple[float, float], tip: tuple[float, float], lag: float) -> None:
    """A wing as a feathered leaf from the shoulder to the tip (body units, y down): its leading
    edge straight, its trailing edge bowed back, `lag` bending the tip's feathers with the beat."""
    sx, sy = shoulder
    tx, ty = tip
    dx, dy = tx - sx, ty - sy
    d = max(math.hypot(dx, dy), 1e-6)
    nx, ny = -dy / d, dx / d
    side = 1.0 if ny >= 0 else -1.0  # bow towards the ground side of the wing
    path.moveTo(sx - nx * side * WING_ROOT * 0.3, sy - ny * side * WING_ROOT * 0.3)
    path.quadTo(sx + dx * 0.5 - nx * side * 0.04, sy + dy * 0.5 - ny * side * 0.04, tx, ty)
    path.cubicTo(tx - dx * 0.3 + nx * side * (WING_TIP + lag), ty - dy * 0.3 + ny * side * (WING_TIP + lag),
                 sx + dx * 0.35 + nx * side * WING_ROOT, sy + dy * 0.35 + ny * side * WING_ROOT,
                 sx + nx * side * WING_ROOT * 0.5, sy + ny * side * WING_ROOT * 0.5)
    path.close()
