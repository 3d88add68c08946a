"""Open-country painters: forest, beach and sea, desert dunes, snowfield.

Each keeps the landscape's sky, sun or moon and its ground (drawn from the Terrain the
bodies walk on) and replaces the far ridges with its own: pines, the sea, dunes, snowy
hills. The sea's waves are the one moving part, a few strokes redrawn per frame.
"""

from __future__ import annotations

import math
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
    paint_sky,
    profile_path,
    record,
)
from kinema.render.environment.landscape import build_environment as landscape
from kinema.render.environment.palette import RGB, Palette, mix, palette_for
from kinema.render.grade import grade_for
from kinema.screenplay.model import Place, Setting
from kinema.seeds import rng
from kinema.world.terrain import Terrain

SEA_PARALLAX = 0.3  # the same as the renderer's backdrop, so waves stay on the baked sea
HORIZON = 0.6  # the sea's horizon in layer metres, above the beach so the sea shows
SNOW: RGB = (236, 242, 252)
SAND: RGB = (226, 190, 132)


def _hills(c: skia.Canvas, pal: Palette, i: int, n: int, seed: int, body: RGB, amp: float,
           scale: float, light_x: float, name: str) -> tuple[np.ndarray, np.ndarray]:
    """A rolling ridge, far ones paler; returns its profile for whatever grows on it."""
    depth = i / max(n - 1, 1)
    g = rng(seed, name, i)
    xs = np.arange(-300.0, 300.0, 0.4)
    base = -1.4 - 2.2 * depth
    ys = base + amp * (0.6 + 0.4 * depth) * noise(xs, g, scale, 3, False)
    col = mix(mix(pal.far, body, 0.25 + 0.5 * depth), pal.near, 0.35 * depth)
    top = float(ys.max())
    fill = skia.Paint(AntiAlias=True)
    fill.setShader(linear_y(top, base - 4, [color(mix(col, pal.rim, 0.15)), color(col),
                                             color(mix(col, pal.shadow, 0.3))], [0, 0.4, 1]))
    c.drawPath(profile_path(xs, ys, -1500.0), fill)
    mist = skia.Paint(AntiAlias=True)
    mist.setShader(linear_y(base, base - 2.5, [color(pal.mist, 0.0), color(pal.mist, 0.28 - 0.12 * depth),
                                               color(pal.mist, 0.0)], [0, 0.5, 1]))
    c.drawRect(skia.Rect.MakeLTRB(-600, base - 2.5, 600, base), mist)
    return xs, ys


def _pines(c: skia.Canvas, xs: np.ndarray, ys: np.ndarray, g: np.random.Generator, col: RGB,
           size: float, density: float, snow: bool) -> None:
    """Pines standing on a profile: stacked triangles, a lighter tier edge, snow caps if asked."""
    body = skia.Paint(AntiAlias=True, Color=color(col))
    cap = skia.Paint(AntiAlias=True, Color=color(SNOW, 0.85))
    x = float(xs[0])
    while x < float(xs[-1]):
        x += float(g.exponential(1.0 / density))
        y = float(np.interp(x, xs, ys)) - 0.1
        hgt = size * float(g.uniform(0.6, 1.3))
        path = skia.Path()
        for k in range(3):  # three tiers
            t0 = y + hgt * (0.15 + 0.26 * k)
            wid = hgt * (0.38 - 0.09 * k)
            path.moveTo(x - wid, t0)
            path.lineTo(x, t0 + hgt * 0.45)
            path.lineTo(x + wid, t0)
            path.close()
        path.addRect(skia.Rect.MakeLTRB(x - hgt * 0.04, y - 0.2, x + hgt * 0.04, y + hgt * 0.2))
        c.drawPath(path, body)
        if snow:
            top = y + hgt * 0.97
            tip = skia.Path()
            tip.moveTo(x - hgt * 0.09, top - hgt * 0.16)
            tip.lineTo(x, top + hgt * 0.02)
            tip.lineTo(x + hgt * 0.09, top - hgt * 0.16)
            tip.close()
            c.drawPath(tip, cap)


