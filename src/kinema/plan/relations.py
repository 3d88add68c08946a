"""How the things a clause names stand to one another: spatial relations (left of, on top of,
behind, between, 在…左边 …) and interactions that put two bodies together (riding, holding,
sitting on, 骑着, 拿着 …). Read from the words between two mentions (and, in Chinese, the
locative after the second), so any pair of things the vocabulary grounds composes.

Prepositions, locatives and these few verbs are a closed class of the language: a table is the
general mechanism here, unlike nouns, which the open vocabulary grounds."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kinema.bodies import BODIES
from kinema.plan import lexicon as lx
from kinema.plan import open_lexicon
from kinema.screenplay.model import Archetype

if TYPE_CHECKING:
    from kinema.plan.parse import Mention

SPATIAL = ("left_of", "right_of", "on_top_of", "under", "in_front_of", "behind", "next_to", "inside",
           "between", "around")
BODILY = ("ride", "hold", "hold_over", "carry", "sit_on", "stand_on", "lie_in", "push", "pull", "hug",
          "shake_hands", "follow", "fight")
HELD = ("hold", "carry")  # relations that put the thing in the hands
_BETWEEN_BODIES = ("fight", "hug", "shake_hands", "follow")  # done with another body, never with a thing
_AIMED = frozenset({"spray", "throw", "kick", "punch", "release"})  # done at a thing from a distance
GOALS = ("toward",)  # where a journey ends: "rides toward a castle", 朝城堡奔去

# Meanings that carry the subject along (plan/blocking.py MOVING and leaps): with a relation word
# after them ("flies over", "runs past", 跑到…前面) the words say a path, not a place.
PATHS = frozenset({"chase", "flee", "follow", "drive", "fly", "swim", "sail", "run", "leave", "walk", "jump",
                   "pounce", "dive", "roll", "climb"})

# English phrases between the two names, longest first where one holds another.
_EN_SPATIAL: tuple[tuple[str, str], ...] = (
    ("on the left of", "left_of"), ("to the left of", "left_of"), ("on the left side of", "left_of"),
    ("left of", "left_of"), ("on the right of", "right_of"), ("to the right of", "right_of"),
    ("on the right side of", "right_of"), ("right of", "right_of"), ("on top of", "on_top_of"),
    ("on the top of", "on_top_of"), ("in front of", "in_front_of"), ("at the front of", "in_front_of"),
    ("next to", "next_to"), ("close to", "next_to"), ("beside", "next_to"), ("besides", "next_to"),
    ("near", "next_to"), ("by", "next_to"), ("alongside", "next_to"), ("behind", "behind"),
    ("in back of", "behind"), ("at the back of", "behind"), ("under", "under"), ("underneath", "under"),
    ("beneath", "under"), ("below", "under"), ("above", "on_top_of"), ("over", "on_top_of"),
    ("atop", "on_top_of"), ("on", "on_top_of"), ("onto", "on_top_of"), ("upon", "on_top_of"),
    ("inside", "inside"), ("in", "inside"), ("into", "inside"), ("within", "inside"),
    ("between", "between"), ("among", "between"), ("amid", "between"), ("around", "around"),
    ("towards", "toward"), ("toward", "toward"), ("up to", "toward"), ("to", "toward"),
)
# Verb stems (lemmatised below) and what they do with the thing named after them.
_EN_BODILY = {"ride": "ride", "hold": "hold", "grip": "hold", "grasp": "hold", "clutch": "hold",
              "carry": "carry", "lug": "carry", "tote": "carry", "push": "push", "shove": "push",
              "pull": "pull", "drag": "pull", "tow": "pull", "hug": "hug", "embrace": "hug",
              "cuddle": "hug", "follow": "follow", "fight": "fight", "sit": "sit_on", "stand": "stand_on",
              "perch": "stand_on", "lie": "lie_in", "lay": "lie_in", "sleep": "lie_in"}
_POSTURE = {"sit_on", "stand_on", "lie_in"}  # need a preposition after them (sitting ON a chair)
# Verbs of working a vehicle from inside it ("rows a boat", "drives a car", 开着车, 划着小船): with a
# vehicle named right after them, the one who does it is carried by it, as a rider by a mount.
_EN_STEER = frozenset({"row", "paddle", "sail", "drive", "steer", "pilot", "canoe", "kayak", "pedal"})
_ZH_STEER = ("划", "开", "驾", "蹬")
_DOERS = (Archetype.HUMAN, Archetype.CANINE, Archetype.FELINE)  # a dog may drive a car in a film
_IRREGULAR = {"rode": "ride", "ridden": "ride", "held": "hold", "sat": "sit", "stood": "stand",
              "lying": "lie", "lain": "lie", "fought": "fight", "slept": "sleep", "drove": "drive",
              "driven": "drive"}

# Chinese: a verb before the second name, a locative after it.
_ZH_BODILY = (("骑", "ride"), ("拿", "hold"), ("握", "hold"), ("举", "hold"), ("提", "carry"),
              ("捧", "hold"), ("撑", "hold"), ("牵", "pull"), ("抱", "hug"), ("搂", "hug"), ("背", "carry"),
              ("扛", "carry"), ("搬", "carry"), ("抬", "carry"), ("推", "push"), ("拉", "pull"),
              ("拖", "pull"), ("跟着", "follow"), ("跟随", "follow"), ("打", "fight"), ("坐", "sit_on"),
              ("站", "stand_on"), ("立", "stand_on"), ("躺", "lie_in"), ("睡", "lie_in"), ("趴", "lie_in"),
              ("朝", "toward"), ("向", "toward"), ("往", "toward"))
_ZH_LOCATIVE = (("左", "left_of"), ("右", "right_of"), ("上", "on_top_of"), ("顶", "on_top_of"),
                ("背上", "on_top_of"), ("下", "under"), ("底", "under"), ("前", "in_front_of"),
                ("后", "behind"), ("背后", "behind"), ("旁", "next_to"), ("边", "next_to"),
                ("附近", "next_to"), ("里", "inside"), ("内", "inside"), ("中间", "between"),
                ("之间", "between"), ("中", "inside"), ("周围", "around"))
# Chinese locative words (方位词: 旁边, 后面, 左侧, 中间 ...): where something is, never a thing.
_ZH_SIDES = "左右上下前后里外旁内"
LOCATIVE_WORDS = frozenset({*(r + t for r in _ZH_SIDES for t in "边面方侧头"), "中间", "之间", "附近",
                            "周围", "底下", "旁", "背后", "顶上", "上方", "当中", "背上", "对面",
                            "面前", "跟前", "眼前"})  # (before someone: 跑到爸爸面前 is no noodles)
# Words that end one part of a sentence: what follows is not related to what came before.
_CLAUSE_BREAKS = {",", "，", "。", ".", ";", "；", "then", "while", "and", "as", "but", "when", "before",
                  "after", "然后", "同时", "而", "和", "与", "跟"}
_ZH_AND = {"和", "与", "跟", "及", "同"}
_THERE = {"有", "是"}  # 左边有, 后面是: there is
_SHAKE = re.compile(r"\bshak\w* hands?\b|握手")


@dataclass(frozen=True)
class Relation:
    kind: str  # one of SPATIAL, BODILY or GOALS
    a: Mention  # who or what stands in the relation
    b: Mention  # what it is said of
    c: Mention | None = None  # the second side of "between a and c"


def _inflected(word: str, stems: Collection[str]) -> str | None:
    """`word`'s stem in `stems` by its inflection (riding → ride, hugging → hug, carries → carry)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""  # hugging
            for cand in (stem, doubled, stem + "e", stem[:-1] + "y" if stem.endswith("i") else ""):
                if cand and cand in stems:
                    return cand
    return None


