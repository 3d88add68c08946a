"""A soft blanket drawn every frame: its top gives under a kneading animal's paws, in rhythm.

The blanket's box comes from the world (world/props.py), so the cat stands on what is painted;
the dents follow each kneader's `paw` (-1 left paw pressing .. 1 right paw pressing).
"""

from __future__ import annotations

import math

import skia

from kinema.render.camera import Camera
from kinema.world.props import Prop
from kinema.world.state import EntityState

FILL = (196, 92, 88)
STRIPE = (236, 208, 170)
SHADE = (120, 48, 52)
DENT_DEPTH = 0.045  # metres at full pressure


def _c(rgb: tuple[int, int, int], a: int = 255) -> int:
    return int(skia.Color(rgb[0], rgb[1], rgb[2], a))


def forepaws(e: EntityState) -> tuple[tuple[float, float], tuple[float, float]]:
    """(x, press 0..1) of a kneader's left and right forepaw, in metres: where the sprite draws them
    (render/sprites.py) and where the blanket gives."""
    front = e.x + e.facing * e.height * 0.2  # under the chest, ahead of the body's centre
    return (front - e.height * 0.065, max(0.0, -e.paw)), (front + e.height * 0.065, max(0.0, e.paw))


def paw_dents(entities: tuple[EntityState, ...], prop: Prop) -> list[tuple[float, float]]:
    """(x, depth) of each pressing paw of a kneader standing on the blanket."""
    dents = []
    for e in entities:
        if e.verb != "knead" or not prop.x0 <= e.x <= prop.x1:
            continue
        dents += [(x, DENT_DEPTH * press) for x, press in forepaws(e)]
    return dents


def _top(prop: Prop, dents: list[tuple[float, float]], x: float) -> float:
    y = prop.y1 + 0.006 * math.sin(x * 9.0)  # a soft, slightly rumpled top
    for dx, depth in dents:
        y -= depth * math.exp(-(((x - dx) / 0.05) ** 2))
    return y


def draw_blankets(canvas: skia.Canvas, props: tuple[Prop, ...], entities: tuple[EntityState, ...],
                  cam: Camera, width: int, height: int) -> None:
    for prop in props:
        if prop.kind != "blanket":
            continue
        dents = paw_dents(entities, prop)
        n = 96
        path = skia.Path()
        x0, y0 = cam.to_screen(prop.x0, prop.y0, width, height)
        path.moveTo(x0, y0)
        for i in range(n + 1):
            x = prop.x0 + (prop.x1 - prop.x0) * i / n
            path.lineTo(*cam.to_screen(x, _top(prop, dents, x), width, height))
        path.lineTo(*cam.to_screen(prop.x1, prop.y0, width, height))
        path.close()
        top_y = cam.to_screen(0.0, prop.y1, width, height)[1]
        paint = skia.Paint(AntiAlias=True)
        paint.setShader(skia.GradientShader.MakeLinear(
            [skia.Point(0, top_y), skia.Point(0, y0)], [_c(FILL), _c(SHADE)]))
        canvas.drawPath(path, paint)
        canvas.save()
        canvas.clipPath(path, doAntiAlias=True)
        stripe = skia.Paint(AntiAlias=True, Color=_c(STRIPE, 150), Style=skia.Paint.kStroke_Style,
                            StrokeWidth=max(1.0, 0.008 * cam.ppm))
        x = prop.x0 + 0.1
        while x < prop.x1:  # woven stripes, so a dent reads as the cloth giving way
            sx, sy = cam.to_screen(x, prop.y0, width, height)
            tx, ty = cam.to_screen(x, _top(prop, dents, x), width, height)
            canvas.drawLine(sx, sy, tx, ty, stripe)
            x += 0.12
        for dx, depth in dents:  # a soft shadow in each dent
            if depth <= 0.002:
                continue
            cx, cy = cam.to_screen(dx, _top(prop, dents, dx), width, height)
            r = 0.06 * cam.ppm
            shade = skia.Paint(AntiAlias=True)
            shade.setShader(skia.GradientShader.MakeRadial(
                skia.Point(cx, cy), r, [_c(SHADE, round(140 * depth / DENT_DEPTH)), _c(SHADE, 0)]))
            canvas.drawCircle(cx, cy, r, shade)
        canvas.restore()
