"""Relations staged: where two named things stand given how the prompt relates them (plan/relations.py),
and what two bodies held together do ("a man riding a horse": the man on the horse, both going).

Runs after blocking: a relation overrides the blocking's spacing for the members it names. A spatial
relation is a tableau (the pair stays where it is put, so left of holds in every shot); an
interaction keeps the two together as they move. Sizes come from the bodies (kinema.bodies), so any
pair the vocabulary grounds is staged by the same rule."""

from __future__ import annotations

from kinema.bodies import BODIES
from kinema.motions import MOTIONS
from kinema.plan.blocking import MAX_TRAVEL
from kinema.plan.relations import HELD, SPATIAL, Relation
from kinema.screenplay.model import Action, Archetype, CastMember, Keyframe, Staging, Verb

GAP = 0.5  # metres of air between two bodies side by side
NEAR = 2.9  # no farther apart than this to read as "next to" (under 3 m, whatever the rounding of x)
HAND = 0.62  # a hand's height on a body (world/acts.py hand())
SEAT = 0.45  # a seat's height on a mount (world/rig.py seated pose)
_THINGS = {Archetype.PROP, Archetype.VEHICLE}
# Interactions in place: a verb of the member's own stays (it eats what it holds).
KEEPS = {"hold", "carry", "hug", "shake_hands", "sit_on", "lie_in", "stand_on"}
FRONT, BACK = 0, 1  # depth planes, counted from the camera (Staging.depth)
REACH = 1.2  # metres: a thing pushed or pulled is within an arm's length
WEAPON = 0.5  # metres further apart two who fight holding things stand than two who punch


def _height(m: CastMember) -> float:
    return BODIES[m.archetype].height * m.appearance.scale


def _width(m: CastMember) -> float:
    body = BODIES[m.archetype]
    return body.height * body.aspect * m.appearance.scale


def _ids(r: Relation, slugs: dict[int, list[str]]) -> list[str] | None:
    """The cast ids of a, b (and c): two members of one plural noun when b stands for both sides."""
    out: list[str] = []
    for m in (r.a, r.b, *([r.c] if r.c is not None else [])):
        free = [i for i in slugs.get(id(m), []) if i not in out]
        if not free:
            return None
        out.append(free[0])
    if r.kind == "between" and r.c is None:
        more = [i for i in slugs.get(id(r.b), []) if i not in out]
        if not more:
            return None
        out.append(more[0])
    return out


def _pairs(relations: list[Relation], slugs: dict[int, list[str]]) -> list[tuple[Relation, list[str]]]:
    """Each relation with the cast ids it stages; a hold by several ("three soldiers carry flags",
    两个女孩拿着气球) is one hold per member, each with its own thing, as many as were cast."""
    out: list[tuple[Relation, list[str]]] = []
    for r in relations:
        holders, things = slugs.get(id(r.a), []), slugs.get(id(r.b), [])
        if r.kind in HELD and len(holders) > 1 and len(things) > 1:
            out += [(r, [a, b]) for a, b in zip(holders, things, strict=False)]
        elif (ids := _ids(r, slugs)) is not None:
            out.append((r, ids))
    return out


