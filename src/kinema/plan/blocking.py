"""Blocking: where everyone starts and what they do, from a clause's action words.

Each meaning is played with the world's own verb when the Verb enum has it (fly, swim, chase,
punch, knead ...) and with a stand-in otherwise; every stand-in is reported in the notes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from kinema.bodies import BODIES
from kinema.plan import lexicon as lx
from kinema.plan import open_lexicon
from kinema.plan.parse import Clause, owners_said
from kinema.plan.relations import HELD
from kinema.plan.sets import c_sets
from kinema.plan.tools import COMPOSED, LIGHT, tool_keys
from kinema.screenplay.model import Action, Archetype, CastMember, Keyframe, Place, Setting, Staging, Verb

MAX_TRAVEL = 600.0  # metres: the terrain spans −400…400, keep a margin at both ends
# Meanings that carry the subject across the frame, the strongest first: it picks the verb.
POSTURES = ("sit", "stand", "lie")  # how a body rests, not what it does
MOVING = ("chase", "flee", "follow", "drive", "fly", "swim", "sail", "ride", "run", "leave", "walk")
_FAST = {"chase", "flee", "drive", "fly", "ride", "run"}
INTERACTING = {"fight", "punch", "chase", "flee", "follow", "approach"}
# The world's older verbs that a viewer reads on the whole figure (a kick, a climb, a dance): a
# close-up of the face would cut the action out (a spray's jet too: it leaves the hands). A punch is
# not here: its close-up is the impact.
WHOLE_BODY = frozenset({"kick", "throw", "catch", "climb", "jump", "dance", "tai_chi", "dive", "roll", "fall",
                        "celebrate", "sneak", "ride", "swim", "spray"})
GOING = tuple(m for m, r in COMPOSED.items() if r.travel > 0)  # composed actions that travel
HAND = 0.62  # a hand's height on a body (plan/compose.py)


def _person(mine: list[str], who: str, ids: list[str], cast: dict[str, CastMember], alone: bool,
            unread: bool = False, kitchen: bool = False) -> list[str]:
    """A person's meanings with "play" (or another light verb, LIGHT) made the motion of the thing
    named that the motion holds (else kept); with no meaning but an `unread` word, the motion of a
    thing named that one holds, or a `kitchen` verb's cooking; a fight with nobody to fight played as
    shadow boxing."""
    if cast[who].archetype != Archetype.HUMAN:  # the composed motions are a person's
        return [m for m in mine if m not in COMPOSED]
    out = list(mine)
    named = {cast[i].name.en for i in ids if i != who}
    if not out and unread:  # a verb the tables do not know, said with a thing a motion holds: that motion
        out = [m for m in COMPOSED if named & set(tool_keys(m))][:1]
    if not out and kitchen and "cook" in COMPOSED:
        out = ["cook"]  # a verb of handling said of a food is kitchen work (包饺子 wraps dumplings)
    # the things named, the nearest after this one first: a drummer's drum before the guitar that
    # the guitarist named after him plays
    at = ids.index(who) if who in ids else 0
    nearest = [cast[i].name.en for i in [*ids[at + 1:], *ids[:at]] if i != who]
    for light in LIGHT:  # the motion whose hands hold the thing named (its own, if it has one, wins)
        if light in out and not named & set(tool_keys(light)):
            held = next((m for name in nearest for m in COMPOSED if name in tool_keys(m)), None)
            if held is not None:
                out = [held if m == light else m for m in out]
    if alone and ("fight" in out or "punch" in out):
        out = ["box" if m in ("fight", "punch") else m for m in out]
    return out
# The kinds of doing a verb character no table reads may be kitchen work in, said of a food.
HANDLING = ("verb.contact", "verb.change", "verb.creation")


def _kitchen(c: Clause) -> bool:
    """A verb character no table reads, of handling or changing things, said right before a food
    (包饺子, 蒸包子): kitchen work. Not a verb of having or sending (卖西瓜 sells, 送蛋糕 gives)."""
    for w in c.unknown:
        if len(w) != 1 or open_lexicon.verb_kind(w) not in HANDLING:
            continue
        if any(open_lexicon.food(m.entity.key) and w + m.words in c.text for m in c.mentions):
            return True
    return False


BESIDE_GAP = 0.2  # metres of air between a lead and a thing named with it (at its feet)


def substitutions(meanings: list[str]) -> list[str]:
    out = []
    for mng in dict.fromkeys(meanings):
        verb = lx.verb_for(mng)
        if verb.value != mng and lx.WANTED_VERB.get(mng) != verb.value:
            out.append(f"'{mng}' is played as '{verb.value}' until the world has it")
    return out


def _interaction(meanings: list[str], a: str, b: str, length: float,
                 cast: dict[str, CastMember]) -> tuple[dict[str, Staging], list[Action]]:
    staging = {a: Staging(x=-4.0), b: Staging(x=4.0, facing="left")}
    if "chase" in meanings or "flee" in meanings:
        speed = min(BODIES[cast[a].archetype].run or 5.0, MAX_TRAVEL / 2 / length)
        hunter, prey = lx.verb_for("chase"), lx.verb_for("flee")
        return staging, [
            Action(at=0, who=a, do=hunter, to_x=MAX_TRAVEL / 2, speed=speed,
                   target=b if hunter.value == "chase" else None),
            Action(at=0, who=b, do=prey, to_x=MAX_TRAVEL / 2 + 4, speed=speed,
                   target=a if prey.value == "flee" else None)]
    if "follow" in meanings or "approach" in meanings:
        lead, trail = lx.verb_for("follow"), lx.verb_for("approach")
        if "follow" in meanings:  # b walks on, a keeps its distance behind
            speed = min(BODIES[cast[b].archetype].walk or 1.4, MAX_TRAVEL / 2 / length)
            return {a: Staging(x=-3.0), b: Staging(x=0.0)}, [
                Action(at=0, who=b, do=Verb.WALK, to_x=speed * length, speed=speed),
                Action(at=0, who=a, do=lead, target=b if lead == Verb.FOLLOW else None, to_x=speed * length)]
        return staging, [Action(at=0, who=a, do=trail, target=b if trail == Verb.APPROACH else None, to_x=3.0)]
    close = max(1.0, length * 0.3)  # they close in, then the blow
    actions = [Action(at=0, until=close, who=a, do=Verb.WALK, to_x=-0.7),
               Action(at=0, until=close, who=b, do=Verb.WALK, to_x=0.7)]
    blow = lx.verb_for("punch")
    if blow == Verb.WALK:
        return staging, actions
    if "fight" in meanings:  # an exchange: both throw punches to the end, b a beat later
        actions += [Action(at=close, who=a, do=blow, target=b),
                    Action(at=min(length * 0.95, close + 0.8), who=b, do=blow, target=a)]
    else:  # one blow
        actions.append(Action(at=close, until=min(length, close + 1.5), who=a, do=blow, target=b))
    return staging, actions


def block(c: Clause, setting: Setting, actors: list[str], ids: list[str], cast: dict[str, CastMember],
          length: float, does: dict[str, list[str]]) -> tuple[dict[str, Staging], list[Action]]:
    """Staging and actions. Each actor plays its own verbs ("a girl runs, gulls fly"); one with no
    verb of its own plays the clause's. Things stand off to one side until `along` puts them with
    the lead (after the relations are staged)."""
    meanings = list(dict.fromkeys(c.actions))
    staging: dict[str, Staging] = {}
    for k, pid in enumerate(i for i in ids if i not in actors):
        # What a leaper jumps over stands midway along the leap (−3 → 3); other props to one side.
        staging[pid] = Staging(x=0.0 if _leaping(meanings) and k == 0 else 4.0 + 3.0 * k)
    if len(actors) > 1 and INTERACTING & set(meanings):
        a, b = _pair(actors, does, meanings)
        more, acts = _interaction(meanings, a, b, length, cast)
        return staging | more | _onlookers([x for x in actors if x not in (a, b)]), acts
    more, acts = _actors(c, setting, actors, ids, cast, length, does, meanings)
    return staging | more, acts


_AIRBORNE = {"fly", "glide"}
_FLYERS = {Archetype.BIRD, Archetype.DRAGON, Archetype.VEHICLE}


def _can(m: CastMember, meaning: str) -> bool:
    """Whether one who only goes along with another's travel can travel that way: fireflies fly
    over the paddy, the frog there does not."""
    return meaning not in _AIRBORNE or m.archetype in _FLYERS


MUTUAL = {"fight", "punch"}  # done to each other where two do it


def _pair(actors: list[str], does: dict[str, list[str]], meanings: list[str]) -> tuple[str, str]:
    """Who does the interacting verb and to whom: the first one said to do it and the one named
    after it (老爷爷遛狗，狗追着一只松鼠: the dog chases the squirrel, not the old man the dog)."""
    verb = next(m for m in meanings if m in INTERACTING)
    doers = [x for x in actors if verb in does.get(x, [])]
    if verb in MUTUAL and len(doers) >= 2:
        return doers[0], doers[1]  # "two knights duel on horseback": each other, not the horse
    doer = doers[0] if doers else actors[0]
    k = actors.index(doer)
    # the one it is done to is not one of those doing it (dogs chase a cat: the cat), unless all do
    # (two boys fight)
    done_to = [x for x in [*actors[k + 1:], *actors[:k]] if verb not in does.get(x, [])]
    if done_to:
        return doer, done_to[0]
    return doer, actors[k + 1] if k + 1 < len(actors) else actors[k - 1]


def _onlookers(extra: list[str]) -> dict[str, Staging]:
    """The rest of a group around two who interact ("a group of kids have a snowball fight"): in
    turn left and right of the pair, outside where they close in, facing them (they had no place
    and all stood on one spot, a column of heads)."""
    out: dict[str, Staging] = {}
    for k, who in enumerate(extra):
        side = -1 if k % 2 == 0 else 1
        out[who] = Staging(x=side * (6.5 + 2.5 * (k // 2)), facing="right" if side < 0 else "left")
    return out


def _leaping(meanings: list[str]) -> bool:
    return bool({"jump", "pounce"} & set(meanings)) and not any(m in MOVING for m in meanings)


def _width(m: CastMember) -> float:
    body = BODIES[m.archetype]
    return body.height * body.aspect * m.appearance.scale


def _in_or_on(c: Clause, cast: dict[str, CastMember], tool: str, things: list[str]) -> list[str]:
    """The things a relation puts inside or on top of `tool` (a pancake in a pan, tea in a cup)."""
    key = cast[tool].name.en
    inside = {r.a.entity.key for r in c.relations
              if r.kind in ("inside", "on_top_of") and r.b.entity.key == key}
    return [i for i in things if cast[i].name.en in inside]


def _groups(c: Clause, cast: dict[str, CastMember], things: list[str], actors: list[str]) -> list[list[str]]:
    """The things to put with the lead, each with the things a relation ties to it (a pancake in a
    pan goes where the pan goes). A thing a relation ties to a person or animal is left where
    plan/compose.py put it (held, ridden, left of it)."""
    acting = {cast[a].name.en for a in actors}
    tied: dict[str, set[str]] = {}
    placed: set[str] = set()
    for r in c.relations:
        sides = {m.entity.key for m in (r.a, r.b, r.c) if m is not None}
        if acting & sides:
            placed |= sides
        for key in sides:
            tied.setdefault(key, set()).update(sides)
    groups: list[list[str]] = []
    taken: set[str] = set()
    for i in things:
        if i in taken or cast[i].name.en in placed:
            continue
        keys = tied.get(cast[i].name.en, {cast[i].name.en})
        group = [j for j in things if j not in taken and cast[j].name.en in keys]
        taken.update(group)
        if not placed & keys:  # tied to something compose put with a body: it stays by that
            groups.append(group)
    return groups


def _pace(lead: str, actions: list[Action]) -> tuple[float, float] | None:
    """Where the lead goes from the start and how fast: its own travel, or its mount's."""
    goes = next((a for a in actions if a.who == lead and a.at == 0 and a.to_x is not None), None)
    if goes is None or goes.to_x is None:
        return None
    speed = goes.speed
    if speed is None and goes.target is not None:  # a rider goes at its mount's pace
        speed = next((a.speed for a in actions if a.who == goes.target and a.speed), None)
    return (goes.to_x, speed) if speed else None


