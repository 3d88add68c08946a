"""Effects named by the prompt's words and verbs become a scene's `effects`: the fire on a burning
house, the firefighter's water jet aimed at it, a dragon's breath of fire, fireworks overhead."""

from __future__ import annotations

import re
from dataclasses import replace

from kinema.plan import lexicon as lx
from kinema.plan.parse import Clause, Mention
from kinema.screenplay.model import Archetype, CastMember, Effect, EffectKind

# Pictures that are water in motion: named at all, they throw water (a wave breaks, a fountain plays),
# as fire is drawn on what burns. Only pictures of water itself, never a thing that holds or carries it.
_WATER_PICTURES = frozenset({"water wave", "fountain"})
# "steam" said of a vehicle names its engine, and a steam engine puffs smoke as it goes (a steam
# locomotive, a steamboat, 蒸汽火车); "steamed" is cooking, and only a vehicle has an engine.
_STEAM = re.compile(r"\bsteam(?!ed)|蒸汽")


def _gives_off(m: Mention) -> EffectKind | None:
    """The effect a named thing makes by being what it is, without a verb that says it."""
    if m.entity.key in _WATER_PICTURES:
        return EffectKind.WATER
    if m.entity.archetype == Archetype.VEHICLE and _STEAM.search(m.words.lower()):
        return EffectKind.SMOKE
    return None

# A picture's name says what it shows with its thing ("cloud with lightning and rain", "umbrella with
# rain drops"): the words after "with" that are weather or effect words.
_WEATHER_WORDS = {w: wea for wea, ws in lx.WEATHER.items() for w in ws}


def with_pictured_weather(c: Clause) -> Clause:
    """The clause with the weather and effects its weather pictures show: a rainstorm named (🌧
    cloud with rain) rains on the scene, a thunderstorm's cloud with lightning strikes. A copy:
    parse_clause caches its clauses."""
    weather, effects = list(c.weather), list(c.effects)
    for m in c.mentions:
        _, said, shown = m.entity.key.partition(" with ")
        for w in shown.split() if said else ():
            if (wea := _WEATHER_WORDS.get(w)) is not None and wea not in weather:
                weather.append(wea)
            elif (fx := lx.EFFECTS.get(w)) is not None and fx not in effects:
                effects.append(fx)
    if weather == c.weather and effects == c.effects:
        return c
    return replace(c, weather=weather, effects=effects)


# Verbs the world plays as effects on their member; the planner writes them as effects, so the
# member keeps moving (a dragon breathes fire as it flies).
EFFECT_VERBS = frozenset({"burn", "spray", "breathe_fire", "explode"})
_KINDS = {k.value: k for k in EffectKind}


def place_effects(c: Clause, ids: list[str], does: dict[str, list[str]], length: float,
                  cast: dict[str, CastMember] | None = None,
                  slugs: dict[int, list[str]] | None = None) -> list[Effect]:
    out: list[Effect] = []
    burning = [i for i in ids if "burn" in does.get(i, [])]
    people = [i for i in ids if cast is not None and cast[i].archetype == Archetype.HUMAN]
    for i in ids:
        mine = does.get(i, [])
        others = [o for o in ids if o != i]
        aim = burning[0] if burning and burning[0] != i else (others[0] if others else None)
        if "burn" in mine:
            out.append(Effect(kind=EffectKind.FIRE, on=i))
        if "spray" in mine:
            out.append(Effect(kind=EffectKind.WATER, on=i, target=aim, at=min(1.0, length * 0.1)))
        if "breathe_fire" in mine:
            out.append(Effect(kind=EffectKind.FIRE, on=i, target=aim, at=round(length * 0.4, 2)))
        if "explode" in mine:
            out.append(Effect(kind=EffectKind.EXPLOSION, on=i, at=round(length * 0.4, 2)))
    shown = {fx.kind for fx in out}
    for m in c.mentions:
        kind = _gives_off(m)
        mine = [i for i in (slugs or {}).get(id(m), []) if i in ids]
        if kind is None or kind in shown or not mine:
            continue
        out.append(Effect(kind=kind, on=mine[0], at=0.0))
        shown.add(kind)
    for word in dict.fromkeys(c.effects):
        kind = _KINDS.get(word)
        if kind is None or kind in shown:
            continue  # "mist" is weather (the setting's fog); a fire already burning on a member
        if kind == EffectKind.FIRE and burning:
            continue
        if kind == EffectKind.WATER and EffectKind.WATER in shown:
            continue
        if kind == EffectKind.WATER:
            sprayers = [i for i in ids if "spray" in does.get(i, [])]
            if not sprayers:
                continue  # water with nobody spraying it: the sea or a river, not a jet
        # Bubbles said with a person are blown by them (the world lets them from the mouth).
        on = people[0] if kind == EffectKind.BUBBLES and people else None
        out.append(Effect(kind=kind, on=on, at=0.0 if kind != EffectKind.EXPLOSION else round(length * 0.4, 2)))
        shown.add(kind)
    return out
