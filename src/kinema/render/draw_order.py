"""What is drawn over the ground, in order: one list for the picture and for its masks.

The vector renderer and the conditioning maps (depth, per-entity masks) both walk this, so a
mask's occlusion is the picture's occlusion. Entities come farther depth planes first, and
on a plane in the world's order (later ones cover earlier ones); a member with copies (a flock,
a school, a herd) is drawn as its group in its place; an entity hidden while a formation draws
its pieces is left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from kinema.render.sprites import Sprite
from kinema.screenplay.model import Archetype, CastMember
from kinema.world.state import EntityState, GroupFrame, WorldState

SCENERY = 4.0  # a prop drawn this many times its size or more is scenery
RAISED = 0.25  # m: feet this much higher than another's are drawn over it (steps, so a bob keeps order)


@dataclass(frozen=True)
class Drawable:
    entity: EntityState
    member: CastMember
    sprite: Sprite
    group: GroupFrame | None  # the copies to draw instead of the single body


SEATED = ("ride", "row")  # verbs done seated on another body: a rider, a rower in its boat


def drawables(state: WorldState, members: Mapping[str, CastMember],
              sprites: Mapping[str, Sprite]) -> Iterator[Drawable]:
    # Farther depth planes first (world/crowd.py); on a plane, scenery (a building, a castle) behind
    # the bodies, a rider after its mount so it sits on it rather than in it, and a body raised
    # onto another after it (a butterfly on a sunflower, a cat on a sofa, a cup in a hand: the
    # butterfly was drawn first and hidden by the flower's head); a stable sort keeps the world's
    # order otherwise.
    def order(e: EntityState) -> tuple[float, bool, bool, int]:
        m = members.get(e.id)
        scenery = m is not None and m.archetype == Archetype.PROP and m.appearance.scale >= SCENERY
        return e.depth, not scenery, e.verb in SEATED, round(e.y / RAISED)

    for e in sorted(state.entities, key=order):
        member, sprite = members.get(e.id), sprites.get(e.id)
        if member is None or sprite is None:
            continue
        group = state.group(e.id) if state.groups else None
        if group is None and not e.visible:
            continue
        yield Drawable(e, member, sprite, group)
