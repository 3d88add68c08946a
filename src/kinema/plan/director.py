"""The rule planner: a prompt in Chinese or English to a screenplay. Offline and deterministic."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from kinema.errors import KinemaError
from kinema.plan import lexicon as lx
from kinema.plan import open_lexicon, sky
from kinema.plan.activity_places import implied_place
from kinema.plan.afloat import afloat
from kinema.plan.blocking import GOING, INTERACTING, MOVING, WHOLE_BODY, along, block, in_hand, substitutions
from kinema.plan.camera_words import direct, take_camera
from kinema.plan.catalog import Entity, cast_emoji, names
from kinema.plan.compose import compose
from kinema.plan.dressing import dressing
from kinema.plan.effects import EFFECT_VERBS, place_effects, with_pictured_weather
from kinema.plan.groups import group_size, people_in
from kinema.plan.life import background, life, still
from kinema.plan.materials import formations
from kinema.plan.overhead import hold_up
from kinema.plan.parse import (
    FEMALE_WORDS,
    MALE_WORDS,
    Clause,
    Mention,
    is_chinese,
    kinds_said,
    other_sex,
    parse_clause,
    someone,
    split,
)
from kinema.plan.sets import c_sets, is_set, set_scale
from kinema.plan.sexes import by_pronouns
from kinema.plan.shots import Coverage, design, establishing
from kinema.plan.siblings import of_an_age
from kinema.plan.standing import stand_places
from kinema.plan.style_words import take_style
from kinema.plan.tools import COMPOSED, cast_tools
from kinema.screenplay.model import (
    MAX_SCALE,
    Appearance,
    Archetype,
    Asset,
    CameraMove,
    CastMember,
    Hair,
    Place,
    Scene,
    Screenplay,
    Setting,
    Shot,
    TimeOfDay,
    Transition,
    Weather,
    in_sky,
)

MAX_PROMPT_CHARS = 5000  # about two pages of outline; documented in docs/planner.md
MAX_SCENES = 60
MIN_SCENE = 2.0  # seconds: a scene shorter than this cannot hold a shot the eye can read
MAX_IN_SCENE = 16  # members in one scene: more crowd the frame and slow the world
CARD_S = 2.5  # seconds a trailer's title card holds: long enough to read a short line
CARD_CHARS = 80
GROUPED = {Archetype.BIRD, Archetype.FISH, Archetype.PROP}  # come as one member of many copies
_VAST = {Place.MOUNTAINS, Place.SPACE, Place.DESERT, Place.SNOWFIELD, Place.BEACH, Place.WATER, Place.PLAIN,
         Place.ROAD}
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


def _read(fragments: list[str], lang: str) -> list[Clause]:
    """The prompt's clauses, each pronoun standing for whom it names (its verbs, its sex)."""
    read = [stand_places(with_pictured_weather(parse_clause(f, lang))) for f in fragments]  # (plan/standing.py)
    clauses = of_an_age(by_pronouns(_resolve_pronouns(read), lang))
    kinds_said(clauses)  # a curling team's stone: the curling stone
    return clauses


