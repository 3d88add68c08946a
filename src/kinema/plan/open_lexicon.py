"""The open vocabulary: every English noun and verb WordNet knows, and every Chinese word of
CC-CEDICT whose gloss grounds, mapped to a picture, a place, an effect or a world meaning.

Built offline by tools/build_lexicon.py into data/open_lexicon.tsv.gz (WordNet 3.0: Princeton
University, WordNet licence; CC-CEDICT: CC BY-SA 4.0), so planning needs one dictionary lookup
and no lexical database. The hand-written tables (catalog, synonyms, lexicon) are asked first.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kinema.plan.lexicon import CLASSIFIERS

# group: several of the entity (a band); verb: a verb with no world meaning (only as lang "env")
# word: a word of lang "w", known to WordNet and read as nothing (or a time phrase, lang "wt")
# weather: a Weather value (a gust, a breeze: wind)
KINDS = ("entity", "group", "place", "action", "effect", "verb", "word", "weather")
CREDIT = "WordNet 3.0 (Princeton University, WordNet licence); CC-CEDICT (MDBG, CC BY-SA 4.0)"


@dataclass(frozen=True)
class Word:
    kind: str  # one of KINDS
    # a catalog English name (an entity, a group's members), a Place value, a lexicon.ACTIONS
    # meaning or an effect kind
    value: str
    via: str  # how it was reached ("skateboarder > skater > athlete > person"), for the planner's notes
    tool: str = ""  # what a person is named after, a catalog name (a skateboarder's skateboard)


class Table:
    """The rows as the file has them, sorted lines "lang\tword\trest", found by binary search:
    splitting 100,000 rows into a dictionary was a tenth of a second of every cold start."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def get(self, key: tuple[str, str]) -> str | None:
        """The rest of the (lang, word) row, or None."""
        head = f"{key[0]}\t{key[1]}\t"
        i = bisect_left(self.lines, head)
        if i < len(self.lines) and self.lines[i].startswith(head):
            return self.lines[i][len(head):]
        return None

    def __contains__(self, key: tuple[str, str]) -> bool:
        return self.get(key) is not None

    def words(self, lang: str) -> Iterator[str]:
        """Every word of one lang, in order."""
        head = lang + "\t"
        for line in self.lines[bisect_left(self.lines, head):]:
            if not line.startswith(head):
                return
            yield line[len(head):line.index("\t", len(head))]


