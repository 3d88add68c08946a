"""Effects named by the prompt's words and verbs become a scene's `effects`: the fire on a burning
house, the firefighter's water jet aimed at it, a dragon's breath of fire, fireworks overhead."""

from __future__ import annotations

from kinema.plan.parse import Clause
from kinema.screenplay.model import Archetype, CastMember, Effect, EffectKind

# Verbs the world plays as effects on their member; the planner writes them as effects, so the
# member keeps moving (a dragon breathes fire as it flies).
EFFECT_VERBS = frozenset({"burn", "spray", "breathe_fire", "explode"})
_KINDS = {k.value: k for k in EffectKind}
# The sea's own water picture: whatever word reaches it (a wave, a tsunami, 海啸) is water moving,
# so the world throws its spray off the member as it does a hose's jet.
_WATER_PICTURE = "\U0001f30a"


def place_effects(c: Clause, ids: list[str], does: dict[str, list[str]], length: float,
                  cast: dict[str, CastMember] | None = None) -> list[Effect]:
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
    if cast is not None and not any(fx.kind == EffectKind.WATER for fx in out):
        waves = [i for i in ids if cast[i].asset.emoji == _WATER_PICTURE]
        if waves:
            out.append(Effect(kind=EffectKind.WATER, on=waves[0], at=0.0))
    shown = {fx.kind for fx in out}
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