def lemma(word: str) -> str:
    """An English verb's stem by its inflection (riding → ride, holds → hold, hugged → hug)."""
    return _IRREGULAR.get(word) or _inflected(word, _EN_BODILY) or word


_DETERMINERS = {"a", "an", "the", "two", "some", "his", "her", "its", "their", "my", "our", "this", "that",
                "one", "of", "with", "up"}
_ZH_PARTICLES = set("的着了在一两")
_ZH_POSSESSORS = {"他", "她", "它", "他们", "她们", "它们", "我", "我们", "你", "你们"}  # 它的主人: its owner


@lru_cache(maxsize=1)
def _zh_count() -> re.Pattern[str]:
    return re.compile(rf"^[一二两三四五六七八九十几\d]*[{open_lexicon.measure_words()}]?$")


@lru_cache(maxsize=1)
def _cn_count_only() -> re.Pattern[str]:
    """A count and its measure word, both said (一个, 两只)."""
    return re.compile(rf"^[一二两三四五六七八九十几\d]+[{open_lexicon.measure_words()}]$")


# A verb of one or two characters, its aspect particle kept or not (坐, 坐着, 蹲, 躺着).
_CJK_VERB = re.compile(r"^[\u4e00-\u9fff][着了]?$")


def _modifier(word: str) -> bool:
    """A word that may stand between the relation word and the thing: a determiner, count,
    colour or size (on top of *a big red* car, 骑着*一匹白*马), or a noun the open vocabulary reads
    as a thing only where it stands as one, as an adjective ("pushing a *toy* car")."""
    return (word in _DETERMINERS or word in _ZH_PARTICLES or word in _ZH_POSSESSORS or word in lx.COLOURS
            or word in lx.SIZES or word in lx.NUMBERS or bool(_zh_count().match(word))
            or word.rstrip("色的") in lx.COLOURS
            or (word.isascii() and open_lexicon.noun_reading(word) is not None
                and open_lexicon.lookup(word) is None))


