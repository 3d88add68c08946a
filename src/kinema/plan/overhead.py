"""A thing held up over the head: "a woman walks in the rain under an umbrella", 女孩打着伞在雨中走.

The relation reading makes a person "under" a thing made for the hand a `hold_over` (plan/relations.py);
holding a covering made for the hand (an umbrella, a parasol: open_lexicon.handheld says "over") is
the same. Both were staged as a thing in the hand at chest height, and a walker's hold was dropped
(a walk and a catch are two verbs), so the umbrella lay on the road beside her. Here the holder's
walk becomes `hold_up` (motions.py: a walk with the near hand up before the face) with the thing as
its target, which the world keeps over the head; one who goes nowhere holds it up where they stand.
Runs before plan/compose.py, which gets the other relations.
"""

from __future__ import annotations

from kinema.bodies import BODIES
from kinema.motions import MOTIONS
from kinema.plan import open_lexicon
from kinema.plan.relations import HELD, Relation
from kinema.screenplay.model import Action, Archetype, CastMember, Staging, Verb

ON_FOOT = (Verb.WALK, Verb.RUN, Verb.MARCH, Verb.JOG, Verb.SNEAK, Verb.APPROACH)  # a ride keeps its hands


def _over(r: Relation, cast: dict[str, CastMember], holder: str, thing: str) -> bool:
    return cast[holder].archetype == Archetype.HUMAN and cast[thing].archetype == Archetype.PROP and (
        r.kind == "hold_over" or (r.kind in HELD and open_lexicon.handheld(cast[thing].name.en) == "over"))


def hold_up(relations: list[Relation], slugs: dict[int, list[str]], cast: dict[str, CastMember],
            staging: dict[str, Staging], actions: list[Action]
            ) -> tuple[list[Relation], dict[str, Staging], list[Action]]:
    """The relations left for plan/compose.py, and staging and actions with each thing held over a
    head (one each where several hold them: two men under umbrellas)."""
    rest: list[Relation] = []
    for r in relations:
        pairs = list(zip(slugs.get(id(r.a), []), slugs.get(id(r.b), []), strict=False))
        pairs = [(a, b) for a, b in pairs if a in staging and b in staging and _over(r, cast, a, b)]
        if not pairs:  # (held, where it cannot be over the head: in the hand)
            rest.append(Relation("hold", r.a, r.b) if r.kind == "hold_over" else r)
            continue
        for a, b in pairs:
            mine = [x for x in actions if x.who == a]
            going = next((x for x in mine if x.at == 0 and x.to_x is not None), None)
            if going is not None and going.do not in ON_FOOT:
                continue  # riding a bicycle: the hands are on the bars
            at = staging[a]
            walk = Action(at=0, who=a, do=Verb.HOLD_UP, target=b, to_x=going.to_x if going else at.x,
                          speed=going.speed if going else None)
            actions = [x for x in actions if x.who not in (a, b)] + [walk]
            h = BODIES[Archetype.HUMAN].height * cast[a].appearance.scale
            staging[b] = Staging(x=at.x, y=(at.y or 0.0) + 0.9 * h)
            size = MOTIONS[Verb.HOLD_UP].size / BODIES[cast[b].archetype].height
            cast[b] = cast[b].model_copy(update={"appearance": cast[b].appearance.model_copy(
                update={"scale": round(size, 3)})})  # as big as one held up is (about a metre)
    return rest, staging, actions
