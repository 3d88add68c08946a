"""Built places: a room with a window, a boxing ring, a building wall with two windows.

The ring's posts and ropes and the wall's windows and sills come from `world.props`, the
same boxes the physics collides with, so a paw lands on exactly the sill that is painted.
"""

from __future__ import annotations

import numpy as np
import skia

from kinema.render.environment.city import paint_skyline, urban
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
from kinema.screenplay.model import Place, Setting, TimeOfDay
from kinema.seeds import rng
from kinema.world.props import Prop, build_props
from kinema.world.terrain import Terrain

BRICK: RGB = (150, 84, 64)
PLASTER: RGB = (214, 196, 170)


def _dim(pal: Palette, col: RGB, time: TimeOfDay) -> RGB:
    """Surfaces sink into the scene's light: full colour by day, into blue-black at night."""
    k = {TimeOfDay.DAY: 0.1, TimeOfDay.DAWN: 0.35, TimeOfDay.SUNSET: 0.3, TimeOfDay.NIGHT: 0.6}[time]
    return mix(col, pal.shadow, k)


def _window(c: skia.Canvas, pal: Palette, box: skia.Rect, frame: RGB, lit: bool) -> None:
    """A window: the sky's colours through the glass (or a lit room), a frame, a cross bar."""
    glass = skia.Paint(AntiAlias=True)
    if lit:
        glass.setShader(linear_y(box.bottom(), box.top(), [color((255, 214, 150)), color((200, 130, 80))]))
    else:
        glass.setShader(linear_y(box.bottom(), box.top(), [color(pal.sky_top), color(pal.horizon)]))
    c.drawRect(box, glass)
    sheen = skia.Path()
    sheen.moveTo(box.left() + box.width() * 0.1, box.top())
    sheen.lineTo(box.left() + box.width() * 0.35, box.top())
    sheen.lineTo(box.left() + box.width() * 0.75, box.bottom())
    sheen.lineTo(box.left() + box.width() * 0.5, box.bottom())
    sheen.close()
    c.drawPath(sheen, skia.Paint(AntiAlias=True, Color=color((255, 255, 255), 0.08)))
    fp = skia.Paint(AntiAlias=True, Color=color(frame), Style=skia.Paint.kStroke_Style,
                    StrokeWidth=min(box.width(), box.height()) * 0.07)
    c.drawRect(box, fp)
    c.drawLine(box.centerX(), box.top(), box.centerX(), box.bottom(), fp)
    c.drawLine(box.left(), box.centerY(), box.right(), box.centerY(), fp)


def _pavement(c: skia.Canvas, pal: Palette) -> None:
    """The street at the foot of the wall (under the ground's clip)."""
    street = mix(urban(pal), pal.shadow, 0.35)
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), skia.Paint(Color=color(street)))


def _wall(c: skia.Canvas, pal: Palette, props: tuple[Prop, ...], seed: int, time: TimeOfDay) -> None:
    wall = next(p for p in props if p.kind == "wall")
    brick = _dim(pal, BRICK, time)
    face = skia.Paint(AntiAlias=True)
    face.setShader(linear_y(wall.y1, wall.y0, [color(mix(brick, pal.rim, 0.1)),
                                               color(mix(brick, pal.shadow, 0.2))]))
    c.drawRect(skia.Rect.MakeLTRB(wall.x0, wall.y0, wall.x1, wall.y1), face)
    mortar = skia.Paint(AntiAlias=True, Color=color(mix(brick, pal.shadow, 0.45), 0.6), StrokeWidth=0.025)
    g = rng(seed, "bricks")
    for k, y in enumerate(np.arange(wall.y0 + 0.22, wall.y1, 0.22)):
        c.drawLine(wall.x0, float(y), wall.x1, float(y), mortar)
        off = 0.25 if k % 2 else 0.0
        for x in np.arange(wall.x0 + off, wall.x1, 0.5):
            c.drawLine(float(x), float(y) - 0.22, float(x), float(y), mortar)
    tone = skia.Paint(AntiAlias=True)
    for _ in range(60):  # a few bricks a shade lighter or darker, so it is not a grid
        x, y = float(g.uniform(wall.x0, wall.x1 - 0.5)), float(g.uniform(wall.y0, wall.y1 - 0.22))
        tone.setColor(color((255, 255, 255) if g.random() < 0.5 else (0, 0, 0), 0.06))
        c.drawRect(skia.Rect.MakeXYWH(round(x * 2) / 2, round(y / 0.22) * 0.22, 0.48, 0.2), tone)
    c.drawRect(skia.Rect.MakeLTRB(wall.x0, wall.y1 - 0.3, wall.x1, wall.y1),
               skia.Paint(AntiAlias=True, Color=color(mix(brick, pal.shadow, 0.35))))
    for p in props:
        box = skia.Rect.MakeLTRB(p.x0, p.y0, p.x1, p.y1)
        if p.kind == "window":
            plaster = skia.Paint(AntiAlias=True, Color=color(_dim(pal, PLASTER, time)))
            c.drawRect(box.makeOutset(0.12, 0.12), plaster)
            _window(c, pal, box, _dim(pal, (240, 236, 226), time), time == TimeOfDay.NIGHT)
        elif p.kind == "sill":
            stone = _dim(pal, (220, 214, 200), time)
            c.drawRect(box, skia.Paint(AntiAlias=True, Color=color(stone)))
            c.drawRect(skia.Rect.MakeLTRB(p.x0, p.y0 - 0.06, p.x1, p.y0),
                       skia.Paint(AntiAlias=True, Color=color(pal.shadow, 0.35)))