def along(c: Clause, actors: list[str], ids: list[str], cast: dict[str, CastMember],
          staging: dict[str, Staging], actions: list[Action], length: float
          ) -> tuple[dict[str, Staging], list[Keyframe]]:
    """Things the sentence names beside a person or animal (a ball, a violin, a kite) stand at the
    lead's feet, in front of it, and go along where it travels, so the shots that frame the lead
    frame them too. Set pieces stay off as the backdrop, what a leaper jumps over stays midway along
    the leap, and what a relation put with a person or animal stays where it is."""
    keys: list[Keyframe] = []
    held = {a.target for a in actions if (a.do.value in COMPOSED or a.do in CARRYING) and a.target is not None}
    things = [i for i in ids if i not in actors and i not in held]  # a held tool stays in the hand
    for tool in sorted(held & set(staging)):  # what is in or on a held tool goes in the hand with it
        for i in _in_or_on(c, cast, tool, things):
            staging[i] = staging[tool].model_copy(update={"depth": staging[i].depth})
            things.remove(i)
    lead = next((a for a in actors if a in staging), None)
    if lead is None or not things:
        return staging, keys
    sets = c_sets(c, cast, things)
    over = things[0] if _leaping(list(c.actions)) else None
    groups = [[i for i in g if i not in sets and i != over]
              for g in _groups(c, cast, things, actors)]
    front = -1.0 if staging[lead].facing == "left" else 1.0
    ahead = _width(cast[lead]) / 2  # how far in front of the lead is taken
    goes = _pace(lead, actions)
    for group in (g for g in groups if g):
        width = max(_width(cast[i]) for i in group)
        x0 = staging[lead].x + front * (ahead + BESIDE_GAP + width / 2)
        ahead += BESIDE_GAP + width
        shift = x0 - staging[group[0]].x
        for i in group:
            x = round(staging[i].x + shift, 3)
            staging[i] = staging[i].model_copy(update={"x": x})
            if goes is not None:
                # It goes along at the lead's pace, pinned beside it (a ball dribbled, a kite carried).
                dx = goes[0] - staging[lead].x
                span = min(length, abs(dx) / goes[1])
                end = x + math.copysign(goes[1] * span, dx)
                keys += [Keyframe(at=0, who=i, x=x), Keyframe(at=round(span, 3), who=i, x=round(end, 3))]
    return staging, keys


