"""Reflections of entities in a wet floor: the entity mirrored about its feet, faded and dimmed.

The entity is recorded once as a picture and played twice, mirrored through a bounded offscreen
layer (so the cost follows the entity's size) and then upright: posing and outlining the rig
is Python work that a second `draw_entity` would repeat (about half an entity's cost).
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
                   close: bool | None = None) -> None:
    """The entity's reflection below its feet, then the entity."""
    h = e.height * ppm
    recorder = skia.PictureRecorder()
    rec = recorder.beginRecording(UNCULLED)
    draw_entity(rec, sprite, member, e, sx, sy, ppm, t, light_dir, close)
    body = recorder.finishRecordingAsPicture()
    bounds = skia.Rect.MakeLTRB(sx - h * 1.6, sy, sx + h * 1.6, sy + h * 1.3)
    canvas.saveLayerAlpha(bounds, round(255 * ALPHA))
    canvas.translate(0, 2 * sy)
    canvas.scale(1, -1)
    canvas.drawPicture(body)
    canvas.restore()
    canvas.drawPicture(body)
