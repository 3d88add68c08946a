"""Serpents and dragons drawn on their spines (world/skeleton.py SERPENT_JOINTS, DRAGON_JOINTS):
the body a chain of tapered limbs in the emoji's own colour, rimmed by the key light; the head the
emoji's head, cut from its picture (the top of its leading side) or the whole picture when it is
a face; a dragon's legs and bat wings from the same skeleton. Body units, facing right, y down.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import skia

from kinema.render.anatomy import Anatomy, far
from kinema.render.environment.palette import RGB, mix
from kinema.render.rig import Paints, Seg, limbs
from kinema.screenplay.model import Archetype
from kinema.world.skeleton import DRAGON_HIP, DRAGON_JOINTS, DRAGON_SHOULDER, HEAD_RADIUS, SPINE_JOINTS

D = {name: i for i, name in enumerate(DRAGON_JOINTS)}
NECK_W, TAIL_W = 0.36, 0.05  # the spine's width at the neck and the tail's tip, body heights
HEAD_SIZE = 2 * HEAD_RADIUS[Archetype.SERPENT]  # the head's box, body heights (a close-up frames it)
LEG_W = 0.13
Box = tuple[float, float, float]  # a square of the picture: left, top, side (unit square)


def head_box(raster: np.ndarray, native: int) -> Box:
    """Where the head is in the picture: the top of its leading side (the way it faces), as a square
    two fifths of the picture; the whole picture for one that faces front (a face)."""
    if native == 0:
        return 0.0, 0.0, 1.0
    n = raster.shape[0]
    opaque = raster[..., 3] > 128
    lead = opaque[:, : int(0.45 * n)] if native < 0 else opaque[:, int(0.55 * n):]
    rows = np.nonzero(lead.any(axis=1))[0]
    if len(rows) == 0:
        return 0.0, 0.0, 1.0
    side = 0.36
    top = int(rows[0])
    band = lead[top: top + int(side * n)]
    cols = np.nonzero(band.any(axis=0))[0]
    left = cols[0] / n if native < 0 else (int(0.55 * n) + cols[-1] + 1) / n - side
    return float(min(max(left, 0.0), 1 - side)), float(top / n), side


def draw_spined(canvas: skia.Canvas, picture: Callable[[skia.Canvas], None], box: Box, native: int,
                parts: Anatomy, paints: Paints, pts: list[tuple[float, float]], dragon: bool, light_dir: int,
                turn: float = 0.0) -> None:
    """The whole body from its joints `pts` (body units, y down, facing right); the head turned
    `turn` degrees more (towards whom it looks at)."""
    skin = parts.fur
    lit = mix(skin, (255, 244, 220), 0.3)
    spine = pts[: len(SPINE_JOINTS)]
    if dragon:
        _wing(canvas, paints, pts, "l", far(mix(skin, (20, 30, 20), 0.25)))
        _legs(canvas, paints, pts, "l", far(skin), light_dir)
    bones = len(spine) - 1
    segs: list[Seg] = []
    for i in range(1, bones):  # neck to the tail's tip (the head's own bone is under the head)
        wa = NECK_W + (TAIL_W - NECK_W) * (i - 1) / (bones - 1)
        wb = NECK_W + (TAIL_W - NECK_W) * i / (bones - 1)
        segs.append((spine[i], spine[i + 1], wa, wb))
    segs.insert(0, (spine[1], _toward(spine[1], spine[0], 0.6), NECK_W, NECK_W * 0.9))
    limbs(canvas, paints, segs, skin, lit, light_dir)
    if dragon:
        _legs(canvas, paints, pts, "r", skin, light_dir)
        _wing(canvas, paints, pts, "r", mix(skin, (20, 30, 20), 0.25))
    _head(canvas, picture, box, native, spine[0], spine[1], turn)


def _toward(a: tuple[float, float], b: tuple[float, float], k: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k


def _legs(canvas: skia.Canvas, paints: Paints, pts: list[tuple[float, float]], side: str, colour: RGB,
          light_dir: int) -> None:
    segs: list[Seg] = []
    for end, root in (("hind", DRAGON_HIP), ("front", DRAGON_SHOULDER)):
        hip, knee, paw = pts[root], pts[D[f"knee_{end}_{side}"]], pts[D[f"paw_{end}_{side}"]]
        paw = paw[0], paw[1] - LEG_W * 0.4
        segs += [(hip, knee, LEG_W * 1.4, LEG_W), (knee, paw, LEG_W, LEG_W * 0.9)]
    limbs(canvas, paints, segs, colour, mix(colour, (255, 244, 220), 0.3), light_dir)


def _wing(canvas: skia.Canvas, paints: Paints, pts: list[tuple[float, float]], side: str, colour: RGB) -> None:
    """A bat's wing: a membrane from the shoulder out by the elbow to the tip and back to the spine,
    its trailing edge scalloped between the fingers."""
    root, elbow, tip = pts[DRAGON_SHOULDER], pts[D[f"wing_elbow_{side}"]], pts[D[f"wing_tip_{side}"]]
    back = pts[DRAGON_SHOULDER + 2]
    path = paints.path
    path.rewind()
    path.moveTo(*root)
    path.lineTo(*elbow)
    path.lineTo(*tip)
    for k in (1, 2, 3):  # the scallops, from the tip back to the spine
        a, b = _toward(tip, back, (k - 1) / 3), _toward(tip, back, k / 3)
        mid = _toward(a, b, 0.5)
        pull = _toward(mid, elbow, 0.25)
        path.quadTo(pull[0], pull[1], b[0], b[1])
    path.close()
    canvas.drawPath(path, skia.Paint(AntiAlias=True, Color=skia.Color(*colour)))
    bone = skia.Paint(AntiAlias=True, Color=skia.Color(*mix(colour, (20, 20, 20), 0.3)),
                      Style=skia.Paint.kStroke_Style, StrokeWidth=0.04, StrokeCap=skia.Paint.kRound_Cap,
                      StrokeJoin=skia.Paint.kRound_Join)
    arm = skia.Path()
    arm.moveTo(*root)
    arm.lineTo(*elbow)
    arm.lineTo(*tip)
    canvas.drawPath(arm, bone)


def _head(canvas: skia.Canvas, picture: Callable[[skia.Canvas], None], box: Box, native: int,
          head: tuple[float, float], neck: tuple[float, float], turn: float = 0.0) -> None:
    """The picture's head square centred on the head joint, its nose forward, tilted a little with
    the neck and `turn` degrees more."""
    x0, y0, side = box
    tilt = math.degrees(math.atan2(head[1] - neck[1], head[0] - neck[0]))
    canvas.save()
    canvas.translate(*head)
    canvas.rotate(0.25 * tilt + turn)
    canvas.scale(HEAD_SIZE / side, HEAD_SIZE / side)
    if native < 0:
        canvas.scale(-1, 1)
    canvas.translate(-(x0 + side / 2), -(y0 + side / 2))
    canvas.clipRect(skia.Rect.MakeXYWH(x0, y0, side, side))
    picture(canvas)
    canvas.restore()
