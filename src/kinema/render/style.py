"""A film's style (screenplay `style`): a palette, a line and texture treatment, and a grade.

Every style is data (`Treatment`) read by one pass over the finished frame, before the
vignette-and-grain overlay. The pass is a few whole-frame OpenCV calls on the frame buffer
(a lookup table per channel, a grey copy, a half-size edge map), which measured two to four
times cheaper here than a skia colour-filter or runtime-shader draw of the same frame. What
does not depend on the picture (paper, brush strokes, scanlines, a seal) is drawn into the
overlay once per shot (`texture`), so it costs nothing per frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np
import skia

from kinema.screenplay.model import Style
from kinema.seeds import rng

RGB = tuple[int, int, int]
SHADE_BELOW = 70  # (grey + screen) / 2 under this shows the pattern: the darks are hatched or dotted


@dataclass(frozen=True)
class Treatment:
    lo: RGB = (0, 0, 0)  # what black becomes: the palette's shadow colour
    hi: RGB = (255, 255, 255)  # what white becomes: the paper or the highlight colour
    gamma: tuple[float, float, float] = (1.0, 1.0, 1.0)  # per channel, before the palette
    contrast: float = 0.0  # an S-curve (> 0) or a flattening (< 0) of the tones
    saturation: float = 1.0
    levels: int = 0  # posterised to this many levels per channel (0: continuous)
    mono: tuple[tuple[float, RGB], ...] = ()  # a gradient map: grey level → palette colour
    lines: float = 0.0  # outline darkness from the picture's edges, 0..1
    shade: str = ""  # a tone-dependent pattern in the darks: "hatch" (pencil) or "dots" (halftone)
    pixel: int = 0  # pixel art: the frame's short side in big pixels
    soften: bool = False  # colours bleed into each other (a wet wash)
    texture: str = ""  # drawn into the overlay: paper, canvas strokes, scanlines, seal ...
    vignette: float = 1.0  # scales the scene's vignette
    grain: float = 1.0  # scales the film grain
    # The grain's share in the picture's middle, rising to all of it in the vignette's dark edge.
    # Static grain over a moving picture is residual the encoder must code every frame, so the
    # plain look keeps it where the vignette darkens (docs/benchmarks.md, 2026-11-27 05:00).
    grain_centre: float = 1.0


STYLES: dict[Style, Treatment] = {
    Style.PLAIN: Treatment(grain_centre=0.0),
    Style.NOIR: Treatment(contrast=0.55, mono=((0.0, (6, 6, 6)), (1.0, (248, 248, 248))),
                          vignette=1.8, grain=2.2),
    Style.SEPIA: Treatment(contrast=0.15, gamma=(0.9, 0.9, 0.9),
                           mono=((0.0, (46, 28, 16)), (0.55, (150, 104, 62)), (1.0, (246, 226, 188))),
                           texture="dust", vignette=2.0, grain=2.5),
    Style.NEON: Treatment(lo=(22, 4, 48), hi=(255, 236, 255), gamma=(0.75, 1.7, 0.6), contrast=0.4,
                          texture="scanlines", vignette=1.4, grain=0.6),
    Style.WATERCOLOUR: Treatment(lo=(80, 76, 98), hi=(255, 253, 246), gamma=(0.8, 0.8, 0.8),
                                 contrast=-0.2, levels=7, soften=True, lines=0.25,
                                 texture="paper", vignette=0.0, grain=0.0),
    Style.INK: Treatment(contrast=0.5, gamma=(0.75, 0.75, 0.75), lines=0.6,
                         mono=((0.0, (18, 18, 22)), (0.35, (70, 70, 74)), (0.75, (226, 220, 204)),
                               (1.0, (244, 238, 222))),
                         soften=True, texture="rice", vignette=0.0, grain=0.0),
    Style.IMPASTO: Treatment(lo=(16, 28, 84), hi=(255, 238, 150), contrast=0.3, saturation=1.7, levels=9,
                             texture="strokes", vignette=0.8, grain=0.0),
    Style.SKETCH: Treatment(contrast=0.5, gamma=(0.45, 0.45, 0.45), lines=0.9, shade="hatch",
                            mono=((0.0, (56, 56, 62)), (1.0, (252, 251, 246))), texture="sketchpaper",
                            vignette=0.0, grain=0.0),
    Style.PIXEL: Treatment(contrast=0.15, saturation=1.3, levels=5, pixel=90, vignette=0.0, grain=0.0),
    Style.COMIC: Treatment(gamma=(0.7, 0.7, 0.7), contrast=0.3, saturation=1.6, levels=4, lines=1.0,
                           shade="dots", vignette=0.0, grain=0.0),
    Style.UKIYOE: Treatment(lo=(34, 40, 72), hi=(246, 234, 206), contrast=0.2, saturation=0.7, levels=5,
                            lines=0.8, texture="washi", vignette=0.3, grain=0.0),
}


def _interp(x: np.ndarray, stops: tuple[tuple[float, RGB], ...], c: int) -> np.ndarray:
    return np.asarray(np.interp(x, [p for p, _ in stops], [rgb[c] for _, rgb in stops]))


def _curve(t: Treatment, y: np.ndarray) -> np.ndarray:
    if t.contrast > 0:  # towards an S-curve about the middle grey
        y = np.clip(y + 2 * t.contrast * (y * y * (3 - 2 * y) - y), 0, 1)
    elif t.contrast < 0:  # flatter: the tones drawn towards the middle
        y = 0.5 + (y - 0.5) * (1 + t.contrast)
    if t.levels:
        y = np.round(y * (t.levels - 1)) / (t.levels - 1)
    return y


@lru_cache(maxsize=32)
def _tone(style: Style) -> np.ndarray:
    """A monochrome style's tone curve on the grey (its first channel's gamma)."""
    t = STYLES[style]
    y = _curve(t, (np.arange(256) / 255.0) ** t.gamma[0])
    return np.clip(np.round(y * 255), 0, 255).astype(np.uint8)


@lru_cache(maxsize=32)
def _lut(style: Style) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 256-entry table per colour channel: tone curve, posterise, palette. A monochrome
    style's tables are its palette alone (the grey was toned by `_tone`)."""
    t = STYLES[style]
    x = np.arange(256) / 255.0
    out = []
    for c in range(3):
        if t.mono:
            y = _interp(x, t.mono, c) / 255.0
        else:
            y = t.lo[c] / 255 + _curve(t, x ** t.gamma[c]) * (t.hi[c] - t.lo[c]) / 255
        out.append(np.clip(np.round(y * 255), 0, 255).astype(np.uint8))
    return out[0], out[1], out[2]


