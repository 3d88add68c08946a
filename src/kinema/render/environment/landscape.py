"""The landscape painter: sky, sun or moon, stars, parallax ridges with mist, and the ground.

Every layer is a skia Picture recorded once per scene in *layer metres* (y up) for the
scene's reference camera; the renderer places it per frame with the layer's parallax. Every
painter's last layer is its walkable ground, drawn clipped to the same Terrain the physics
stands bodies on (`ground_layer`): one curve, whatever the painter puts under it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import skia

from kinema.render.environment.palette import RGB, Palette, mix, palette_for
from kinema.screenplay.model import Place, Setting
from kinema.seeds import rng
from kinema.world.terrain import Terrain

CULL = skia.Rect.MakeLTRB(-600, -1500, 600, 800)
SKY_PARALLAX = 0.04
GROUND = "ground"  # the name of every painter's last layer: the walkable ground


def color(c: RGB, a: float = 1.0) -> int:
    return int(skia.Color(c[0], c[1], c[2], max(0, min(255, round(a * 255)))))


@dataclass(frozen=True)
class Layer:
    name: str
    parallax: float  # 0 = fixed in frame, 1 = moves with the action plane
    picture: skia.Picture
    blur_in_closeups: bool = False
    detailed: bool = False  # costly to replay: a zoom over it bakes every layer at its tightest view


@dataclass(frozen=True)
class AnimatedLayer:
    """Something that moves on its own (waves, bubbles, a flickering sign): drawn every frame.

    `draw(canvas, t)` paints in layer metres (y up) at scene time t; keep it to a few calls.
    """

    name: str
    parallax: float
    draw: Callable[[skia.Canvas, float], None]


@dataclass(frozen=True)
class Environment:
    palette: Palette
    sky: Layer
    layers: tuple[Layer, ...]  # far to near, the ground last (`ground_layer`)
    light_x: float  # world x of the key light, for rim light and shadows
    ground: Terrain  # what the ground layer is clipped to: the terrain bodies stand on
    animated: tuple[AnimatedLayer, ...] = ()  # drawn over the layers, under the entities
    grade: tuple[RGB, float] = field(default=((0, 0, 0), 0.0))  # colour wash and its strength
    paints_props: bool = False  # True: the painter drew world.props (sills, posts) in its layers
    reflective: bool = False  # a wet floor: entities standing on it are mirrored in it
    afloat: bool = False  # the floor is water (and reflective): a boat sits in it to its waterline


def _record(draw: object) -> skia.Picture:
    rec = skia.PictureRecorder()
    # An R-tree lets playback skip what lies outside the frame: layers span hundreds of metres.
    canvas = rec.beginRecording(CULL, skia.RTreeFactory()())
    draw(canvas)  # type: ignore[operator]
    return rec.finishRecordingAsPicture()



def _linear_y(y0: float, y1: float, cols: list[int], pos: list[float] | None = None) -> skia.Shader:
    return skia.GradientShader.MakeLinear([skia.Point(0, y0), skia.Point(0, y1)], cols, pos)


def _paint_sky(c: skia.Canvas, pal: Palette, seed: int, moon_xy: tuple[float, float]) -> None:
    p = skia.Paint(AntiAlias=True)
    p.setShader(_linear_y(12, -5, [color(pal.sky_top), color(pal.sky_mid), color(pal.horizon)],
                          [0.0, 0.55, 1.0]))
    c.drawRect(CULL, p)
    g = rng(seed, "sky")
    if pal.stars:
        # A faint milky-way band first, then stars of varied brightness; the brightest glow.
        band = skia.Paint(AntiAlias=True)
        band.setShader(skia.GradientShader.MakeRadial(
            skia.Point(0, 0), 1.0, [color((190, 180, 255), 0.10), color((190, 180, 255), 0.0)]))
        c.save()
        c.translate(-7, 8)
        c.rotate(-24)
        c.scale(25, 2.4)
        c.drawCircle(0, 0, 1.0, band)
        c.restore()
        n = 700
        xs = g.uniform(-45, 45, n)
        ys = g.uniform(-3, 17, n)
        mag = g.power(3.0, n)  # most stars dim, a few bright
        for x, y, m in zip(xs, ys, mag, strict=True):
            fade = min(1.0, max(0.0, (y + 3) / 7))  # stars thin out into the horizon glow
            a = (0.25 + 0.75 * (1 - m)) * fade
            r = 0.018 + 0.04 * (1 - m) ** 3
            sp = skia.Paint(AntiAlias=True, Color=color((255, 250, 235), a))
            if m < 0.06:
                halo = skia.Paint(AntiAlias=True, Color=color((255, 250, 235), a * 0.8))
                halo.setMaskFilter(skia.MaskFilter.MakeBlur(skia.kNormal_BlurStyle, r * 1.2))
                c.drawCircle(float(x), float(y), float(r * 2.2), halo)
            c.drawCircle(float(x), float(y), float(r), sp)
        for x, y in zip(g.uniform(-20, 20, 6), g.uniform(3, 11, 6), strict=True):
            _sparkle(c, float(x), float(y), 0.18, color((255, 250, 235), 0.8))
    mx, my = moon_xy
    if pal.body == "moon":
        _moon(c, mx, my, 1.8, pal, g)
    elif pal.body == "sun":
        _sun(c, mx, my, 1.3, pal)


def _sparkle(c: skia.Canvas, x: float, y: float, r: float, col: int) -> None:
    path = skia.Path()
    k = r * 0.16
    path.moveTo(x, y + r)
    path.quadTo(x + k, y + k, x + r, y)
    path.quadTo(x + k, y - k, x, y - r)
    path.quadTo(x - k, y - k, x - r, y)
    path.quadTo(x - k, y + k, x, y + r)
    c.drawPath(path, skia.Paint(AntiAlias=True, Color=col))


def _moon(c: skia.Canvas, x: float, y: float, r: float, pal: Palette, g: np.random.Generator) -> None:
    # A stepped halo, then a soft glow, then the disc with a gradient and craters.
    for i, (k, a) in enumerate(((4.6, 0.05), (3.6, 0.06), (2.7, 0.08), (1.9, 0.11))):
        hp = skia.Paint(AntiAlias=True, Color=color(mix(pal.light, pal.sky_mid, 0.3 + 0.1 * i), a))
        c.drawCircle(x, y, r * k, hp)
    glow = skia.Paint(AntiAlias=True)
    glow.setShader(skia.GradientShader.MakeRadial(
        skia.Point(x, y), r * 2.2, [color(pal.light, 0.55), color(pal.light, 0.0)], [0.4, 1.0]))
    c.drawCircle(x, y, r * 2.2, glow)
    disc = skia.Paint(AntiAlias=True)
    disc.setShader(skia.GradientShader.MakeRadial(
        skia.Point(x - r * 0.3, y + r * 0.3), r * 1.5,
        [color((255, 251, 230)), color((236, 224, 180))]))
    c.drawCircle(x, y, r, disc)
    crater = skia.Paint(AntiAlias=True, Color=color((200, 188, 140), 0.45))
    for _ in range(9):
        a = g.uniform(0, 2 * math.pi)
        d = r * 0.75 * math.sqrt(g.uniform(0, 1))
        c.drawCircle(x + d * math.cos(a), y + d * math.sin(a), r * g.uniform(0.05, 0.13), crater)


def _sun(c: skia.Canvas, x: float, y: float, r: float, pal: Palette) -> None:
    glow = skia.Paint(AntiAlias=True)
    glow.setShader(skia.GradientShader.MakeRadial(
        skia.Point(x, y), r * 7, [color(pal.light, 0.55), color(pal.light, 0.12),
                                  color(pal.light, 0.0)], [0.0, 0.35, 1.0]))
    c.drawCircle(x, y, r * 7, glow)
    c.drawCircle(x, y, r, skia.Paint(AntiAlias=True, Color=color(mix(pal.light, (255, 255, 255), 0.6))))


def _noise(xs: np.ndarray, g: np.random.Generator, scale: float, octaves: int,
           ridged: bool) -> np.ndarray:
    out = np.zeros_like(xs)
    amp, freq, total = 1.0, 1.0 / scale, 0.0
    for _ in range(octaves):
        knots = np.arange(math.floor(xs[0] * freq) - 2, math.ceil(xs[-1] * freq) + 3)
        vals = g.uniform(-1, 1, len(knots))
        # Cosine interpolation between knots: rounded hills; ridging turns them into peaks.
        t = xs * freq
        i = np.floor(t).astype(int) - int(knots[0])
        f = t - np.floor(t)
        w = (1 - np.cos(f * math.pi)) / 2
        v = vals[i] * (1 - w) + vals[i + 1] * w
        out += amp * ((1 - np.abs(v)) * 2 - 1 if ridged else v)
        total += amp
        amp *= 0.48
        freq *= 2.3
    return out / total


def _profile_path(xs: np.ndarray, ys: np.ndarray, bottom: float) -> skia.Path:
    path = skia.Path()
    path.moveTo(float(xs[0]), bottom)
    for x, y in zip(xs, ys, strict=True):
        path.lineTo(float(x), float(y))
    path.lineTo(float(xs[-1]), bottom)
    path.close()
    return path


def _crest_light(c: skia.Canvas, xs: np.ndarray, ys: np.ndarray, light_x: float,
                 col: RGB, alpha: float, width: float) -> None:
    """Light the crest segments that face the key light: a thin bright edge, no outline."""
    path = skia.Path()
    drawing = False
    for i in range(len(xs) - 1):
        s = (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i])
        facing = s < -0.15 if xs[i] < light_x else s > 0.15
        if facing:
            if not drawing:
                path.moveTo(float(xs[i]), float(ys[i]))
                drawing = True
            path.lineTo(float(xs[i + 1]), float(ys[i + 1]))
        else:
            drawing = False
    p = skia.Paint(AntiAlias=True, Color=color(col, alpha), Style=skia.Paint.kStroke_Style,
                   StrokeWidth=width, StrokeCap=skia.Paint.kRound_Cap)
    c.drawPath(path, p)


def _paint_ridge(c: skia.Canvas, pal: Palette, i: int, n: int, seed: int, jagged: bool,
                 light_x: float, lift: float = 0.0) -> None:
    depth = i / max(n - 1, 1)  # 0 far .. 1 near
    g = rng(seed, "ridge", i)
    xs = np.arange(-300.0, 300.0, 0.25 if depth > 0.5 else 0.4)
    base = -1.6 - 2.6 * depth + lift
    amp = (2.2 - 0.7 * depth) if jagged else 0.8
    ys = base + amp * _noise(xs, g, 6.5 - 2.5 * depth if jagged else 14.0, 4, jagged)
    body = mix(pal.far, pal.near, 0.15 + 0.6 * depth)
    body = mix(body, pal.ground_tint, 0.25 * depth)
    top = float(ys.max())
    fill = skia.Paint(AntiAlias=True)
    fill.setShader(_linear_y(top, base - 5, [color(mix(body, pal.rim, 0.12)), color(body),
                                               color(mix(body, pal.shadow, 0.35))], [0, 0.4, 1]))
    c.drawPath(_profile_path(xs, ys, -1500.0), fill)
    _crest_light(c, xs, ys, light_x, pal.rim, 0.22 - 0.08 * depth, 0.035)
    # Mist pooled in the valley at the foot of this ridge, lighter with distance.
    mist = skia.Paint(AntiAlias=True)
    mist.setShader(_linear_y(base - 0.3, base - 3.0,
                             [color(pal.mist, 0.0), color(pal.mist, 0.32 - 0.12 * depth),
                              color(pal.mist, 0.0)], [0.0, 0.5, 1.0]))
    c.drawRect(skia.Rect.MakeLTRB(-600, base - 3.0, 600, base - 0.3), mist)


def ground_layer(terrain: Terrain, fill: Callable[[skia.Canvas], None], detailed: bool = False) -> Layer:
    """The walkable ground: whatever `fill` paints, clipped to the terrain's profile, so its top
    edge is the curve bodies stand on, in every painter, through every camera."""
    def draw(c: skia.Canvas) -> None:
        c.save()
        c.clipPath(_profile_path(terrain.xs, terrain.ys, -1500.0), doAntiAlias=True)
        fill(c)
        c.restore()
    return Layer(GROUND, 1.0, _record(draw), detailed=detailed)


def _paint_ground(c: skia.Canvas, pal: Palette, terrain: Terrain, light_x: float,
                  glow_xy: tuple[float, float] | None, peaked: bool) -> None:
    """Under the terrain's clip (`ground_layer`): a lit fill, the flank away from the light in
    shadow, moonlight pooled at the summit, and the crest lit where it faces the light."""
    xs, ys = terrain.xs, terrain.ys
    top = float(ys.max())
    base = mix(pal.near, pal.ground_tint, 0.6) if peaked else mix(pal.ground_tint, pal.far, 0.25)
    fill = skia.Paint(AntiAlias=True)
    fill.setShader(_linear_y(top, top - 18, [color(mix(base, pal.rim, 0.1)), color(base),
                                             color(mix(base, pal.shadow, 0.5))], [0, 0.3, 1]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, top + 1), fill)
    if peaked:
        _shade_flank(c, pal, light_x, top)
    if glow_xy is not None:
        gx, gy = glow_xy
        glow = skia.Paint(AntiAlias=True)
        glow.setShader(skia.GradientShader.MakeRadial(
            skia.Point(gx, gy), 6.0, [color(pal.light, 0.16), color(pal.light, 0.0)]))
        c.drawCircle(gx, gy, 6.0, glow)
    _crest_light(c, xs, ys, light_x, pal.rim, 0.35, 0.06)  # twice as wide: the clip keeps the lower half


def _shade_flank(c: skia.Canvas, pal: Palette, light_x: float, top: float) -> None:
    """The peak's flank away from the light is in shadow, split at the light's x."""
    shade = skia.Paint(AntiAlias=True)
    shade.setShader(skia.GradientShader.MakeLinear(
        [skia.Point(light_x - 0.6, 0), skia.Point(light_x + 0.6, 0)],
        [color(pal.shadow, 0.38), color(pal.shadow, 0.0)]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, top + 1), shade)


def build_environment(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    pal = palette_for(setting)
    # A road winds through mountains: the ranges stand higher, behind its taller hills.
    jagged = setting.place in (Place.MOUNTAINS, Place.ROAD)
    lift = 4.0 if setting.place == Place.ROAD else 0.0
    # The key light stands a little right of the stage, low for dawn and sunset.
    light = (0.7, -1.4 + 6.6 * pal.body_height)
    sky = Layer("sky", SKY_PARALLAX, _record(lambda c: _paint_sky(c, pal, seed, light)))
    n = 4 if jagged else 3
    layers = [Layer(f"ridge{i}", 0.12 + 0.45 * i / n,
                    _record(lambda c, i=i: _paint_ridge(c, pal, i, n, seed, jagged, light[0], lift)),
                    blur_in_closeups=True)
              for i in range(n)]
    glow = (light[0], 0.0) if pal.body == "moon" else None
    layers.append(ground_layer(terrain, lambda c: _paint_ground(c, pal, terrain, light[0], glow,
                                                               setting.place == Place.MOUNTAINS)))
    return Environment(pal, sky, tuple(layers), light[0], terrain)


# Shared with the other painters of this package.

record = _record
linear_y = _linear_y
paint_sky = _paint_sky
noise = _noise
profile_path = _profile_path
crest_light = _crest_light