def _closes(gap: list[str], at: int) -> bool:
    """Only modifiers follow gap[at]: the relation word leads straight to the thing it names."""
    return all(_modifier(w) for w in gap[at + 1:])


def _en(gap: list[str]) -> str | None:
    if any(w in _CLAUSE_BREAKS for w in gap):
        return None
    lemmas = [lemma(w) for w in gap]
    spatial: str | None = None
    for phrase, kind in _EN_SPATIAL:
        n = len(phrase.split())
        for i in range(len(gap) - n + 1):
            if " ".join(gap[i:i + n]) == phrase and _closes(gap, i + n - 1):
                spatial = kind
                break
        if spatial:
            break
    for i, stem in enumerate(lemmas):
        verb = _EN_BODILY.get(stem)
        if verb is None:
            continue
        if verb not in _POSTURE and _closes(gap, i):
            return verb
        if verb in _POSTURE and (spatial in ("on_top_of", "inside", "next_to") or _closes(gap, i)):
            return verb  # sitting on / in a chair
    return spatial


def _steers(gap: list[str], chinese: bool) -> bool:
    """The words between a doer and a vehicle say the doer works it from inside."""
    if any(w in _CLAUSE_BREAKS for w in gap):
        return False
    if chinese:
        return any(w.startswith(_ZH_STEER) and _closes(gap, i) for i, w in enumerate(gap))
    return any((lemma(w) in _EN_STEER or _inflected(w, _EN_STEER) is not None) and _closes(gap, i)
               for i, w in enumerate(gap))


def _zh(gap: list[str], after: list[str]) -> str | None:
    if any(w in _CLAUSE_BREAKS for w in gap):
        return None
    place = "".join(after[:2]).lstrip("的")
    spatial = next((kind for stem, kind in _ZH_LOCATIVE if place.startswith(stem)), None)
    verb = None
    for i, w in enumerate(gap):
        found = next((kind for stem, kind in _ZH_BODILY if stem in w), None)
        if found is not None and _closes(gap, i):
            verb = found
    if verb is not None and (verb not in _POSTURE or spatial in (None, "on_top_of", "inside")):
        return verb
    # A place is said with 在 ("A在B上面", 站在, 躲在): "B上面的A" and "A和B" relate nothing.
    return spatial if any("在" in w for w in gap) else None