def _actors(c: Clause, setting: Setting, actors: list[str], ids: list[str], cast: dict[str, CastMember],
            length: float, does: dict[str, list[str]], meanings: list[str]
            ) -> tuple[dict[str, Staging], list[Action]]:
    staging: dict[str, Staging] = {}
    actions: list[Action] = []
    owned = {m for i in ids for m in does.get(i, [])}
    # A verb said after a thing or a vehicle (一只猴子在树上跳来跳去: the tree is where; 渔夫站在
    #小船上撒网) is the doing of one with no verb of its own.
    lifeless = {i for i in ids if cast[i].archetype in (Archetype.PROP, Archetype.VEHICLE)}
    by_things = {m for i in lifeless for m in does.get(i, [])} \
        - {m for i in actors if i not in lifeless for m in does.get(i, [])}
    unowned = [m for m in meanings if m not in owned]  # said of nobody in particular ("It howls.")
    pace_of: dict[str, float] = {}  # who travel the same way go together, at the slower one's pace
    for k, who in enumerate(actors):
        # One with no verb of its own goes along with the others' travel ("a girl runs with her
        # dog"); what they do TO something is theirs (the salmon a bear catches does not catch).
        mine = [*does.get(who, []), *unowned] or [m for m in meanings if m in by_things or (
            (m in MOVING or m in GOING) and _can(cast[who], m))]
        mine = _person(mine, who, ids, cast, len(actors) == 1, bool(c.unknown), _kitchen(c))
        moving = next((m for m in MOVING if m in mine), None)
        going = next((m for m in GOING if m in mine), None) if moving is None else None
        if moving in ("run", "walk") and cast[who].archetype == Archetype.VEHICLE:
            moving = "drive"  # "a fire engine races" drives, as 消防车疾驰 does
        body = BODIES[cast[who].archetype]
        offset = -1.6 * k * max(body.height, 0.5)
        if moving:
            verb = lx.verb_for(moving)
            if "ignite" in mine or (setting.place == Place.SPACE and cast[who].archetype == Archetype.VEHICLE):
                verb = Verb.IGNITE  # in space a craft travels on its engines' thrust, flames behind it
            pace = (body.run if moving in _FAST else body.walk) or 1.4
            speed = pace_of.setdefault(moving, min(pace, MAX_TRAVEL / length))
            travel = speed * length
            staging[who] = Staging(x=-travel / 2 + offset)
            # Flyers keep the world's default height over the ground: to_y is absolute, the ground is not flat.
            actions.append(Action(at=0, who=who, do=verb, to_x=travel / 2 + offset, speed=speed))
            if ("jump" in mine or "pounce" in mine) and verb in (Verb.RUN, Verb.WALK):
                # "runs to the lake and jumps in": the leap ends the run, where it has got to by then
                leap, at = lx.verb_for("pounce" if "pounce" in mine else "jump"), round(length * 0.5, 2)
                actions[-1] = actions[-1].model_copy(update={"until": at})
                actions.append(Action(at=at, who=who, do=leap, to_x=offset + 3.0))
        elif going is not None:  # march, jog, skate, ski: across the frame at the action's own pace
            speed = min(COMPOSED[going].travel, MAX_TRAVEL / length)
            travel = speed * length
            staging[who] = Staging(x=-travel / 2 + offset)
            actions.append(Action(at=0, who=who, do=Verb(going), to_x=travel / 2 + offset, speed=speed))
            continue
        elif "jump" in mine or "pounce" in mine:
            staging[who] = Staging(x=-3.0 + offset)
            verb = lx.verb_for("pounce" if "pounce" in mine else "jump")
            actions.append(Action(at=min(length * 0.25, 3.0), who=who, do=verb, to_x=3.0 + offset))
        else:
            on_peak = setting.place == Place.MOUNTAINS and k == 0
            staging[who] = Staging(x=0.0 if on_peak else offset)
        others = [i for i in ids if i != who]
        actions += _in_place(mine, who, length, bool(moving), _eaten_first(c, who, mine, ids, does, cast),
                             _handheld(others, cast))
    return staging, hold_tools(actions, staging, [i for i in ids if i not in actors], cast, c.wielded)