def _dunes(c: skia.Canvas, pal: Palette, i: int, n: int, seed: int, light_x: float) -> None:
    """Dunes: smooth swells with a sharp crest, the lee side in shadow."""
    depth = i / max(n - 1, 1)
    g = rng(seed, "dune", i)
    xs = np.arange(-300.0, 300.0, 0.3)
    base = -1.2 - 2.4 * depth
    period = 22.0 - 8.0 * depth
    phase = float(g.uniform(0, period))
    u = ((xs + phase) % period) / period
    crest = np.where(u < 0.7, np.sin(u / 0.7 * math.pi / 2), np.cos((u - 0.7) / 0.3 * math.pi / 2))
    ys = base + (1.0 + 1.5 * depth) * crest * (0.7 + 0.3 * noise(xs, g, 40.0, 2, False))
    sand = mix(mix(pal.far, SAND, 0.45 + 0.3 * depth), pal.near, 0.1 + 0.3 * depth)
    fill = skia.Paint(AntiAlias=True)
    fill.setShader(linear_y(float(ys.max()), base - 3, [color(mix(sand, pal.rim, 0.2)), color(sand)]))
    c.drawPath(profile_path(xs, ys, -1500.0), fill)
    lee = skia.Paint(AntiAlias=True, Color=color(pal.shadow, 0.3))
    for k0 in np.arange(-300.0 - phase, 300.0, period):  # the side of each dune away from the light
        a, b = k0 + 0.7 * period, k0 + period
        sel = (xs >= a) & (xs <= b)
        if sel.sum() > 2:
            path = profile_path(xs[sel], ys[sel], base - 3)
            c.drawPath(path, lee)


def _sea(c: skia.Canvas, pal: Palette, seed: int, sun: tuple[float, float]) -> None:
    """A flat sea from the horizon down, darker near, with a path of glitter under the sun or moon."""
    water = _water(pal)
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(HORIZON, HORIZON - 8, [color(mix(water, pal.horizon, 0.45)), color(water),
                                                color(mix(water, pal.shadow, 0.5))], [0, 0.3, 1]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, HORIZON), p)
    g = rng(seed, "glitter")
    glint = skia.Paint(AntiAlias=True)
    for _ in range(260):
        y = HORIZON - float(g.power(0.6)) * 7.0
        spread = 0.4 + (HORIZON - y) * 0.45
        x = sun[0] + float(g.normal(0, spread))
        glint.setColor(color(pal.light, float(g.uniform(0.25, 0.8))))
        wlen = 0.15 + 0.25 * float(g.random()) * (1 + (HORIZON - y) * 0.3)
        c.drawRect(skia.Rect.MakeXYWH(x - wlen / 2, y, wlen, 0.03 + 0.01 * (HORIZON - y)), glint)


def _water(pal: Palette) -> RGB:
    return mix(pal.sky_mid, (20, 70, 110), 0.55)


def _surface(c: skia.Canvas, pal: Palette, seed: int) -> None:
    """The water the cast floats on, from the surface down: the far sea's colour at the surface
    line, darker below, with faint horizontal glints (moving ones: `_ripples`)."""
    water = _water(pal)
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(0.0, -6.0, [color(mix(water, pal.horizon, 0.2)), color(mix(water, pal.shadow, 0.35))]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 50.0), p)  # clipped to the terrain: ground_layer
    g = rng(seed, "surface")
    glint = skia.Paint(AntiAlias=True)
    for _ in range(900):
        y = -float(g.power(0.7)) * 6.0
        x = float(g.uniform(-300.0, 300.0))
        near = min(1.0, -y / 6.0)
        glint.setColor(color(mix(pal.light, water, 0.4), float(g.uniform(0.08, 0.3)) * (1.0 - 0.5 * near)))
        wlen = (0.3 + 0.9 * float(g.random())) * (1 + near)
        c.drawRect(skia.Rect.MakeXYWH(x - wlen / 2, y, wlen, 0.02 + 0.04 * near), glint)


