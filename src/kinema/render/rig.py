"""A person drawn on the world's skeleton (world/rig.py): tapered limbs in flat colours with a rim
of the scene's key light down the lit side, the face emoji as the head, and the face acting
(blink, eyes closed asleep, mouth open, a squash and ripple when struck).

Far limbs are drawn first and darker, then the torso, the near leg, the head, the near arm.
The paints of a look and one path are made once and reused: a frame only moves points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import skia

from kinema.render.environment.palette import RGB, mix
from kinema.render.hair import HairLook, draw_back, draw_front, swing_of
from kinema.render.look import Look
from kinema.world.rig import HEAD_R, HUMAN_JOINTS
from kinema.world.state import EntityState

J = {name: i for i, name in enumerate(HUMAN_JOINTS)}
# Limb widths at either end, body heights: (start, end).
THIGH_W, SHIN_W = (0.085, 0.06), (0.06, 0.045)
UPPER_W, FORE_W = (0.055, 0.045), (0.045, 0.036)
TORSO_W = (0.13, 0.15)
SHOE_W = 0.04
HAND_R = 0.026
HEAD_BOX = 2.3 * HEAD_R  # the emoji's square, body heights: its round face fills most of it
FAR_SHADE = 0.28  # how much darker the far limbs are
RIM = 0.35  # the lit band's width, of the limb's
LOOK = 0.45  # how far the eyes move towards what they look at, of an eye's radius


@dataclass
class FaceMarks:
    """Where the head emoji's eyes and mouth are, in its unit square (found once from its pixels)."""

    eyes: tuple[tuple[float, float, float], ...]  # (x, y, radius)
    mouth: tuple[float, float]
    skin: RGB
    eye: RGB = (102, 69, 0)  # the eyes' colour


@dataclass
class Paints:
    """The look's paints, made once per person."""

    fill: dict[RGB, skia.Paint]
    path: skia.Path


def face_marks(raster: np.ndarray) -> FaceMarks:
    """Eyes as the dark blobs in the face's middle band; skin as the commonest light colour of the
    cheeks."""
    n = raster.shape[0]
    rgb = raster[..., :3].astype(np.int32)
    opaque = raster[..., 3] > 200
    lum = rgb @ np.array([299, 587, 114]) // 1000
    dark = (opaque & (lum < 90)).astype(np.uint8)
    band = np.zeros_like(dark)
    band[int(0.3 * n):int(0.72 * n), int(0.15 * n):int(0.85 * n)] = 1
    count, labels, stats, cents = cv2.connectedComponentsWithStats(dark * band, connectivity=8)
    eyes = []
    for i in range(1, count):
        area = int(stats[i, cv2.CC_STAT_AREA])
        if 4 <= area <= 0.02 * n * n:
            r = 0.5 * max(int(stats[i, cv2.CC_STAT_WIDTH]), int(stats[i, cv2.CC_STAT_HEIGHT])) / n
            eyes.append((float(cents[i][0]) / n, float(cents[i][1]) / n, r, area, i))
    eyes.sort(key=lambda e: -e[3])
    pair = sorted(eyes[:2])
    eye: RGB = (102, 69, 0)
    if len(pair) < 2:
        pair = [(0.35, 0.5, 0.06, 0, 0), (0.65, 0.5, 0.06, 0, 0)]
    else:
        ec = rgb[labels == pair[0][4]].mean(axis=0)
        eye = (int(ec[0]), int(ec[1]), int(ec[2]))
    eye_y = sum(e[1] for e in pair) / 2
    # Skin is read off the cheeks, under the eyes: the commonest light colour of the whole face
    # is the hair on a face framed by long hair (👩).
    cheeks = np.zeros_like(opaque)
    for x, y, _r, _, _ in pair:
        cheeks[int((y + 0.08) * n):int((y + 0.16) * n), max(0, int((x - 0.06) * n)):int((x + 0.06) * n)] = True
    light = rgb[opaque & (lum > 120) & cheeks]
    if len(light) < 4:
        light = rgb[opaque & (lum > 120)]
    if len(light):
        bins = (light[:, 0] >> 4) * 256 + (light[:, 1] >> 4) * 16 + (light[:, 2] >> 4)
        top = int(np.bincount(bins).argmax())
        r, g, b = (int(v) for v in light[bins == top].mean(axis=0))
        skin: RGB = (r, g, b)
    else:
        skin = (255, 204, 77)
    return FaceMarks(tuple((x, y, r) for x, y, r, _, _ in pair), (0.5, min(0.9, eye_y + 0.24)), skin, eye)


def _paint(paints: Paints, rgb: RGB) -> skia.Paint:
    p = paints.fill.get(rgb)
    if p is None:
        p = paints.fill[rgb] = skia.Paint(AntiAlias=True, Color=skia.Color(*rgb))
    return p


