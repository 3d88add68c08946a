"""The city painter (places `city` and `street`): skyline layers with lit windows, a row of
buildings and shopfronts on the action plane, neon signs with Chinese text, and a wet street
that mirrors it all in rippled strips.

Everything is recorded once per scene as skia Pictures. The street's reflection is the
facade picture replayed upside down in horizontal strips, each shifted a little sideways:
ripples without a per-pixel displacement filter. Only the neon flicker is drawn per frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import skia

from kinema.render.environment.landscape import AnimatedLayer as Animated
from kinema.render.environment.landscape import (
    Environment,
    Layer,
    color,
    ground_layer,
    linear_y,
    paint_sky,
    record,
)
from kinema.render.environment.palette import RGB, Palette, mix, palette_for
from kinema.render.grade import grade_for
from kinema.render.text import font
from kinema.screenplay.model import Place, Setting, TimeOfDay
from kinema.seeds import rng
from kinema.world.terrain import Terrain

NEON: tuple[RGB, ...] = ((255, 64, 170), (60, 232, 255), (255, 178, 64), (176, 112, 255), (120, 255, 160))
SIGNS_ZH = ("夜市", "拉面", "小酒馆", "霓虹", "咖啡", "书店", "烧烤", "茶馆", "酒吧", "饺子", "面馆", "旅馆")
SIGNS_EN = ("BAR", "OPEN", "NOODLES", "HOTEL", "CAFE")
SPAN = 300.0  # metres each side painted; the camera is kept inside
GLYPH = 64.0  # font size the glyphs are shaped at, then scaled to metres


@dataclass(frozen=True)
class Sign:
    x: float
    y: float  # centre, metres
    text: str
    vertical: bool
    size: float  # glyph height, metres
    col: RGB


def urban(pal: Palette) -> RGB:
    """Concrete and asphalt: a neutral grey that takes the hue of the scene's light."""
    return mix((78, 76, 88), pal.near, 0.45)


def _lit_share(time: TimeOfDay) -> float:
    return {TimeOfDay.NIGHT: 0.42, TimeOfDay.SUNSET: 0.3, TimeOfDay.DAWN: 0.18, TimeOfDay.DAY: 0.04}[time]


def _neon_level(time: TimeOfDay) -> float:
    return {TimeOfDay.NIGHT: 1.0, TimeOfDay.SUNSET: 0.8, TimeOfDay.DAWN: 0.55, TimeOfDay.DAY: 0.3}[time]


def _window_light(g: np.random.Generator) -> RGB:
    return ((255, 196, 128), (255, 222, 170), (176, 204, 255), (255, 150, 190))[int(g.integers(0, 4))]


def _text(c: skia.Canvas, s: str, x: float, y: float, size: float, paint: skia.Paint,
          vertical: bool) -> None:
    """Text centred on (x, y) in layer metres (y up), glyphs upright; vertical stacks characters."""
    f = font(GLYPH)
    k = size / GLYPH
    c.save()
    c.translate(x, y)
    c.scale(k, -k)
    if vertical:
        n = len(s)
        for i, ch in enumerate(s):
            w = f.measureText(ch)
            c.drawString(ch, -w / 2, (i - n / 2) * GLYPH * 1.1 + GLYPH * 0.88, f, paint)
    else:
        w = f.measureText(s)
        c.drawString(s, -w / 2, GLYPH * 0.36, f, paint)
    c.restore()


def _sign_box(s: Sign) -> skia.Rect:
    f = font(GLYPH)
    if s.vertical:
        w, h = s.size * 1.5, s.size * 1.1 * len(s.text) + s.size * 0.5
    else:
        w, h = f.measureText(s.text) / GLYPH * s.size + s.size * 0.9, s.size * 1.6
    return skia.Rect.MakeXYWH(s.x - w / 2, s.y - h / 2, w, h)


