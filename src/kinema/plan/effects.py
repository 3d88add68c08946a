"""Effects named by the prompt's words and verbs become a scene's `effects`: the fire on a burning
house, the firefighter's water jet aimed at it, a dragon's breath of fire, fireworks overhead."""

from __future__ import annotations

import re
from dataclasses import replace

from kinema.plan import lexicon as lx
from kinema.plan import open_lexicon
from kinema.plan.parse import Clause, Mention, tokens
from kinema.screenplay.model import Archetype, CastMember, Effect, EffectKind, Weather

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
    # A thing that is a kind of an effect goes off as it (a firecracker is a firework, 鞭炮 too), as
    # fireworks named are drawn bursting.
    return _KINDS.get(open_lexicon.effect_of(m.entity.key) or "")


# A picture's name says what it shows with its thing ("cloud with lightning and rain", "umbrella with
# rain drops"): the words after "with" that are weather or effect words.
_WEATHER_WORDS = {w: wea for wea, ws in lx.WEATHER.items() for w in ws}


def _storm(word: str) -> Weather | None:
    """The weather a word for lightning says by its last part (a thunderstorm's storm, 雷雨's 雨):
    thunder comes with its storm's rain."""
    one = word[:-1] if word.isascii() and word.endswith("s") and word not in lx.EFFECTS else word
    if lx.EFFECTS.get(one) != "lightning":
        return None
    return next((wea for w, wea in _WEATHER_WORDS.items() if one.endswith(w) and len(one) > len(w)
                 and (not w.isascii() or one[:-len(w)] in lx.EFFECTS)), None)


def with_pictured_weather(c: Clause) -> Clause:
    """The clause with the weather and effects its words show besides what they name: a weather
    picture named (a rainstorm, 🌧 cloud with rain) rains on the scene, 雷阵雨's cloud with lightning
    and rain strikes too; a thunderstorm rains (_storm). A copy: parse_clause caches its clauses."""
    weather, effects = list(c.weather), list(c.effects)
    for w in tokens(c.text):
        if (wea := _storm(w.lower())) is not None and wea not in weather:
            weather.append(wea)
    for w in c.unknown:  # the plural of an effect word the closed list has only in the singular
        if w.isascii() and w.endswith("s") and (fx := lx.EFFECTS.get(w[:-1].lower())) and fx not in effects:
            effects.append(fx)  # ("watch thunderstorms": lightning)
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


def _said_of_things(c: Clause, ids: list[str], does: dict[str, list[str]],
                    slugs: dict[int, list[str]]) -> dict[str, list[str]]:
    """What each member does, with the verbs said in the clause that its thing's gloss says it does
    and that the world draws as an effect (a volcano erupts, 火山喷发: it explodes; open_lexicon.said_by)."""
    words = [w.lower() for w in tokens(c.text)]
    out = dict(does)
    for m in c.mentions:
        mine = [i for i in slugs.get(id(m), []) if i in ids]
        said = [v for w in words if (v := open_lexicon.said_by(m.entity.key, w)) in EFFECT_VERBS]
        if mine and said:
            out[mine[0]] = [*out.get(mine[0], []), *dict.fromkeys(said)]
    return out


def place_effects(c: Clause, ids: list[str], does: dict[str, list[str]], length: float,
                  cast: dict[str, CastMember] | None = None,
                  slugs: dict[int, list[str]] | None = None) -> list[Effect]:
    out: list[Effect] = []
    does = _said_of_things(c, ids, does, slugs or {})
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
    if "burn" in c.actions and not burning:
        # a burning said of no member (森林着火了: the forest is the place, nobody cast burns)
        out.append(Effect(kind=EffectKind.FIRE, at=0.0))
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