@lru_cache(maxsize=8)
def _pattern(kind: str, width: int, height: int) -> np.ndarray:
    """A tone threshold screen (uint8): where grey + screen falls below middle grey, the darks
    show as pencil hatching or halftone dots, so the pattern follows the picture's shading."""
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    cell = max(4.0, min(width, height) / 90)
    if kind == "hatch":  # diagonal strokes, and cross-hatching in the deepest shadows
        a = np.abs(((xx + yy) / cell) % 1.0 - 0.5) * 2
        b = np.abs(((xx - yy) / (cell * 1.3)) % 1.0 - 0.5) * 2
        screen = np.maximum(a * 110, b * 60)
    else:  # a 45° dot screen
        u, v = (xx + yy) / (cell * 1.4), (xx - yy) / (cell * 1.4)
        screen = (np.cos(u * 2 * math.pi) + np.cos(v * 2 * math.pi) + 2) / 4 * 130
    return np.ascontiguousarray(screen.astype(np.uint8))


class Stylist:
    """Applies one style to frames of one size, in place."""

    def __init__(self, style: Style, width: int, height: int) -> None:
        self.style, self.t = style, STYLES[style]
        self.w, self.h = width, height
        self.tone, self.lut = _tone(style), _lut(style)
        # A grey palette needs no table per channel: the toned grey is the picture.
        self.neutral = bool(self.t.mono) and all(r == g == b for _, (r, g, b) in self.t.mono)
        self.gray = np.empty((height, width), np.uint8)
        self.zero = np.zeros((height, width), np.uint8)

    @property
    def active(self) -> bool:
        return self.style != Style.PLAIN

    def __call__(self, buf: np.ndarray) -> None:
        t, w, h = self.t, self.w, self.h
        if t.pixel:  # pixel art: average into big pixels, grade them, blow them up unfiltered
            k = min(w, h) / t.pixel
            small = cv2.resize(buf, (max(1, round(w / k)), max(1, round(h / k))), interpolation=cv2.INTER_AREA)
            self._colour(small, cv2.cvtColor(small, cv2.COLOR_RGBA2GRAY))
            cv2.resize(small, (w, h), dst=buf, interpolation=cv2.INTER_NEAREST)
            return
        if t.soften:  # a wet wash: colours run into their neighbours
            cv2.blur(buf, (3, 3), dst=buf)
        cv2.cvtColor(buf, cv2.COLOR_RGBA2GRAY, dst=self.gray)
        dark = self._lines() if t.lines or t.shade else None
        if t.mono:  # tones on the grey, lines drawn over them, then the palette
            g = cv2.LUT(self.gray, self.tone)
            if dark is not None:
                cv2.subtract(g, dark, dst=g)
            if self.neutral:
                cv2.cvtColor(g, cv2.COLOR_GRAY2RGBA, dst=buf)
            else:
                for c in range(3):
                    cv2.insertChannel(cv2.LUT(g, self.lut[c]), buf, c)
            return
        self._colour(buf, self.gray)
        if dark is not None:
            cv2.subtract(buf, cv2.merge((dark, dark, dark, self.zero)), dst=buf)

    def _colour(self, img: np.ndarray, gray: np.ndarray) -> None:
        if self.t.saturation != 1.0:
            g4 = cv2.cvtColor(gray, cv2.COLOR_GRAY2RGBA)
            cv2.addWeighted(img, self.t.saturation, g4, 1.0 - self.t.saturation, 0.0, dst=img)
        # One table per channel, channel by channel: OpenCV's four-channel LUT (9 ms at 720p)
        # and cv2.split (5 ms) measured slower than extracting, looking up and inserting (4 ms).
        for c in range(3):
            chan = cv2.extractChannel(img, c)
            cv2.insertChannel(cv2.LUT(chan, self.lut[c], dst=chan), img, c)

    def _lines(self) -> np.ndarray:
        """How much to darken each pixel: outlines where the picture's grey changes sharply
        (found at half size, so a line is about two pixels wide), plus the darks' pattern."""
        t = self.t
        half = cv2.resize(self.gray, (self.w // 2, self.h // 2), interpolation=cv2.INTER_AREA)
        edge = cv2.morphologyEx(half, cv2.MORPH_GRADIENT, np.ones((2, 2), np.uint8))
        # Faint gradients (shading, grain) draw no line; strong ones a dark stroke.
        edge = cv2.convertScaleAbs(edge, alpha=7.0 * t.lines, beta=-50.0 * t.lines)
        dark = cv2.resize(edge, (self.w, self.h), interpolation=cv2.INTER_LINEAR)
        if t.shade:
            screen = _pattern(t.shade, self.w, self.h)
            # Below the threshold the pattern's stroke or dot shows: darker tones, more of it.
            shade = cv2.subtract(np.full_like(self.gray, SHADE_BELOW), cv2.add(self.gray, screen) // 2)
            dark = cv2.add(dark, cv2.convertScaleAbs(shade, alpha=3.0))
        return dark


def texture(style: Style, width: int, height: int, seed: int) -> np.ndarray | None:
    """The style's picture-independent surface, premultiplied RGBA, or None."""
    kind = STYLES[style].texture
    if not kind:
        return None
    surf = skia.Surface(width, height)
    c = surf.getCanvas()
    c.clear(skia.Color(0, 0, 0, 0))
    g = rng(seed, "style", kind, width, height)
    short = min(width, height)
    if kind in ("paper", "rice", "washi", "sketchpaper"):
        _paper(c, g, width, height, kind)
    if kind in ("paper", "rice"):
        _margin(c, g, width, height, short)
    if kind == "rice":
        _seal(c, width, height, short)
    if kind == "strokes":
        _strokes(c, g, width, height, short)
    if kind == "scanlines":
        p = skia.Paint(Color=skia.Color(0, 0, 0, 46))
        step = max(2, round(height / 240))
        for y in range(0, height, step * 2):
            c.drawRect(skia.Rect.MakeXYWH(0, y, width, step), p)
    if kind == "dust":
        _dust(c, g, width, height, short)
    img = surf.makeImageSnapshot()
    return np.array(img.toarray(colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType))


def _paper(c: skia.Canvas, g: np.random.Generator, w: int, h: int, kind: str) -> None:
    """Blotches of lighter and darker paper, and fibres."""
    warm = {"paper": (120, 100, 70), "rice": (150, 120, 70), "washi": (160, 120, 60),
            "sketchpaper": (110, 110, 100)}[kind]
    for _ in range(60):
        x, y, r = g.uniform(0, w), g.uniform(0, h), g.uniform(0.05, 0.2) * max(w, h)
        col = warm if g.random() < 0.5 else (255, 255, 250)
        p = skia.Paint(AntiAlias=True, Color=skia.Color(*col, int(g.uniform(6, 16))))
        p.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, r / 3))
        c.drawCircle(x, y, r, p)
    fibre = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=max(0.6, h / 900))
    for _ in range(int(w * h / 2500)):
        x, y = g.uniform(0, w), g.uniform(0, h)
        a, n = g.uniform(0, math.pi), g.uniform(2, 10) * h / 720
        fibre.setColor(skia.Color(*warm, int(g.uniform(10, 40))))
        c.drawLine(x, y, x + n * math.cos(a), y + n * math.sin(a), fibre)


