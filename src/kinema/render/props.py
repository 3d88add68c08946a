"""Props drawn from the world's own boxes: the wall, its windows and sills, a ring's posts and ropes.

The geometry is exactly what the physics collides with (world/props.py), so a paw on a sill is
on the painted sill. Recorded once per prop set as a skia Picture in world metres.
"""

from __future__ import annotations

from functools import lru_cache

import skia

from kinema.render.camera import Camera
from kinema.world.props import Prop

COLOURS = {
    "wall": (168, 112, 86), "window": (46, 62, 86), "sill": (214, 206, 190),
    "post": (60, 60, 70), "rope": (200, 40, 48),
}
MORTAR = (140, 92, 72)


def _rgb(c: tuple[int, int, int], a: int = 255) -> int:
    return int(skia.Color(c[0], c[1], c[2], a))


@lru_cache(maxsize=16)
def props_picture(props: tuple[Prop, ...]) -> skia.Picture:
    rec = skia.PictureRecorder()
    c = rec.beginRecording(skia.Rect.MakeLTRB(-1000, -1000, 1000, 1000))
    p = skia.Paint(AntiAlias=True)
    for prop in props:
        if prop.kind == "blanket":  # soft: drawn every frame by render/blanket.py, dented by paws
            continue
        rect = skia.Rect.MakeLTRB(prop.x0, prop.y0, prop.x1, prop.y1)
        p.setColor(_rgb(COLOURS.get(prop.kind, (128, 128, 128))))
        c.drawRect(rect, p)
        if prop.kind == "wall":  # brick courses, so the wall reads as a building
            line = skia.Paint(AntiAlias=True, Color=_rgb(MORTAR), StrokeWidth=0.03,
                              Style=skia.Paint.kStroke_Style)
            y = prop.y0 + 0.3
            while y < prop.y1:
                c.drawLine(prop.x0, y, prop.x1, y, line)
                y += 0.3
        elif prop.kind == "window":  # a lit pane with a frame and a cross bar
            glow = skia.Paint(AntiAlias=True)
            glow.setShader(skia.GradientShader.MakeLinear(
                [skia.Point(0, prop.y0), skia.Point(0, prop.y1)],
                [_rgb((250, 214, 140)), _rgb((120, 150, 190))]))
            c.drawRect(rect.makeInset(0.08, 0.08), glow)
            frame = skia.Paint(AntiAlias=True, Color=_rgb((236, 230, 218)), StrokeWidth=0.08,
                               Style=skia.Paint.kStroke_Style)
            c.drawRect(rect.makeInset(0.04, 0.04), frame)
            cx = (prop.x0 + prop.x1) / 2
            c.drawLine(cx, prop.y0, cx, prop.y1, frame)
        elif prop.kind == "sill":  # a shadow under the ledge
            c.drawRect(skia.Rect.MakeLTRB(prop.x0, prop.y0 - 0.08, prop.x1, prop.y0),
                       skia.Paint(Color=_rgb((40, 20, 10), 90)))
    return rec.finishRecordingAsPicture()


def draw_props(canvas: skia.Canvas, props: tuple[Prop, ...], cam: Camera, width: int, height: int) -> None:
    if not props:
        return
    canvas.save()
    canvas.translate(width / 2 + cam.shake_x, height / 2 + cam.shake_y)
    canvas.scale(cam.ppm, -cam.ppm)
    canvas.translate(-cam.cx, -cam.cy)
    canvas.drawPicture(props_picture(props))
    canvas.restore()