def draw_sign(c: skia.Canvas, s: Sign, level: float) -> None:
    """A neon sign: a dark backing, a glowing tube border, the glowing text with a hot core."""
    box = _sign_box(s)
    r = s.size * 0.25
    spill = skia.Paint(AntiAlias=True)  # the sign lights the wall around it
    reach = max(box.width(), box.height()) * 0.9
    spill.setShader(skia.GradientShader.MakeRadial(
        skia.Point(box.centerX(), box.centerY()), reach, [color(s.col, 0.32 * level), color(s.col, 0.0)]))
    c.drawCircle(box.centerX(), box.centerY(), reach, spill)
    c.drawRRect(skia.RRect.MakeRectXY(box, r, r), skia.Paint(AntiAlias=True, Color=color((14, 10, 24), 0.85)))
    glow = skia.Paint(AntiAlias=True, Color=color(s.col, 0.55 * level), Style=skia.Paint.kStroke_Style,
                      StrokeWidth=s.size * 0.16)
    glow.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, s.size * 0.22))
    inset = box.makeInset(s.size * 0.12, s.size * 0.12)
    c.drawRRect(skia.RRect.MakeRectXY(inset, r, r), glow)
    tube = skia.Paint(AntiAlias=True, Color=color(mix(s.col, (255, 255, 255), 0.35), level),
                      Style=skia.Paint.kStroke_Style, StrokeWidth=s.size * 0.045)
    c.drawRRect(skia.RRect.MakeRectXY(inset, r, r), tube)
    # Letters as glowing tubes: a wide soft bloom, the coloured tube, a near-white hot core.
    bloom = skia.Paint(AntiAlias=True, Color=color(s.col, level), Style=skia.Paint.kStroke_Style,
                       StrokeWidth=GLYPH * 0.12)
    bloom.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, s.size * 0.09))
    _text(c, s.text, s.x, s.y, s.size, bloom, s.vertical)
    tube_txt = skia.Paint(AntiAlias=True, Color=color(s.col, level),
                          Style=skia.Paint.kStroke_Style, StrokeWidth=GLYPH * 0.07,
                          StrokeJoin=skia.Paint.kRound_Join)
    _text(c, s.text, s.x, s.y, s.size, tube_txt, s.vertical)
    core = skia.Paint(AntiAlias=True, Color=color(mix(s.col, (255, 255, 255), 0.75), level),
                      Style=skia.Paint.kStroke_Style, StrokeWidth=GLYPH * 0.025)
    _text(c, s.text, s.x, s.y, s.size, core, s.vertical)


def paint_skyline(c: skia.Canvas, pal: Palette, i: int, n: int, seed: int, lit: float, tall: bool) -> None:
    """One depth of towers: far ones hazy and pale, near ones darker with more windows."""
    depth = i / max(n - 1, 1)
    g = rng(seed, "skyline", i)
    body = mix(mix(pal.far, pal.sky_mid, 0.35), pal.near, 0.25 + 0.55 * depth)
    base = -2.0 - 1.5 * depth
    x = -SPAN
    while x < SPAN:
        w = float(g.uniform(2.5, 6.5) * (1.0 - 0.3 * depth))
        top = base + float(g.uniform(5, 16 if tall else 8) * (1.25 - 0.45 * depth))
        p = skia.Paint(AntiAlias=True)
        p.setShader(linear_y(top, base, [color(mix(body, pal.rim, 0.1)), color(mix(body, pal.shadow, 0.2))]))
        c.drawRect(skia.Rect.MakeLTRB(x, base - 30, x + w, top), p)
        if g.random() < 0.25:  # a spire with a red beacon
            sx = x + w / 2
            c.drawRect(skia.Rect.MakeLTRB(sx - 0.06, top, sx + 0.06, top + 1.6),
                       skia.Paint(AntiAlias=True, Color=color(body)))
            beacon = skia.Paint(AntiAlias=True, Color=color((255, 90, 90), 0.9 * (0.3 + lit)))
            beacon.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, 0.12))
            c.drawCircle(sx, top + 1.65, 0.12, beacon)
        win = skia.Paint(AntiAlias=True)
        cols = np.arange(x + 0.4, x + w - 0.3, 0.55 + 0.25 * depth)
        rows = np.arange(base + 0.5, top - 0.4, 0.7 + 0.2 * depth)
        if len(cols) and len(rows):
            mask = g.random((len(rows), len(cols))) < lit * (0.6 + 0.6 * depth)
            for (ri, ci) in zip(*np.nonzero(mask), strict=True):
                win.setColor(color(_window_light(g), 0.35 + 0.5 * depth))
                c.drawRect(skia.Rect.MakeXYWH(float(cols[ci]), float(rows[ri]), 0.22 + 0.1 * depth,
                                              0.3 + 0.1 * depth), win)
        x += w + float(g.uniform(0.0, 1.2))
    haze = skia.Paint(AntiAlias=True)
    haze.setShader(linear_y(base + 3, base - 1, [color(pal.mist, 0.0), color(pal.mist, 0.35 - 0.2 * depth)]))
    c.drawRect(skia.Rect.MakeLTRB(-600, base - 1, 600, base + 3), haze)