def _margin(c: skia.Canvas, g: np.random.Generator, w: int, h: int, short: int) -> None:
    """The unpainted paper round the picture, with a torn, uneven edge."""
    inset = short * 0.035
    path = skia.Path()
    pts = []
    iw, ih = w - 2 * inset, h - 2 * inset
    for side in range(4):
        for k in range(24):
            u, j = k / 24, g.uniform(-1, 1) * inset * 0.35
            pts.append(((inset + iw * u, inset + j), (w - inset + j, inset + ih * u),
                        (w - inset - iw * u, h - inset + j), (inset + j, h - inset - ih * u))[side])
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    path.close()
    path.setFillType(skia.PathFillType.kInverseWinding)
    paint = skia.Paint(AntiAlias=True, Color=skia.Color(250, 248, 240, 255))
    paint.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, inset * 0.15))
    c.drawPath(path, paint)


def _seal(c: skia.Canvas, w: int, h: int, short: int) -> None:
    """An ink painting's red seal, lower right."""
    from kinema.render.text import font  # the CJK font, only for this one character

    s = short * 0.09
    x, y = w - short * 0.06 - s, h - short * 0.06 - s
    red = skia.Paint(AntiAlias=True, Color=skia.Color(178, 34, 30, 220))
    c.drawRoundRect(skia.Rect.MakeXYWH(x, y, s, s), s * 0.08, s * 0.08, red)
    f = font(s * 0.72)
    glyph = "影"
    width = f.measureText(glyph)
    c.drawString(glyph, x + (s - width) / 2, y + s * 0.78, f,
                 skia.Paint(AntiAlias=True, Color=skia.Color(250, 236, 226, 230)))