@lru_cache(maxsize=1)
def table() -> Table:
    """Every row, read once per process (about 100,000). tools/build_lexicon.py writes them
    sorted, one row per (lang, word) (test_open_vocabulary checks), as the search needs. A row
    becomes a Word only when it is looked up: building them all was most of a cold start."""
    raw = resources.files("kinema.plan").joinpath("data/open_lexicon.tsv.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    if lines and lines[0].startswith("#"):  # the credit line
        del lines[0]
    return Table(lines)


def _word(lang: str, word: str) -> Word | None:
    """The (lang, word) row as a Word, or None."""
    row = table().get((lang, word))
    if row is None:
        return None
    kind, value, via, tool = row.split("\t")
    return Word(kind, value, via, tool)


def _value(lang: str, word: str) -> str | None:
    """The value of the (lang, word) row (its second field), or None."""
    row = table().get((lang, word))
    return None if row is None else row.split("\t")[1]


def found_at(name: str) -> str | None:
    """The place a picture's thing is found in (a pan: room, a volcano: mountains), or None."""
    return _value("at", name)


def place_piece(word: str) -> str | None:
    """The picture a narrower made place stands where the broad place it is painted as would not
    show it (a bedroom's bed, a highway's motorway, 机场's airplane), or None."""
    return _value("pp", word)


def lookup(word: str) -> Word | None:
    if word.isascii():
        return _word("en", word)
    # (rows of lang `zj`: words jieba's own dictionary lists, read by their last character; the
    # segmenter is not taught them, as it is the `zh` words, so they cut no sentence anew)
    return _word("zh", word) or _word("zj", word)


def listed(word: str) -> Word | None:
    """The reading of a Chinese word CC-CEDICT lists (lang `zh`; not one read by jieba's list alone)."""
    return _word("zh", word)


def listed_whole(word: str) -> bool:
    """Whether CC-CEDICT lists a Chinese noun whole that no row reads (rows of lang `zl`: 天花板
    "ceiling"): one word, not shorter words that name other things (天花 "snow" and 板)."""
    return ("zl", word) in table()


def person_name(name: str) -> Word | None:
    """Someone a name written with a capital (Mozart), or a Chinese name (李白), stands for: rows of
    lang `nm`, the picture of what they were (plan/names.py)."""
    return _word("nm", name)


def surname(char: str) -> bool:
    """Whether CC-CEDICT lists a single Chinese character as a surname (rows of lang `zs`: 马, 王,
    张), for a surname before a word for a person (马老师: plan/names.py)."""
    return ("zs", char) in table()


def common_word(word: str) -> bool:
    """Whether an English word is one WordNet knows in lower case, read as anything or not (rows of
    lang `w` and the readings): a capitalised word that is not is someone's name (plan/names.py)."""
    return any((lang, word) in table() for lang in ("w", "en", "env", "ena"))


def being(key: str) -> bool:
    """Whether a picture drawn as a prop is someone (a mermaid, an ogre, an alien: rows of lang
    `being`): a pronoun may stand for it as for a person."""
    return ("being", key) in table()


def singulars(word: str) -> list[str]:
    """The singulars an English plural may have, the likeliest first ("flies" fly, "boxes" boxe
    then box); none for a word in -ss, and after sh only -es ("ashes" is ash's, not Ashe's)."""
    if word.endswith("ss"):
        return []
    return [word[: -len(cut)] + add for cut, add in (("ies", "y"), ("s", ""), ("es", ""))
            if word.endswith(cut) and len(word) - len(cut) + len(add) >= 3
            and not (cut == "s" and word.endswith("shes"))]


def verb_char(char: str) -> str | None:
    """The action meaning of a single Chinese character read as a verb (铲 to shovel: dig), for
    where a verb must stand: the table keeps these apart (`zv`), they are too ambiguous elsewhere."""
    return _value("zv", char)


def object_char(char: str) -> Word | None:
    """The thing a single Chinese character jieba tags a verb or a name is where it stands as an
    object (敲着鼓 a drum, 一面鼓): the table keeps these apart (`zn`), elsewhere it is no thing."""
    return _word("zn", char)


def verb_reading(word: str) -> Word | None:
    """The verb reading of an English form whose first reading is a thing ("plants a flag",
    "irons his shirts"): an action, or kind "verb" where the world has no meaning for it."""
    return _word("env", word)


def time_phrase(phrase: str) -> bool:
    """Whether a phrase of several tokens is one WordNet files only as a time (rows of lang `wt`:
    "new year eve", "first light"), whose words name no thing."""
    return ("wt", phrase) in table()


def material(word: str) -> bool:
    """Whether an English noun names a material (rows of lang `enm`: stone, glass, straw): before
    another thing it says what that thing is made of."""
    return ("enm", word) in table()


def animal_group(word: str) -> bool:
    """Whether an English noun has a sense WordNet files as a group of animals (rows of lang `coll`:
    a pod, a pride, a gaggle): before "of" and creatures it counts them."""
    return ("coll", word) in table()


def tool(name: str) -> bool:
    """Whether a catalog picture shows a tool (rows of lang `tool`: a saw, an axe, a hammer): a verb
    named after it ("saws a plank") is done holding it."""
    return ("tool", name) in table()


def known_head(word: str) -> str | None:
    """The head a closed English noun WordNet knows ends in, where WordNet says it is one (its gloss
    or a broader word names it: a handbell, "a bell held in the hand"), as lang `enh`; or None."""
    return _value("enh", word)


def noun_reading(word: str) -> Word | None:
    """The thing an English word mostly used as an adjective names where it stands as a noun
    ("slices an orange", "oranges"): the table keeps these apart (`ena`)."""
    return _word("ena", word)


def verb_object(verb: str, obj: str) -> str | None:
    """The action meaning WordNet glosses a verb with its object as (rows of lang `vo`: "rides"
    "waves" is surfing, "takes" "seat" sitting), or None."""
    return _value("vo", f"{verb} {obj}")


def object_senses(verb: str) -> tuple[frozenset[str], frozenset[str] | None]:
    """For an English verb form whose world meaning holds a tool: the pictures its object may be
    where it means another of its senses (lang `vx`: "draws a sword", "rings a bell"), and those its
    tool's sense is said of, or None where its gloss names none (lang `vt`: plants "(seeds,
    seedlings, or plants)")."""
    away, toward = _value("vx", verb), _value("vt", verb)
    return (frozenset(away.split(";")) if away else frozenset(),
            frozenset(toward.split(";")) if toward else None)


def handheld(name: str) -> str | None:
    """How a catalog picture's thing is held where it is made to be held in the hand (rows of lang
    `hand`, from its WordNet gloss): "over" the head (an umbrella, a parasol), else "hand"; None
    for anything else (a table is no thing one walks under holding it)."""
    return _value("hand", name)


def verb_kind(char: str) -> str | None:
    """The kind of doing WordNet files a single Chinese verb character's first gloss under, where it
    has no action (`zk`: 包 "to cover" verb.contact, 卖 "to sell" verb.possession)."""
    return _value("zk", char)


def food(name: str) -> bool:
    """Whether a catalog English name pictures food (WordNet's noun.food, an edible fruit: rows of
    lang `food`): a verb no table reads said of one is kitchen work (包饺子)."""
    return ("food", name) in table()


def effect_of(name: str) -> str | None:
    """The effect a catalog picture's thing is a kind of, in its name's first WordNet sense (rows of
    lang `fx`: a firecracker is a firework), else None."""
    return _value("fx", name)


def said_by(name: str, verb: str) -> str | None:
    """The world meaning a verb form (or Chinese word) has said of a catalog picture's thing, where
    the thing's WordNet gloss says it does that verb and one of its senses is drawn as an effect
    (rows of lang `vs`: a volcano erupts, 火山喷发: it explodes), else None."""
    return _value("vs", f"{name}|{verb}")


@lru_cache(maxsize=1)
def measure_words() -> str:
    """The Chinese measure words, as one string: the hand table's (lexicon.CLASSIFIERS) and those
    CC-CEDICT names for nouns (一台电脑, 两瓶水, 三盒蛋糕: rows of lang "zq")."""
    return CLASSIFIERS + "".join(sorted(w for w in table().words("zq") if w not in CLASSIFIERS))


def container(char: str) -> tuple[str, ...]:
    """The English nouns of the container a Chinese character names (rows of lang `zc`: 碗 "bowl", 袋
    "pouch bag sack", 箱 "box"), in its gloss's order, where a count before it makes it the measure word
    of what it holds (一碗粥, 两袋米); () where it names none."""
    value = _value("zc", char)
    return tuple(value.split()) if value else ()


def chinese_words() -> list[str]:
    """The Chinese words of two or more characters, for the segmenter (it knows single ones); and the
    nouns listed whole that were read once and now read as nothing (`zl` rows "made": 挖掘机, a
    machine no picture shows, stays one word)."""
    made = [w for w in table().words("zl") if _value("zl", w) == "made"]
    return sorted(w for w in [*table().words("zh"), *made] if len(w) > 1)


def stem(word: str) -> str:
    """A word cut to what its inflections share ("sailing", "sails", "sailed": "sail"), the same at
    build and at planning time, to match a sentence's words with a sense's gloss."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    for end in ("ing", "ed"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[:-len(end)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # running: run (not the l of "rolling", the s of "dressed")
            return w.rstrip("e")
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    return w.rstrip("e") if len(w) > 3 else w  # (circle, circling: circl)


@dataclass(frozen=True)
class Sense:
    """One of a word's readings by its senses (rows of lang `sense`): "entity:glass", "group:person",
    "effect:lightning", and the cues that say it: stems of its gloss, its names, its broader words'
    and the words whose glosses name it with it, and its classes ("@vehicle", "@held")."""
    reading: str
    cues: frozenset[str]


def senses(word: str) -> list[Sense]:
    """The readings an English noun's senses reach where they reach different pictures, its
    word-level reading's first (schooner: the beer glass, then the sailing ship), or []."""
    row = table().get(("sense", word))
    if row is None:
        return []
    _, value, via, _ = row.split("\t")
    return [Sense(r, frozenset(c.split())) for r, c in zip(value.split(";"), via.split(";"), strict=True)]


def animal_part(word: str) -> str | None:
    """How an English noun form names a part of an animal (rows of lang `part`): "whole" where it is
    read as the animal it is part of (antlers: the deer), "" where it is read otherwise but one of
    its senses is such a part (horns, first the noisemaker; a trunk, luggage), None where none is or
    the word is drawn as the part itself or a covering (a wing 🪽, a shell, a feather)."""
    return _value("part", word)


def verb_cues(word: str) -> frozenset[str]:
    """The classes of thing an English verb form's glosses name (rows of lang `vcue`): "sails" a boat
    (@vehicle), "waves" with the hands (@held), for a sentence to read its nouns' senses by."""
    value = _value("vcue", word)
    return frozenset(value.split()) if value else frozenset()
