"""A formation's pieces (world/formation.py), drawn in the subject's own colours.

Each formation look (material, palette) gets one atlas of pre-drawn cells: per size bucket,
per palette colour, a darker and a lighter shade and a soft (blurred) one for near pieces, at
two alpha levels. A piece is then a copy of a cell at an integer offset, as free particles
are (render/particles.py): no per-piece colour or sampling, which measured 6-8x slower. Pieces
in the air leave short trails: two smaller, fainter copies behind them along their
velocity. Every material's picture is procedural; an emoji material is its emoji, tinted.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import skia

from kinema.render.camera import Camera
from kinema.render.particles import SPRITE_MIN, Atlas, _emoji_picture, _xforms, blit_trimmed
from kinema.world.state import FormationFrame

BUCKETS = np.array([3, 4, 5, 6, 8, 10, 12, 15, 19, 24, 30, 38, 48, 60, 76, 96], dtype=np.float32)
_EDGES = np.sqrt(BUCKETS[1:] * BUCKETS[:-1])  # a size takes its nearest bucket (in ratio), not the next up
ALPHAS = (0.5, 1.0)
VARIANTS = 3  # darker shade, lighter shade, soft
SOFT_Z = 0.5  # nearer than this (world z): drawn soft
TRAIL_S = 0.07  # a trail is this much of the piece's motion
_SPRITE_BUCKET = int(np.searchsorted(BUCKETS, SPRITE_MIN))

RGB = tuple[int, int, int]


def _mix(a: RGB, b: RGB, k: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * k), round(a[1] + (b[1] - a[1]) * k), round(a[2] + (b[2] - a[2]) * k))


def _colour(c: RGB, alpha: int = 255) -> int:
    return int(skia.Color(c[0], c[1], c[2], alpha))


def _fill(c: RGB, alpha: int = 255) -> skia.Paint:
    return skia.Paint(AntiAlias=True, Color=_colour(c, alpha))


def _radial(canvas: skia.Canvas, r: float, colours: list[int], stops: list[float]) -> None:
    p = skia.Paint(AntiAlias=True)
    p.setShader(skia.GradientShader.MakeRadial(skia.Point(0, 0), r, colours, stops))
    canvas.drawCircle(0, 0, r, p)


def _star(r: float, points: int, waist: float) -> skia.Path:
    path = skia.Path()
    for i in range(2 * points):
        rad = r if i % 2 == 0 else r * waist
        a = math.pi / points * i
        (path.moveTo if i == 0 else path.lineTo)(rad * math.sin(a), -rad * math.cos(a))
    path.close()
    return path


def paint_piece(canvas: skia.Canvas, name: str, r: float, c: RGB, emoji: skia.Picture | None) -> None:
    """One piece of material `name` in colour c, centred on the origin, radius r."""
    light, dark = _mix(c, (255, 246, 220), 0.55), _mix(c, (20, 10, 20), 0.35)
    if name == "flowers":  # five round petals, a paler heart
        for i in range(5):
            a = 2 * math.pi * i / 5
            canvas.drawCircle(0.5 * r * math.sin(a), -0.5 * r * math.cos(a), 0.46 * r, _fill(c))
        canvas.drawCircle(0, 0, 0.3 * r, _fill(dark))
        canvas.drawCircle(0, 0, 0.2 * r, _fill(light))
    elif name == "petals":  # a teardrop, tilted, paler at its base
        canvas.rotate(-30)
        path = skia.Path()
        path.moveTo(0, -r)
        path.cubicTo(0.9 * r, -0.2 * r, 0.5 * r, 0.9 * r, 0, 0.9 * r)
        path.cubicTo(-0.5 * r, 0.9 * r, -0.9 * r, -0.2 * r, 0, -r)
        canvas.drawPath(path, _fill(c))
        canvas.drawCircle(0, 0.55 * r, 0.22 * r, _fill(light, 160))
    elif name == "leaves":  # a pointed leaf with a darker midrib
        canvas.rotate(-35)
        leaf = skia.Path()
        leaf.moveTo(-r, 0)
        leaf.quadTo(0, -0.95 * r, r, 0)
        leaf.quadTo(0, 0.95 * r, -r, 0)
        canvas.drawPath(leaf, _fill(c))
        rib = _fill(dark, 220)
        rib.setStrokeWidth(max(0.8, r / 8))
        canvas.drawLine(-0.9 * r, 0, 0.85 * r, 0, rib)
    elif name == "sand":  # a grain with a lit side
        canvas.drawCircle(0, 0, 0.8 * r, _fill(c))
        canvas.drawCircle(-0.25 * r, -0.25 * r, 0.3 * r, _fill(light, 150))
    elif name == "water":  # a drop: the colour seen through water, a highlight
        path = skia.Path()
        path.moveTo(0, -r)
        path.cubicTo(0.55 * r, -0.3 * r, 0.8 * r, 0.2 * r, 0.75 * r, 0.35 * r)
        path.arcTo(skia.Rect.MakeLTRB(-0.75 * r, -0.4 * r, 0.75 * r, r), 0, 180, False)
        path.cubicTo(-0.8 * r, 0.2 * r, -0.55 * r, -0.3 * r, 0, -r)
        canvas.drawPath(path, _fill(_mix(c, (200, 228, 255), 0.3), 220))
        canvas.drawCircle(-0.25 * r, 0.2 * r, 0.18 * r, _fill((255, 255, 255), 210))
    elif name == "sparks":  # a hot point in its own glow
        _radial(canvas, r, [_colour(_mix(c, (255, 255, 240), 0.8)), _colour(_mix(c, (255, 220, 120), 0.3), 200),
                            _colour(c, 0)], [0.0, 0.3, 1.0])
    elif name == "fire":  # a flame tongue: pale core, the colour, soft edge
        _radial(canvas, r, [_colour(_mix(c, (255, 240, 190), 0.6)), _colour(c, 210), _colour(dark, 0)],
                [0.0, 0.45, 1.0])
    elif name == "stars":  # a four-point star on a small glow
        _radial(canvas, r, [_colour(c, 120), _colour(c, 0)], [0.0, 1.0])
        canvas.drawPath(_star(r, 4, 0.3), _fill(_mix(c, (255, 255, 235), 0.35)))
    elif name == "butterflies":  # two pairs of wings, a dark body
        for side in (-1, 1):
            wing = skia.Rect.MakeXYWH(side * 0.5 * r - 0.45 * r, -0.85 * r, 0.9 * r, 0.95 * r)
            canvas.drawOval(wing, _fill(c))
            canvas.drawOval(skia.Rect.MakeXYWH(side * 0.4 * r - 0.3 * r, 0.0, 0.6 * r, 0.7 * r), _fill(light))
        body = _fill(dark)
        body.setStrokeWidth(max(0.8, r / 6))
        canvas.drawLine(0, -0.6 * r, 0, 0.6 * r, body)
    elif name == "paper birds":  # a folded crane: two wings, the near one paler
        far, near = skia.Path(), skia.Path()
        far.moveTo(-r, -0.1 * r)
        far.lineTo(0.2 * r, -0.9 * r)
        far.lineTo(0.1 * r, 0.3 * r)
        far.close()
        near.moveTo(-0.9 * r, 0.1 * r)
        near.lineTo(r, 0.05 * r)
        near.lineTo(0.05 * r, 0.7 * r)
        near.close()
        canvas.drawPath(far, _fill(dark))
        canvas.drawPath(near, _fill(c))
    elif name == "snow":  # a six-armed flake in the colour, paled
        pen = _fill(_mix(c, (255, 255, 255), 0.45))
        pen.setStrokeWidth(max(0.8, r / 5))
        pen.setStrokeCap(skia.Paint.kRound_Cap)
        for i in range(3):
            a = math.pi / 3 * i
            canvas.drawLine(-r * math.sin(a), -r * math.cos(a), r * math.sin(a), r * math.cos(a), pen)
    elif name == "bubbles":  # a clear ball: a tinted film, a rim and a glint
        canvas.drawCircle(0, 0, 0.9 * r, _fill(c, 70))
        rim = _fill(_mix(c, (255, 255, 255), 0.4), 230)
        rim.setStyle(skia.Paint.kStroke_Style)
        rim.setStrokeWidth(max(0.8, r / 7))
        canvas.drawCircle(0, 0, 0.85 * r, rim)
        canvas.drawCircle(-0.35 * r, -0.35 * r, 0.18 * r, _fill((255, 255, 255), 230))
    elif emoji is not None:  # any other emoji: its own picture, its lightness mapped onto the colour
        k = [v / 255 for v in c]
        lum = [0.3, 0.59, 0.11]
        rows = [x for ch in k for x in (*(1.1 * ch * w for w in lum), 0.0, 0.1 * ch)]
        paint = skia.Paint(ColorFilter=skia.ColorFilters.Matrix([*rows, 0, 0, 0, 1, 0]))
        canvas.saveLayer(skia.Rect(-r, -r, r, r), paint)
        canvas.translate(-r, -r)
        canvas.scale(2 * r, 2 * r)
        canvas.drawPicture(emoji)
        canvas.restore()
    else:
        canvas.drawCircle(0, 0, 0.8 * r, _fill(c))


def _shades(c: RGB) -> tuple[RGB, RGB]:
    """The darker and lighter shade of one palette colour: variation that stays inside the colour."""
    return _mix(c, (0, 0, 0), 0.1), _mix(c, (255, 255, 255), 0.08)


@lru_cache(maxsize=16)
def atlas_for(name: str, emoji: str, palette: tuple[RGB, ...]) -> Atlas:
    pic = _emoji_picture(emoji) if emoji else None
    rows = len(palette) * VARIANTS * len(ALPHAS)
    cell_h = int(BUCKETS[-1]) + 2
    surf = skia.Surface(int(BUCKETS.sum()) + 2 * len(BUCKETS), cell_h * max(1, rows))
    canvas = surf.getCanvas()
    canvas.clear(skia.Color4f(0, 0, 0, 0))
    rects: list[list[skia.Rect]] = []
    x = 0.0
    for s in BUCKETS.tolist():
        row = []
        for ci, colour in enumerate(palette):
            dark, light = _shades(colour)
            for v in range(VARIANTS):
                for j, alpha in enumerate(ALPHAS):
                    y = ((ci * VARIANTS + v) * len(ALPHAS) + j) * cell_h
                    paint = skia.Paint(Alphaf=alpha)
                    r = s / 2
                    if v == 2:  # soft: blurred, a little smaller so the blur stays in the cell
                        paint.setImageFilter(skia.ImageFilters.Blur(s * 0.07, s * 0.07))
                        r *= 0.82
                    canvas.saveLayer(skia.Rect.MakeXYWH(x, y, s, s), paint)
                    canvas.translate(x + s / 2, y + s / 2)
                    paint_piece(canvas, name, r, light if v == 1 else dark, pic)
                    canvas.restore()
                    row.append(skia.Rect.MakeXYWH(x, y, s, s))
        rects.append(row)
        x += s + 2
    return Atlas(surf.makeImageSnapshot(), rects)


def _blit(canvas: skia.Canvas, atlas: Atlas, bucket: np.ndarray, cell: np.ndarray, left: np.ndarray,
          top: np.ndarray) -> int:
    """Cells at integer offsets: small ones batched, then the large ones, trimmed, in a second batch."""
    big = bucket >= _SPRITE_BUCKET
    calls = 0
    small = ~big
    if small.any():
        tex = [atlas.rects[b][c] for b, c in zip(bucket[small].tolist(), cell[small].tolist(), strict=True)]
        xf = _xforms(left[small].tolist(), top[small].tolist())
        canvas.drawAtlas(atlas.image, xf, tex, [], skia.BlendMode.kModulate, skia.SamplingOptions(), None, None)
        calls += 1
    if big.any():
        calls += blit_trimmed(canvas, atlas, bucket[big], cell[big], left[big], top[big])
    return calls


def draw_formation(canvas: skia.Canvas, f: FormationFrame, cam: Camera, width: int, height: int) -> int:
    """Draw a formation's pieces through the camera, far ones first; returns the draw calls made."""
    if len(f) == 0 or not f.palette:
        return 0
    px = f.size * cam.ppm
    sx = (f.x - cam.cx) * cam.ppm + width / 2 + cam.shake_x
    sy = height / 2 - (f.y - cam.cy) * cam.ppm + cam.shake_y
    seen = (px >= 1.0) & (sx > -px) & (sx < width + px) & (sy > -px) & (sy < height + px)
    idx = np.flatnonzero(seen)
    if idx.size == 0:
        return 0
    idx = idx[np.argsort(f.z[idx], kind="stable")]  # far pieces first, near ones over them
    atlas = atlas_for(f.material, f.emoji, f.palette)
    bucket = np.searchsorted(_EDGES, px[idx]).astype(np.int64)
    colour = (f.tone[idx] // 2).astype(np.int64)
    variant = np.where((f.z[idx] > SOFT_Z) & (px[idx] >= 8), 2, f.tone[idx] % 2).astype(np.int64)
    level = (f.alpha[idx] >= 0.75).astype(np.int64)
    cell = (colour * VARIANTS + variant) * len(ALPHAS) + level
    half = BUCKETS[bucket] / 2
    calls = 0
    if f.phase != "formed":  # trails: fainter, smaller copies back along the motion
        vx, vy = f.vx[idx] * cam.ppm, -f.vy[idx] * cam.ppm
        length = np.hypot(vx, vy) * TRAIL_S
        moving = np.flatnonzero(length > 0.5 * px[idx])
        if moving.size:
            ghosts_b, ghosts_c, ghosts_x, ghosts_y = [], [], [], []
            for k in (2, 1):
                gb = np.maximum(bucket[moving] - 1 - k, 0)
                reach = np.minimum(length[moving], 4 * px[idx][moving])  # at most four piece sizes long
                back = k / 2 * reach / np.maximum(length[moving], 1e-6)
                gx = sx[idx][moving] - vx[moving] * TRAIL_S * back
                gy = sy[idx][moving] - vy[moving] * TRAIL_S * back
                ghosts_b.append(gb)
                ghosts_c.append((colour[moving] * VARIANTS + f.tone[idx][moving] % 2) * len(ALPHAS))
                ghosts_x.append(np.round(gx - BUCKETS[gb] / 2))
                ghosts_y.append(np.round(gy - BUCKETS[gb] / 2))
            calls += _blit(canvas, atlas, np.concatenate(ghosts_b), np.concatenate(ghosts_c).astype(np.int64),
                           np.concatenate(ghosts_x), np.concatenate(ghosts_y))
    left = np.round(sx[idx] - half)
    top = np.round(sy[idx] - half)
    # Small pieces in one batch, then the big ones far to near: near pieces are drawn bigger, so this
    # is nearly the depth order, for one call instead of one per run (measured: runs cost 2x here).
    return calls + _blit(canvas, atlas, bucket, cell, left, top)
