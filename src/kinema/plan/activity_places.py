"""Where an activity is done when the prompt names no place: skiing on a snowfield, surfing and
rowing on the water, housework and hand work indoors.

Each composed motion names its class (motions.py `Recipe.activity`); this small map takes a class
to a place the environments draw. The first activity said that has a class decides. (There is no
lake or river environment: fishing and rowing are at the water's edge, the beach.)
"""

from __future__ import annotations

from kinema.motions import MOTIONS
from kinema.screenplay.model import Place

ACTIVITY_PLACES: dict[str, Place] = {
    "snow sport": Place.SNOWFIELD,
    "water sport": Place.BEACH,
    "boating": Place.BEACH,
    "angling": Place.BEACH,
    "housework": Place.ROOM,
    "hand work": Place.ROOM,
    "desk work": Place.ROOM,
}
# The world's own verbs (not composed) that are activities of a class.
WORLD_ACTIVITIES: dict[str, str] = {"swim": "water sport"}
_PEOPLES = {v.value: r.activity for v, r in MOTIONS.items() if r.activity}


def implied_place(meanings: list[str], people_only: bool = False) -> Place | None:
    """The place the first classed activity among `meanings` (lexicon meanings) implies, if any;
    `people_only`: a person's composed activities only (they outrank what a named fish implies: a
    fisherman's fish does not put the angler under water)."""
    classes = _PEOPLES if people_only else _PEOPLES | WORLD_ACTIVITIES
    for m in meanings:
        if m in classes:
            return ACTIVITY_PLACES[classes[m]]
    return None