def _facade(c: skia.Canvas, pal: Palette, seed: int, lit: float, street: bool, signs: list[Sign],
            level: float) -> None:
    """The buildings on the action plane: shopfronts at street level, windows above, signs."""
    g = rng(seed, "facade")
    x = -SPAN
    sign_words = list(SIGNS_ZH)
    while x < SPAN:
        w = float(g.uniform(5.0, 11.0))
        h = float(g.uniform(4.8, 6.5) if street else g.uniform(5.2, 8.0))
        body = mix(urban(pal), pal.far, float(g.uniform(0.08, 0.3)))
        wall = skia.Paint(AntiAlias=True)
        wall.setShader(linear_y(h, 0, [color(mix(body, pal.rim, 0.08)), color(mix(body, pal.shadow, 0.3))]))
        c.drawRect(skia.Rect.MakeLTRB(x, 0, x + w, h), wall)
        c.drawRect(skia.Rect.MakeLTRB(x - 0.1, h - 0.25, x + w + 0.1, h),
                   skia.Paint(AntiAlias=True, Color=color(mix(body, pal.shadow, 0.5))))
        # Upper floors: a grid of windows, some lit.
        for fy in np.arange(4.0, h - 0.9, 1.6):
            for fx in np.arange(x + 0.6, x + w - 1.0, 1.5):
                on = g.random() < lit
                wc = _window_light(g) if on else mix(body, pal.shadow, 0.45)
                wp = skia.Paint(AntiAlias=True)
                wp.setShader(linear_y(float(fy) + 0.9, float(fy),
                                      [color(wc), color(mix(wc, body, 0.5 if on else 0.2))]))
                c.drawRect(skia.Rect.MakeXYWH(float(fx), float(fy), 0.8, 0.9), wp)
                c.drawRect(skia.Rect.MakeXYWH(float(fx) - 0.05, float(fy) - 0.08, 0.9, 0.08),
                           skia.Paint(AntiAlias=True, Color=color(mix(body, pal.rim, 0.15))))
        # The shopfront: a lit interior behind glass, or a closed shutter.
        kind = g.random()
        sx0, sx1 = x + 0.5, x + w - 0.5
        if kind < 0.75:
            glow = NEON[int(g.integers(0, len(NEON)))] if g.random() < 0.4 else (255, 206, 150)
            inside = skia.Paint(AntiAlias=True)
            inside.setShader(linear_y(3.0, 0.1, [color(mix(glow, body, 0.25)),
                                                 color(mix(glow, (255, 255, 255), 0.2 * level))]))
            c.drawRect(skia.Rect.MakeLTRB(sx0, 0.1, sx1, 3.0), inside)
            # Silhouettes inside (seated diners) and mullions.
            dark = skia.Paint(AntiAlias=True, Color=color(mix(glow, pal.shadow, 0.7), 0.55))
            for px in np.arange(sx0 + 0.8, sx1 - 0.5, float(g.uniform(1.2, 2.2))):
                if g.random() < 0.5:
                    c.drawCircle(float(px), 1.35, 0.2, dark)
                    c.drawRRect(skia.RRect.MakeRectXY(skia.Rect.MakeXYWH(float(px) - 0.3, 0.1, 0.6, 1.05),
                                                      0.2, 0.2), dark)
            c.drawRect(skia.Rect.MakeLTRB(sx0, 0.1, sx1, 0.9),
                       skia.Paint(AntiAlias=True, Color=color(mix(body, pal.shadow, 0.3), 0.7)))
            mull = skia.Paint(AntiAlias=True, Color=color(mix(body, pal.shadow, 0.4)),
                              Style=skia.Paint.kStroke_Style, StrokeWidth=0.08)
            for mx in np.linspace(sx0, sx1, max(2, round((sx1 - sx0) / 1.6)) + 1):
                c.drawLine(float(mx), 0.1, float(mx), 3.0, mull)
            c.drawRect(skia.Rect.MakeLTRB(sx0, 0.1, sx1, 3.0), mull)
            if g.random() < 0.55:  # a scalloped awning
                aw = NEON[int(g.integers(0, len(NEON)))]
                ap = skia.Paint(AntiAlias=True, Color=color(mix(aw, pal.shadow, 0.45)))
                c.drawRect(skia.Rect.MakeLTRB(sx0 - 0.3, 3.0, sx1 + 0.3, 3.45), ap)
                for bx in np.arange(sx0 - 0.1, sx1 + 0.3, 0.5):
                    c.drawCircle(float(bx), 3.0, 0.2, ap)
        else:
            sh = skia.Paint(AntiAlias=True, Color=color(mix(body, (120, 120, 130), 0.25)))
            c.drawRect(skia.Rect.MakeLTRB(sx0, 0.0, sx1, 3.0), sh)
            groove = skia.Paint(AntiAlias=True, Color=color(pal.shadow, 0.5), StrokeWidth=0.04)
            for gy in np.arange(0.2, 3.0, 0.18):
                c.drawLine(sx0, float(gy), sx1, float(gy), groove)
        # Neon: most buildings carry a sign, vertical on the corner or flat over the shop.
        if g.random() < 0.8:
            word = sign_words[int(g.integers(0, len(sign_words)))] if g.random() < 0.85 else \
                SIGNS_EN[int(g.integers(0, len(SIGNS_EN)))]
            col = NEON[int(g.integers(0, len(NEON)))]
            vertical = g.random() < 0.5 and len(word) <= 3 and not word.isascii()
            if vertical:
                size = float(g.uniform(0.9, 1.15))
                sgn = Sign(x + (0.9 if g.random() < 0.5 else w - 0.9), 3.6 + size * len(word) * 0.55 + 0.4,
                           word, True, size, col)
            else:
                size = float(g.uniform(0.8, 1.0))
                sgn = Sign(x + w / 2 + float(g.uniform(-1, 1)), 4.3, word, False, size, col)
            signs.append(sgn)
            draw_sign(c, sgn, level)
        x += w + float(g.uniform(0.0, 0.6))
    # Strings of bulbs across the street front.
    bulbs = skia.Paint(AntiAlias=True, Color=color((255, 226, 160), 0.95 * max(level, 0.4)))
    bulb_glow = skia.Paint(AntiAlias=True, Color=color((255, 200, 120), 0.35 * level))
    bulb_glow.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, 0.12))
    wire = skia.Paint(AntiAlias=True, Color=color(pal.shadow, 0.8), Style=skia.Paint.kStroke_Style,
                      StrokeWidth=0.025)
    for x0 in np.arange(-SPAN, SPAN, 9.0):
        path = skia.Path()
        xs = np.linspace(x0, x0 + 9.0, 16)
        ys = 5.2 - 0.9 * np.sin((xs - x0) / 9.0 * math.pi)
        path.moveTo(float(xs[0]), float(ys[0]))
        for px, py in zip(xs[1:], ys[1:], strict=True):
            path.lineTo(float(px), float(py))
        c.drawPath(path, wire)
        for px, py in zip(xs[1:-1], ys[1:-1], strict=True):
            c.drawCircle(float(px), float(py) - 0.06, 0.14, bulb_glow)
            c.drawCircle(float(px), float(py) - 0.06, 0.045, bulbs)