def _eaten_first(c: Clause, who: str, mine: list[str], ids: list[str], does: dict[str, list[str]],
                 cast: dict[str, CastMember]) -> list[str]:
    """What one who eats or climbs may do it to, in turn: none that does the same itself ("four cows
    graze", "the soldiers eat breakfast": no cow eats a cow), what is named after the doer before
    what is named before it, food first for an eater, and the owner of a thing named in the
    possessive only after that thing ("a goat eats the farmer's hat": the hat)."""
    same = {m for m in mine if m in ("eat", "climb")}
    shared = same - set(does.get(who, []))  # said of nobody in particular: every actor does it
    # (what is named after the eater first: "the chickens peck at the corn", not the pig before them)
    k = ids.index(who) if who in ids else len(ids)
    near = [i for i in [*ids[k + 1:], *ids[:k]]
            if cast[i].archetype == Archetype.PROP or not (shared or same & set(does.get(i, [])))]
    if "eat" in same:  # (food first: hikers who drink cocoa at a hut drink the cocoa)
        near = [i for i in near if open_lexicon.food(cast[i].name.en)] \
            + [i for i in near if not open_lexicon.food(cast[i].name.en)]
    owners = owners_said(c)
    return [i for i in near if cast[i].name.en not in owners] + [i for i in near if cast[i].name.en in owners]