def _resolve_pronouns(clauses: list[Clause]) -> list[Clause]:
    """A clause whose subject is a pronoun ("She sits down", "It jumps in", "one pounces") speaks of
    someone named before, if anyone was: that one does its verbs. Where the clause names nobody else
    it joins that scene (its verbs follow the earlier ones); else the pronoun is that one again, in
    a scene of its own ("It jumps into the water and chases a duck"). Only where no person or animal
    came before is a personal pronoun a person of its own ("She dances in the rain"); "it" and "one"
    never are. Clauses are copied, never changed: parse_clause caches them."""
    out: list[Clause] = []
    for c in clauses:
        c = replace(c, mentions=list(c.mentions))
        later: set[int] = set()
        speakers: set[int] = set()  # 我 said first here: the speaker, a person of their own
        for k, m in enumerate(c.mentions):
            if not m.pronoun:
                continue
            word = m.words.lower()
            if word == _SPEAKER:  # (never one named in the third person: 小猫在睡觉。我在看书: I read)
                said = [(at, r) for at, o in enumerate(out) for r, n in enumerate(o.mentions)
                        if n.pronoun and n.words == _SPEAKER]
                if said:  # 我在跑步。小狗跟着我跑: the one speaker again, who does these verbs too
                    at, r = said[-1]
                    out[at] = replace(out[at], mentions=list(out[at].mentions))
                    out[at].mentions[r] = replace(out[at].mentions[r],
                                                  actions=[*out[at].mentions[r].actions, *m.actions])
                    later.add(k)
                else:
                    speakers.add(k)
                continue
            ref = _referent(word, out)
            if ref is None:
                if word in _POSSESSIVE and _referent(word, [c], lenient=False) is not None:
                    later.add(k)  # "From his high chair a toddler ...": the one named after it
                continue
            at, r = ref
            if any(not o.pronoun for o in c.mentions):
                c.mentions[k] = replace(out[at].mentions[r], actions=list(m.actions), start=m.start, end=m.end,
                                        count=1 if m.words.lower() in _ONE else out[at].mentions[r].count)
            else:  # joins the scene before: the one named there does these verbs after its own
                before = out[at].mentions[r]
                out[at] = replace(out[at], mentions=list(out[at].mentions))
                out[at].mentions[r] = replace(before, actions=[*before.actions, *m.actions])
        c.mentions = [m for k, m in enumerate(c.mentions) if not m.pronoun or k in speakers or (
            not _seen(m.words.lower(), out) and k not in later and m.words.lower() not in _IMPERSONAL)]
        out.append(c)
    return out


def _seen(word: str, before: list[Clause]) -> bool:
    """Whether a pronoun may stand for someone named before ("she" for no man: after "He waits",
    "her" is a woman of her own)."""
    return any(not m.pronoun and someone(m.entity)
               and not (m.entity.archetype == Archetype.HUMAN and other_sex(word, m.entity))
               for o in before for m in o.mentions)


_ONE = {"one", "另一只", "其中一只"}
_SPEAKER = "我"  # the one who tells: said again only by 我
_IMPERSONAL = {"it", "one", "它", "它们"}  # never a person of its own: "It rains", "one jumps"
_POSSESSIVE = {"his", "her", "my", "our"}  # may name one said after it, in the same clause
_HUMAN_PRONOUNS = {"he", "she", "him", "his", "her", "他", "她"}


def _referent(word: str, before: list[Clause], lenient: bool = True) -> tuple[int, int] | None:
    """The earlier mention a pronoun stands for, the latest first: "it" a creature or a thing, "he"
    and "she" a person before an animal, "one" one of several, "they" several before one."""
    def fits(m: Mention, strict: bool) -> bool:
        if m.pronoun or not someone(m.entity):
            return False
        human = m.entity.archetype in (Archetype.HUMAN, Archetype.PROP)  # (a mermaid is "she")
        if word in _ONE:
            return m.count > 1
        if human and other_sex(word, m.entity):
            return False  # (她 after 他 is someone else: "他 ... 等她下班")
        if not strict:
            return True
        if word in ("it", "它"):
            return not human
        if word in _HUMAN_PRONOUNS:
            return human
        return m.count > 1 if word in ("they", "他们", "它们", "她们") else True
    for strict in (True, False) if lenient else (True,):
        for at in range(len(before) - 1, -1, -1):
            for r in range(len(before[at].mentions) - 1, -1, -1):
                if fits(before[at].mentions[r], strict):
                    return at, r
    return None


