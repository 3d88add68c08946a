"""Out on the water: a scene at the water's edge whose every body floats, rows, sails or swims is
set on the water itself (Place.WATER), where the surface is the floor. On the beach the action
plane is sand, so a boat rowed "across the lake" slid over the sand in front of the painted sea.

A scene with anyone left on foot stays on the shore: a fisherman watching a boat stands on the
beach, and the boat is on the sand's edge with him. Creatures of the water (a whale, a dolphin, a
fish) are afloat too: one that leaps breaks the surface ("A whale jumps out of the ocean" was a
whale hopping on the sand); ones that swim are filmed under the water; a crab walking on the sand
stays on the beach.
"""

from __future__ import annotations

from kinema.screenplay.model import Action, Archetype, CastMember, Place, Setting, Verb
from kinema.vehicles import floats

SHORES = (Place.BEACH,)  # where the lexicon puts lakes, rivers and the sea
SEATED = (Verb.ROW, Verb.RIDE, Verb.DRIVE)  # done in or on another body: a rower in its boat
LEAPS = (Verb.JUMP, Verb.DIVE)  # a creature of the water doing these breaks the surface


def afloat(setting: Setting, ids: list[str], cast: dict[str, CastMember], actions: list[Action],
           named: bool = True) -> Setting:
    """`setting` moved onto the water when every body of the scene is a boat, is carried in one,
    swims, or is a bird (gulls and ducks ride the water too); else unchanged. A place nobody
    named (`named` False: the open plain a film falls back to, or the underwater one it picks
    for fish) counts as a shore: a speedboat racing with no place said is on the water, not on
    grass, and a dolphin leaping over the waves breaks the surface."""
    guessed = not named and setting.place in (Place.PLAIN, Place.UNDERWATER)  # the planner's fallbacks
    if setting.place not in SHORES and not guessed:
        return setting
    bodies = [i for i in ids if cast[i].archetype != Archetype.PROP]
    craft = {i for i in bodies if cast[i].archetype == Archetype.VEHICLE and floats(cast[i])}
    aboard = {a.who for a in actions if a.do in SEATED and a.target in craft}
    swimmers = {a.who for a in actions if a.do == Verb.SWIM and cast[a.who].archetype != Archetype.FISH}
    sea = {i for i in bodies if cast[i].archetype == Archetype.FISH}
    if sea and set(bodies) == sea:  # only creatures of the water: under it, unless one leaps out
        if any(a.who in sea and a.do in LEAPS for a in actions):
            return setting.model_copy(update={"place": Place.WATER})
        if any(a.who in sea and a.do == Verb.SWIM for a in actions):
            return setting.model_copy(update={"place": Place.UNDERWATER})
        return setting  # a crab or a turtle on the sand stays there
    if not (craft or swimmers):
        return setting
    if all(i in craft or i in aboard or i in swimmers or i in sea or cast[i].archetype == Archetype.BIRD
           for i in bodies):
        return setting.model_copy(update={"place": Place.WATER})
    return setting