def hold_tools(actions: list[Action], staging: dict[str, Staging], props: list[str],
               cast: dict[str, CastMember], wielded: Sequence[tuple[str, str]] = ()) -> list[Action]:
    """A composed action takes the thing its hands hold (the action's `target`), which starts in
    the hand; the world keeps it there (world/acts.py `wield`). The thing the clause says the doer
    does it with (`wielded`, by entity key: "chops wood with an axe", "saws a plank") is that thing
    where the prompt names none of the action's own kind (the saw: no kitchen knife is cast)."""
    out = []
    free = list(props)
    for a in actions:
        keys = tool_keys(a.do.value) if a.target is None else []
        mine = {t for w, t in wielded if w == cast[a.who].name.en} \
            if a.target is None and a.do.value in COMPOSED else set()
        # the recipe's own kind where the prompt names one (the guitar strummed "with a pick"), else
        # what it is said done with (cast_tools casts no default beside it)
        tool = next((p for p in free if cast[p].name.en in keys), None) \
            or next((p for p in free if cast[p].name.en in mine), None)
        if tool is not None:
            # the target, and as many more of the same as the action handles (a juggler's balls)
            same = [p for p in free if cast[p].name.en == cast[tool].name.en][:COMPOSED[a.do.value].many]
            h = BODIES[cast[a.who].archetype].height * cast[a.who].appearance.scale
            at = staging[a.who]
            size = COMPOSED[a.do.value].size / BODIES[cast[tool].archetype].height  # hand-sized, as held
            for p in same:
                free.remove(p)
                staging[p] = Staging(x=at.x + 0.2 * h, y=(at.y or 0.0) + HAND * h * 0.6)
                cast[p] = cast[p].model_copy(update={"appearance": cast[p].appearance.model_copy(
                    update={"scale": round(size, 3)})})
            a = a.model_copy(update={"target": tool})
        out.append(a)
    return out