def _merge(clauses: list[Clause]) -> list[Clause]:
    """Camera directions and clauses that name nobody join a neighbour: one scene per story beat."""
    out: list[Clause] = []
    carry: list[Clause] = []
    for c in clauses:
        grounded = [m for m in c.mentions if not sky.is_sky_body(m.entity)]  # "tilt up to the moon"
        if out and (not grounded or (c.directs_camera and not c.actions and not c.places)):
            _absorb(out[-1], c)
        elif not grounded:
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
    into.effects += c.effects
    into.broader += c.broader
    into.relations += c.relations
    into.wielded += c.wielded
    known = {m.entity.emoji for m in into.mentions}
    into.mentions += [m for m in c.mentions if m.entity.emoji not in known]


def _unnamed_place(whole: Clause) -> Place:
    """Where a film that names no place is set: the place a person's activity implies (a stool
    carried to the shore to fish from), a room for things found indoors (a sofa, a pan), the
    mountains for a volcano, under water for creatures that live there, a snowfield in snow, else a
    plain."""
    if (done := implied_place(whole.actions, people_only=True)) is not None:
        return done  # skiing on snow, knitting indoors; fishing from a stool (a chair) on the shore
    if any(m.entity.key in lx.INDOOR for m in whole.mentions):
        return Place.ROOM
    if (found := next((p for m in whole.mentions for n in (m.entity.key, *m.entity.en[:1])
                       if (p := open_lexicon.found_at(n))), None)):
        return Place(found)  # a frying pan's kitchen, a volcano's mountains (tools/build_lexicon.py)
    fish = any(m.entity.archetype == Archetype.FISH for m in whole.mentions)
    if _dives_in(whole, fish) or (fish and ("swim" in whole.actions
                                      or not any(_ashore(m.entity) for m in whole.mentions))):
        return Place.UNDERWATER
    if fish and not any(is_set(m.entity) for m in whole.mentions):
        return Place.BEACH  # a fisherman's catch, a heron's fish, a seal by a polar bear: the shore
    if Weather.SNOW in whole.weather:
        return Place.SNOWFIELD
    return implied_place(whole.actions) or Place.PLAIN  # swimming at the water


def _dives_in(whole: Clause, fish: bool) -> bool:
    """Whether a dive is into water: not a bird's with no fish to catch (`fish`: one is named; a
    swoop), nor a player's at a ball (a keeper's leap: a ball in play, or the diver a player of a
    game, as the open lexicon reads the word). A dive by nobody named is."""
    if "dive" not in whole.actions or any(m.entity.key.endswith("ball") for m in whole.mentions):
        return False
    divers = [m for m in whole.mentions if "dive" in m.actions] or whole.mentions
    return not divers or not all((m.entity.archetype == Archetype.BIRD and not fish) or _player(m.words)
                                 for m in divers)


def _player(words: str) -> bool:
    """A person named as a player of a game (a goalkeeper is a hockey player by WordNet)."""
    read = open_lexicon.lookup(words.lower())
    return read is not None and " player" in f" {read.via}"


# Who lives out of the water: with one named, a sea creature is seen from the shore (a crab in a
# village, on land), unless someone swims or dives.
_ASHORE = {Archetype.HUMAN, Archetype.CANINE, Archetype.FELINE, Archetype.BIRD, Archetype.DRAGON}


def _ashore(ent: Entity) -> bool:
    return ent.archetype in _ASHORE or is_set(ent)  # a building: a village, a lighthouse


# Effects seen only in the dark: with no time said, they set the film at night.
_NIGHT_EFFECTS = ("fireworks",)


def _setting(c: Clause, base: Setting) -> Setting:
    place = max(c.places, key=lambda p: p[1])[0] if c.places else base.place
    time = c.times[0] if c.times else base.time
    if not c.times and any(e in _NIGHT_EFFECTS for e in c.effects):
        time = TimeOfDay.NIGHT  # fireworks over a daylit city read as smoke
    weather = c.weather[0] if c.weather else base.weather
    # Space is weightless: a ship glides on, the Earth drifts on its engines' thrust.
    return Setting(place=place, time=time, weather=weather, gravity=0.0 if place == Place.SPACE else 9.81)