def bone(canvas: skia.Canvas, paints: Paints, a: tuple[float, float], b: tuple[float, float],
          wa: float, wb: float, rgb: RGB, lit: RGB, light_dir: int) -> None:
    """A tapered limb from a to b (widths in pixels), round at both ends, its lit side rimmed."""
    _taper(canvas, paints, a, b, wa, wb, _paint(paints, rgb))
    k = (1 - RIM) * 0.5
    off_a, off_b = light_dir * wa * k, light_dir * wb * k
    _taper(canvas, paints, (a[0] + off_a, a[1]), (b[0] + off_b, b[1]), wa * RIM, wb * RIM, _paint(paints, lit))


Seg = tuple[tuple[float, float], tuple[float, float], float, float]  # a, b, width at a, width at b


def limbs(canvas: skia.Canvas, paints: Paints, segs: list[Seg], rgb: RGB, lit: RGB, light_dir: int) -> None:
    """Several tapered limbs of one colour as `bone` draws them, in two draws (fill, then rim) rather
    than two each: every contour winds the same way, so where they overlap they fill, not cancel."""
    k = (1 - RIM) * 0.5
    for rim in (False, True):
        path = paints.path
        path.rewind()
        for a, b, wa, wb in segs:
            if rim:
                a, b = (a[0] + light_dir * wa * k, a[1]), (b[0] + light_dir * wb * k, b[1])
                wa, wb = wa * RIM, wb * RIM
            _outline(path, a, b, wa / 2, wb / 2)
        canvas.drawPath(path, _paint(paints, lit if rim else rgb))