# Verbs a body plays where it stands (issue 14 gives each its motion); those marked act on a thing.
BODY_VERBS = ("tai_chi", "eat", "sleep", "sit", "lie", "wave", "celebrate", "kick", "throw", "catch", "climb",
              "roll", "shake", "dive", "release", "melt", "launch", "land", "sneak")
ON_A_THING = {"kick", "throw", "catch", "release", "climb", "eat"}
LATER = {"release", "explode", "melt"}


def _handheld(others: list[str], cast: dict[str, CastMember]) -> list[str]:
    """What a hand can throw, kick, catch or let go of: things, not a boat or a horse (渔夫在撒网
    beside a boat threw the boat)."""
    return [i for i in others if cast[i].archetype == Archetype.PROP]


def _in_place(meanings: list[str], who: str, length: float, moving: bool, others: list[str],
              handheld: list[str]) -> list[Action]:
    """Actions that do not travel: howl, look, knead, burst and reassemble, engines firing, fall."""
    if "howl" in meanings:
        lead = min(6.0, length * 0.2)
        return [Action(at=0, until=lead, who=who, do=Verb.LOOK), Action(at=lead, who=who, do=Verb.HOWL)]
    if "knead" in meanings and lx.verb_for("knead") != Verb.IDLE:
        return [Action(at=0, who=who, do=lx.verb_for("knead"))]
    if ("burst" in meanings or "reassemble" in meanings) and lx.verb_for("burst") != Verb.IDLE:
        # Apart for the middle of the scene; the world reassembles the shape when it ends.
        return [Action(at=length * 0.3, until=length * 0.75, who=who, do=lx.verb_for("burst"))]
    if "dance" in meanings and not moving and lx.verb_for("dance") != Verb.IDLE:
        return [Action(at=0, who=who, do=lx.verb_for("dance"))]
    if "ignite" in meanings and not moving:
        return [Action(at=0, who=who, do=lx.verb_for("ignite"))]
    if "fall" in meanings and lx.verb_for("fall") != Verb.IDLE:
        return [Action(at=min(length * 0.3, 3.0), who=who, do=lx.verb_for("fall"))]
    if "look" in meanings and not moving:
        return [Action(at=0, who=who, do=Verb.LOOK)]
    if any(m in COMPOSED for m in meanings):
        # A posture said with a composed action (坐在公园里看报纸 sits and reads): the action, whose
        # recipe has its own legs.
        meanings = [m for m in meanings if m not in POSTURES]
    for m in meanings:
        if m in COMPOSED:  # a person's own action, where it stands (after any travel)
            return [Action(at=0.0 if not moving else round(length * 0.5, 2), who=who, do=Verb(m))]
        if m in BODY_VERBS:
            near = others if m in ("climb", "eat") else handheld
            target = near[0] if m in ON_A_THING and near else None
            start = 0.0 if not moving else round(length * 0.5, 2)  # after the travel: run, then leap
            if m in LATER:  # held first, then let go; up in the air first, then down
                start = round(min(2.0, length * 0.3), 2)
            return [Action(at=start, who=who, do=lx.verb_for(m), target=target)]
    return []