def compose(relations: list[Relation], slugs: dict[int, list[str]], cast: dict[str, CastMember],
            staging: dict[str, Staging], actions: list[Action], length: float
            ) -> tuple[dict[str, Staging], list[Action], list[Keyframe]]:
    """Staging, actions and keyframes with each relation applied, in the order the prompt names them.
    `slugs` maps each mention (by identity) to the cast ids it was cast as."""
    keys: list[Keyframe] = []
    done: set[str] = set()
    for r, ids in _pairs(relations, slugs):
        if not all(i in staging for i in ids) or ids[0] in done:
            continue
        a, b = ids[0], ids[1]
        if r.kind == "toward":  # not a tableau: the goal stands where the journey ends
            if not r.b.actions:  # a travel the blocking copied to it ("a dog runs to its owner")
                actions = [x for x in actions if not (x.who == b and x.to_x is not None)]
            staging = _toward(a, b, cast, staging, actions)
            continue
        ma, mb = cast[a], cast[b]
        travels = {x.who for x in actions if x.to_x is not None and x.who in ids}
        carried = r.kind == "inside" and mb.archetype == Archetype.VEHICLE and ma.archetype not in _THINGS
        armed = r.kind in HELD and mb.archetype == Archetype.PROP and any(x.who == a and x.do == Verb.PUNCH
                                                                          for x in actions)
        if travels and (r.kind in SPATIAL or r.kind in KEEPS) and not armed:
            continue  # where a run, a flight or a walk goes or starts: the blocking's travel stays
        if any(x.who == a and x.target == b and x.do in MOTIONS for x in actions):
            continue  # the thing a's own motion holds (拉大提琴: a cello bowed, not pulled along)
        done.add(a)
        # A rower rows in the boat that carries it (the world seats a row on its target, as a ride).
        seated = Verb.ROW if any(x.who == a and x.do == Verb.ROW for x in actions) else Verb.RIDE
        if r.kind in SPATIAL and not carried:
            pass  # a tableau: they stay put, doing what they do in place (a cat sleeps in a basket)
        elif armed:
            actions, staging[a] = _armed(a, b, actions, staging[a])  # "knights fight with swords"
        elif r.kind in KEEPS and any(x.who == a for x in actions):
            actions = [x for x in actions if x.who != b]  # its own verb wins (熊猫抱着竹子啃: it eats)
        else:
            actions = [x for x in actions if x.who not in ids]  # the relation decides what they do
        own = {x.who for x in actions}
        x0 = staging[b].x
        side = (_width(ma) + _width(mb)) / 2 + GAP
        st = staging
        if r.kind in ("left_of", "right_of", "next_to"):
            sign = 1.0 if r.kind == "right_of" else -1.0
            st[a] = Staging(x=x0 + sign * min(max(side, GAP + 0.1), NEAR if r.kind == "next_to" else 1e9),
                            facing=st[a].facing)
        elif r.kind in ("on_top_of", "stand_on"):
            st[a] = Staging(x=x0, y=_height(mb), facing=st[a].facing)
        elif r.kind == "under":
            st[b] = Staging(x=st[a].x, y=_height(ma), facing=st[b].facing)
        elif r.kind in ("in_front_of", "behind"):
            near, far = (a, b) if r.kind == "in_front_of" else (b, a)
            st[near] = Staging(x=x0 if near == b else x0 + 0.3, depth=FRONT, facing=st[near].facing)
            st[far] = Staging(x=x0 if far == b else x0 + 0.3, depth=BACK, facing=st[far].facing)
        elif carried:
            more, acts, kf = _bodily("ride", a, b, cast, st, length, seated)  # in a car, in a boat: carried
            st |= more
            actions += acts
            keys += kf
        elif r.kind in ("inside", "around"):
            st[a] = Staging(x=x0, depth=FRONT, facing=st[a].facing)
        elif r.kind == "between":
            c = ids[2]
            span = max(side, (_width(ma) + _width(cast[c])) / 2 + GAP)
            st[b], st[c] = Staging(x=st[a].x - span), Staging(x=st[a].x + span, facing="left")
        else:
            # (a stroll said with the push, 推着婴儿车散步: the pusher walks as said)
            strolls = "walk" in r.a.actions or "walk" in r.b.actions
            more, acts, kf = _bodily(r.kind, a, b, cast, st, length, seated, strolls)
            st |= more
            actions += [x for x in acts if x.who not in own]
            keys += kf
    return staging, actions, keys


def _armed(a: str, b: str, actions: list[Action], at: Staging) -> tuple[list[Action], Staging]:
    """One who fights holding a thing (a sword, a stick) swings it at the other from where the
    blocking closed them in, a weapon's length back; the thing is in the hands from the start (the
    world keeps a composed action's target there). A punch holds nothing."""
    mine = [x for x in actions if x.who == a]
    close = next((x.to_x for x in mine if x.do == Verb.WALK and x.to_x is not None), at.x)
    side = -1.0 if close < 0 else 1.0
    rest = [x for x in actions if x.who != a and x.who != b]
    swing = Action(at=0, who=a, do=Verb.SWING, target=b)
    return [*rest, swing], Staging(x=close + side * WEAPON, facing="right" if side < 0 else "left")


def _toward(a: str, b: str, cast: dict[str, CastMember], staging: dict[str, Staging],
            actions: list[Action]) -> dict[str, Staging]:
    """`a` goes toward `b` (a rider's mount, a walker, a boat): `b` stands just past where the
    blocking's journey ends, facing back, so the travel keeps its pace and the last shots arrive.
    Nothing changes where `a` goes nowhere or `b` goes somewhere of its own."""
    going = [x for x in actions if x.to_x is not None and (x.who == a or x.target == a)]
    if not going or any(x.who == b and x.to_x is not None for x in actions):
        return staging
    end = going[0].to_x
    assert end is not None
    ahead = 1.0 if end >= staging[a].x else -1.0
    clear = (_width(cast[a]) + _width(cast[b])) / 2 + GAP
    facing = "left" if ahead > 0 else "right"
    return {**staging, b: staging[b].model_copy(update={"x": end + ahead * clear, "facing": facing})}