def _outline(path: skia.Path, a: tuple[float, float], b: tuple[float, float], ra: float, rb: float) -> None:
    """A tapered limb's outline added to `path`, counter-clockwise on the screen like its end circles."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d > 1e-6:
        nx, ny = -dy / d, dx / d
        path.moveTo(a[0] + nx * ra, a[1] + ny * ra)
        path.lineTo(b[0] + nx * rb, b[1] + ny * rb)
        path.lineTo(b[0] - nx * rb, b[1] - ny * rb)
        path.lineTo(a[0] - nx * ra, a[1] - ny * ra)
        path.close()
    path.addCircle(a[0], a[1], ra, skia.PathDirection.kCCW)
    path.addCircle(b[0], b[1], rb, skia.PathDirection.kCCW)


def _taper(canvas: skia.Canvas, paints: Paints, a: tuple[float, float], b: tuple[float, float],
           wa: float, wb: float, paint: skia.Paint) -> None:
    """One tapered limb: its quad and end circles wound the same way (`_outline`), so the default
    winding fill covers their union with no holes where they overlap."""
    path = paints.path
    path.rewind()
    _outline(path, a, b, wa / 2, wb / 2)
    canvas.drawPath(path, paint)


def screen_joints(e: EntityState, sx: float, sy: float, ppm: float) -> list[tuple[float, float]]:
    f = e.facing
    return [(sx + f * x * ppm, sy - y * ppm) for x, y in e.joints]


def feet_on_screen(e: EntityState, sx: float, sy: float, ppm: float) -> np.ndarray:
    """(2, 2) the soles of the two shoes as drawn: what the person stands on."""
    pts = screen_joints(e, sx, sy, ppm)
    return np.array([pts[J["foot_l"]], pts[J["foot_r"]]])


def draw_person(canvas: skia.Canvas, head: skia.Picture, marks: FaceMarks | None, look: Look,
                paints: Paints, e: EntityState, sx: float, sy: float, ppm: float, light_dir: int) -> None:
    h = e.height * ppm
    pts = screen_joints(e, sx, sy, ppm)
    shade = (10, 10, 24)
    rim = (255, 244, 220)

    def far(c: RGB) -> RGB:
        return mix(c, shade, FAR_SHADE)

    def lit(c: RGB) -> RGB:
        return mix(c, rim, 0.3)

    def arm(side: str, near: bool) -> None:
        sleeve = look.top if near else far(look.top)
        skin = look.skin if near else far(look.skin)
        fore = sleeve if look.long_sleeves else skin
        s, el, ha = pts[J["shoulder_" + side]], pts[J["elbow_" + side]], pts[J["hand_" + side]]
        bone(canvas, paints, s, el, UPPER_W[0] * h, UPPER_W[1] * h, sleeve, lit(sleeve), light_dir)
        bone(canvas, paints, el, ha, FORE_W[0] * h, FORE_W[1] * h, fore, lit(fore), light_dir)
        canvas.drawCircle(ha[0], ha[1], HAND_R * h, _paint(paints, skin))

    def leg(side: str, near: bool) -> None:
        cloth = look.bottom if near else far(look.bottom)
        shoe = look.shoes if near else far(look.shoes)
        hip, kn, ft = pts[J["hips"]], pts[J["knee_" + side]], pts[J["foot_" + side]]
        lift = SHOE_W * h / 2  # the shoe's sole, not the ankle, is on the ground
        ankle = (ft[0], ft[1] - lift)
        bone(canvas, paints, hip, kn, THIGH_W[0] * h, THIGH_W[1] * h, cloth, lit(cloth), light_dir)
        shin_end = min(SHIN_W[1] * h, 2 * lift)
        bone(canvas, paints, kn, ankle, SHIN_W[0] * h, shin_end, cloth, lit(cloth), light_dir)
        toe = (ft[0] + e.facing * 0.05 * h, ft[1] - lift)
        _taper(canvas, paints, (ft[0] - e.facing * 0.008 * h, ft[1] - lift), toe, 2 * lift, 2 * lift * 0.85,
               _paint(paints, shoe))

    arm("l", False)
    leg("l", False)
    hips, chest, neck = pts[J["hips"]], pts[J["chest"]], pts[J["neck"]]
    bone(canvas, paints, neck, pts[J["head"]], 0.045 * h, 0.045 * h, look.skin, lit(look.skin), light_dir)
    canvas.drawCircle(hips[0], hips[1], TORSO_W[0] * h * 0.5, _paint(paints, look.bottom))
    bone(canvas, paints, hips, chest, TORSO_W[0] * h, TORSO_W[1] * h, look.top, lit(look.top), light_dir)
    bone(canvas, paints, chest, neck, TORSO_W[1] * h, 0.07 * h, look.top, lit(look.top), light_dir)
    leg("r", True)
    _head(canvas, head, marks, look.hair, e, pts, h)
    arm("r", True)


def _head(canvas: skia.Canvas, head: skia.Picture, marks: FaceMarks | None, hair: HairLook | None,
          e: EntityState, pts: list[tuple[float, float]], h: float) -> None:
    neck, hd = pts[J["neck"]], pts[J["head"]]
    box = HEAD_BOX * h
    tilt = math.degrees(math.atan2(hd[0] - neck[0], neck[1] - hd[1]))  # the head leans with the neck
    canvas.save()
    canvas.translate(hd[0], hd[1])
    canvas.rotate(tilt * 0.6)
    if e.expression == "hit":  # struck: squashed along the blow, rippling back
        k = e.recoil
        ripple = math.sin(k * 30.0) * 0.06 * k
        canvas.scale(1.0 - 0.14 * k + ripple, 1.0 + 0.1 * k - ripple)
    canvas.translate(-box / 2, -box / 2)
    canvas.scale(box, box)
    if hair is not None:  # the screenplay's hair, around the face in every shot (render/hair.py)
        skin = marks.skin if marks is not None else (255, 204, 77)
        speed = math.hypot(e.vx, e.vy)
        draw_back(canvas, hair, skin, e.facing, swing_of(hair, e.phase, speed, e.breath), speed)
    canvas.drawPicture(head)
    if hair is not None:
        draw_front(canvas, hair)
    if marks is not None and box >= FACE_PX:
        if e.gaze and e.expression not in ("blink", "asleep"):
            _look(canvas, marks, e.gaze[0] * e.facing, -e.gaze[1])
        expression_overlay(canvas, marks, e.expression)
    canvas.restore()


def _look(canvas: skia.Canvas, marks: FaceMarks, dx: float, dy: float) -> None:
    """The eyes turned towards (dx, dy) on the picture (unit, y down): each eye painted over in the
    skin's colour and drawn again moved inside its socket, so the emoji's own eyes look round."""
    skin = skia.Paint(AntiAlias=True, Color=skia.Color(*marks.skin))
    pupil = skia.Paint(AntiAlias=True, Color=skia.Color(*marks.eye))
    for x, y, r in marks.eyes:
        canvas.drawCircle(x, y, r * 1.15 + 0.01, skin)
        k = LOOK * r
        canvas.drawOval(skia.Rect.MakeXYWH(x + dx * k - r * 0.6, y + dy * k - r, r * 1.2, r * 2.0), pupil)


FACE_PX = 12.0  # a face drawn smaller than this many pixels shows no expression


def expression_overlay(canvas: skia.Canvas, marks: FaceMarks, face: str) -> None:
    """Overlays on the emoji (a person's or an animal's face), in its unit square: lids over the
    eyes, an open mouth."""
    if face in ("blink", "asleep"):
        lid = skia.Paint(AntiAlias=True, Color=skia.Color(*marks.skin))
        line = skia.Paint(AntiAlias=True, Color=skia.Color(60, 40, 30), Style=skia.Paint.kStroke_Style,
                          StrokeWidth=0.025, StrokeCap=skia.Paint.kRound_Cap)
        for x, y, r in marks.eyes:
            rr = r * 1.35 + 0.01
            canvas.drawOval(skia.Rect.MakeLTRB(x - rr, y - rr, x + rr, y + rr), lid)
            canvas.drawArc(skia.Rect.MakeLTRB(x - rr * 0.9, y - rr * 0.5, x + rr * 0.9, y + rr * 0.5),
                           10, 160, False, line)
    if face in ("shout", "eat", "hit"):
        mx, my = marks.mouth
        wide, tall = (0.16, 0.12) if face == "shout" else (0.11, 0.07) if face == "eat" else (0.12, 0.09)
        canvas.drawOval(skia.Rect.MakeXYWH(mx - wide / 2, my - tall / 2, wide, tall),
                        skia.Paint(AntiAlias=True, Color=skia.Color(90, 30, 40)))
        canvas.drawOval(skia.Rect.MakeXYWH(mx - wide / 4, my, wide / 2, tall / 3),
                        skia.Paint(AntiAlias=True, Color=skia.Color(214, 108, 140)))
