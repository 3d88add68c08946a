"""Set pieces: pictures of buildings and structures (a house, a castle, a lighthouse) are staged
at a building's size as the scene's backdrop, not acted with like a prop at a person's size.
Which pictures are buildings comes from WordNet (tools/build_lexicon.py: kinds of building or
structure)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinema.bodies import BODIES
from kinema.plan import open_lexicon
from kinema.plan.catalog import Entity
from kinema.screenplay.model import Archetype, CastMember

if TYPE_CHECKING:  # (parse reads is_set: a place word that names a building)
    from kinema.plan.parse import Clause

BUILDING_M = 9.0  # metres: a two-storey house; a prop's picture is drawn 1 m tall at scale 1
# Typical heights (metres) of animals far from their archetype's body (bodies.py draws every
# canine 0.85 m tall): an elephant is not the size of a dog, nor a dragon the size of a sparrow.
HEIGHT_M: dict[str, float] = {
    "elephant": 3.0, "giraffe": 5.0, "horse": 1.6, "cow": 1.4, "camel": 2.0, "rhinoceros": 1.7,
    "hippopotamus": 1.5, "bison": 1.8, "moose": 2.0, "deer": 1.3, "zebra": 1.4, "llama": 1.7, "bear": 1.3,
    "mammoth": 3.5, "t-rex": 4.5, "sauropod": 7.0, "dragon": 4.0, "unicorn": 1.6, "whale": 3.0, "shark": 1.2,
    "crocodile": 0.6, "lion": 1.1, "tiger": 1.0, "gorilla": 1.7, "kangaroo": 1.5, "ostrich": 2.1,
    "mouse": 0.12, "rabbit": 0.35, "hamster": 0.1, "turtle": 0.3, "snail": 0.08, "honeybee": 0.08,
    "butterfly": 0.1, "ant": 0.05, "spider": 0.08, "ladybug": 0.05,
}


def is_set(ent: Entity) -> bool:
    table = open_lexicon.table()
    names = (ent.key, *ent.en[:1])  # (🏘 "houses" is a set as a house is)
    return ent.archetype == Archetype.PROP and any(("set", w) in table for n in names
                                                   for w in (n, n.removesuffix("s")))


def set_scale(ent: Entity) -> float:
    """How many times its archetype's size a member is drawn: a building's, or the animal's own."""
    if is_set(ent):
        return BUILDING_M
    height = HEIGHT_M.get(ent.key)
    return 1.0 if height is None else round(height / BODIES[ent.archetype].height, 2)


def c_sets(c: Clause, cast: dict[str, CastMember], ids: list[str]) -> set[str]:
    """The clause's set pieces among its cast ids (they do not act; the others act before them)."""
    # (and a picture a place word stands at a building's size: plan/standing.py's landmarks)
    names = {m.entity.key for m in c.mentions if is_set(m.entity)
             or (m.entity.archetype == Archetype.PROP and m.scale >= BUILDING_M)}
    return {i for i in ids if cast[i].name.en in names}