# Going on foot with a thing in the hand: the world keeps a target of these in the hand
# (world/acts.py CARRYING), as it keeps a composed action's tool there.
CARRYING = (Verb.WALK, Verb.RUN, Verb.SNEAK)
HELD_SIZE = 0.4  # metres: a thing held in the hand with no action of its own to size it (motions.py Recipe)


def _held_pairs(c: Clause, slugs: dict[int, list[str]], cast: dict[str, CastMember],
                ids: list[str]) -> list[tuple[str, str]]:
    """(holder, thing) cast ids the clause says are in a person's hand: a hold or a carry
    (relations.py HELD: "holding a balloon", 提着篮子, "fights with a sword") and what a doing is
    said done with (`Clause.wielded`: "walks with a cane", 用X); several holders one each. Not a
    thing several hold together ("four men carry a coffin", "two boys hold a kite"): no hand's size."""
    out: list[tuple[str, str]] = []
    for r in c.relations:
        holders, things = slugs.get(id(r.a), []), slugs.get(id(r.b), [])
        if r.kind in (*HELD, "hold_over") and len(holders) <= len(things):  # (not one borne by several)
            out += zip(holders, things, strict=False)
    for who, what in c.wielded:
        holders = [i for i in ids if cast[i].name.en == who]
        out += zip(holders, [i for i in ids if cast[i].name.en == what], strict=False)
    return [(a, b) for a, b in dict.fromkeys(out) if a != b and cast[a].archetype == Archetype.HUMAN
            and cast[b].archetype == Archetype.PROP]


def in_hand(c: Clause, slugs: dict[int, list[str]], ids: list[str], cast: dict[str, CastMember],
            staging: dict[str, Staging], actions: list[Action]) -> tuple[dict[str, Staging], list[Action]]:
    """Each thing the clause puts in a person's hand (`_held_pairs`) held through what that person
    does: the target of their composed action that holds nothing yet (a lift: 举着旗子), or of their
    going on foot ("a boy walks holding a balloon"), or caught and kept where they do nothing else;
    sized as held, in the hand from the start. Runs after plan/compose.py (which holds a thing for
    one who only holds it, and leaves a walker's travel alone) and before `along` (which would
    stand it at the feet). A thing someone's action already deals with (a kicked ball, a held
    umbrella, a recipe's tool) stays as it is."""
    for a, b in _held_pairs(c, slugs, cast, ids):
        if a not in staging or b not in staging or any(x.target == b for x in actions if x.who != a):
            continue
        mine = [x for x in actions if x.who == a]
        caught = any(x.target == b and x.do == Verb.CATCH for x in mine)
        if any(x.target == b for x in mine) and not caught:
            continue  # (its own action's: a chop's axe, a held-up umbrella)
        free = [x for x in mine if x.target is None and (x.do.value in COMPOSED or x.do in CARRYING)]
        if not free and not caught:
            if mine:
                continue  # (what it does keeps its hands: sitting, eating)
            free = [Action(at=0, who=a, do=Verb.CATCH)]
            actions = [*actions, *free]
        held = [x.model_copy(update={"target": b}) if x in free else x for x in actions]
        actions = held
        size = next((COMPOSED[x.do.value].size for x in free if x.do.value in COMPOSED), HELD_SIZE)
        h = BODIES[cast[a].archetype].height * cast[a].appearance.scale
        at = staging[a]
        front = -1.0 if at.facing == "left" else 1.0
        staging[b] = Staging(x=at.x + front * 0.2 * h, y=(at.y or 0.0) + HAND * h * 0.6)
        scale = min(cast[b].appearance.scale, size / BODIES[cast[b].archetype].height)
        cast[b] = cast[b].model_copy(update={"appearance": cast[b].appearance.model_copy(
            update={"scale": round(scale, 3)})})
    return staging, actions