def _street(c: skia.Canvas, pal: Palette, facade: skia.Picture, seed: int, wet: bool) -> None:
    """The street below the facade: asphalt that mirrors the facade in rippled strips."""
    road = mix(urban(pal), pal.shadow, 0.45)
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), skia.Paint(Color=color(road)))
    g = rng(seed, "ripples")
    if wet:
        y, k = 0.0, 0
        while y > -9.0:
            band = 0.08 + 0.025 * k
            dx = float(g.uniform(-1, 1)) * (0.015 + 0.012 * k)
            c.save()
            c.clipRect(skia.Rect.MakeLTRB(-600, y - band, 600, y))
            c.translate(dx, 0)
            c.scale(1, -1)
            c.drawPicture(facade)
            c.restore()
            y -= band
            k += 1
    wet_p = skia.Paint(AntiAlias=True)
    wet_p.setShader(linear_y(0, -8, [color(road, 0.62 if wet else 0.9), color(road, 0.86 if wet else 0.95),
                                     color(mix(road, pal.shadow, 0.5), 0.96)], [0, 0.4, 1]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), wet_p)
    # Kerb: a thin lit edge at the foot of the buildings, and faint lane marks.
    c.drawRect(skia.Rect.MakeLTRB(-600, -0.12, 600, 0.0),
               skia.Paint(AntiAlias=True, Color=color(mix(road, pal.rim, 0.25))))
    lane = skia.Paint(AntiAlias=True, Color=color(pal.rim, 0.08))
    for lx in np.arange(-SPAN, SPAN, 6.0):
        c.drawRect(skia.Rect.MakeXYWH(float(lx), -4.2, 2.6, 0.08), lane)


