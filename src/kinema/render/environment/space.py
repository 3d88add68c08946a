"""The space painter: a dense starfield with a nebula band, Jupiter, the sun, a far planet,
and a grey cratered surface on the action plane to stand on."""

from __future__ import annotations

import math

import numpy as np
import skia

from kinema.render.environment.landscape import Environment, Layer, color, ground_layer, linear_y, record
from kinema.render.environment.palette import RGB, Palette, palette_for
from kinema.render.grade import grade_for
from kinema.screenplay.model import Setting
from kinema.seeds import rng
from kinema.world.terrain import Terrain

JUPITER_BANDS: tuple[RGB, ...] = ((232, 214, 186), (196, 150, 110), (240, 226, 204), (172, 120, 86),
                                  (226, 200, 168), (150, 104, 80), (236, 220, 196))


def _stars(c: skia.Canvas, seed: int) -> None:
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), skia.Paint(Color=color((3, 4, 12))))
    g = rng(seed, "space", "nebula")
    for k in range(5):  # a soft violet and teal nebula band across the frame
        p = skia.Paint(AntiAlias=True)
        col = ((120, 60, 170), (40, 120, 160), (170, 70, 120))[k % 3]
        x, y = float(g.uniform(-20, 20)), float(g.uniform(-2, 10))
        p.setShader(skia.GradientShader.MakeRadial(skia.Point(x, y), 9.0,
                                                   [color(col, 0.22), color(col, 0.0)]))
        c.save()
        c.translate(x, y)
        c.scale(2.2, 0.7)
        c.translate(-x, -y)
        c.drawCircle(x, y, 9.0, p)
        c.restore()
    g = rng(seed, "space", "stars")
    n = 1400
    xs, ys, mag = g.uniform(-60, 60, n), g.uniform(-12, 20, n), g.power(3.0, n)
    dot = skia.Paint(AntiAlias=True)
    for x, y, m in zip(xs, ys, mag, strict=True):
        tint = ((255, 255, 255), (200, 220, 255), (255, 230, 200))[int(m * 1000) % 3]
        dot.setColor(color(tint, 0.3 + 0.7 * (1 - m)))
        c.drawCircle(float(x), float(y), 0.015 + 0.045 * (1 - m) ** 4, dot)


def _sun(c: skia.Canvas, x: float, y: float) -> None:
    glow = skia.Paint(AntiAlias=True)
    glow.setShader(skia.GradientShader.MakeRadial(skia.Point(x, y), 9.0, [
        color((255, 250, 230), 0.95), color((255, 200, 120), 0.35), color((255, 160, 80), 0.0)],
        [0.06, 0.2, 1.0]))
    c.drawCircle(x, y, 9.0, glow)
    c.drawCircle(x, y, 0.55, skia.Paint(AntiAlias=True, Color=color((255, 253, 245))))


def _jupiter(c: skia.Canvas, x: float, y: float, r: float, light: tuple[float, float], seed: int) -> None:
    """Banded, with a great red spot, lit from the sun's side and shaded into night."""
    g = rng(seed, "jupiter")
    c.save()
    clip = skia.Path()
    clip.addCircle(x, y, r)
    c.clipPath(clip, doAntiAlias=True)
    edges = np.sort(g.uniform(-1, 1, len(JUPITER_BANDS) * 2))
    c.drawCircle(x, y, r, skia.Paint(AntiAlias=True, Color=color(JUPITER_BANDS[0])))
    for k in range(len(edges) - 1):
        col = JUPITER_BANDS[k % len(JUPITER_BANDS)]
        band = skia.Paint(AntiAlias=True, Color=color(col, 0.9))
        band.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, r * 0.02))
        c.drawRect(skia.Rect.MakeLTRB(x - r, y + r * float(edges[k]), x + r, y + r * float(edges[k + 1])), band)
    spot = skia.Paint(AntiAlias=True, Color=color((196, 96, 70), 0.9))
    c.drawOval(skia.Rect.MakeXYWH(x + r * 0.15, y - r * 0.38, r * 0.32, r * 0.17), spot)
    ang = math.atan2(light[1] - y, light[0] - x)
    shade = skia.Paint(AntiAlias=True)
    lx, ly = x + math.cos(ang) * r * 0.6, y + math.sin(ang) * r * 0.6
    shade.setShader(skia.GradientShader.MakeRadial(skia.Point(lx, ly), r * 2.0, [
        color((0, 0, 0), 0.0), color((0, 0, 0), 0.35), color((2, 2, 8), 0.92)], [0.0, 0.45, 0.85]))
    c.drawCircle(x, y, r, shade)
    c.restore()
    rim = skia.Paint(AntiAlias=True, Color=color((255, 235, 200), 0.25), Style=skia.Paint.kStroke_Style,
                     StrokeWidth=r * 0.02)
    c.drawArc(skia.Rect.MakeLTRB(x - r, y - r, x + r, y + r), math.degrees(ang) - 60, 120, False, rim)


def _far_planet(c: skia.Canvas, seed: int) -> None:
    g = rng(seed, "planet")
    x, y, r = float(g.uniform(-14, -6)), float(g.uniform(7, 11)), float(g.uniform(0.5, 0.9))
    p = skia.Paint(AntiAlias=True)
    p.setShader(skia.GradientShader.MakeRadial(skia.Point(x + r * 0.4, y + r * 0.4), r * 1.8, [
        color((150, 200, 255)), color((40, 70, 140)), color((5, 8, 20))]))
    c.drawCircle(x, y, r, p)


def _surface(c: skia.Canvas, pal: Palette, seed: int) -> None:
    """A grey moon-like ground: lit crest, craters as pairs of ellipses."""
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(0.0, -8.0, [color((150, 150, 160)), color((70, 70, 82)), color((20, 20, 28))]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), p)
    c.drawRect(skia.Rect.MakeLTRB(-600, -0.05, 600, 0.0), skia.Paint(Color=color((210, 210, 220))))
    g = rng(seed, "craters")
    dark = skia.Paint(AntiAlias=True, Color=color((40, 40, 50), 0.5))
    lit = skia.Paint(AntiAlias=True, Color=color((200, 200, 210), 0.35))
    for _ in range(220):
        x, y = float(g.uniform(-300, 300)), -float(g.power(0.7)) * 8.0 - 0.2
        r = float(g.uniform(0.2, 1.2)) * (1 - y * 0.12)
        c.drawOval(skia.Rect.MakeXYWH(x - r, y - r * 0.18, 2 * r, r * 0.36), lit)
        c.drawOval(skia.Rect.MakeXYWH(x - r * 0.85, y - r * 0.14, 1.7 * r, r * 0.26), dark)


def _sun_and_planet(c: skia.Canvas, sun: tuple[float, float], seed: int) -> None:
    _sun(c, *sun)
    _far_planet(c, seed)


def build_space(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    pal = palette_for(setting)
    sun = (14.0, 9.0)
    sky = Layer("stars", 0.02, record(lambda c: _stars(c, seed)))
    layers = (
        Layer("sun", 0.05, record(lambda c: _sun_and_planet(c, sun, seed))),
        Layer("jupiter", 0.12, record(lambda c: _jupiter(c, -6.0, 5.0, 5.5, sun, seed)), blur_in_closeups=True),
        ground_layer(terrain, lambda c: _surface(c, pal, seed), detailed=True),
    )
    return Environment(pal, sky, layers, sun[0], terrain, (), grade_for(setting))
