"""A whole-body animal's face acting in close shots, on its own emoji art seen side on (a dog, a
horse, a dragon, a snake): the eye and the muzzle are read once off the head's square of the
picture, then each frame overlays the expression the world gives (world/rig.py `expression`):
lids over the eye (blink, asleep), the jaw opened at the muzzle (howl, eat, breathe fire), the
eye turned to whom it attends to. All in the picture's unit square (y down), as drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import skia

from kinema.render.anatomy import common_colour
from kinema.render.environment.palette import RGB

Box = tuple[float, float, float]  # the head's square in the picture: left, top, side
FACE_PX = 24.0  # a head drawn smaller than this many pixels shows no expression
LOOK = 0.45  # how far the eye moves towards what it looks at, of its radius


@dataclass(frozen=True)
class ProfileFace:
    eye: tuple[float, float, float] | None  # x, y, radius; None where no eye shows (a dark head)
    eye_rgb: RGB
    fur: RGB  # the colour round the eye: the lid's
    muzzle: tuple[float, float]  # the snout's tip, the mouth's corner is behind it
    jaw: float  # how far back the mouth reaches from the tip
    native: int  # which way the picture faces: -1 left, +1 right


def profile_face(raster: np.ndarray, box: Box, native: int) -> ProfileFace:
    """The eye (the roundish dark blob of the head's square nearest its middle) and the muzzle (the
    head's furthest opaque point forward, below its top fifth) of an RGBA raster of the picture."""
    n = raster.shape[0]
    x0, y0, side = box
    c0, r0 = int(x0 * n), int(y0 * n)
    s = max(2, int(side * n))
    head = raster[r0:r0 + s, c0:c0 + s]
    rgb = head[..., :3].astype(np.int32)
    opaque = head[..., 3] > 128
    lum = rgb @ np.array([299, 587, 114]) // 1000
    fur_all = common_colour(rgb[opaque & (lum >= 100)], (128, 128, 128))
    dark = (opaque & (lum < 100)).astype(np.uint8)
    count, labels, stats, cents = cv2.connectedComponentsWithStats(dark, connectivity=8)
    best: tuple[float, int] | None = None
    for i in range(1, count):
        w, h, area = (int(stats[i, k]) for k in (cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
        if 3 <= area <= 0.06 * s * s and 0.5 < w / h < 2.0 and area >= 0.55 * w * h:
            d = float(np.hypot(cents[i][0] / s - 0.5, cents[i][1] / s - 0.45))
            if best is None or d < best[0]:
                best = (d, i)
    eye = None
    eye_rgb: RGB = (40, 30, 30)
    fur = fur_all
    if best is not None:
        i = best[1]
        cx, cy = cents[i]
        r = 0.5 * max(int(stats[i, cv2.CC_STAT_WIDTH]), int(stats[i, cv2.CC_STAT_HEIGHT]))
        eye = (x0 + cx / n, y0 + cy / n, r / n)
        eye_rgb = common_colour(rgb[labels == i], eye_rgb)
        yy, xx = np.mgrid[:s, :s]
        ring = opaque & (lum >= 100) & ((xx - cx) ** 2 + (yy - cy) ** 2 < (2.6 * r) ** 2)
        fur = common_colour(rgb[ring], fur_all)
    rows = slice(int(0.2 * s), s)
    cols = np.nonzero(opaque[rows].any(axis=0))[0]
    if len(cols) == 0:
        return ProfileFace(eye, eye_rgb, fur, (x0 + side / 2, y0 + side / 2), 0.3 * side, native)
    tip_col = int(cols[0]) if native < 0 else int(cols[-1])
    tip_y = float((np.nonzero(opaque[rows, tip_col])[0] + rows.start).mean())
    # The mouth is under the nose: most of the way down to the chin, the lowest point of the snout
    # (a quarter of the head's square behind its tip) still joined to the head's outline.
    reach = max(1, int(0.25 * s))
    lo, hi = (tip_col, tip_col + reach) if native < 0 else (max(0, tip_col - reach + 1), tip_col + 1)
    snout = opaque[:, lo:hi]
    below = np.nonzero(snout[int(tip_y):].any(axis=1))[0]
    gap = np.nonzero(np.diff(below) > 1)[0]
    chin = int(tip_y) + int(below[gap[0]] if len(gap) else below[-1]) if len(below) else int(tip_y)
    mouth_y = tip_y + 0.6 * (chin - tip_y)
    tip = (x0 + (tip_col + 0.5 + 0.03 * s * native * -1) / n, y0 + (mouth_y + 0.5) / n)
    return ProfileFace(eye, eye_rgb, fur, tip, 0.4 * side, native)


def draw_profile_face(canvas: skia.Canvas, face: ProfileFace, expression: str, gaze: tuple[float, ...],
                      ) -> None:
    """The expression over the picture (its unit square on the canvas)."""
    if face.eye is not None:
        x, y, r = face.eye
        fur = skia.Paint(AntiAlias=True, Color=skia.Color(*face.fur))
        if expression in ("blink", "asleep"):
            rr = r * 1.4 + 0.004
            canvas.drawOval(skia.Rect.MakeLTRB(x - rr, y - rr, x + rr, y + rr), fur)
            line = skia.Paint(AntiAlias=True, Color=skia.Color(*face.eye_rgb), Style=skia.Paint.kStroke_Style,
                              StrokeWidth=max(0.006, r * 0.45), StrokeCap=skia.Paint.kRound_Cap)
            canvas.drawArc(skia.Rect.MakeLTRB(x - rr * 0.9, y - rr * 0.5, x + rr * 0.9, y + rr * 0.5),
                           10, 160, False, line)
        elif gaze:
            # The eye turned in its socket: forward in the body is the way the picture faces.
            dx, dy = gaze[0] * face.native, -gaze[1]
            canvas.drawCircle(x, y, r * 1.15 + 0.003, fur)
            k = LOOK * r
            pupil = skia.Paint(AntiAlias=True, Color=skia.Color(*face.eye_rgb))
            canvas.drawCircle(x + dx * k, y + dy * k, r, pupil)
    if expression in ("shout", "eat", "hit"):
        _open_jaw(canvas, face, 1.0 if expression == "shout" else 0.6 if expression == "eat" else 0.75)


def _open_jaw(canvas: skia.Canvas, face: ProfileFace, wide: float) -> None:
    """A mouth opened at the muzzle: a dark wedge from the tip back along the jaw, its lower lip
    dropped, a tongue in it."""
    mx, my = face.muzzle
    back = -face.native  # from the tip towards the throat
    jaw = face.jaw
    drop = 0.22 * jaw * wide
    path = skia.Path()
    path.moveTo(mx + back * 0.01, my - 0.2 * drop)
    path.quadTo(mx + back * jaw * 0.5, my - 0.15 * drop, mx + back * jaw, my + 0.1 * drop)
    path.quadTo(mx + back * jaw * 0.45, my + drop * 1.1, mx + back * 0.02, my + drop)
    path.close()
    canvas.drawPath(path, skia.Paint(AntiAlias=True, Color=skia.Color(96, 28, 36)))
    canvas.drawOval(skia.Rect.MakeLTRB(min(mx + back * jaw * 0.25, mx + back * jaw * 0.7), my + drop * 0.35,
                                       max(mx + back * jaw * 0.25, mx + back * jaw * 0.7), my + drop * 0.9),
                    skia.Paint(AntiAlias=True, Color=skia.Color(214, 108, 140)))
