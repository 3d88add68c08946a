"""Set pieces: pictures of buildings and structures (a house, a castle, a lighthouse) are staged
at a building's size as the scene's backdrop, not acted with like a prop at a person's size.
Which pictures are buildings comes from WordNet (tools/build_lexicon.py: kinds of building or
structure)."""

from __future__ import annotations

from kinema.plan import open_lexicon
from kinema.plan.catalog import Entity
from kinema.plan.parse import Clause
from kinema.screenplay.model import Archetype, CastMember

BUILDING_M = 9.0  # metres: a two-storey house; a prop's picture is drawn 1 m tall at scale 1


def is_set(ent: Entity) -> bool:
    return (ent.archetype == Archetype.PROP and ("set", ent.key) in open_lexicon.table()) or \
        any(("set", n) in open_lexicon.table() for n in ent.en[:1])


def set_scale(ent: Entity) -> float:
    return BUILDING_M if is_set(ent) else 1.0


def c_sets(c: Clause, cast: dict[str, CastMember], ids: list[str]) -> set[str]:
    """The clause's set pieces among its cast ids (they do not act; the others act before them)."""
    names = {m.entity.key for m in c.mentions if is_set(m.entity)}
    return {i for i in ids if cast[i].name.en in names}