def clean(prompt: str) -> str:
    """Control characters (other than line breaks and tabs) become spaces: they carry no meaning
    and would reach the MP4's metadata through the title."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" else ch
                   for ch in prompt).strip()


def _check(text: str, duration: float, lang: str) -> None:
    if not text:
        raise PlanError("the prompt is empty; describe who does what, where (e.g. 'a wolf howls on a peak')")
    if len(text) > MAX_PROMPT_CHARS:
        raise PlanError(f"the prompt has {len(text)} characters; the cap is {MAX_PROMPT_CHARS} "
                        f"(about two pages): shorten it or split it into several films")
    if not 1.0 <= duration <= 1800.0:
        raise PlanError(f"duration must be between 1 and 1800 s, got {duration:g}")
    if lang not in ("auto", "zh", "en"):
        raise PlanError(f"lang must be auto, zh or en, got {lang!r}")


def _fit(clauses: list[Clause], duration: float, notes: list[str]) -> list[Clause]:
    """No more scenes than the length allows (each at least MIN_SCENE s, at most MAX_SCENES):
    neighbouring beats share a scene."""
    limit = max(1, min(MAX_SCENES, int(duration // MIN_SCENE)))
    if len(clauses) <= limit:
        return clauses
    notes.append(f"the prompt has {len(clauses)} story beats; {duration:g} s holds {limit} scenes, "
                 f"so neighbouring beats share a scene")
    groups: list[Clause] = []
    for k in range(limit):
        part = clauses[k * len(clauses) // limit:(k + 1) * len(clauses) // limit]
        for c in part[1:]:
            _absorb(part[0], c)
        groups.append(part[0])
    return groups


def plan(prompt: str, duration: float = 60.0, lang: str = "auto", seed: int = 0) -> PlanResult:
    text = prompt_text = clean(prompt)
    _check(text, duration, lang)
    # Style and camera words direct the film; taken out first, they cast nothing (Van Gogh, a drone).
    styled, look = take_style(text)
    text, camera = take_camera(styled)
    title, fragments = split(text)
    if lang == "en" and any(is_chinese(f) for f in fragments):
        raise PlanError("--lang en reads English only, and the prompt has Chinese words; use --lang zh or auto")
    notes: list[str] = []
    parsed = _read(fragments, lang)
    if look is not None and not any(c.mentions or c.places or c.times or c.weather or c.effects or c.actions
                                    or c.unknown for c in parsed):
        # The style's words were all the prompt named ("a red video game"): they are its thing too.
        text, camera = take_camera(prompt_text)
        title, fragments = split(text)
        parsed = _read(fragments, lang)
    clauses = _fit(_merge(parsed), duration, notes)
    if not clauses:  # nobody named: a film of the place and its weather, never a refusal
        empty = Clause(text)
        for c in parsed:
            _absorb(empty, c)
        named = (empty.places, empty.times, empty.weather, empty.effects, empty.actions, empty.unknown,
                 empty.mentions)  # (the sky's bodies: 星星一闪一闪的 is a film of the stars)
        if not any(named):
            raise PlanError(f"nothing in the prompt to film: no place, time, weather, person, animal or thing "
                            f"in {text[:60]!r}; describe who does what, where (e.g. 'a wolf howls on a peak')")
        notes.append("nothing in the prompt names a person, animal or thing with a picture"
                     + (" but the sky's" if empty.mentions else "") + ": the film shows the place"
                     + ("" if empty.places else " (no place named either: an open plain)"))
        clauses = [empty]
    whole = Clause(text)
    for c in clauses:
        _absorb(whole, c)
    base = _setting(whole, Setting(place=_unnamed_place(whole)))
    trailer = bool(re.search(r"trailer|预告", text, re.I))
    frozen = still(text)
    cast: dict[str, CastMember] = {}
    ignited: set[str] = set()
    scenes: list[Scene] = []
    lengths = _split_total(duration, len(clauses))
    for si, (c, length) in enumerate(zip(clauses, lengths, strict=True)):
        sid = f"s{si + 1}"
        setting = _setting(c, base)
        c, setting = _skyward(c, setting, bool(whole.times), cast, notes)
        does: dict[str, list[str]] = {}
        slugs: dict[int, list[str]] = {}
        ids = _cast(c, cast, notes, does, slugs)
        ids += cast_tools(c.actions, cast, ids, does, c.wielded)  # the broom of a sweep, the guitar of a strum
        for i in ids:  # engines lit in one scene keep firing while their craft travels in space later
            if "ignite" in does.get(i, []):
                ignited.add(i)
            elif i in ignited and setting.place == Place.SPACE:
                does[i] = [*does.get(i, []), "ignite"]
        sets = c_sets(c, cast, ids)
        actors = [i for i in ids if cast[i].archetype != Archetype.PROP and i not in sets] \
            or [i for i in ids if i not in sets] or ids
        if not ids:
            opening = Transition.FADE if si == 0 else (Transition.DIP_WHITE if trailer else Transition.DISSOLVE)
            # The place's own life passes far off (traffic, birds): a place alone is a film that moves.
            passers, around, passing = life(setting, length, set(cast))
            pieces, placed = dressing(c.text, set())
            cast |= {m.id: m for m in [*passers, *pieces]}
            around = {**placed, **around}
            scenes.append(Scene(id=sid, setting=setting, shots=establishing(length, sid, opening),
                                staging=around, actions=passing, effects=place_effects(c, [], {}, length)))
            continue
        staging, actions = block(c, setting, actors, ids, cast, length, does)
        relations, staging, actions = hold_up(c.relations, slugs, cast, staging, actions)  # an umbrella
        staging, actions, keys = compose(relations, slugs, cast, staging, actions, length)
        staging, actions = in_hand(c, slugs, ids, cast, staging, actions)  # a balloon walked with, an axe
        staging, carried = along(c, actors, ids, cast, staging, actions, length)
        setting = afloat(setting, ids, cast, actions, bool(whole.places))  # a boat rowed on a lake floats
        pieces, placed = dressing(c.text, {cast[i].name.en for i in ids})  # a park's trees, a pitch's goal
        cast |= {m.id: m for m in pieces}
        staging = {**staging, **placed}
        keys = [*keys, *carried]
        effects = place_effects(c, ids, does, length, cast, slugs)
        actions = [a for a in actions if a.do.value not in EFFECT_VERBS]  # played as effects instead
        notes += c.broader
        notes += substitutions(c.actions)
        meanings = set(c.actions)
        opening = Transition.FADE if si == 0 else (Transition.DIP_WHITE if trailer else Transition.DISSOLVE)
        card = _card(title if si == 0 and title else c.text) if trailer and length >= 3 * CARD_S else ""
        cov = Coverage(length - (CARD_S if card else 0.0), actors, actors[0], c.sizes, c.single_take,
                       bool(meanings & {*MOVING, *GOING}), len(actors) > 1 and bool(meanings & INTERACTING),
                       setting.place in _VAST, Transition.FADE if card else opening,
                       body_action=any(m in COMPOSED or m in WHOLE_BODY for m in does.get(actors[0], [])))
        shots = design(cov, sid)
        if frozen:  # a still life: nobody acts and the camera does not move
            actions = []
            shots = [sh.model_copy(update={"move": CameraMove.STATIC}) for sh in shots]
        if card:  # a trailer opens each scene on a title card, then fades up on the world
            shots.insert(0, Shot(id=f"{sid}-card", duration=CARD_S, size=shots[0].size, title=card,
                                 transition=opening, description="title card"))
        scenes.append(Scene(id=sid, setting=setting, staging=staging, actions=actions, shots=shots,
                            effects=effects, keyframes=keys))
        notes += [f"not grounded: {w}" for w in dict.fromkeys(c.unknown)]
    notes = list(dict.fromkeys(notes))
    members = sorted(cast.values(), key=lambda m: in_sky(m.id))  # the sky's bodies last
    named_cast = [m for m in members if not background(m.id) and not in_sky(m.id)] \
        or [m for m in members if in_sky(m.id)]  # the title is not the passers-by, nor the moon
    try:
        play = Screenplay(kinema=1, title=title or _title(named_cast), prompt=prompt_text, seed=seed,
                          cast=members,
                          scenes=scenes, notes=notes)
    except ValidationError as e:  # a limit (docs/screenplay.md, Limits) the planned film would pass
        first = e.errors(include_url=False)[0]
        cause = (first.get("ctx") or {}).get("error")
        raise PlanError(f"the planned film breaks a limit: {cause or first['msg']}") from None
    play, notes = formations(text, play, notes)  # shapes made of a material (plan/materials.py)
    play = direct(play, camera)  # camera words: moves in order, slow motion or time-lapse
    said = [f"style: '{look.words}' is the look '{look.style.value}'"] if look is not None else []
    if said or camera.notes:
        notes = list(dict.fromkeys([*notes, *said, *camera.notes]))
        play = play.model_copy(update={"notes": notes, "style": look.style if look else play.style})
    return PlanResult(play, notes)


def _skyward(c: Clause, setting: Setting, timed: bool, cast: dict[str, CastMember],
             notes: list[str]) -> tuple[Clause, Setting]:
    """The clause without the bodies its sky paints (plan/sky.py), each cast as a sky member, and
    the setting at the time they are seen."""
    bodies = [m for m in c.mentions if sky.is_sky_body(m.entity)]
    setting = sky.seen_at([m.entity for m in bodies], setting, timed)
    overhead = [m for m in bodies if sky.painted(m.entity, setting)]
    if not overhead:
        return c, setting
    for m in overhead:
        cid = sky.member_id(m.entity)
        cast.setdefault(cid, CastMember(id=cid, asset=Asset(emoji=cast_emoji(m.entity)), name=names(m.entity),
                                        archetype=m.entity.archetype))
        notes.append(f"'{m.words}' is painted in the sky, not placed in the scene")
    kept = [k for k, m in enumerate(c.mentions) if all(m is not o for o in overhead)]
    index = {k: j for j, k in enumerate(kept)}
    return replace(c, mentions=[c.mentions[k] for k in kept],
                   tools={index[a]: index[b] for a, b in c.tools.items() if a in index and b in index},
                   relations=[r for r in c.relations
                              if all(x is not o for x in (r.a, r.b, r.c) for o in overhead)]), setting


def _card(text: str) -> str:
    """A title card's text: the beat as written, without its closing punctuation; the card wraps
    lines, so only a very long beat is cut (at a word where it has spaces)."""
    text = text.strip().rstrip("。.!！?？;；:：,，")
    text = text[:1].upper() + text[1:]
    if len(text) <= CARD_CHARS:
        return text
    cut = text[:CARD_CHARS]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,，") + "…"


def _cast(c: Clause, cast: dict[str, CastMember], notes: list[str], does: dict[str, list[str]],
          slugs: dict[int, list[str]]) -> list[str]:
    """Cast the clause's mentions (adding new members to the film's cast); the scene's ids, in order.
    `does` gets each member's own action meanings; `slugs` each mention's ids (by identity)."""
    ids: list[str] = []
    materials = {m.made_of.emoji for m in c.mentions if m.made_of is not None}
    for m in c.mentions:
        if m.entity.emoji in materials and m.made_of is None:  # a shape is cast even if also a material
            notes.append(f"'{m.words}' is drawn as the pieces of the shape made of it")
            continue
        people = people_in(m.entity) if m.made_of is None else []  # a couple, a family: each of them
        if people and _those_named(m, people, c):
            notes.append(f"'{m.words}' is what the people named before it do or are together: "
                         "no more people")
            continue
        n = group_size(people, m.count, m.words, c.text) if people else m.count
        grouped = m.entity.archetype in GROUPED and (m.group or m.count > lx.MAX_COUNT)
        if n > lx.MAX_COUNT and not grouped:
            notes.append(f"{n} '{m.words}' are cast as {lx.MAX_COUNT}: more separate members crowd "
                         "the frame (birds, fish and things come as one group instead)")
        for k in range(1 if grouped else min(n, lx.MAX_COUNT)):
            if len(ids) == MAX_IN_SCENE:
                notes.append(f"a scene shows at most {MAX_IN_SCENE} members: '{m.words}' and later ones "
                             "left out")
                return ids
            ent = people[k % len(people)] if people else m.entity
            cid = _slug(ent) if n == 1 or grouped else f"{_slug(ent)}-{k + 1}"
            if n == 1 and not grouped:
                cid = _member_for(m, cid, cast, c, slugs)
            elif grouped and cid in ids:
                cid = _free(cid, cast)  # a mother duck and her flock of ducklings: two members
            tint = m.tint
            if tint is None and n > 1 and ent.archetype == Archetype.HUMAN:
                tint = _DISTINCT[k % len(_DISTINCT)]
            if cid not in cast:
                cast[cid] = CastMember(
                    id=cid, asset=Asset(emoji=cast_emoji(ent)),
                    name=names(ent),
                    archetype=ent.archetype, appearance=_haired(_appearance(m, tint, notes, grouped), m))
            slugs.setdefault(id(m), []).append(cid)
            if cid not in ids:
                ids.append(cid)
                does[cid] = list(m.actions)
            else:  # named again in the clause (遛狗，狗追着松鼠): what it does then is its too
                does[cid] += [a for a in m.actions if a not in does[cid]]
    return ids


def _those_named(m: Mention, people: list[Entity], c: Clause) -> bool:
    """Whether a picture of people said once (💏 a kiss, 👪 a family, 一对情侣) comes after someone
    the clause names, and the people it names are its people, sex by sex: what they do or are
    together (新郎和新娘亲吻, 王子亲吻了公主, "the bride and groom kiss"), not more people."""
    at = next(k for k, o in enumerate(c.mentions) if o is m)
    if group_size(people, m.count, m.words, c.text) != len(people) \
            or not any(o.entity.archetype == Archetype.HUMAN for o in c.mentions[:at]):
        return False
    named = [o.entity.key for o in c.mentions if o is not m and o.entity.archetype == Archetype.HUMAN
             and not people_in(o.entity) for _ in range(o.count)]
    if len(named) != len(people):
        return False  # (more named: "his family crowds round" is others besides him)
    for p in people:
        k = p.key if p.key in named else next((k for k in named if _sex(k) is not None
                                               and _sex(k) == _sex(p.key)), None)
        if k is None:
            return False  # (a person of no sex: "they share their first kiss" is drawn as the pair)
        named.remove(k)
    return True


def _sex(key: str) -> str | None:
    """The sex a person's picture names ("princess", "old man"), or None ("person", "child")."""
    words = set(key.split())
    return "f" if words & FEMALE_WORDS else "m" if words & MALE_WORDS else None