def relations(toks: list[str], mentions: list[Mention], meaning: Callable[[str], str | None]) -> list[Relation]:
    """The relations between each pair of neighbouring named things, in the order named.
    `meaning` gives a word's action meaning (lexicon.ACTIONS), if it has one."""
    # Not a tool the open vocabulary added, nor a where (手里 "in the hand").
    named = [m for m in mentions if m.end > m.start and not (len(m.words) == 2 and m.words[-1] in _ZH_SIDES)]
    # A thing named right before another, nothing between, only describes it: a toy car (玩具车) is
    # the car pushed, the toy no second thing in the relation.
    # (Not before a verb-object word cast as its object: 女孩骑自行车, the girl rides the bicycle.)
    modifiers = {i for k, m in enumerate(named[:-1]) if named[k + 1].start == m.end
                 and not _verb_before(toks, named[k + 1]) for i in range(m.start, m.end)}
    named = [m for m in named if m.start not in modifiers]
    out: list[Relation] = []
    text = " ".join(toks)
    for k in range(len(named) - 1):
        a, b = named[k], named[k + 1]
        gap = [toks[i] for i in range(a.end, b.start) if i not in modifiers]
        rest = toks[b.end:named[k + 2].start if k + 2 < len(named) else len(toks)]
        if verb := _verb_before(toks, b):  # 骑自行车 cast as the bicycle: 骑 is the verb
            gap = [*gap, verb]
        chinese = any("\u3400" <= ch <= "\u9fff" for ch in "".join(gap + rest) + a.words + b.words)
        if chinese and (done := _zh_relative(toks, a, b, gap)) is not None:
            out.append(Relation(done, b, a))  # 骑马的人: the person rides the horse
            continue
        if chinese and (there := _zh_there(gap)) is not None:
            out.append(Relation(there, b, a))  # 房子后面有一棵树: the tree is behind the house
            continue
        kind = _zh(gap, rest) if chinese else _en(gap)
        if chinese and kind is None and k + 2 < len(named) and "".join(rest) in _ZH_AND:
            other = named[k + 2]  # A在B和C中间: the locative follows the second side
            end = named[k + 3].start if k + 3 < len(named) else len(toks)
            if _zh(gap, toks[other.end:end]) == "between":
                out.append(Relation("between", a, b, other))
            continue
        if kind is None:
            kind = _mutual(gap, rest, chinese, k + 2 >= len(named))  # 男孩和女孩在拥抱: to each other
        if kind is None and _SHAKE.search(text):
            kind = "shake_hands"
        if kind is None and b.entity.archetype == Archetype.VEHICLE and a.entity.archetype in _DOERS \
                and _steers(gap, chinese):
            kind = "ride"
        if kind in _BETWEEN_BODIES and b.entity.archetype == Archetype.PROP:
            kind = "hold"  # "fight with swords", "hug with a pillow": a thing is what the hands hold
        if kind == "hug" and a.entity.archetype == Archetype.HUMAN and _armful(b):
            kind = "hold"  # 女孩抱着小猫: a cat or a puppy is hugged in the arms, held up
        if kind == "under" and a.entity.archetype == Archetype.HUMAN and open_lexicon.handheld(b.entity.key):
            kind = "hold_over"  # "walks under an umbrella": a thing made for the hand, held up over the head
        if kind is None or (kind == "inside" and b.words.endswith(lx.CLOTHING)):
            continue  # "a girl in a yellow raincoat": worn, not a place
        if kind in SPATIAL and any(meaning(w) in PATHS for w in gap):
            continue  # "flies over a castle": a path the blocking plays, not where it stands
        if kind == "on_top_of" and any(meaning(w) in _AIMED for w in gap):
            continue  # "sprays water on its baby": what the spray reaches, not where it stands
        c: Mention | None = None
        if kind == "between" and b.count < 2:
            if k + 2 >= len(named):
                continue
            c = named[k + 2]
        out.append(Relation(kind, a, b, c))
    if not any(r.kind in ("left_of", "right_of") for r in out):
        out += _sides(toks, named)
    return out


def _armful(m: Mention) -> bool:
    """A creature small enough to be held in a person's arms (a cat, a puppy, a bird), one of it."""
    return m.entity.archetype not in (Archetype.HUMAN, Archetype.VEHICLE, Archetype.PROP) and m.count == 1 \
        and BODIES[m.entity.archetype].height * m.scale <= 0.6


def _zh_relative(toks: list[str], a: Mention, b: Mention, gap: list[str]) -> str | None:
    """骑马的人, 划船的老人, 推着婴儿车的妈妈: a verb and its object, then 的, then a doer: the doer
    does the verb to the thing (a relative clause; the thing does nothing). The verb is the word
    before the thing, or the front of the word the thing was cut from (骑马 → 骑 + 马)."""
    if gap != ["的"] or b.entity.archetype not in _DOERS:
        return None
    verb = _verb_before(toks, a)
    if not verb and a.start > 0:
        verb = toks[a.start - 1].rstrip("着了")
    if not verb:
        return None
    if a.entity.archetype == Archetype.VEHICLE and verb.startswith(_ZH_STEER):
        return "ride"  # 划船, 开车: worked from inside, carried by it
    return next((kind for stem, kind in _ZH_BODILY if verb.startswith(stem) and kind not in _POSTURE), None)