def _travel(m: CastMember, length: float, fast: bool) -> tuple[float, float]:
    body = BODIES[m.archetype]
    pace = (body.run if fast else body.walk) or 1.4
    speed = min(pace, MAX_TRAVEL / length)
    return speed, speed * length


def _bodily(kind: str, a: str, b: str, cast: dict[str, CastMember], st: dict[str, Staging], length: float,
            seated: Verb = Verb.RIDE, strolls: bool = False
            ) -> tuple[dict[str, Staging], list[Action], list[Keyframe]]:
    """Two bodies put together: staged at one x and, where they go somewhere, going together.
    `seated`: what a rider does on its mount (rides, or rows the boat it sits in); `strolls`: a
    pusher or puller said to walk walks."""
    ma, mb = cast[a], cast[b]
    if kind == "ride":  # the mount carries the rider (the world seats a `ride` on its target)
        board = mb.archetype == Archetype.PROP  # a skateboard has no motion of its own: pinned along
        speed, dist = _travel(ma if board else mb, length, mb.archetype != Archetype.VEHICLE)
        x = -dist / 2
        st_ = {b: Staging(x=x), a: Staging(x=x, y=SEAT * _height(mb))}
        rider = Action(at=0, who=a, do=seated, target=b, to_x=x + dist)
        if board:
            return st_, [rider], [Keyframe(at=0, who=b, x=x), Keyframe(at=length, who=b, x=x + dist)]
        go = Verb.DRIVE if mb.archetype == Archetype.VEHICLE else Verb.RUN
        return st_, [Action(at=0, who=b, do=go, to_x=x + dist, speed=speed), rider], []
    if kind in HELD:  # in the hand from the start; carrying walks on with it
        x, facing = st[a].x, st[a].facing
        ahead = -1.0 if facing == "left" else 1.0
        hand = Staging(x=x + ahead * 0.3 * _width(ma), y=HAND * _height(ma))
        acts = [Action(at=0, who=a, do=Verb.CATCH, target=b)]
        keys: list[Keyframe] = []
        return {b: hand, a: Staging(x=x, facing=facing)}, acts, keys
    if kind in ("sit_on", "lie_in"):
        x = st[b].x
        verb = Verb.SIT if kind == "sit_on" else Verb.LIE
        return ({a: Staging(x=x, y=_height(mb) * 0.6)}, [Action(at=0, who=a, do=verb)], [])
    if kind == "stand_on":
        return {a: Staging(x=st[b].x, y=_height(mb))}, [], []
    if kind in ("push", "pull"):  # the pusher pushes as it goes, the thing ahead of (behind) it, pinned
        own = ma.archetype == Archetype.HUMAN and not strolls  # (a dog pulling a sled walks as dogs do)
        verb = (Verb.PUSH if kind == "push" else Verb.PULL) if own else Verb.WALK
        speed = min(MOTIONS[verb].travel, MAX_TRAVEL / length) if own else _travel(ma, length, False)[0]
        dist = speed * length
        x = -dist / 2
        # Hands on it: no farther than an arm's length (a wide cart overlaps and the world stands it
        # on the next depth plane, beside the pusher).
        lead = min((_width(ma) + _width(mb)) / 2 + 0.1, REACH)
        off = lead if kind == "push" else -lead
        facing = "right"
        return ({a: Staging(x=x, facing=facing), b: Staging(x=x + off)},
                [Action(at=0, who=a, do=verb, to_x=x + dist, speed=speed)],
                [Keyframe(at=0, who=b, x=x + off), Keyframe(at=length, who=b, x=x + dist + off)])
    if kind == "follow":
        speed, dist = _travel(mb, length, False)
        return ({b: Staging(x=0.0), a: Staging(x=-2.0)},
                [Action(at=0, who=b, do=Verb.WALK, to_x=dist, speed=speed),
                 Action(at=0, who=a, do=Verb.FOLLOW, target=b, to_x=dist)], [])
    if kind == "fight":
        return ({a: Staging(x=-0.7), b: Staging(x=0.7, facing="left")},
                [Action(at=0.5, who=a, do=Verb.PUNCH, target=b),
                 Action(at=min(length * 0.9, 1.3), who=b, do=Verb.PUNCH, target=a)], [])
    # hug, shake hands: face to face, close enough to touch
    close = (_width(ma) + _width(mb)) / 2
    x = st[b].x
    return ({a: Staging(x=x - close, facing="right"), b: Staging(x=x + 0.05, facing="left")},
            [Action(at=0, who=a, do=Verb.APPROACH, target=b)], [])
