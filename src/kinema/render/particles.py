"""Particles drawn in batches: one skia drawAtlas call per particle kind, not one per particle.

Each kind has an atlas of pre-drawn cells, one per (on-screen size bucket, alpha level, colour
variant), so a particle is a copy of a cell at an integer offset: no per-particle colour, no
smooth sampling (both measured several times slower here). Formation pieces get cells of their
emoji. Cells of SPRITE_MIN px and more are drawn one `drawImage` each instead: skia's raster
drawAtlas shades every pixel through a general pipeline (about 13 ns a pixel here), while an
image at an integer offset goes through the sprite blitter (about 3 ns), so from that size the
call saved is cheaper than the pixels (measured: 300 cells of 32 px, 4.0 ms atlas, 1.2 ms sprites).
"""

from __future__ import annotations

import threading
from collections import deque
from functools import lru_cache
from itertools import repeat

import numpy as np
import skia

from kinema.assets import resolve
from kinema.errors import AssetError
from kinema.render.camera import Camera
from kinema.screenplay.model import Asset
from kinema.world.particles import (
    BUBBLE,
    DUST,
    EMPTY,
    FIRE,
    FIREFLY,
    LEAF,
    PETAL,
    PIECE,
    RAIN,
    SHELL,
    SHELL_COLOURS,
    SKY_KINDS,
    SKY_PARALLAX,
    SMOKE,
    SNOW,
    SPARK,
    SPLASH,
    STAR,
    ParticleFrame,
)

BUCKETS = np.array([2, 3, 4, 6, 8, 11, 16, 23, 32, 45, 64, 90], dtype=np.float32)  # cell sizes, px
ALPHAS = (0.25, 0.5, 0.75, 1.0)
RAIN_STREAK = 12.0  # a raindrop's streak is this many times its diameter
RAIN_MAX = 0.06  # the longest streak on screen, as a share of the frame's height
SPRITE_MIN = 16  # px: cells this big are drawn as single images (see above)
_SPRITE_BUCKET = int(np.searchsorted(BUCKETS, SPRITE_MIN))
LEAF_COLOURS = ((214, 112, 32), (186, 52, 34), (220, 172, 48))  # autumn: orange, red, ochre
# A firework's stars: red, gold, green, blue, pink, silver.
SHELL_RGB = ((255, 80, 70), (255, 200, 80), (110, 240, 120), (110, 170, 255), (255, 120, 210), (235, 235, 255))
# Kinds drawn in several colours: a particle's colour follows its size.
VARIANTS = {LEAF: len(LEAF_COLOURS), SHELL: SHELL_COLOURS}


class Atlas:
    def __init__(self, image: skia.Image, rects: list[list[skia.Rect]]) -> None:
        self.image = image
        self.rects = rects  # [bucket][variant * len(ALPHAS) + alpha level]
        # The same cells cropped to their visible pixels, for the big ones: a raindrop's streak
        # is a thin line in a square cell, and blitting costs per pixel.
        alpha = image.toarray()[..., 3]
        self.cells = [[_cropped(alpha, r.round()) for r in row] for row in rects]


def _cropped(alpha: np.ndarray, r: skia.IRect) -> tuple[skia.Rect, int, int]:
    """The cell's rectangle in the atlas trimmed to where it is not transparent, and the trim's
    offset in the cell."""
    ys, xs = np.nonzero(alpha[r.top():r.bottom(), r.left():r.right()])
    if xs.size == 0:
        return skia.Rect.Make(r), 0, 0
    x0, y0, x1, y1 = int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1
    return skia.Rect.MakeLTRB(r.left() + x0, r.top() + y0, r.left() + x1, r.top() + y1), x0, y0


RGBA = tuple[int, int, int, int]


def _radial(c: skia.Canvas, r: float, *rgba: RGBA, stops: list[float] | None = None) -> None:
    p = skia.Paint(AntiAlias=True)
    p.setShader(skia.GradientShader.MakeRadial(skia.Point(r, r), r, [skia.Color(*x) for x in rgba], stops))
    c.drawCircle(r, r, r, p)


