"""What a person's action holds: the broom of a sweep, the guitar of a strum, the skis of a ski.

A composed action (motions.py) names the things its hands (or feet) hold. When the prompt
names one ("playing the ukulele") that member is the one held; when it names none ("a woman
sweeping the floor") the action's first thing is cast, so the action reads as itself. The
blocking puts the thing in the hand (plan/blocking.py `hold_tools`); the world keeps it there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kinema.bodies import BODIES
from kinema.motions import MOTIONS
from kinema.plan.catalog import cast_emoji, catalog, names
from kinema.screenplay.model import Appearance, Archetype, Asset, CastMember

COMPOSED = {v.value: r for v, r in MOTIONS.items()}
# Verbs that take the motion of what they are done with: play the cello (拉大提琴 "pull" a cello is
# bowing it), look at (看报纸) a newspaper is reading it, 打篮球 "hit" a basketball is dribbling it,
# 敲架子鼓 "knock" a drum kit is drumming it, a person "flying" a kite works its line (plan/blocking.py);
# such a verb casts no tool of its own.
LIGHT = ("play", "pull", "look", "punch", "hammer", "fly")


def _lent(meaning: str, named: set[str]) -> bool:
    """A light verb said with a thing another action's hands hold: that action plays, not its own."""
    return meaning in LIGHT and not named & set(tool_keys(meaning)) \
        and any(named & set(tool_keys(m)) for m in COMPOSED)


def tool_keys(meaning: str, games: bool = True) -> list[str]:
    """The entity keys of the things `meaning`'s motion holds, in the recipe's order (and the
    games played with it, unless `games` is False: those are held only where named)."""
    index = catalog().en_index
    r = COMPOSED.get(meaning)
    return [] if r is None else [index[p].key for p in (*r.props, *(r.games if games else ())) if p in index]


def cast_tools(actions: list[str], cast: dict[str, CastMember], ids: list[str],
               does: dict[str, list[str]], wielded: Sequence[tuple[str, str]] = ()) -> list[str]:
    """Cast, for each person whose action holds something and the scene has none of it, the
    action's first thing (as many as the action handles: three balls to juggle); the ids added.
    Not where the clause says what the doing is done with (`wielded`: "chops a log with an axe"
    holds the axe, no kitchen knife beside it: (who, what) by entity key)."""
    added: list[str] = []
    here = {cast[i].name.en for i in ids}
    for who in list(ids):
        if cast[who].archetype != Archetype.HUMAN:
            continue
        for m in does.get(who) or actions:
            keys = tool_keys(m, games=False)
            if not keys or _lent(m, {cast[i].name.en for i in ids if i != who}):
                continue
            named = [i for i in [*ids, *added] if cast[i].name.en in keys]
            if not named and any(w == cast[who].name.en and t in here for w, t in wielded):
                break  # (done with the thing the clause names instead)
            ent = catalog().en_index[cast[named[0]].name.en if named else keys[0]]
            size = COMPOSED[m].size
            slug = re.sub(r"[^a-z0-9]+", "-", ent.key.lower()).strip("-") or "tool"
            # a juggler's balls: each its own member, in the air in turn ("juggling balls" names one)
            for _ in range(COMPOSED[m].many - sum(cast[i].appearance.count for i in named)):
                cid, k = slug, 1
                while cid in cast:
                    k += 1
                    cid = f"{slug}-{k}"
                scale = round(size / BODIES[ent.archetype].height, 3)
                cast[cid] = CastMember(id=cid, asset=Asset(emoji=cast_emoji(ent)),
                                       name=names(ent),
                                       archetype=ent.archetype, appearance=Appearance(scale=scale))
                added.append(cid)
                does[cid] = []
            break
    return added