def _floorboards(c: skia.Canvas, pal: Palette, time: TimeOfDay) -> None:
    """A room's wooden floor (under the ground's clip)."""
    floor = _dim(pal, (120, 78, 50), time)
    fp = skia.Paint(AntiAlias=True)
    fp.setShader(linear_y(0.0, -3.0, [color(floor), color(mix(floor, pal.shadow, 0.5))]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), fp)
    plank = skia.Paint(AntiAlias=True, Color=color(mix(floor, pal.shadow, 0.4), 0.5), StrokeWidth=0.02)
    for y in np.arange(-0.25, -6.0, -0.3):
        c.drawLine(-600, float(y), 600, float(y), plank)


def _room(c: skia.Canvas, pal: Palette, setting: Setting, seed: int) -> None:
    time = setting.time
    wall = _dim(pal, (196, 176, 150), time)
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(6.0, 0.0, [color(mix(wall, pal.shadow, 0.25)), color(wall)]))
    c.drawRect(skia.Rect.MakeLTRB(-600, 0.0, 600, 800), p)
    c.drawRect(skia.Rect.MakeLTRB(-600, 0.0, 600, 0.14), skia.Paint(Color=color(mix(wall, pal.shadow, 0.5))))
    g = rng(seed, "room")
    for x in np.arange(-60.0, 60.0, 12.0):  # a window every few metres, curtains, a picture
        box = skia.Rect.MakeLTRB(float(x) - 1.1, 1.0, float(x) + 1.1, 3.0)
        _window(c, pal, box, _dim(pal, (245, 240, 230), time), False)
        if time == TimeOfDay.NIGHT and g.random() < 0.6:
            c.drawCircle(float(x) + 0.5, 2.5, 0.18, skia.Paint(AntiAlias=True, Color=color((255, 246, 220))))
        curtain = _dim(pal, ((170, 60, 70), (60, 90, 140), (90, 120, 80))[int(g.integers(0, 3))], time)
        cp = skia.Paint(AntiAlias=True, Color=color(curtain))
        for side in (-1, 1):
            path = skia.Path()
            edge = float(x) + side * 1.3
            path.moveTo(edge, 3.3)
            path.lineTo(edge - side * 0.55, 3.3)
            path.quadTo(edge - side * 0.2, 2.0, edge - side * 0.45, 0.85)
            path.lineTo(edge + side * 0.1, 0.85)
            path.close()
            c.drawPath(path, cp)
        frame = skia.Rect.MakeXYWH(float(x) + 4.0, 1.4, 1.4, 1.0)
        wood = skia.Paint(AntiAlias=True, Color=color(_dim(pal, (90, 60, 30), time)))
        c.drawRect(frame.makeOutset(0.08, 0.08), wood)
        art = skia.Paint(AntiAlias=True)
        art.setShader(linear_y(frame.bottom(), frame.top(), [color(_dim(pal, (80, 140, 180), time)),
                                                             color(_dim(pal, (230, 190, 120), time))]))
        c.drawRect(frame, art)
    if time != TimeOfDay.DAY:  # warm lamp light pooling on the wall
        for x in np.arange(-54.0, 60.0, 12.0):
            glow = skia.Paint(AntiAlias=True)
            lamp = (255, 200, 130)
            glow.setShader(skia.GradientShader.MakeRadial(skia.Point(float(x), 2.2), 3.0,
                                                          [color(lamp, 0.3), color(lamp, 0.0)]))
            c.drawCircle(float(x), 2.2, 3.0, glow)


def _arena(c: skia.Canvas, seed: int) -> None:
    """Dark hall, spotlight cones from above."""
    p = skia.Paint(AntiAlias=True)
    p.setShader(linear_y(14, -4, [color((6, 6, 14)), color((30, 22, 40))]))
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), p)
    for x in (-5.0, 0.0, 5.0):
        cone = skia.Path()
        cone.moveTo(x - 0.4, 13)
        cone.lineTo(x + 0.4, 13)
        cone.lineTo(x * 0.3 + 3.5, -1)
        cone.lineTo(x * 0.3 - 3.5, -1)
        cone.close()
        cp = skia.Paint(AntiAlias=True)
        cp.setShader(linear_y(13, -1, [color((255, 250, 230), 0.18), color((255, 250, 230), 0.02)]))
        c.drawPath(cone, cp)


