"""Reflections of entities in a wet floor: the entity mirrored about its feet, faded and dimmed.

The entity is recorded once as a picture and played twice: mirrored, through an offscreen layer
bounded by what the picture draws (so the cost follows the entity's size), then upright. Posing
and outlining the rig is Python work that a second `draw_entity` would repeat.
"""

from __future__ import annotations

import skia

from kinema.render.sprites import Sprite, draw_entity
from kinema.screenplay.model import CastMember
from kinema.world.state import EntityState

ALPHA = 0.38  # how much of the entity a wet street gives back
# The recording's cull rect: a hint skia may reject a whole picture by, so wider than any body
# (a train is many times longer than it is tall).
UNCULLED = skia.Rect.MakeLTRB(-1e6, -1e6, 1e6, 1e6)


def draw_reflected(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState,
                   sx: float, sy: float, ppm: float, t: float, light_dir: int,
                   close: bool | None = None, sink: float = 0.0) -> None:
    """The entity's reflection below its feet, then the entity. `sink` px: a boat drawn that much
    lower, cut at the surface line `sy` (render/waterline.py), and mirrored about that line."""
    h = e.height * ppm
    recorder = skia.PictureRecorder()
    # An R-tree trims the picture's cull rect to what was drawn: the layer below is then only
    # as wide as the body (a fixed 3.2 body heights was most of a full shot's width).
    rec = recorder.beginRecording(UNCULLED, skia.RTreeFactory()())
    if sink > 0:
        rec.clipRect(skia.Rect.MakeLTRB(-1e6, -1e6, 1e6, sy))
    draw_entity(rec, sprite, member, e, sx, sy + sink, ppm, t, light_dir, close)
    body = recorder.finishRecordingAsPicture()
    drawn = body.cullRect()
    bounds = skia.Rect.MakeLTRB(drawn.left(), sy, drawn.right(), min(2 * sy - drawn.top(), sy + h * 1.3))
    if bounds.isEmpty():
        canvas.drawPicture(body)
        return
    canvas.saveLayerAlpha(bounds, round(255 * ALPHA))
    canvas.translate(0, 2 * sy)
    canvas.scale(1, -1)
    canvas.drawPicture(body)
    canvas.restore()
    canvas.drawPicture(body)
