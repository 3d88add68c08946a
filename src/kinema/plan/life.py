"""The life of a place: a film of a place with nobody named in it ("alley", 森林) still moves.
Far off on the back depth plane, small, crossing the frame: the traffic of a street, birds over a
plain, a school of fish under water. A room or a ring stays still (its light does the work).

Keyed by the world's closed set of places (screenplay Place), not by words: any prompt that
grounds a place gets that place's life."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kinema.bodies import BODIES
from kinema.plan.blocking import MAX_TRAVEL
from kinema.plan.catalog import cast_emoji, catalog, names
from kinema.screenplay.model import (
    Action,
    Appearance,
    Archetype,
    Asset,
    CastMember,
    Place,
    Setting,
    Staging,
    Verb,
    Weather,
)

PASSER = "passer-"  # the ids' prefix: tools tell the place's life from what the prompt named
SET = "set-"  # plan/dressing.py's prefix: a park's trees, a pitch's goal
FAR = 2  # Staging.depth of the back plane (the drawn ground line): nothing passes behind them
SMALL = 0.6  # passers-by are drawn smaller than life: far off


@dataclass(frozen=True)
class Passer:
    name: str  # a catalog English name
    count: int = 1  # more than one: a flock or a school (one member of copies)
    left: bool = False  # crosses right to left


LIFE: dict[Place, tuple[Passer, ...]] = {
    Place.STREET: (Passer("car"), Passer("person", left=True)),
    Place.CITY: (Passer("taxi"), Passer("bus", left=True)),
    Place.ROAD: (Passer("truck"), Passer("car", left=True)),
    Place.FOREST: (Passer("bird", 5), Passer("deer")),
    Place.BEACH: (Passer("bird", 4), Passer("sailboat", left=True)),
    Place.WATER: (Passer("bird", 3), Passer("sailboat", left=True)),
    Place.PLAIN: (Passer("bird", 6),),
    Place.MOUNTAINS: (Passer("eagle"),),
    Place.DESERT: (Passer("camel", left=True),),
    Place.SNOWFIELD: (Passer("fox"),),
    Place.UNDERWATER: (Passer("fish", 8),),
    Place.SPACE: (Passer("satellite"),),
}
_FLYING = {Archetype.BIRD}


def background(member_id: str) -> bool:
    """A member the planner added to the place (passers-by, set dressing), not one the prompt named."""
    return member_id.startswith((PASSER, SET))


def life(setting: Setting, length: float, taken: set[str]) -> tuple[list[CastMember], dict[str, Staging],
                                                                    list[Action]]:
    """Members, staging and actions for a place's passers-by (none for a room, a ring, a wall).
    Birds stay in when it rains or snows. Ids are `passer-<name>`, not among `taken`."""
    cast: list[CastMember] = []
    staging: dict[str, Staging] = {}
    actions: list[Action] = []
    wet = setting.weather in (Weather.RAIN, Weather.SNOW)
    for k, p in enumerate(LIFE.get(setting.place, ())):
        ent = catalog().en_index.get(p.name)
        if ent is None or (wet and ent.archetype in _FLYING):
            continue
        cid = f"{PASSER}{p.name}"
        if cid in taken:
            continue
        body = BODIES[ent.archetype]
        fast = ent.archetype in (Archetype.VEHICLE, Archetype.BIRD, Archetype.FISH)
        speed = min(((body.run if fast else body.walk) or 1.4) * SMALL, MAX_TRAVEL / length)
        half = min(speed * length, 40.0) / 2 + 6.0 * k  # one after another, not abreast
        sign = -1.0 if p.left else 1.0
        verb = {Archetype.VEHICLE: Verb.DRIVE, Archetype.BIRD: Verb.FLY, Archetype.FISH: Verb.SWIM}.get(
            ent.archetype, Verb.WALK)
        cast.append(CastMember(id=cid, asset=Asset(emoji=cast_emoji(ent)),
                               name=names(ent),
                               archetype=ent.archetype, appearance=Appearance(scale=SMALL, count=p.count)))
        staging[cid] = Staging(x=-sign * half, depth=FAR, facing="left" if p.left else "right")
        actions.append(Action(at=round(1.0 * k, 2), who=cid, do=verb, to_x=sign * half, speed=speed))
    return cast, staging, actions


# A still life: nothing moves but the light. Genre words, not things, so a short list says them.
_STILL = re.compile(r"\bstill[- ]life\b|\bfrozen in time\b|\bnothing moves\b|\bmotionless\b"
                    r"|静物|定格|静止|一动不动", re.I)


def still(text: str) -> bool:
    """The prompt asks for a still life: a locked-off camera and no action."""
    return bool(_STILL.search(text))