def build_city(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    pal = palette_for(setting)
    street = setting.place == Place.STREET
    lit = _lit_share(setting.time)
    level = _neon_level(setting.time)
    light = (0.7, -1.4 + 6.6 * pal.body_height)
    sky = Layer("sky", 0.04, record(lambda c: paint_sky(c, pal, seed, (light[0] - 8, light[1] + 3))))
    n = 3
    layers = [Layer(f"skyline{i}", 0.1 + 0.16 * i,
                    record(lambda c, i=i: paint_skyline(c, pal, i, n, seed, lit, not street)),
                    blur_in_closeups=True)
              for i in range(n)]
    signs: list[Sign] = []
    facade = record(lambda c: _facade(c, pal, seed, lit, street, signs, level))
    wet = setting.weather.value in ("rain", "clear") and setting.time != TimeOfDay.DAY

    layers.append(Layer("facade", 1.0, facade, detailed=True))
    layers.append(ground_layer(terrain, lambda c: _street(c, pal, facade, seed, wet), detailed=True))
    flicker = _flicker(signs, seed, level)
    animated = (Animated("neon-flicker", 1.0, flicker),) if flicker is not None else ()
    return Environment(pal, sky, tuple(layers), light[0], terrain, animated, grade_for(setting), reflective=wet)


def _flicker(signs: list[Sign], seed: int, level: float) -> Callable[[skia.Canvas, float], None] | None:
    """A few signs stutter now and then: darken them for a frame or two, seeded per sign."""
    g = rng(seed, "flicker")
    chosen = [s for s in signs if g.random() < 0.12]
    if not chosen or level < 0.5:
        return None
    boxes = [_sign_box(s) for s in chosen]
    phases = [float(g.uniform(0, 10)) for _ in chosen]
    dim = skia.Paint(AntiAlias=True, Color=color((10, 8, 20), 0.6))

    def draw(c: skia.Canvas, t: float) -> None:
        for box, ph in zip(boxes, phases, strict=True):
            u = (t + ph) % 7.0
            if u < 0.12 or 0.25 < u < 0.33:
                c.drawRect(box, dim)

    return draw
