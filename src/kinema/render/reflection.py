"""Reflections of entities in a wet floor: the entity mirrored about its feet, faded and dimmed.

One bounded offscreen layer per entity per frame, so the cost follows the entity's size.
"""

from __future__ import annotations

import skia

from kinema.render.sprites import Sprite, draw_entity
from kinema.screenplay.model import CastMember
from kinema.world.state import EntityState

ALPHA = 0.38  # how much of the entity a wet street gives back


def draw_reflection(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState,
                    sx: float, sy: float, ppm: float, t: float, light_dir: int,
                    close: bool | None = None) -> None:
    h = e.height * ppm
    bounds = skia.Rect.MakeLTRB(sx - h * 1.6, sy, sx + h * 1.6, sy + h * 1.3)
    canvas.saveLayerAlpha(bounds, round(255 * ALPHA))
    canvas.translate(0, 2 * sy)
    canvas.scale(1, -1)
    draw_entity(canvas, sprite, member, e, sx, sy, ppm, t, light_dir, close)
    canvas.restore()