def _paint_cell(c: skia.Canvas, kind: int, s: float, emoji: skia.Picture | None, level: int,
                variant: int) -> None:
    """Draw one particle of `kind` filling an s×s cell at the origin."""
    r = s / 2
    p = skia.Paint(AntiAlias=True)
    if kind == DUST:
        _radial(c, r, (214, 190, 152, 150), (200, 174, 136, 70), (190, 165, 130, 0))
    elif kind == SPARK:
        _radial(c, r, (255, 255, 235, 255), (255, 200, 80, 200), (255, 140, 30, 0))
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
        _radial(c, r, (255, 255, 255, 240), (255, 255, 255, 0))
    elif kind == PETAL:
        p.setColor(skia.Color(246, 170, 196, 230))
        c.drawOval(skia.Rect.MakeXYWH(0, s * 0.25, s, s * 0.5), p)
    elif kind == SMOKE:
        _radial(c, r, (150, 148, 146, 150), (135, 133, 132, 80), (125, 124, 123, 0))
    elif kind == FIRE:
        # A flame's alpha falls with its age, so the alpha level also picks its colour: a fresh
        # particle is a white-yellow core, an old one a dim orange.
        hot = level / (len(ALPHAS) - 1)
        core: RGBA = (255, round(190 + 65 * hot), round(60 + 180 * hot), 255)
        mid: RGBA = (255, round(110 + 90 * hot), round(20 + 40 * hot), 130)
        _radial(c, r, core, mid, (230, 70, 10, 0), stops=[0.0, 0.3, 1.0])  # soft edges: jets, not bubbles
    elif kind == FIREFLY:
        _radial(c, r, (250, 255, 210, 255), (205, 255, 90, 190), (170, 240, 60, 0), stops=[0.0, 0.22, 1.0])
    elif kind == SHELL:  # a white-hot core in its burst's colour, glowing out
        red, green, blue = SHELL_RGB[variant]
        _radial(c, r, (255, 255, 240, 255), (red, green, blue, 230), (red, green, blue, 0),
                stops=[0.0, 0.3, 1.0])
    elif kind == SPLASH:
        _radial(c, r, (225, 238, 255, 220), (190, 215, 245, 150), (180, 210, 240, 0))
    elif kind == BUBBLE:  # a soap film: clear inside, a rainbow-tinted rim and a highlight
        _radial(c, r, (235, 245, 255, 30), (200, 225, 255, 60), (255, 210, 245, 210), (255, 255, 255, 0),
                stops=[0.0, 0.75, 0.93, 1.0])
        p.setColor(skia.Color(255, 255, 255, 230))
        c.drawCircle(r * 0.65, r * 0.6, max(0.6, r * 0.16), p)
    elif kind == LEAF:
        # A pointed leaf, tilted, with a darker midrib.
        c.translate(r, r)
        c.rotate(-35)
        leaf = skia.Path()
        leaf.moveTo(-r * 0.95, 0)
        leaf.quadTo(0, -r * 0.85, r * 0.95, 0)
        leaf.quadTo(0, r * 0.85, -r * 0.95, 0)
        leaf.close()
        red, green, blue = LEAF_COLOURS[variant]
        p.setColor(skia.Color(red, green, blue, 240))
        c.drawPath(leaf, p)
        if s >= 8:
            p.setColor(skia.Color(red // 2, green // 2, blue // 2, 200))
            p.setStrokeWidth(max(1.0, s / 16))
            c.drawLine(-r * 0.9, 0, r * 0.8, 0, p)
    elif emoji is not None:
        c.scale(s, s)
        c.drawPicture(emoji)


def _build(kind: int, emoji: skia.Picture | None) -> Atlas:
    variants = VARIANTS.get(kind, 1)
    side = int(BUCKETS.sum()) + 2 * len(BUCKETS)
    height = int(BUCKETS[-1]) + 2
    surf = skia.Surface(side, height * len(ALPHAS) * variants)
    canvas = surf.getCanvas()
    canvas.clear(skia.Color4f(0, 0, 0, 0))
    rects: list[list[skia.Rect]] = []
    x = 0.0
    for s in BUCKETS.tolist():
        row = []
        for v in range(variants):
            for j, alpha in enumerate(ALPHAS):
                y = (v * len(ALPHAS) + j) * height
                canvas.saveLayerAlpha(skia.Rect.MakeXYWH(x, y, s, s), round(alpha * 255))
                canvas.translate(x, y)
                _paint_cell(canvas, kind, s, emoji, j, v)
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


_POOL = threading.local()  # RSXforms reused from frame to frame: setting one is cheaper than making one


def _xforms(xs: list[float], ys: list[float]) -> list[skia.RSXform]:
    """Translation-only RSXforms to (xs, ys); valid until the next call in this thread."""
    pool: list[skia.RSXform] = getattr(_POOL, "xf", [])
    if len(pool) < len(xs):
        pool = pool + [skia.RSXform(1.0, 0.0, 0.0, 0.0) for _ in range(len(xs) - len(pool))]
        _POOL.xf = pool
    out = pool[: len(xs)]
    deque(map(skia.RSXform.set, out, repeat(1.0), repeat(0.0), xs, ys), maxlen=0)
    return out


def blit_trimmed(canvas: skia.Canvas, atlas: Atlas, bucket: np.ndarray, cell: np.ndarray,
                 left: np.ndarray, top: np.ndarray) -> int:
    """Big cells at integer offsets in one batched call, each quad only its cell's visible pixels
    (the same pixels as one image draw per cell, without a Python call each: 200 drops a frame
    in a rainy close-up)."""
    cells = atlas.cells
    trims = [cells[b][c] for b, c in zip(bucket.tolist(), cell.tolist(), strict=True)]
    xf = _xforms([x + t[1] for x, t in zip(left.tolist(), trims, strict=True)],
                 [y + t[2] for y, t in zip(top.tolist(), trims, strict=True)])
    canvas.drawAtlas(atlas.image, xf, [t[0] for t in trims], [], skia.BlendMode.kModulate,
                     skia.SamplingOptions(), None, None)
    return 1


def sky_camera(cam: Camera, ref: Camera) -> Camera:
    """The camera that shows the sky's particles (world/particles.py SKY_KINDS, in reference-view
    metres) as a layer at SKY_PARALLAX: it follows `cam` that much, and zooms that much."""
    p = SKY_PARALLAX
    return Camera(ref.cx + (cam.cx - ref.cx) * p, ref.cy + (cam.cy - ref.cy) * p,
                  ref.ppm * (cam.ppm / ref.ppm) ** p, cam.shake_x * p, cam.shake_y * p)


def split_sky(parts: ParticleFrame) -> tuple[ParticleFrame, ParticleFrame]:
    """(the action's particles, the sky's)."""
    if len(parts) == 0:
        return parts, parts
    sky = np.isin(parts.kind, SKY_KINDS)
    if not sky.any():
        return parts, EMPTY
    return parts.where(~sky), parts.where(sky)


def draw_particles(canvas: skia.Canvas, parts: ParticleFrame, cam: Camera, width: int, height: int) -> int:
    """Draw every live particle through the camera; returns the number of draw calls made."""
    if len(parts) == 0:
        return 0
    px = parts.size * cam.ppm
    # A drop's streak is capped on screen: drops sized to read in a wide shot would stand as poles in
    # a close-up (render/weather_veil.py draws the rain near the lens there).
    px = np.where(parts.kind == RAIN, np.minimum(px * RAIN_STREAK, RAIN_MAX * height), px)
    sx = (parts.x - cam.cx) * cam.ppm + width / 2 + cam.shake_x
    sy = height / 2 - (parts.y - cam.cy) * cam.ppm + cam.shake_y
    seen = (px >= 1.0) & (sx > -px) & (sx < width + px) & (sy > -px) & (sy < height + px)
    if not seen.any():
        return 0
    bucket = np.clip(np.searchsorted(BUCKETS, px), 0, len(BUCKETS) - 1)
    cellno = np.clip(np.ceil(parts.alpha * len(ALPHAS)) - 1, 0, len(ALPHAS) - 1).astype(np.int64)
    for kind, variants in VARIANTS.items():  # a leaf's or a star's colour follows its size, kept all its life
        tinted = parts.kind == kind
        if tinted.any():
            cellno[tinted] += len(ALPHAS) * ((parts.size[tinted] * 1e4).astype(np.int64) % variants)
    cell = BUCKETS[bucket]
    left = np.round(sx - cell / 2)
    top = np.round(sy - cell / 2)
    calls = 0
    sampling = skia.SamplingOptions()
    for kind in np.unique(parts.kind[seen]).tolist():
        emoji = parts.emoji[kind - PIECE] if kind >= PIECE and kind - PIECE < len(parts.emoji) else ""
        atlas = atlas_for(int(kind) if kind < PIECE else PIECE, emoji)
        idx = np.flatnonzero(seen & (parts.kind == kind))
        big = bucket[idx] >= _SPRITE_BUCKET
        # Big ones first: they are mostly the older particles, which the pool's order draws first too.
        large = idx[big]
        if large.size:
            calls += blit_trimmed(canvas, atlas, bucket[large], cellno[large], left[large], top[large])
        small = idx[~big]
        if small.size:
            rects = atlas.rects
            tex = [rects[b][c] for b, c in zip(bucket[small].tolist(), cellno[small].tolist(), strict=True)]
            xf = _xforms(left[small].tolist(), top[small].tolist())
            canvas.drawAtlas(atlas.image, xf, tex, [], skia.BlendMode.kModulate, sampling, None, None)
            calls += 1
    return calls
