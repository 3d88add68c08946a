"""The underwater painter: light from the surface in shafts, kelp and rocks fading into blue,
a sandy floor with caustics that ripple, and bubbles that rise. Caustics and bubbles are
drawn per frame with a few dozen shapes; everything else is recorded once."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import skia

from kinema.render.environment.landscape import (
    AnimatedLayer,
    Environment,
    Layer,
    color,
    ground_layer,
    linear_y,
    noise,
    profile_path,
    record,
)
from kinema.render.environment.palette import RGB, mix, palette_for
from kinema.render.grade import grade_for
from kinema.screenplay.model import Setting, TimeOfDay
from kinema.seeds import rng
from kinema.world.terrain import Terrain

DEEP: RGB = (4, 30, 60)
SHALLOW: RGB = (40, 170, 190)


def _water(c: skia.Canvas, seed: int, bright: float) -> None:
    top = mix(DEEP, SHALLOW, bright)
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(14, -8, [color(mix(top, (220, 255, 250), 0.35)), color(top), color(DEEP)],
                         [0.0, 0.35, 1.0]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), p)
    g = rng(seed, "shafts")
    for _ in range(9):  # light shafts from the surface, slanting
        x = float(g.uniform(-25, 25))
        w = float(g.uniform(0.6, 2.2))
        shaft = skia.Path()
        shaft.moveTo(x - w, 14)
        shaft.lineTo(x + w, 14)
        shaft.lineTo(x + w * 2.5 - 6, -6)
        shaft.lineTo(x - w * 1.5 - 6, -6)
        shaft.close()
        sp = skia.Paint(AntiAlias=True)
        ray = (220, 255, 250)
        sp.setShader(linear_y(14, -6, [color(ray, 0.16 * bright + 0.03), color(ray, 0.0)]))
        c.drawPath(shaft, sp)


def _kelp(c: skia.Canvas, i: int, seed: int) -> None:
    """Rocks and swaying kelp at one depth, hazier with distance."""
    depth = i / 2
    g = rng(seed, "kelp", i)
    col = mix(mix(SHALLOW, DEEP, 0.5), (6, 40, 50), 0.3 + 0.6 * depth)
    xs = np.arange(-300.0, 300.0, 0.5)
    base = -1.5 - 2.0 * depth
    ys = base + (0.8 + 0.8 * depth) * noise(xs, g, 7.0, 3, True)
    c.drawPath(profile_path(xs, ys, -1500.0), skia.Paint(AntiAlias=True, Color=color(col)))
    stalk = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeCap=skia.Paint.kRound_Cap,
                       Color=color(mix(col, (40, 110, 60), 0.5)))
    for x in np.arange(-300.0, 300.0, 3.0 - depth):
        if g.random() < 0.5:
            continue
        hgt = float(g.uniform(3, 8)) * (0.6 + 0.5 * depth)
        y0 = float(np.interp(x, xs, ys)) - 0.2
        path = skia.Path()
        path.moveTo(float(x), y0)
        bend = float(g.uniform(-1, 1))
        path.cubicTo(float(x) + bend, y0 + hgt * 0.33, float(x) - bend, y0 + hgt * 0.66, float(x) + bend * 0.5,
                     y0 + hgt)
        stalk.setStrokeWidth(0.12 + 0.1 * depth)
        c.drawPath(path, stalk)


def _floor(c: skia.Canvas, seed: int) -> None:
    sand = (150, 160, 130)
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(0.0, -6.0, [color(mix(sand, SHALLOW, 0.3)), color(mix(sand, DEEP, 0.6))]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), p)
    g = rng(seed, "coral")
    for _ in range(140):  # pebbles and coral knobs on the near floor
        x, r = float(g.uniform(-300, 300)), float(g.uniform(0.08, 0.4))
        col = ((230, 110, 120), (250, 170, 90), (120, 90, 160), (90, 110, 100))[int(g.integers(0, 4))]
        c.drawOval(skia.Rect.MakeXYWH(x - r, -r * 0.5, 2 * r, r * 1.1),
                   skia.Paint(AntiAlias=True, Color=color(mix(col, DEEP, 0.35))))


def _caustics(seed: int) -> Callable[[skia.Canvas, float], None]:
    g = rng(seed, "caustics")
    rows = [(float(-0.3 - 0.9 * k), float(g.uniform(0, 6.28)), float(g.uniform(1.2, 2.0))) for k in range(6)]
    xs = np.arange(-60.0, 60.0, 0.5)
    p = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=0.05,
                   Color=color((210, 255, 240), 0.16))

    def draw(c: skia.Canvas, t: float) -> None:
        for y0, ph, f in rows:
            path = skia.Path()
            ys = y0 + 0.12 * np.sin(xs * f + ph + t * 1.7) * np.sin(xs * 0.37 - t * 0.9)
            path.moveTo(float(xs[0]), float(ys[0]))
            for x, y in zip(xs[1:], ys[1:], strict=True):
                path.lineTo(float(x), float(y))
            c.drawPath(path, p)

    return draw


def _bubbles(seed: int) -> Callable[[skia.Canvas, float], None]:
    g = rng(seed, "bubbles")
    n = 40
    x0, speed, size, start = g.uniform(-20, 20, n), g.uniform(0.4, 1.1, n), g.uniform(0.03, 0.12, n), \
        g.uniform(0, 20, n)
    ring = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=0.015,
                      Color=color((230, 255, 255), 0.6))
    shine = skia.Paint(AntiAlias=True, Color=color((255, 255, 255), 0.7))

    def draw(c: skia.Canvas, t: float) -> None:
        ys = ((t + start) * speed) % 16.0 - 1.0
        xs = x0 + 0.15 * np.sin((t + start) * 3.0)
        for x, y, r in zip(xs, ys, size, strict=True):
            c.drawCircle(float(x), float(y), float(r), ring)
            c.drawCircle(float(x - r * 0.35), float(y + r * 0.35), float(r * 0.25), shine)

    return draw


def build_underwater(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    pal = palette_for(setting)
    bright = {TimeOfDay.DAY: 1.0, TimeOfDay.DAWN: 0.6, TimeOfDay.SUNSET: 0.6,
              TimeOfDay.NIGHT: 0.2}[setting.time]
    sky = Layer("water", 0.04, record(lambda c: _water(c, seed, bright)))
    layers = tuple(Layer(f"reef{i}", 0.15 + 0.15 * i, record(lambda c, i=i: _kelp(c, i, seed)),
                         blur_in_closeups=True) for i in range(3))
    floor = ground_layer(terrain, lambda c: _floor(c, seed), detailed=True)
    animated = (AnimatedLayer("caustics", 1.0, _caustics(seed)), AnimatedLayer("bubbles", 1.0, _bubbles(seed)))
    return Environment(pal, sky, (*layers, floor), 0.0, terrain, animated, grade_for(setting))