def _member_for(m: Mention, base: str, cast: dict[str, CastMember], c: Clause,
                slugs: dict[int, list[str]]) -> str:
    """The member one mention of a kind stands for: the one of its colour where the film has one
    (a black cat and a white cat, then "the white cat"), else the kind's first; a new one where it
    is told apart by colour from the others of its kind (一只黑猫和一只白猫: two cats)."""
    same = [cid for cid in cast if cid == base or re.fullmatch(rf"{re.escape(base)}-\d+", cid)]
    here = {cid for o in c.mentions if o is not m for cid in slugs.get(id(o), [])}
    if (said := _said_before(m, base, c, slugs)) is not None:
        return said
    free = [cid for cid in same if cid not in here]
    if m.tint is not None:
        for cid in free:
            if cast[cid].appearance.tint == m.tint:
                return cid
        if free and cast[free[0]].appearance.tint is None and not any(cid in here for cid in same):
            return free[0]  # "a cat sleeps. The black cat wakes": the one cat
        return _free(base, cast) if same else base
    if m.another and base in here:
        return free[0] if free else _free(base, cast)  # "a cat chases another cat": two cats
    if base not in cast and free:
        return free[0]  # "two foxes play; one pounces": the first of them, not a third fox
    if any(cid in here and cast[cid].appearance.tint is not None for cid in same):
        return free[0] if free else _free(base, cast)  # a black cat and a cat: another one
    if base in here and any((o.words.lower() != m.words.lower() or o.scale != m.scale)
                            and base in slugs.get(id(o), []) for o in c.mentions if o is not m):
        # "a frigate chases a pirate ship", "a cat and a kitten": two things the same picture
        # draws are still two, as two words name them
        return free[0] if free else _free(base, cast)
    return base


