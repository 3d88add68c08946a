"""Bodies of the sky a prompt names: the moon, the sun, the stars.

They are cast, so the screenplay says them (a reader, an editor and `tools/director.py` see the
moon the prompt howls at), but an open sky's painter draws them (render/environment/landscape.py:
the night's moon and stars, the day's sun): a cast sprite would stand a moon on the ground as a
prop. So a sky member gets no action, staging or shot: the world never spawns it (world/
simulate.py spawns only who acts, is placed or is filmed). Naming one sets the time it is seen
at where the prompt names none ("howls at the full moon": night). Under water, in space or
indoors no sky is painted: there a named moon stays an ordinary member, drawn where it is placed.
"""

from __future__ import annotations

from functools import lru_cache

from kinema.plan import open_lexicon
from kinema.plan.catalog import Entity, catalog
from kinema.screenplay.model import SKY, Place, Setting, TimeOfDay

SUNS = frozenset({"sun", "sun with face"})
STARS = frozenset({"star", "glowing star", "milky way"})  # not 🌃 "night with stars": 夜晚 names a time
OPEN_SKY = frozenset(set(Place) - {Place.SPACE, Place.UNDERWATER, Place.ROOM, Place.RING, Place.WALL})
BARE_MOON = "full moon"  # "the moon", 月亮: the disc the night sky paints, whatever its phase picture


@lru_cache(maxsize=1)
def _moons() -> frozenset[str]:
    return frozenset(k for k in catalog().en_index if k.endswith((" moon", " moon face")))


def is_sky_body(ent: Entity) -> bool:
    return ent.key in SUNS or ent.key in STARS or ent.key in _moons()


def named_body(word: str) -> Entity | None:
    """The sky body a time word names as a thing ("the moon", "stars", 月亮), else None (moonlit,
    夜晚, and the day's words: sunshine, 阳光 are its light): the word's picture, the moon's being
    the painted full moon."""
    cat = catalog()
    for w in dict.fromkeys((word.lower(), word.lower().removesuffix("s"))):
        ent = cat.en_index.get(w) or cat.zh_index.get(w)
        if ent is None and (row := open_lexicon.lookup(w)) is not None and row.kind in ("entity", "group"):
            ent = cat.en_index.get(row.value)
        if ent is not None and is_sky_body(ent) and ent.key not in SUNS:  # 阳光, sunshine: light, no sun
            return cat.en_index[BARE_MOON] if ent.key in _moons() else ent
    return None


def painted(ent: Entity, setting: Setting) -> bool:
    """Whether the scene's painter draws this body: an open sky at a time it is seen."""
    if setting.place not in OPEN_SKY:
        return False
    return setting.time != TimeOfDay.NIGHT if ent.key in SUNS else setting.time == TimeOfDay.NIGHT


def seen_at(ents: list[Entity], setting: Setting, timed: bool) -> Setting:
    """The setting with the time its named bodies are seen at, where the prompt names no time."""
    if timed or setting.place not in OPEN_SKY or not ents:
        return setting
    night = any(e.key not in SUNS for e in ents)
    return setting.model_copy(update={"time": TimeOfDay.NIGHT}) if night else setting


def member_id(ent: Entity) -> str:
    """The sky member's id: one per body in the film (sky-full-moon)."""
    return f"{SKY}{ent.key.replace(' ', '-')}"
