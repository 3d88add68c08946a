"""Out on the water: a scene at the water's edge whose every body floats, rows, sails or swims is
set on the water itself (Place.WATER), where the surface is the floor. On the beach the action
plane is sand, so a boat rowed "across the lake" slid over the sand in front of the painted sea.

A scene with anyone left on foot stays on the shore: a fisherman watching a boat stands on the
beach, and the boat is on the sand's edge with him. Fish need the underwater place, not this one.
"""

from __future__ import annotations

from kinema.screenplay.model import Action, Archetype, CastMember, Place, Setting, Verb
from kinema.world.vehicles import floats

SHORES = (Place.BEACH,)  # where the lexicon puts lakes, rivers and the sea
SEATED = (Verb.ROW, Verb.RIDE, Verb.DRIVE)  # done in or on another body: a rower in its boat


def afloat(setting: Setting, ids: list[str], cast: dict[str, CastMember], actions: list[Action],
           named: bool = True) -> Setting:
    """`setting` moved onto the water when every body of the scene is a boat, is carried in one,
    swims, or is a bird (gulls and ducks ride the water too); else unchanged. A place nobody
    named (`named` False: the open plain a film falls back to) counts as a shore: a speedboat
    racing with no place said is on the water, not on grass."""
    if setting.place not in SHORES and (named or setting.place != Place.PLAIN):
        return setting
    bodies = [i for i in ids if cast[i].archetype != Archetype.PROP]
    craft = {i for i in bodies if cast[i].archetype == Archetype.VEHICLE and floats(cast[i])}
    aboard = {a.who for a in actions if a.do in SEATED and a.target in craft}
    swimmers = {a.who for a in actions if a.do == Verb.SWIM and cast[a.who].archetype != Archetype.FISH}
    if not (craft or swimmers):
        return setting
    if all(i in craft or i in aboard or i in swimmers or cast[i].archetype == Archetype.BIRD for i in bodies):
        return setting.model_copy(update={"place": Place.WATER})
    return setting
