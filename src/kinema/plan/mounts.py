"""A person named after what carries them goes on it: a cyclist on the bicycle, a skateboarder
on the board.

The open vocabulary casts such a person with the thing they are named after (`Clause.tools`,
from WordNet's derivational links: cyclist → cycle → bicycle). Cast side by side, the cyclist
ran down the road while the bicycle drove off alone, 120 m away. Here a vehicle is ridden, as
the words "rides a bicycle" make it (the `ride` relation: the rider seated on it, the two moving
as one); a thing under the feet (a board, skis) is the motion that stands on it (motions.py,
grip "feet"). A verb of going said of the person ("races", "rolls down", "speeds") is that ride.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinema.plan.relations import Relation
from kinema.plan.tools import COMPOSED, tool_keys
from kinema.screenplay.model import Archetype

if TYPE_CHECKING:
    from kinema.plan.parse import Mention

# Verbs of going somewhere (keys of lexicon.ACTIONS): on a mount they are the mount's going.
GOING = frozenset({"walk", "run", "roll", "drive", "ride"})


def underfoot(key: str) -> str | None:
    """The motion that stands on `key` (a skateboard's skateboarding), if any, first by name."""
    return next((m for m in sorted(COMPOSED) if COMPOSED[m].grip == "feet" and key in tool_keys(m)), None)


def mount_tools(mentions: list[Mention], tools: dict[int, int], found: list[Relation]) -> list[Relation]:
    """The `ride` relations of people on the vehicles they are named after, where the person only
    goes or does nothing said (not where the sentence relates the two already, nor "a cyclist
    waves"); people on a board take its motion in place of going."""
    added: list[Relation] = []
    for who, what in sorted(tools.items()):
        person, thing = mentions[who], mentions[what]
        if any({id(r.a), id(r.b)} == {id(person), id(thing)} for r in found) \
                or not all(a in GOING for a in person.actions):
            continue  # "a cyclist waves": off the bicycle, beside it
        if thing.entity.archetype == Archetype.VEHICLE:
            added.append(Relation("ride", person, thing))
            person.actions = []
        elif (motion := underfoot(thing.entity.key)) is not None:
            person.actions = [motion]
    return added
