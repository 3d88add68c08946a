"""A person's hair from the screenplay (`appearance.hair`), drawn around the face emoji in flat
vector shapes, so every shot and every size draws the same person.

The emoji's own hair is found once (the commonest colour on the head that is not skin) and its
fills in the SVG are recoloured, or, when a style is given, dropped: the style is then drawn here,
the back hair before the face and a cap with a fringe over it, in the head's unit square (y down).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import skia

from kinema.render.environment.palette import RGB, hex_rgb, mix
from kinema.screenplay.model import Hair

SKULL_RX = 0.34  # the face's half-width in its square: Twemoji heads are 12 to 13 of 36 units
HAIR_DEFAULT: RGB = (92, 58, 36)  # a head with no hair of its own to take the colour from
SWING = 0.22  # radians a tail swings through a stride at a run
SHADE: RGB = (16, 10, 8)


def own_hair(raster: np.ndarray, skin: RGB) -> RGB | None:
    """The emoji's hair colour: the commonest opaque colour of the upper head that is not skin and
    not dark (eyes, outlines), or None (a bald emoji, a picture)."""
    n = raster.shape[0]
    top = raster[: int(0.45 * n)]
    rgb = top[..., :3].astype(np.int32)
    keep = (top[..., 3] == 255) & (np.abs(rgb - np.array(skin)).sum(axis=2) > 60) & (rgb.max(axis=2) > 40)
    if int(keep.sum()) < 0.01 * n * n:
        return None
    cols = rgb[keep]
    keys = cols[:, 0] * 65536 + cols[:, 1] * 256 + cols[:, 2]
    k = int(np.bincount(keys).argmax())
    return (k >> 16, (k >> 8) & 255, k & 255)


_FILL = re.compile(rb'fill="#([0-9A-Fa-f]{6})"')


def restyle_svg(data: bytes, own: RGB, to: RGB | None) -> bytes:
    """The SVG with the fills of the colour `own` (within a rendering's rounding) recoloured to `to`,
    or made transparent (None): the hair a drawn style replaces."""
    def sub(m: re.Match[bytes]) -> bytes:
        c = hex_rgb("#" + m.group(1).decode())
        if sum(abs(a - b) for a, b in zip(c, own, strict=True)) > 12:
            return m.group(0)
        if to is None:
            return b'fill="none"'
        return b'fill="#%02x%02x%02x"' % to
    return _FILL.sub(sub, data)


@dataclass(frozen=True)
class Skull:
    """Where the head is in the emoji's square: its crown's top, the eye line, the chin."""

    top: float
    eyes: float
    chin: float

    @property
    def crown(self) -> tuple[float, float]:
        return 0.5, self.top + SKULL_RX


@dataclass(frozen=True)
class HairLook:
    style: str | None  # None: the emoji's own hair, recoloured
    colour: RGB
    phase: float  # a member's own offset of its tails' swing (seeded by its id)
    skull: Skull  # where the head it grows on is in its square


def skull_of(eye_y: float, raster: np.ndarray) -> Skull:
    """The chin is the lowest opaque row; the crown as far above the eyes as the chin is below
    them, a little more (a head is taller above its eyes)."""
    rows = np.nonzero((raster[..., 3] > 128).any(axis=1))[0]
    chin = float(rows[-1] + 1) / raster.shape[0] if len(rows) else 0.94
    return Skull(max(0.04, eye_y - 1.1 * (chin - eye_y)), eye_y, chin)


def _paint(rgb: RGB) -> skia.Paint:
    return skia.Paint(AntiAlias=True, Color=skia.Color(*rgb))


def _tail(path: skia.Path, root: tuple[float, float], out: float, hang: float, length: float,
          width: float) -> None:
    """A lock of hair from `root`: it leaves the head at angle `out` (radians from straight down,
    positive to screen right) and bends under its weight to `hang` at its tip; widest a third of
    the way along, tapering to a point."""
    n = 14
    centre: list[tuple[float, float, float]] = []  # x, y, half-width
    x, y = root
    for k in range(n + 1):
        t = k / n
        a = out * (1 - t) ** 1.5 + hang * (1 - (1 - t) ** 1.5)
        half = width * 0.5 * (0.7 + 1.2 * t if t < 0.3 else 1.06 * (1 - t) / 0.7 + 0.04)
        centre.append((x, y, half))
        x, y = x + math.sin(a) * length / n, y + math.cos(a) * length / n
    left, right = [], []
    for k, (px, py, half) in enumerate(centre):
        qx, qy = centre[min(k + 1, n)][:2] if k < n else (2 * px - centre[k - 1][0], 2 * py - centre[k - 1][1])
        d = math.hypot(qx - px, qy - py) or 1.0
        nx, ny = -(qy - py) / d, (qx - px) / d
        left.append((px + nx * half, py + ny * half))
        right.append((px - nx * half, py - ny * half))
    path.moveTo(*left[0])
    for p in left[1:]:
        path.lineTo(*p)
    for p in reversed(right):
        path.lineTo(*p)
    path.close()
    path.addCircle(root[0], root[1], centre[0][2])


def swing_of(hair: HairLook, phase: float, speed: float, breath: float) -> float:
    """How far a tail swings now (radians): with the stride when moving, a breath's sway at rest."""
    pace = min(1.0, abs(speed) / 1.5)
    return SWING * pace * math.sin(2 * math.pi * (phase + hair.phase)) + 0.04 * breath


def draw_back(canvas: skia.Canvas, hair: HairLook, skin: RGB, facing: int, swing: float, speed: float) -> None:
    """Behind the face: the bare skull (the face's own hair is gone), then the style's back hair.
    `facing` puts a ponytail or braid behind the head; running leans it back."""
    skull = hair.skull
    if hair.style is None:
        return  # the emoji's own hair, recoloured in its SVG
    cx, cy = skull.crown
    bare = skia.Rect.MakeLTRB(cx - SKULL_RX, skull.top, cx + SKULL_RX, skull.chin - 0.02)
    canvas.drawOval(bare, _paint(skin))
    style = hair.style
    if style in ("bald", "short"):
        return
    back = mix(hair.colour, SHADE, 0.25)
    paint = _paint(back)
    lean = -facing * min(0.5, 0.15 * abs(speed))  # the hair trails the way the body moves from
    path = skia.Path()
    if style == "long":  # two falls of hair beside the face, down past the chin to the shoulders
        for side in (-1, 1):
            outer, inner = cx + side * SKULL_RX * 1.2, cx + side * SKULL_RX * 0.72
            path.addRRect(skia.RRect.MakeRectXY(skia.Rect.MakeLTRB(
                min(outer, inner), cy - 0.05, max(outer, inner), skull.chin + 0.08), 0.1, 0.1))
        path.addCircle(cx, cy, SKULL_RX * 1.15)
    elif style == "curly":
        for k in range(11):  # a cloud of curls around the crown and down the sides
            a = math.pi * (0.95 + 1.1 * k / 10)
            r = SKULL_RX * 1.08
            drop = 0.1 if k in (0, 10) else 0.0
            path.addCircle(cx + math.cos(a) * r, cy + math.sin(a) * r * 1.05 + drop, 0.1)
        path.addCircle(cx - SKULL_RX * 1.05, skull.eyes + 0.06, 0.09)
        path.addCircle(cx + SKULL_RX * 1.05, skull.eyes + 0.06, 0.09)
    elif style == "bun":
        path.addCircle(cx, skull.top - 0.04, 0.13)
    elif style == "ponytail":
        root = (cx - facing * SKULL_RX * 0.85, skull.top + 0.12)
        _tail(path, root, -facing * 1.3, -facing * (0.15 - lean) + swing, 0.62, 0.2)
        canvas.drawPath(path, paint)
        canvas.drawCircle(root[0], root[1], 0.045, _paint(mix(hair.colour, SHADE, 0.6)))  # the tie
        return
    elif style == "pigtails":
        for side in (-1, 1):
            root = (cx + side * SKULL_RX * 0.95, skull.top + SKULL_RX * 0.8)
            _tail(path, root, side * 1.1, side * 0.2 + swing * (1.0 if side == facing else 0.6) + 0.3 * lean,
                  0.42, 0.15)
        canvas.drawPath(path, paint)
        tie = _paint(mix(hair.colour, SHADE, 0.6))
        for side in (-1, 1):
            canvas.drawCircle(cx + side * SKULL_RX * 0.95, skull.top + SKULL_RX * 0.8, 0.04, tie)
        return
    elif style == "braid":
        x, y = cx - facing * SKULL_RX * 0.8, skull.top + 0.25
        a = -facing * (0.25 - lean) + swing * 0.7
        for k in range(7):  # a plait: overlapping knots, each a little smaller, down and back
            r = 0.09 * (1 - 0.07 * k)
            path.addOval(skia.Rect.MakeXYWH(x - r, y - r * 0.8, 2 * r, 1.6 * r))
            x, y = x + math.sin(a) * 0.085, y + math.cos(a) * 0.085
    canvas.drawPath(path, paint)


def draw_front(canvas: skia.Canvas, hair: HairLook) -> None:
    """Over the face: the cap of hair on the crown, down to the temples, its fringe above the eyes,
    a light streak along it. A bald head has a shine instead."""
    skull = hair.skull
    cx, cy = skull.crown
    if hair.style == "bald":
        shine = skia.Rect.MakeLTRB(cx - 0.2, skull.top + 0.05, cx + 0.08, skull.top + 0.3)
        canvas.drawArc(shine, 200, 60, False,
                       skia.Paint(AntiAlias=True, Color=skia.Color(255, 255, 255, 110),
                                  Style=skia.Paint.kStroke_Style, StrokeWidth=0.025,
                                  StrokeCap=skia.Paint.kRound_Cap))
        return
    if hair.style is None:
        return
    r = SKULL_RX * 1.06
    brow = skull.eyes - 0.11  # the fringe's lowest point
    side = skull.eyes + (0.02 if hair.style in ("long", "curly", "pigtails") else -0.05)
    path = skia.Path()
    path.moveTo(cx - r, side)
    path.lineTo(cx - r, cy)
    path.arcTo(skia.Rect.MakeLTRB(cx - r, cy - r, cx + r, cy + r), 180, 180, False)
    path.lineTo(cx + r, side)
    path.quadTo(cx + r * 0.85, brow - 0.1, cx + r * 0.55, brow - 0.06)
    if hair.style == "curly":  # a scalloped fringe of curls
        for k in range(4):
            x0 = cx + r * (0.55 - 0.275 * (k + 1))
            path.quadTo(x0 + r * 0.14, brow + 0.05, x0, brow - 0.04)
    else:  # a swept fringe: deeper on one side
        path.quadTo(cx + r * 0.1, brow + 0.02, cx - r * 0.3, brow - 0.02)
        path.quadTo(cx - r * 0.6, brow - 0.04, cx - r * 0.8, brow + 0.02)
    path.close()
    canvas.drawPath(path, _paint(hair.colour))
    streak = skia.Paint(AntiAlias=True, Color=skia.Color(*mix(hair.colour, (255, 250, 240), 0.3)),
                        Style=skia.Paint.kStroke_Style, StrokeWidth=0.03, StrokeCap=skia.Paint.kRound_Cap)
    arc = skia.Rect.MakeLTRB(cx - r * 0.75, cy - r * 0.85, cx + r * 0.75, cy + r * 0.6)
    canvas.drawArc(arc, 215, 70, False,
                   streak)


def hair_look(hair: Hair, own: RGB | None, phase: float, skull: Skull) -> HairLook | None:
    """The look of `appearance.hair`, or None where the screenplay gives none (the emoji's own)."""
    if hair.style is None and hair.colour is None:
        return None
    colour = hex_rgb(hair.colour) if hair.colour else own or HAIR_DEFAULT
    return HairLook(hair.style, colour, phase, skull)
