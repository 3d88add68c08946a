"""The rule planner: a prompt in Chinese or English to a screenplay. Offline and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kinema.errors import KinemaError
from kinema.plan import lexicon as lx
from kinema.plan.catalog import Entity, cast_emoji
from kinema.plan.parse import Clause, is_chinese, parse_clause, split
from kinema.plan.shots import Coverage, design
from kinema.screenplay.model import (
    Action,
    Appearance,
    Archetype,
    Asset,
    CastMember,
    Names,
    Place,
    Scene,
    Screenplay,
    Setting,
    Staging,
    Transition,
    Verb,
)
from kinema.world.archetypes import BODIES

MAX_PROMPT_CHARS = 5000
MAX_TRAVEL = 600.0  # metres: the terrain spans −400…400, keep a margin at both ends
_MOVING = {"walk", "run", "drive", "fly", "swim", "chase", "flee", "leave"}
_VAST = {Place.MOUNTAINS, Place.SPACE, Place.DESERT, Place.SNOWFIELD, Place.BEACH, Place.PLAIN, Place.ROAD}
_DISTINCT = ("#c0392b", "#2c5fa8", "#2e8b57", "#d4a017")  # tints that keep a group's members apart


class PlanError(KinemaError):
    pass


@dataclass
class PlanResult:
    screenplay: Screenplay
    notes: list[str] = field(default_factory=list)  # substitutions and words not grounded


def _slug(ent: Entity) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", ent.key.lower()).strip("-")
    return s or "u" + "-".join(f"{ord(c):x}" for c in ent.emoji)


def _merge(clauses: list[Clause]) -> list[Clause]:
    """Camera directions and clauses that name nobody join a neighbour: one scene per story beat."""
    out: list[Clause] = []
    carry: list[Clause] = []
    for c in clauses:
        if out and (not c.mentions or (c.directs_camera and not c.actions and not c.places)):
            _absorb(out[-1], c)
        elif not c.mentions:
            carry.append(c)
        else:
            for k in carry:
                _absorb(c, k)
            carry = []
            out.append(c)
    return out


def _absorb(into: Clause, c: Clause) -> None:
    into.places += c.places
    into.times += c.times
    into.weather += c.weather
    into.actions += c.actions
    into.sizes += c.sizes
    into.single_take |= c.single_take
    into.unknown += c.unknown
    known = {m.entity.emoji for m in into.mentions}
    into.mentions += [m for m in c.mentions if m.entity.emoji not in known]


def _setting(c: Clause, base: Setting) -> Setting:
    place = max(c.places, key=lambda p: p[1])[0] if c.places else base.place
    time = c.times[0] if c.times else base.time
    weather = c.weather[0] if c.weather else base.weather
    return Setting(place=place, time=time, weather=weather)


def plan(prompt: str, duration: float = 60.0, lang: str = "auto", seed: int = 0) -> PlanResult:
    text = prompt.strip()
    if not text:
        raise PlanError("the prompt is empty; describe who does what, where (e.g. 'a wolf howls on a peak')")
    if len(text) > MAX_PROMPT_CHARS:
        raise PlanError(f"the prompt has {len(text)} characters; the cap is {MAX_PROMPT_CHARS}")
    if not 1.0 <= duration <= 1800.0:
        raise PlanError(f"duration must be between 1 and 1800 s, got {duration:g}")
    if lang not in ("auto", "zh", "en"):
        raise PlanError(f"lang must be auto, zh or en, got {lang!r}")
    title, fragments = split(text)
    clauses = _merge([parse_clause(f) for f in fragments])
    if not clauses:
        raise PlanError(f"nothing in the prompt could be cast: no known person, animal, vehicle or thing in "
                        f"{text[:60]!r}")
    whole = Clause(text)
    for c in clauses:
        _absorb(whole, c)
    base = _setting(whole, Setting())
    chinese = lang == "zh" or (lang == "auto" and is_chinese(text))
    trailer = bool(re.search(r"trailer|预告", text, re.I))
    notes: list[str] = []
    cast: dict[str, CastMember] = {}
    scenes: list[Scene] = []
    lengths = _split_total(duration, len(clauses))
    for si, (c, length) in enumerate(zip(clauses, lengths, strict=True)):
        sid = f"s{si + 1}"
        setting = _setting(c, base)
        ids: list[str] = []
        for m in c.mentions:
            slug = _slug(m.entity)
            for k in range(m.count):
                cid = slug if m.count == 1 else f"{slug}-{k + 1}"
                tint = m.tint
                if tint is None and m.count > 1 and m.entity.archetype == Archetype.HUMAN:
                    tint = _DISTINCT[k % len(_DISTINCT)]
                if cid not in cast:
                    cast[cid] = CastMember(
                        id=cid, asset=Asset(emoji=cast_emoji(m.entity)),
                        name=Names(en=m.entity.key, zh=m.entity.zh[0] if m.entity.zh else ""),
                        archetype=m.entity.archetype, appearance=Appearance(scale=m.scale, tint=tint))
                if cid not in ids:
                    ids.append(cid)
        actors = [i for i in ids if cast[i].archetype != Archetype.PROP] or ids
        staging, actions = _block(c, setting, actors, ids, cast, length, notes)
        meanings = set(c.actions)
        cov = Coverage(length, actors, actors[0], c.sizes, c.single_take, bool(meanings & _MOVING),
                       len(actors) > 1 and bool(meanings & {"fight", "punch", "chase", "flee"}),
                       setting.place in _VAST,
                       Transition.FADE if si == 0
                       else (Transition.DIP_WHITE if trailer else Transition.DISSOLVE))
        scenes.append(Scene(id=sid, setting=setting, staging=staging, actions=actions,
                            shots=design(cov, sid)))
        notes += [f"not grounded: {w}" for w in dict.fromkeys(c.unknown)]
    if trailer:
        notes.append("title cards between scenes are not drawn yet: scenes are joined by dip-to-white")
    play = Screenplay(kinema=1, title=title or text[:40], prompt=text, seed=seed, cast=list(cast.values()),
                      scenes=scenes)
    del chinese  # the display language does not change the plan: both languages give one film
    return PlanResult(play, list(dict.fromkeys(notes)))


def _split_total(total: float, n: int) -> list[float]:
    units = round(total * 8)
    parts = [units // n + (1 if k < units % n else 0) for k in range(n)]
    out = [p / 8 for p in parts[:-1]]
    return [*out, total - sum(out)]


def _block(c: Clause, setting: Setting, actors: list[str], ids: list[str], cast: dict[str, CastMember],
           length: float, notes: list[str]) -> tuple[dict[str, Staging], list[Action]]:
    """Where everyone starts and what they do, from the clause's action words."""
    staging: dict[str, Staging] = {}
    actions: list[Action] = []
    meanings = list(dict.fromkeys(c.actions))
    for mng in meanings:
        verb = lx.ACTION_VERB[mng]
        if verb.value != mng and mng not in ("drive", "stand"):
            notes.append(f"'{mng}' is played as '{verb.value}' until the world has it")
    props = [i for i in ids if i not in actors]
    for k, pid in enumerate(props):
        staging[pid] = Staging(x=4.0 + 3.0 * k)
    interaction = len(actors) > 1 and any(m in ("fight", "punch", "chase", "flee") for m in meanings)
    moving = [m for m in meanings if m in _MOVING]
    if interaction:
        a, b = actors[0], actors[1]
        staging[a], staging[b] = Staging(x=-4.0), Staging(x=4.0, facing="left")
        if "chase" in meanings or "flee" in meanings:
            speed = min(BODIES[cast[a].archetype].run, MAX_TRAVEL / 2 / length)
            actions += [Action(at=0, who=a, do=Verb.RUN, to_x=MAX_TRAVEL / 2, speed=speed),
                        Action(at=0, who=b, do=Verb.RUN, to_x=MAX_TRAVEL / 2 + 4, speed=speed)]
        else:
            actions += [Action(at=0, until=max(1.0, length * 0.3), who=a, do=Verb.WALK, to_x=-0.7),
                        Action(at=0, until=max(1.0, length * 0.3), who=b, do=Verb.WALK, to_x=0.7)]
        return staging, actions
    for k, who in enumerate(actors):
        body = BODIES[cast[who].archetype]
        offset = -1.6 * k * max(body.height, 0.5)
        if moving:
            verb = Verb.RUN if any(m in ("run", "drive", "fly", "chase", "flee") for m in moving) else Verb.WALK
            pace = (body.run if verb == Verb.RUN else body.walk) or 1.4
            speed = min(pace, MAX_TRAVEL / length)
            travel = speed * length
            staging[who] = Staging(x=-travel / 2 + offset)
            actions.append(Action(at=0, who=who, do=verb, to_x=travel / 2 + offset, speed=speed))
        elif "jump" in meanings:
            staging[who] = Staging(x=-3.0 + offset)
            actions.append(Action(at=min(length * 0.25, 3.0), who=who, do=Verb.JUMP, to_x=3.0 + offset))
        else:
            on_peak = setting.place == Place.MOUNTAINS and k == 0
            staging[who] = Staging(x=0.0 if on_peak else offset)
        if "howl" in meanings:
            lead = min(6.0, length * 0.2)
            actions += [Action(at=0, until=lead, who=who, do=Verb.LOOK), Action(at=lead, who=who, do=Verb.HOWL)]
        elif "look" in meanings and not moving:
            actions.append(Action(at=0, who=who, do=Verb.LOOK))
    return staging, actions