# What two do to each other, said once after both are named (A和B在拥抱, "a boy and a girl hugging").
_MUTUAL = ("hug", "fight", "shake_hands")
# What may follow such a verb and leave it whole: an aspect particle, "each other", "together".
_MUTUAL_TAIL = {"了", "着", "起来", "在一起", "一起", "each", "other", "one", "another", "together"}


def _mutual(gap: list[str], rest: list[str], chinese: bool, last: bool) -> str | None:
    """A verb two do to each other, after both names joined by "and" (only "and" and their
    modifiers between them), closing its part of the sentence: not before a thing named next
    (`last`: none is), which is its object (在打篮球 plays ball, no fight)."""
    joins = _ZH_AND if chinese else {"and"}
    if not any(w in joins for w in gap) or not all(w in joins or _modifier(w) for w in gap):
        return None
    for i, w in enumerate(rest):
        if w in _CLAUSE_BREAKS:
            return None
        kind = next((k for stem, k in _ZH_BODILY if stem in w), None) if chinese else _EN_BODILY.get(lemma(w))
        if kind in _MUTUAL:
            tail = rest[i + 1:]
            cut = next((j for j, t in enumerate(tail) if t in _CLAUSE_BREAKS), len(tail))
            if cut == len(tail) and not last:
                return None
            return kind if all(t in _MUTUAL_TAIL for t in tail[:cut]) else None
    return None


def _verb_before(toks: list[str], m: Mention) -> str:
    """The word the mention's tokens hold before its name ('' if none): a verb-object word cast
    as its object (骑自行车 cast as the bicycle: 骑)."""
    whole = "".join(toks[m.start:m.end])
    return whole[: -len(m.words)] if whole != m.words and whole.endswith(m.words) else ""


def _zh_there(gap: list[str]) -> str | None:
    """B的左边有A, 房子后面是一棵树: a locative word, then 有 or 是, then only the second thing's
    modifiers: the second thing stands there, on that side of the first. Or a verb of being there
    and a count (树下坐着一个老人, 沙发上躺着一只猫): the old man is under the tree, sitting."""
    for i, w in enumerate(gap[1:], 1):
        where = gap[i - 1]
        counted = i + 1 < len(gap) and bool(_cn_count_only().match(gap[i + 1])) and bool(_CJK_VERB.match(w))
        if (w in _THERE or counted) and (where in LOCATIVE_WORDS or where in _ZH_SIDES) and _closes(gap, i) \
                and all(x in _ZH_PARTICLES for x in gap[:i - 1]):
            return next((kind for stem, kind in _ZH_LOCATIVE if where.startswith(stem)), None)
    return None


def _side(words: list[str]) -> str | None:
    """The side of the frame a phrase says, alone (左边, "on the left"); not a side *of* something."""
    text = " ".join(words)
    for pre in ("on the ", "to the ", "at the ", "in the "):
        for side in ("left", "right"):
            if text in (pre + side, f"{pre}{side} side", f"is {pre}{side}"):
                return side
    zh = [w for w in words if w != "在"]  # 猫在左边, 左边是猫, 左边一只猫
    if len(zh) <= 2 and zh and zh[0] in LOCATIVE_WORDS and all(w in _THERE for w in zh[1:]):
        return {"左": "left", "右": "right"}.get(zh[0][0])
    return None


def _sides(toks: list[str], named: list[Mention]) -> list[Relation]:
    """Things set on the two sides of the frame ("a laptop on the left and a phone on the right",
    左边是一只猫，右边是一只狗): the one on the left is left of the one on the right. A side is said
    right after the thing in English, right before it in Chinese, within its part of the sentence."""
    side: dict[int, str] = {}
    for k, m in enumerate(named):
        after = toks[m.end:named[k + 1].start if k + 1 < len(named) else len(toks)]
        cut = next((i for i, w in enumerate(after) if w in _CLAUSE_BREAKS), len(after))
        before = toks[named[k - 1].end if k else 0:m.start]
        start = max((i + 1 for i, w in enumerate(before) if w in _CLAUSE_BREAKS), default=0)
        said = _side(after[:cut]) or _side([w for w in before[start:] if not _modifier(w) or w in _THERE])
        if said is not None:
            side[k] = said
    left = [named[k] for k, s in sorted(side.items()) if s == "left"]
    right = [named[k] for k, s in sorted(side.items()) if s == "right"]
    return [Relation("left_of", left[0], right[0])] if left and right else []
