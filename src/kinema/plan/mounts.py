"""A person named after what carries them goes on it: a cyclist on the bicycle, a jockey on the
horse (its WordNet gloss: "someone employed to ride horses"), a skateboarder on the board.

The open vocabulary casts such a person with the thing they are named after (`Clause.tools`,
from WordNet's derivational links: cyclist → cycle → bicycle). Cast side by side, the cyclist
ran down the road while the bicycle drove off alone, 120 m away. Here a vehicle is ridden, as
the words "rides a bicycle" make it (the `ride` relation: the rider seated on it, the two moving
as one); a thing under the feet (a board, skis) is the motion that stands on it (motions.py,
grip "feet"). A verb of going said of the person ("races", "rolls down", "speeds") is that ride.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinema.plan.relations import HELD, Relation
from kinema.plan.tools import COMPOSED, tool_keys
from kinema.screenplay.model import Archetype

if TYPE_CHECKING:
    from kinema.plan.parse import Mention

# Verbs of going somewhere (keys of lexicon.ACTIONS): on a mount they are the mount's going.
GOING = frozenset({"walk", "run", "roll", "drive", "ride"})
# What a person named after it sits on and goes with (a four-legged animal is drawn as CANINE).
MOUNTS = (Archetype.VEHICLE, Archetype.CANINE)


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
        if thing.entity.archetype in MOUNTS:  # a motorcyclist's motorcycle, a jockey's horse
            added.append(Relation("ride", person, thing))
            person.actions = []
        elif (motion := underfoot(thing.entity.key)) is not None:
            person.actions = [motion]
    return added


BLOWS = ("punch", "fight")  # 打 is also the light verb of holding up, playing, making (打伞, 打球)


def held_not_hit(mentions: list[Mention], actions: list[str], found: list[Relation]) -> None:
    """One who 'hits' or 'fights' a thing, alone, holds it (女孩打着伞: holds up an umbrella, no
    shadow boxing; "a man fights with a stick"): the blow is dropped where the relation between
    the two was read as holding (relations.py), and no motion holds the thing (打篮球 is the
    dribble: blocking.py plays a light verb as the motion that holds what it names). Two or more
    fighting with things still fight."""
    for r in found:
        if r.kind == "hold" and r.a.count == 1 and r.b.entity.archetype == Archetype.PROP \
                and any(a in BLOWS for a in r.a.actions) \
                and not any(r.b.entity.key in tool_keys(m) for m in COMPOSED):  # 打篮球 dribbles it
            r.a.actions = [a for a in r.a.actions if a not in BLOWS]
            if not any(a in BLOWS for m in mentions for a in m.actions):
                actions[:] = [a for a in actions if a not in BLOWS]


def each_holds(found: list[Relation]) -> None:
    """A group holding things named in the plural (or in Chinese, which does not say) holds one
    each: "three soldiers carry flags" casts three flags, one to a soldier (plan/compose.py stages
    each hold); "two boys hold a kite" keeps the one kite."""
    for r in found:
        if r.kind in HELD and r.a.count > 1 and r.b.entity.archetype == Archetype.PROP \
                and r.b.count != r.a.count and not r.b.group \
                and (r.b.words.endswith("s") or not r.b.words.isascii()):
            r.b.count = r.a.count  # (a bare plural counted several, parse.py: as many as hold them)
