"""Particles drawn in batches: one skia drawAtlas call per particle kind, never one per particle.

Each kind has an atlas of pre-drawn cells, one per (on-screen size bucket, alpha level), so a
particle is a copy of a cell at an integer offset: no per-particle colour, no smooth sampling
(both measured several times slower here). Formation pieces get cells of their emoji.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import skia

from kinema.assets import resolve
from kinema.errors import AssetError
from kinema.render.camera import Camera
from kinema.screenplay.model import Asset
from kinema.world.particles import DUST, PETAL, PIECE, RAIN, SNOW, SPARK, STAR, ParticleFrame

BUCKETS = np.array([2, 3, 4, 6, 8, 11, 16, 23, 32, 45, 64, 90], dtype=np.float32)  # cell sizes, px
ALPHAS = (0.25, 0.5, 0.75, 1.0)
RAIN_STREAK = 12.0  # a raindrop's streak is this many times its diameter


class Atlas:
    def __init__(self, image: skia.Image, rects: list[list[skia.Rect]]) -> None:
        self.image = image
        self.rects = rects  # [bucket][alpha level]


def _paint_cell(c: skia.Canvas, kind: int, s: float, emoji: skia.Picture | None) -> None:
    """Draw one particle of `kind` filling an s×s cell at the origin."""
    r = s / 2
    p = skia.Paint(AntiAlias=True)
    if kind == DUST:
        p.setShader(skia.GradientShader.MakeRadial(skia.Point(r, r), r, [
            skia.Color(214, 190, 152, 150), skia.Color(200, 174, 136, 70), skia.Color(190, 165, 130, 0)]))
        c.drawCircle(r, r, r, p)
    elif kind == SPARK:
        p.setShader(skia.GradientShader.MakeRadial(skia.Point(r, r), r, [
            skia.Color(255, 255, 235, 255), skia.Color(255, 200, 80, 200), skia.Color(255, 140, 30, 0)]))
        c.drawCircle(r, r, r, p)
    elif kind == STAR:
        path = skia.Path()
        path.moveTo(r, 0)
        for i in range(1, 8):  # a four-point star: tips and waists alternate
            rad = r if i % 2 == 0 else r * 0.32
            a = np.pi / 4 * i
            path.lineTo(r + rad * np.sin(a), r - rad * np.cos(a))
        path.close()
        p.setColor(skia.Color(255, 236, 120, 255))
        c.drawPath(path, p)
    elif kind == RAIN:
        p.setColor(skia.Color(200, 215, 235, 150))
        p.setStrokeWidth(max(1.0, s / 14))
        c.drawLine(r, 0, r - s * 0.08, s, p)
    elif kind == SNOW:
        p.setShader(skia.GradientShader.MakeRadial(skia.Point(r, r), r, [
            skia.Color(255, 255, 255, 240), skia.Color(255, 255, 255, 0)]))
        c.drawCircle(r, r, r, p)
    elif kind == PETAL:
        p.setColor(skia.Color(246, 170, 196, 230))
        c.drawOval(skia.Rect.MakeXYWH(0, s * 0.25, s, s * 0.5), p)
    elif emoji is not None:
        c.scale(s, s)
        c.drawPicture(emoji)


def _build(kind: int, emoji: skia.Picture | None) -> Atlas:
    side = int(BUCKETS.sum()) + 2 * len(BUCKETS)
    height = int(BUCKETS[-1]) + 2
    surf = skia.Surface(side, height * len(ALPHAS))
    canvas = surf.getCanvas()
    canvas.clear(skia.Color4f(0, 0, 0, 0))
    rects: list[list[skia.Rect]] = []
    x = 0.0
    for s in BUCKETS.tolist():
        row = []
        for j, alpha in enumerate(ALPHAS):
            y = j * height
            canvas.saveLayerAlpha(skia.Rect.MakeXYWH(x, y, s, s), round(alpha * 255))
            canvas.translate(x, y)
            _paint_cell(canvas, kind, s, emoji)
            canvas.restore()
            row.append(skia.Rect.MakeXYWH(x, y, s, s))
        rects.append(row)
        x += s + 2
    return Atlas(surf.makeImageSnapshot(), rects)


@lru_cache(maxsize=32)
def atlas_for(kind: int, emoji: str = "") -> Atlas:
    pic = _emoji_picture(emoji) if emoji else None
    return _build(kind, pic)


def _emoji_picture(emoji: str) -> skia.Picture | None:
    """The emoji's SVG recorded into the unit square, or None if it cannot be drawn."""
    try:
        data = resolve(Asset(emoji=emoji))
    except AssetError:
        return None
    dom = skia.SVGDOM.MakeFromStream(skia.MemoryStream(data.data, True))
    if dom is None:
        return None
    size = dom.containerSize()
    vw, vh = (size.width(), size.height()) if size.width() > 0 else (36.0, 36.0)
    rec = skia.PictureRecorder()
    c = rec.beginRecording(skia.Rect.MakeWH(1, 1))
    c.scale(1 / vw, 1 / vh)
    dom.setContainerSize(skia.Size(vw, vh))
    dom.render(c)
    return rec.finishRecordingAsPicture()


def draw_particles(canvas: skia.Canvas, parts: ParticleFrame, cam: Camera, width: int, height: int) -> int:
    """Draw every live particle through the camera; returns the number of draw calls made."""
    if len(parts) == 0:
        return 0
    px = parts.size * cam.ppm
    px = np.where(parts.kind == RAIN, px * RAIN_STREAK, px)
    sx = (parts.x - cam.cx) * cam.ppm + width / 2 + cam.shake_x
    sy = height / 2 - (parts.y - cam.cy) * cam.ppm + cam.shake_y
    seen = (px >= 1.0) & (sx > -px) & (sx < width + px) & (sy > -px) & (sy < height + px)
    bucket = np.clip(np.searchsorted(BUCKETS, px), 0, len(BUCKETS) - 1)
    level = np.clip(np.ceil(parts.alpha * len(ALPHAS)) - 1, 0, len(ALPHAS) - 1).astype(np.int64)
    cell = BUCKETS[bucket]
    left = np.round(sx - cell / 2)
    top = np.round(sy - cell / 2)
    calls = 0
    for kind in np.unique(parts.kind[seen]).tolist():
        emoji = parts.emoji[kind - PIECE] if kind >= PIECE and kind - PIECE < len(parts.emoji) else ""
        atlas = atlas_for(int(kind) if kind < PIECE else PIECE, emoji)
        idx = np.flatnonzero(seen & (parts.kind == kind))
        xf = [skia.RSXform(1.0, 0.0, a, b) for a, b in zip(left[idx].tolist(), top[idx].tolist(), strict=True)]
        tex = [atlas.rects[b][a] for b, a in zip(bucket[idx].tolist(), level[idx].tolist(), strict=True)]
        canvas.drawAtlas(atlas.image, xf, tex, [], skia.BlendMode.kModulate, skia.SamplingOptions(), None, None)
        calls += 1
    return calls