def _crowd(c: skia.Canvas, seed: int) -> None:
    g = rng(seed, "crowd")
    body = skia.Paint(AntiAlias=True, Color=color((18, 14, 26)))
    for row in range(3):
        y0 = -0.6 + row * 0.9
        for x in np.arange(-60.0, 60.0, 0.55):
            xx = float(x) + float(g.uniform(-0.15, 0.15)) + row * 0.27
            c.drawCircle(xx, y0 + 0.95, 0.2, body)
            c.drawRRect(skia.RRect.MakeRectXY(skia.Rect.MakeXYWH(xx - 0.27, y0, 0.54, 0.8), 0.2, 0.2), body)
    flash = skia.Paint(AntiAlias=True, Color=color((255, 255, 255), 0.7))
    for _ in range(14):
        c.drawCircle(float(g.uniform(-40, 40)), float(g.uniform(0.5, 2.5)), 0.06, flash)


def _canvas(c: skia.Canvas, props: tuple[Prop, ...]) -> None:
    """The ring's canvas and apron over the dark hall floor (under the ground's clip)."""
    half = max(p.x1 for p in props if p.kind == "post") + 0.6
    c.drawRect(skia.Rect.MakeLTRB(-600, -1500, 600, 800), skia.Paint(Color=color((14, 12, 20))))
    apron = skia.Paint(AntiAlias=True)
    apron.setShader(linear_y(0.0, -1.1, [color((40, 60, 140)), color((16, 22, 60))]))
    c.drawRect(skia.Rect.MakeLTRB(-half, -1.1, half, 0.0), apron)
    c.drawRect(skia.Rect.MakeLTRB(-half, -0.08, half, 0.0), skia.Paint(Color=color((236, 232, 220))))


def _ring(c: skia.Canvas, props: tuple[Prop, ...]) -> None:
    ropes = (color((220, 40, 50)), color((245, 245, 245)), color((40, 80, 200)))
    for p in props:
        if p.kind == "post":
            steel = skia.Paint(AntiAlias=True, Color=color((60, 60, 70)))
            c.drawRect(skia.Rect.MakeLTRB(p.x0, p.y0, p.x1, p.y1), steel)
            pad = skia.Rect.MakeLTRB(p.x0 - 0.05, p.y1 - 0.6, p.x1 + 0.05, p.y1)
            red = skia.Paint(AntiAlias=True, Color=color((200, 30, 40)))
            c.drawRRect(skia.RRect.MakeRectXY(pad, 0.05, 0.05), red)
    for k, p in enumerate(q for q in props if q.kind == "rope"):
        rp = skia.Paint(AntiAlias=True, Color=ropes[k % 3], StrokeWidth=p.y1 - p.y0 + 0.02,
                        StrokeCap=skia.Paint.kRound_Cap)
        c.drawLine(p.x0, (p.y0 + p.y1) / 2, p.x1, (p.y0 + p.y1) / 2, rp)


def build_interior(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    pal = palette_for(setting)
    props = build_props(setting.place)
    light = (0.7, -1.4 + 6.6 * pal.body_height)
    if setting.place == Place.RING:
        sky = Layer("hall", 0.04, record(lambda c: _arena(c, seed)))
        layers = (Layer("crowd", 0.45, record(lambda c: _crowd(c, seed)), blur_in_closeups=True),
                  Layer("ring", 1.0, record(lambda c: _ring(c, props)), detailed=True),
                  ground_layer(terrain, lambda c: _canvas(c, props), detailed=True))
        return Environment(pal, sky, layers, 0.0, terrain, (), grade_for(setting), paints_props=True)
    if setting.place == Place.ROOM:
        sky = Layer("wallpaper", 0.04, record(lambda c: c.drawPaint(skia.Paint(Color=color(pal.shadow)))))
        room = Layer("room", 1.0, record(lambda c: _room(c, pal, setting, seed)), detailed=True)
        floor = ground_layer(terrain, lambda c: _floorboards(c, pal, setting.time), detailed=True)
        return Environment(pal, sky, (room, floor), light[0], terrain, (), grade_for(setting))
    lit = 0.4 if setting.time == TimeOfDay.NIGHT else 0.1
    sky = Layer("sky", 0.04, record(lambda c: paint_sky(c, pal, seed, light)))
    far = tuple(Layer(f"skyline{i}", 0.12 + 0.16 * i,
                      record(lambda c, i=i: paint_skyline(c, pal, i, 2, seed, lit, True)),
                      blur_in_closeups=True) for i in range(2))
    wall = Layer("wall", 1.0, record(lambda c: _wall(c, pal, props, seed, setting.time)), detailed=True)
    street = ground_layer(terrain, lambda c: _pavement(c, pal), detailed=True)
    return Environment(pal, sky, (*far, wall, street), light[0], terrain, (), grade_for(setting),
                       paints_props=True)