def _said_before(m: Mention, base: str, c: Clause, slugs: dict[int, list[str]]) -> str | None:
    """The member a thing said again in its clause is (黑猫把白猫推了下去 after 一只黑猫和一只白猫; 蛋糕上
    after 一个生日蛋糕; "the cake" after "a birthday cake"; 房子旁边 after 一座小房子): one named before it
    as one, drawn the same, said in the same words or their end, of no other colour and no size of
    its own; not another ("a cat chases another cat", 一只猫 after 一只猫)."""
    if m.another or m.count != 1 or m.scale != 1.0:
        return None
    at = next(k for k, o in enumerate(c.mentions) if o is m)
    for o in reversed(c.mentions[:at]):
        ids = slugs.get(id(o), [])
        if len(ids) == 1 and (ids[0] == base or re.fullmatch(rf"{re.escape(base)}-\d+", ids[0])) \
                and o.count == 1 and o.words.lower().endswith(m.words.lower()) and m.tint in (None, o.tint):
            return ids[0]
    return None


def _free(base: str, cast: dict[str, CastMember]) -> str:
    """A kind's next unused id: cat-2 after cat."""
    k = 2
    while f"{base}-{k}" in cast:
        k += 1
    return f"{base}-{k}"


def _appearance(m: Mention, tint: str | None, notes: list[str], grouped: bool = False) -> Appearance:
    if grouped:  # one member of many copies: a flock, a school, a field of rocks
        return Appearance(scale=m.scale, tint=tint, count=m.count)
    if m.made_of is None:
        # (a size word on a set piece already drawn large stays within what the screenplay allows:
        # "a giant castle" is 2.5 times a castle's 9, which is more than 20)
        return Appearance(scale=min(m.scale * set_scale(m.entity), MAX_SCALE), tint=tint)
    if "made_of" not in Appearance.model_fields:  # a world without formations: the shape alone
        notes.append(f"'{m.words}' made of '{m.made_of.key}' is drawn as a plain '{m.words}'")
        return Appearance(scale=m.scale, tint=tint)
    return Appearance.model_validate({"scale": m.scale, "tint": tint, "made_of": cast_emoji(m.made_of)})


def _haired(look: Appearance, m: Mention) -> Appearance:
    """The hair said of a person ("a girl with a ponytail", 长发女孩) in its appearance."""
    if m.hair is None or m.entity.archetype != Archetype.HUMAN:
        return look
    style, colour = m.hair
    return look.model_copy(update={"hair": Hair(style=style, colour=colour)})


def _title(cast: list[CastMember]) -> str:
    """Who the film is about, in both languages ("Wolf / 狼"): the same for a Chinese and an English prompt."""
    names = list(dict.fromkeys((m.name.en, m.name.zh) for m in cast))[:2]
    en = " and ".join(n for n, _ in names)
    zh = "和".join(z for _, z in names if z)
    return f"{en[:1].upper()}{en[1:]}" + (f" / {zh}" if zh else "")


def _split_total(total: float, n: int) -> list[float]:
    units = round(total * 8)
    parts = [units // n + (1 if k < units % n else 0) for k in range(n)]
    out = [p / 8 for p in parts[:-1]]
    return [*out, total - sum(out)]