def _strokes(c: skia.Canvas, g: np.random.Generator, w: int, h: int, short: int) -> None:
    """Short thick brush strokes that swirl along a flow field: a painted, impasto surface."""
    p = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeCap=skia.Paint.kRound_Cap,
                   StrokeWidth=short / 110)
    centres = g.uniform(0, 1, (7, 2)) * (w, h)
    spin = g.choice((-1.0, 1.0), 7)
    step = short / 60
    for _ in range(int(w * h / (step * step) * 1.1)):
        x, y = g.uniform(0, w), g.uniform(0, h)
        path = skia.Path()
        path.moveTo(x, y)
        for _ in range(5):
            # The flow turns round the nearest centres: swirls, like the sky of a starry night.
            ang = 0.6
            for (cx, cy), sp in zip(centres, spin, strict=True):
                dx, dy = x - cx, y - cy
                ang += sp * math.exp(-(dx * dx + dy * dy) / (0.08 * w * h)) * math.atan2(dy, dx)
            x, y = x + step * 0.6 * math.cos(ang + math.pi / 2), y + step * 0.6 * math.sin(ang + math.pi / 2)
            path.lineTo(x, y)
        light = g.random() < 0.5
        p.setColor(skia.Color(255, 250, 225, int(g.uniform(18, 40))) if light
                   else skia.Color(10, 16, 50, int(g.uniform(18, 40))))
        c.drawPath(path, p)


def _dust(c: skia.Canvas, g: np.random.Generator, w: int, h: int, short: int) -> None:
    """Old film: specks of dust and a couple of long scratches."""
    p = skia.Paint(AntiAlias=True)
    for _ in range(40):
        p.setColor(skia.Color(20, 12, 6, int(g.uniform(60, 160))) if g.random() < 0.6
                   else skia.Color(255, 245, 220, int(g.uniform(60, 140))))
        c.drawCircle(g.uniform(0, w), g.uniform(0, h), g.uniform(0.4, 1.6) * short / 720, p)
    line = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=max(1.0, short / 700))
    for _ in range(2):
        x = g.uniform(0.1, 0.9) * w
        line.setColor(skia.Color(255, 240, 210, 70))
        c.drawLine(x, 0, x + g.uniform(-4, 4), h, line)