def _ripples(pal: Palette, seed: int) -> Callable[[skia.Canvas, float], None]:
    """Ripple lines on the near water that drift and swell: the surface is alive under a boat."""
    g = rng(seed, "ripples")
    rows = [(-0.25 - 0.9 * k ** 1.25, float(g.uniform(0, 6.28))) for k in range(6)]
    xs = np.arange(-150.0, 150.0, 0.5)
    crest = mix(pal.light, _water(pal), 0.35)

    def draw(c: skia.Canvas, t: float) -> None:
        p = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeCap=skia.Paint.kRound_Cap)
        for k, (y0, ph) in enumerate(rows):
            ys = y0 + (0.03 + 0.02 * k) * np.sin(xs * (1.3 - 0.1 * k) + ph + t * (0.9 + 0.15 * k))
            path = skia.Path.Polygon(list(map(skia.Point, xs.tolist(), ys.tolist())), False)
            p.setStrokeWidth(0.02 + 0.01 * k)
            p.setColor(color(crest, 0.12 + 0.03 * k))
            c.drawPath(path, p)

    return draw


def _waves(pal: Palette, seed: int) -> Callable[[skia.Canvas, float], None]:
    """Crest lines that roll slowly across the sea and swell up and down: a few strokes a frame."""
    g = rng(seed, "waves")
    rows = [(HORIZON - 0.4 - 1.1 * k ** 1.3, float(g.uniform(0, 6.28)), 0.02 + 0.012 * k) for k in range(7)]
    xs = np.arange(-120.0, 120.0, 0.8)
    foam = mix(pal.horizon, (255, 255, 255), 0.5)

    def draw(c: skia.Canvas, t: float) -> None:
        p = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeCap=skia.Paint.kRound_Cap)
        for k, (y0, ph, wdt) in enumerate(rows):
            path = skia.Path()
            amp = 0.05 + 0.03 * k
            ys = y0 + amp * np.sin(xs * (0.9 - 0.08 * k) + ph + t * (0.8 + 0.1 * k))
            path.moveTo(float(xs[0]), float(ys[0]))
            for x, y in zip(xs[1:], ys[1:], strict=True):
                path.lineTo(float(x), float(y))
            p.setStrokeWidth(wdt)
            p.setColor(color(foam, 0.10 + 0.04 * k))
            c.drawPath(path, p)

    return draw


def build_nature(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    pal = palette_for(setting)
    base = landscape(setting, seed, terrain)  # sky and ground; the ridges are replaced
    ground = base.layers[-1]
    light = (0.7, -1.4 + 6.6 * pal.body_height)
    place = setting.place
    layers: list[Layer] = []
    animated: tuple[AnimatedLayer, ...] = ()
    if place in (Place.BEACH, Place.WATER):
        layers.append(Layer("sea", SEA_PARALLAX, record(lambda c: _sea(c, pal, seed, light))))
        animated = (AnimatedLayer("waves", SEA_PARALLAX, _waves(pal, seed)),)
        if place == Place.WATER:  # no beach: the water's own surface is the floor, and mirrors what floats
            ground = ground_layer(terrain, lambda c: _surface(c, pal, seed))
            animated += (AnimatedLayer("ripples", 1.0, _ripples(pal, seed)),)
    elif place == Place.DESERT:
        layers += [Layer(f"dune{i}", 0.12 + 0.14 * i,
                         record(lambda c, i=i: _dunes(c, pal, i, 3, seed, light[0])),
                         blur_in_closeups=True) for i in range(3)]
    else:
        snow = place == Place.SNOWFIELD
        body = SNOW if snow else (34, 78, 46)
        n = 3

        def hills(c: skia.Canvas, i: int) -> None:
            xs, ys = _hills(c, pal, i, n, seed, body, 1.6 if snow else 1.0, 18.0 if snow else 12.0,
                            light[0], "hills")
            depth = i / max(n - 1, 1)
            tree = mix(mix(pal.far, (20, 48, 30), 0.3 + 0.5 * depth), pal.near, 0.4 * depth)
            _pines(c, xs, ys, rng(seed, "pines", i), tree, 1.2 + 1.6 * depth,
                   0.15 if snow else 1.6 + 1.2 * depth, snow)

        layers += [Layer(f"hills{i}", 0.12 + 0.15 * i, record(lambda c, i=i: hills(c, i)),
                         blur_in_closeups=True) for i in range(n)]
    sky = Layer("sky", base.sky.parallax, record(lambda c: paint_sky(c, pal, seed, light)))
    water = place == Place.WATER
    return Environment(pal, sky, (*layers, ground), base.light_x, terrain, animated, grade_for(setting),
                       reflective=water, afloat=water)
