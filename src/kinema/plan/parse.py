"""Text to clauses: what is named (with counts, colours, sizes), where, when, what happens, and
what the camera was asked to do. Chinese goes through jieba; English through a word regex."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

import emoji
import jieba

from kinema.motions import MOTIONS
from kinema.plan import lexicon as lx
from kinema.plan import names, open_lexicon, segmenter, sky
from kinema.plan.catalog import Entity, catalog
from kinema.plan.colour_words import colour_run, compound_tint
from kinema.plan.groups import people_in
from kinema.plan.hair_words import HairWord, hair_compound, hair_table, shade
from kinema.plan.mounts import each_holds, held_not_hit, mount_tools
from kinema.plan.relations import LOCATIVE_WORDS, Relation, relations
from kinema.plan.sets import is_set
from kinema.plan.tools import COMPOSED, tool_keys
from kinema.screenplay.model import Archetype, Place, ShotSize, TimeOfDay, Weather

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # letters with accents too (crème, piñata)
_RUNS = re.compile(rf"([\u3400-\u9fff\uf900-\ufaff]+)|([{_LATIN}]+(?:[-'][{_LATIN}]+)*)|(\S)")
_NUMERALS = r"(?:好几|[一二两俩三四五六七八九十几百千万\d])+"  # 十五, 二十, 五六, 几百, 好几
_CN_NUMBER = re.compile(rf"^{_NUMERALS}$")
_SPLIT = re.compile(r"[。！？!?；;：:\n]+|\.(?=\s|$)")
_NUMBERED = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、)）]\s*")
_TITLE = re.compile(r"《([^》]*)》|“([^”]*)”|\"([^\"]*)\"")
MAX_NGRAM = 4
ENGINE = "engine"  # the catalog key of engines and flames (🔥)


@dataclass
class Mention:
    entity: Entity
    words: str
    count: int = 1
    group: bool = False  # named as a flock, school, herd or field: one member of `count` copies
    tint: str | None = None
    scale: float = 1.0
    made_of: Entity | None = None  # the member is a shape built of copies of this
    start: int = 0  # its first token, and the token after it
    end: int = 0
    actions: list[str] = field(default_factory=list)  # what this one does: the verbs after it
    hair: tuple[str | None, str | None] | None = None  # a person's hair: (style, colour) as said of it
    pronoun: bool = False  # "She dances ...": a person the clause names only by a pronoun
    another: bool = False  # "another cat", "a boy pushes a boy": a new one of a kind named before


@dataclass
class Clause:
    text: str
    mentions: list[Mention] = field(default_factory=list)
    places: list[tuple[Place, int]] = field(default_factory=list)
    times: list[TimeOfDay] = field(default_factory=list)
    weather: list[Weather] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # meanings, keys of lexicon.ACTIONS
    sizes: list[ShotSize] = field(default_factory=list)
    single_take: bool = False
    unknown: list[str] = field(default_factory=list)  # content words that grounded to nothing
    effects: list[str] = field(default_factory=list)  # effect kinds named (fire, smoke, fireworks ...)
    broader: list[str] = field(default_factory=list)  # notes: words cast as a broader word (open lexicon)
    tools: dict[int, int] = field(default_factory=dict)  # mention index → its tool's (a skateboarder's board)
    relations: list[Relation] = field(default_factory=list)  # how the named things stand (plan/relations.py)
    wielded: list[tuple[str, str]] = field(default_factory=list)  # (who, what) a doing is said done "with"
    said: list[str] = field(default_factory=list)  # words said of someone that may name a thing's kind
    grounds: list[tuple[Place, str]] = field(default_factory=list)  # each place as worded (plan/standing.py)

    @property
    def directs_camera(self) -> bool:
        return bool(self.sizes) or self.single_take


def _place_picture(phrase: str) -> Entity | None:
    """The picture a place word also names, by name or by its singular ("windows"), if any."""
    cat = catalog()
    return cat.en_index.get(phrase.lower()) or cat.zh_index.get(phrase) \
        or next((e for one in open_lexicon.singulars(phrase.lower()) if (e := cat.en_index.get(one))), None)


def _building_named(phrase: str, place: Place | None = None) -> Entity | None:
    """The picture a place word also names when that picture is a building (a set piece)."""
    ent = _place_picture(phrase)
    if ent is None and place is not None and _CJK.search(phrase):
        ent = _translated_building(phrase, place)
    return ent if ent is not None and is_set(ent) else None


def _translated_building(phrase: str, place: Place) -> Entity | None:
    """The picture CC-CEDICT's reading of a Chinese place word names, where an English word of the
    same place names that picture too (大楼 "building", as "building" stages the wall of windows):
    the Chinese word stands in the film as the English one does. Not a reading no English word of
    its place shares (家里 "at home" is the room, no house)."""
    row = open_lexicon.listed(phrase)
    ent = catalog().en_index.get(row.value) if row is not None and row.kind == "entity" else None
    if ent is None:
        return None
    shared = any((e := _place_picture(w)) is not None and e.key == ent.key
                 for w, _ in lx.PLACES.get(place, ()) if w.isascii())
    return ent if shared else None


# "from one window to another", 从一扇窗户跳到另一扇: "one" picks out a place, it counts no thing
_OTHER = frozenset({"another", "other", "另一", "另", "另外"})


def _counted_place(phrase: str) -> Entity | None:
    """The thing's picture a counted place word names (🪟 for "one window", "two windows")."""
    ent = _place_picture(phrase)
    return ent if ent is not None and ent.archetype == Archetype.PROP else None


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, object]]:
    """One lookup of every known phrase → (kind, value)."""
    table: dict[str, tuple[str, object]] = {}
    cat = catalog()
    for name, ent in cat.en_index.items():
        table.setdefault(name, ("entity", ent))
    for name, ent in cat.zh_index.items():
        table.setdefault(name, ("entity", ent))
    # Setting, action and camera words win over emoji names ("moon" is the night, not a prop).
    for place, words in lx.PLACES.items():
        for w, weight in words:
            table[w] = ("place", (place, weight))
    for tod, ws in lx.TIMES.items():
        for w in ws:
            table[w] = ("time", tod)
    for wea, ws in lx.WEATHER.items():
        for w in ws:
            table[w] = ("weather", wea)
    for meaning, ws in lx.ACTIONS.items():
        for w in ws:
            table[w] = ("action", meaning)
    for w, hexa in lx.COLOURS.items():
        table[w] = ("colour", hexa)
    for w, s in lx.SIZES.items():
        table[w] = ("size", s)
    for w, n in lx.NUMBERS.items():
        table.setdefault(w, ("count", n))
    for w, size in lx.SHOT_WORDS.items():
        table[w] = ("shot", size)
    for w in lx.SINGLE_TAKE:
        table[w] = ("take", True)
    for w in lx.CLOTHING:
        table[w] = ("clothing", True)
    for w, hair in hair_table().items():
        table[w] = ("hair", hair)
    for w in lx.MADE_OF:
        table[w] = ("made_of", True)
    for w in lx.MADE_INTO:
        table[w] = ("made_into", True)
    for w in lx.EFFECTS:
        table[w] = ("effect", lx.EFFECTS[w])
    for w in lx.ZH_STOP:
        table.setdefault(w, ("stop", True))
    for w in lx.COUNTERPARTS:
        table[w] = ("counterpart", True)
    return table


def added_words() -> list[tuple[str, int]]:
    """The words the planner adds to jieba's dictionary, in order, with their frequencies."""
    table = _phrases()
    # Not single characters: jieba knows them, and a boosted 马 would cut 马上 "at once" into
    # a horse and "on", 火车站 into fire and a station.
    out = [(w, 200000) for w in table if _CJK.search(w) and 2 <= len(w) <= 8]
    # The open vocabulary's Chinese words, at a modest frequency: known to the segmenter without
    # outweighing the hand-written names.
    # A word that ends in an aspect or structural particle is left to jieba's own count: raised, it
    # beats the longer word before the particle (对面的 "opposite" is not 对 + 面的 "a taxi").
    out += [(w, OPEN_FREQ) for w in open_lexicon.chinese_words()
            if w not in table and len(w) <= 8 and not (len(w) > 1 and w[-1] in _ZH_PARTICLES)]
    return out


_ZH_PARTICLES = "的了着过"


@lru_cache(maxsize=1)
def _segmenter() -> jieba.Tokenizer:
    """A jieba that knows every Chinese phrase of the lookup as a word. Built only for text with
    Chinese in it, from the pre-built dictionary (plan/segmenter.py)."""
    return segmenter.tokenizer(added_words())


OPEN_FREQ = 3000
WORD_FREQ = 5  # jieba's rarest entries (1 to 5) are fragments more than words


def _a_word(text: str) -> bool:
    """Whether jieba's dictionary has `text` as a word of its own, not a rare fragment."""
    seg = _segmenter()
    seg.check_initialized()
    return int(seg.FREQ.get(text, 0)) > WORD_FREQ


_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b|(?<=s)['’](?=\s|$)")


def tokens(text: str, lang: str = "auto") -> list[str]:
    """Words: jieba for Chinese runs (for the whole text when lang is zh), a regex for the rest.
    A possessive is the word ("grandpa's glasses"), and jack-o'-lantern one word."""
    text = _POSSESSIVE.sub("", text.replace("'-", "-").replace("’-", "-"))
    out: list[str] = []
    if lang == "zh":
        cut = _demonstrated(_fragments_given_back(list(_segmenter().cut(text, HMM=False))))
        for k, t in enumerate(cut):
            if t.strip():
                out.extend(([t] if _an_adverb(cut, k) else _resplit(t)) if _CJK.search(t) else [t.lower()])
        return _cut_again(out)
    for m in _RUNS.finditer(text):
        if m.group(1):
            cut = _demonstrated(_fragments_given_back(list(_segmenter().cut(m.group(1), HMM=False))))
            for k, t in enumerate(cut):
                if t.strip():
                    out.extend([t] if _an_adverb(cut, k) else _resplit(t))
        else:
            word = (m.group(2) or m.group(3)).lower()
            # a word with accents no table knows as written is read without them (crème brûlée:
            # WordNet's creme brulee; a piñata, a café stay as they are)
            word = word if word.isascii() or _lookup(word) is not None else _unaccented(word)
            if word:  # (a combining mark alone, unaccented, is nothing: '0᷀')
                out.append(word)
    return _cut_again(out)


_DEMONSTRATIVES = "这那哪每"


def _demonstrated(cut: list[str]) -> list[str]:
    """A demonstrative (这, 那, 每), a measure word and a thing, as jieba glued them: 那本书, 那辆车,
    那个人 kept whole (那个人 is no "girl of one's dreams"), or 这 + 碗面, 那 + 封信 (a measure word
    glued to the thing after a bare demonstrative; 碗面 is no bowl's surface): cut as 这本书 is (这 +
    本 + 书), the thing read alone. A measure word and what follows that read together are kept
    (那 + 家伙 the fellow, 这 + 方面)."""
    out: list[str] = []
    for t in cut:
        bare = bool(out) and out[-1] in _DEMONSTRATIVES
        start = 0 if bare else 1
        if bare and t in _GROUPS:
            out.append("一" + t)  # 这 + 群 + 孩子: that group of children, several (as 一群 counts)
            continue
        if len(t) == 2 and t[0] in _DEMONSTRATIVES and t[1] in _GROUPS:
            out.extend([t[0], "一" + t[1]])  # 那伙 + 强盗, 这帮 + 孩子
            continue
        if not (len(t) >= start + 2 and (bare or t[0] in _DEMONSTRATIVES)
                and t[start] in open_lexicon.measure_words() and _CJK.search(t)):
            out.append(t)
            continue
        rest, unit = t[start + 1:], t[start:]
        if _kind(unit) is not None or _kind(rest) not in ("entity", "effect", "weather"):
            out.extend([t] if bare or _kind(unit) is None else [t[0], unit])
        elif bare:
            out.extend(["一" + t[start] if t[start] in _GROUPS else t[start], rest])
        else:
            out.extend([t[:2]] if _a_word(t[:2]) else [t[0], "一" + t[1] if t[1] in _GROUPS else t[1]])
            out.append(rest)
    return out


def _cut_again(out: list[str]) -> list[str]:
    """The passes that mend jieba's cut, in order (each says what it mends)."""
    mended = _stolen_heads(_units(_verb_with_aspect(_bound(_sizes_given_back(_erhua(out))))))
    return _adverbials(_agents(_parts_cut_off(_locatives(_people_of_a_group(mended)))))


_PEOPLE = "人"


def _people_of_a_group(toks: list[str]) -> list[str]:
    """人 after a word whose picture is a group of people (全家 + 人: 全家人, the whole family), or after
    such a word and its count (夫妻俩人, 情侣两人), is that group's, no one more who does the verbs."""
    out: list[str] = []
    for t in toks:
        group = out[-2] if len(out) >= 2 and out[-1] in _BARE_NUMERALS else out[-1] if out else ""
        if t == _PEOPLE and group and (hit := _lookup(group)) is not None and hit[0] == "entity" \
                and (ent := _entity_of(hit[1])) is not None and people_in(ent):
            continue
        out.append(t)
    return out


def _sizes_given_back(toks: list[str]) -> list[str]:
    """A size word jieba glued to a weather or an effect (大雪, 小雨, 大风, 大火) whose second character
    begins a thing with the one character after it (雪 + 人, 雨 + 衣, 风 + 车, 火 + 球): the size
    describes that thing (一个大雪人 a big snowman, 穿着小雨衣 a little raincoat), after a count, a
    measure word, 的 or a verb going on (着), where a thing is named; not before 们 (一场大雪人们 …:
    the snow, then people; jieba cuts 人们 whole). So is a size, or a character that reads as nothing,
    glued into a person or a thing before a creature's character: after a count, 老母 + 鸡 "old mother"
    is an old hen (老 + 母鸡, no old woman), 小花 + 猫 "little flower" a little tabby cat (小 + 花猫, read
    as 大花猫 is: the cat)."""
    out: list[str] = []
    k = 0
    while k < len(toks):
        word, tail = toks[k], (toks[k + 1] if k + 1 < len(toks) else "")
        prev = out[-1] if out else ""
        if len(word) == 2 and len(tail) == 1 and _CJK.match(tail) \
                and (prev == "的" or prev.endswith("着") or bool(_cn_count().match(prev))
                     or (len(prev) == 1 and prev in open_lexicon.measure_words())) \
                and not (k + 2 < len(toks) and toks[k + 2].startswith("们")):
            if _kind(word[0]) == "size" and _kind(word) in ("weather", "effect") \
                    and _kind(word[1] + tail) in ("entity", "clothing"):
                out += [word[0], word[1] + tail]
                k += 2
                continue
            if _kind(word[0]) in (None, "size") and (whole := _lookup(word)) is not None \
                    and whole[0] == "entity" and not _creature(whole[1]) \
                    and (parts := _resplit(word[1] + tail)) and (hit := _lookup(parts[-1])) is not None \
                    and hit[0] == "entity" and _creature(hit[1]):
                out += [word[0], *parts]
                k += 2
                continue
        out.append(word)
        k += 1
    return out


def _erhua(toks: list[str]) -> list[str]:
    """Without a 儿 cut off the Chinese word before it (门口 + 儿, 老头 + 儿): its 儿化 ending, no child."""
    return [t for k, t in enumerate(toks) if not (t == ER and k > 0 and _CJK.fullmatch(toks[k - 1][-1]))]


def _fragments_given_back(cut: list[str]) -> list[str]:
    """A rare fragment of jieba's dictionary (a count of WORD_FREQ or less) that nothing reads and that
    took the last character of a word the character before it begins: 红 + 灯亮了 is 红灯 + 亮了, a red
    light that comes on (路灯, 台灯 too). The rest is cut again. So is one that glued a thing to the
    verb and its direction after it (把车开进了车库: 车 + 开进, the car driven in; 马冲进), and one
    that glued 被, 把 or 从 to the words after it (被雷击)."""
    out: list[str] = []
    for t in cut:
        prev = out[-1] if out else ""
        if len(t) >= 3 and len(prev) == 1 and _CJK.search(t) and _CJK.search(prev) and not _a_word(t) \
                and _lookup(t) is None and _a_word(prev + t[0]) and _lookup(prev + t[0]) is not None:
            out[-1] = prev + t[0]
            out.extend(_segmenter().cut(t[1:], HMM=False))
        elif _thing_then_going(t):
            out += [t[0], t[1:]]
        elif len(t) >= 3 and t[0] in _MARKERS and not _a_word(t) and _lookup(t) is None \
                and _lookup(t[1:]) is not None:
            out += [t[0], t[1:]]  # 被雷击 (a rare fragment): 被, then the lightning strike that does it
        else:
            out.append(t)
    return out


_MARKERS = "被把给从让在"  # the characters that mark who does it, what it is done to, or where from


def _thing_then_going(t: str) -> bool:
    """A rare fragment of three characters nothing reads: a thing (no verb itself, nor the start of
    a word: 桃花开 is 桃花 + 开), then a verb and its direction (车开进 the car drives in)."""
    return len(t) == 3 and bool(_CJK.search(t)) and not _a_word(t) and _lookup(t) is None \
        and t[2] in lx.DIRECTIONAL and _kind(t[0]) == "entity" and not verb_like(t[0]) and verb_like(t[1]) \
        and _lookup(t[:2]) is None


def _doubled_describing(toks: list[str], i: int) -> bool:
    """A Chinese describing character said twice (大大, 乖乖, 高高), right before 的 or 地."""
    word = toks[i]
    return len(word) == 2 and word[0] == word[1] and i + 1 < len(toks) and toks[i + 1] in ("的", ADVERBIAL) \
        and _char_tags().get(word[0]) == DESCRIBING_TAG


_A_LITTLE = "一点"  # "a little", and the catalog's name of the clock at one o'clock (🕐)
_LITTLE_AFTER = {"儿", "点", "也", "都"}  # 一点儿, 一点点, 一点也不: the amount


def _a_little(toks: list[str], i: int) -> bool:
    """Whether 一点 is an amount ("a little"), not the hour: before a thing or the words of an amount
    (一点油, 一点儿水, 一点也不怕), or after a doing (吃了一点); not after a time of day (下午一点) or
    before 钟 (一点钟)."""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    before = toks[i - 1] if i > 0 else ""
    return after in _LITTLE_AFTER or _kind(after) in ("entity", "effect", "weather", "clothing") \
        or before in _DONE or (len(before) == 1 and verb_like(before))


def _verb_with_aspect(toks: list[str]) -> list[str]:
    """A verb and its aspect particle that the dictionary also lists as a thing (穿着 "attire"), said
    as the verb (its first character no noun's: 衣着 is clothing): not after 的 (她的穿着 is her
    attire), and before what is done (穿着雨衣 wears a raincoat: no dress besides it)."""
    out: list[str] = []
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if len(t) == 2 and t[1] in _DONE and _char_tags().get(t[0]) not in NOUN_TAGS and _kind(t) == "entity" \
                and (not out or out[-1] != "的") and bool(_CJK.search(nxt[:1] or "。")):
            out += [t[0], t[1]]
        else:
            out.append(t)
    return out


ADVERBIAL = "地"  # the marker after a word that says how something is done (开心地笑, 慢慢地爬)
_NOT_AFTER_ADVERBIAL = lx.LOCATIVE + "的之"  # 地 before these is the ground (草地上, 心地的)


def _adverb_follows(nxt: str) -> bool:
    """Whether the word after a 地 may be the doing an adverb describes: Chinese, and no locative
    or possessive (雪地里, 地下 "underground" is a place; 心地善良 is someone's nature)."""
    return bool(nxt) and bool(_CJK.search(nxt[0])) and nxt[0] not in _NOT_AFTER_ADVERBIAL


def _adverbials(toks: list[str]) -> list[str]:
    """The adverbial 地 that jieba glued to the last character of the word it follows, where the
    characters before it make a word: 开 + 心地 is 开心 + 地 "happily" (心地 "someone's nature" is
    no one here), 他用 + 心地 is 他 + 用心 + 地. Only before a word that may be the doing."""
    out: list[str] = []
    for k, t in enumerate(toks):
        prev = out[-1] if out else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if len(t) == 2 and t[1] == ADVERBIAL and prev and _CJK.search(prev) and _adverb_follows(nxt):
            cut = next((c for c in range(len(prev)) if _a_word(prev[c:] + t[0])), None)
            if cut is not None:
                out[-1:] = [*([prev[:cut]] if cut else []), prev[cut:] + t[0], ADVERBIAL]
                continue
        out.append(t)
    return out


def _bound(toks: list[str]) -> list[str]:
    """A character jieba left alone that reads as nothing by itself, after a word whose last
    character makes a word with it the open vocabulary reads as someone or something: jieba cut
    老师 "teacher" + 傅 where 老 + 师傅 is an old master (老师傅); the whole word is read. Not
    where the whole is what the word before already names (孩子 + 们: _resplit reads the plural)."""
    out: list[str] = []
    for t in toks:
        prev = out[-1] if out else ""
        if len(t) == 1 and len(prev) >= 2 and _CJK.search(t) and _CJK.search(prev) and _lookup(t) is None \
                and (hit := _open(prev + t)) is not None and hit[0] in ("entity", "group") \
                and ((before := _lookup(prev)) is None or _entity_of(before[1]) != _entity_of(hit[1])):
            out[-1] = prev + t
        else:
            out.append(t)
    return out


def _stolen_heads(toks: list[str]) -> list[str]:
    """A verb and its object cut as one word that took the first half of the noun after it (锯木 +
    头 for 锯 + 木头): where the word's object and the character after it make a thing the tables
    know, the verb-object word keeps its action (sawing) and the thing is whole (wood), as 划船
    is rowing and a boat. Not where the character is a locative or an aspect particle (骑马 + 上 is
    on horseback, not 马上 "at once")."""
    out = list(toks)
    for k in range(len(out) - 1):
        word, tail = out[k], out[k + 1]
        if len(word) != 2 or len(tail) != 1 or not _CJK.search(tail) or tail in lx.LOCATIVE or tail in _DONE \
                or tail == word[1]:
            continue  # (遛狗 + 狗 is the object already split out after its verb, not 狗狗)
        if _kind(word) == "action" and verb_like(word[0]) and _kind(word[1] + tail) == "entity":
            out[k + 1] = word[1] + tail
        elif _kind(word) in ("effect", None) and verb_like(word[0]) and _kind(word[1] + tail) == "entity" \
                and tail not in _ZH_PARTICLES and word not in LOCATIVE_WORDS:  # (对面 + 的 is no 面的 taxi)
            # a word that is no doing (吃火 + 锅): the verb, and the thing whole (吃 + 火锅 hot pot)
            out[k], out[k + 1] = word[0], word[1] + tail
        elif word[0] in _DONE and k > 0 and len(out[k - 1]) == 1 and verb_like(out[k - 1]) \
                and (_kind(word[1] + tail) == "entity" or _a_word(word[1] + tail)):
            # an aspect particle after a verb, glued to the noun's first character (举 + 着火 + 把):
            # the verb is going on (举着), the thing whole (火把 a torch, 火柴 matches), nothing on fire
            out[k], out[k + 1] = word[0], word[1] + tail
    return out


def word_ends(text: str) -> frozenset[int]:
    """The offsets in text where the segmenter ends a word (and the text's end)."""
    ends, at = {len(text)}, 0
    for t in _segmenter().cut(text, HMM=False):
        at += len(t)
        ends.add(at)
    return frozenset(ends)


def _locatives(toks: list[str]) -> list[str]:
    """下 + 面 cut apart is one locative word, 下面 "under", not "under" and 面 "noodles". And a
    count right after a count is part of the noun (一辆 + 三轮 + 车 is one tricycle, not three cars).
    And a locative word that took the head of the thing before it gives it back (木 + 屋里: 木屋, a
    wooden house, and 里 "in")."""
    out: list[str] = []
    for t in toks:
        if len(t) == 2 and t[1] in lx.LOCATIVE and out and len(out[-1]) == 1 and _CJK.search(out[-1]) \
                and _hand(out[-1] + t[0]) is None and _kind(out[-1] + t[0]) == "entity":
            out[-1] += t[0]
            out.append(t[1])
            continue
        if len(t) == 2 and t[0] in lx.LOCATIVE and out and len(out[-1]) == 1 and _CJK.search(out[-1]) \
                and _lookup(t) is None and _kind(t[1]) == "action" and _kind(out[-1]) != "action":
            # 地 + 上爬: the locative is the place's (地上 on the ground), the verb stands alone (爬)
            out[-1] += t[0]
            out.append(t[1])
            continue
        locative = bool(out) and out[-1] + t in LOCATIVE_WORDS and len(out[-1]) == 1
        counted = len(out) >= 2 and bool(_CJK.search(t)) and bool(_cn_count().match(out[-2])) \
            and bool(_cn_count().match(out[-1])) and _open(out[-1] + t) is not None
        if locative or counted:
            out[-1] += t
        else:
            out.append(t)
    return out




def _parts_cut_off(toks: list[str]) -> list[str]:
    """A bound part (lexicon.PART_OF) jieba cut off the one thing it belongs to, before a locative or
    的: 钟 + 面 + 上 is on the clock's face, not a clock and noodles. Dropped where alone it reads as a
    thing of its own (面 noodles, 光 a lamp) and the two are no word read as a thing (汤面 is)."""
    out: list[str] = []
    for k, t in enumerate(toks):
        prev, nxt = (out[-1] if out else ""), (toks[k + 1] if k + 1 < len(toks) else "")
        if len(t) == 1 and t in lx.PART_OF and len(prev) == 1 and (nxt[:1] in lx.LOCATIVE or nxt == "的") \
                and nxt and _kind(prev) == "entity" and _lookup(t) is not None and _kind(prev + t) != "entity":
            continue
        out.append(t)
    return out


# Characters jieba glues to an agent suffix that begin the next phrase (面包 + 师从: 师从 "to study
# under" won the cut over 面包师 "baker" + 从 "from").
_AFTER_AGENT = "从在把被给和跟对向用正"


def _agents(toks: list[str]) -> list[str]:
    """A person named by a thing or a doing and an agent suffix jieba cut off it: 露营 + 者 is a
    camper, 面包 + 师从 a baker and "from". Only where the whole is a person and the first part is
    not one already (学生 + 会 stays a student who can). And a trade the dictionary names whole
    whose person jieba cut off: 伐木 + 工人 is one lumberjack, not logging and a factory worker."""
    out: list[str] = []
    for t in toks:
        prev = out[-1] if out else ""
        whole = prev + t
        if len(prev) >= 2 and len(t) >= 2 and _CJK.search(whole) and open_lexicon.lookup(whole) is not None \
                and _is_person(t) and _is_person(whole):
            out[-1] = whole
        elif len(prev) >= 2 and _CJK.search(prev) and t[0] in AGENT \
                and (len(t) == 1 or (len(t) == 2 and t[1] in _AFTER_AGENT)) \
                and _is_person(prev + t[0]) and not _is_person(prev):
            out[-1] = prev + t[0]
            out.extend([t[1:]] if len(t) == 2 else [])
        elif len(t) == 2 and t[0] == RIDER and t[1] in _AFTER_AGENT and len(prev) >= 2 \
                and (_player_of(prev + RIDER) or _is_person(prev + RIDER)):
            out[-1] = prev + RIDER  # 高尔夫球 + 手把 + 球: a golfer, and 把 the ball (no handle)
            out.append(t[1])
        elif t == RIDER + "把" and len(prev) == 1 and verb_like(prev):
            out.extend([RIDER, "把"])  # 用 + 手把 + 门: with a hand, 把 the door (no handle)
        else:
            out.append(t)
    return out


@lru_cache(maxsize=1)
def _cn_count() -> re.Pattern[str]:
    """A count and its measure word (三只, 两台): built on first use, as the measure words come
    partly from the open vocabulary."""
    return re.compile(rf"^({_NUMERALS})([{open_lexicon.measure_words()}])$")


@lru_cache(maxsize=1)
def _count_prefix() -> re.Pattern[str]:
    return re.compile(rf"^([一二两俩三四五六七八九十几\d]+[{open_lexicon.measure_words()}])(.+)$")
# A count and any one character before the rest (一束花: 束 "bunch", which jieba reads first as a verb,
# is no measure word of the table's)
_GLUED_COUNT = re.compile(rf"^((?:{_NUMERALS})[\u4e00-\u9fff])([\u4e00-\u9fff]+)$")
ER = "儿"  # the 儿化 ending (花儿, 门口儿, 一会儿); alone it reads as a child
_BARE_NUMERALS = "两俩三四五六七八九十"  # a count said right before people, with no measure word
_BACK_AND_FORTH = re.compile(r"^(.+?)来\1去$")  # 跳来跳去: jump about


def _listed_thing(word: str) -> bool:
    """Whether CC-CEDICT lists a Chinese word whole and the open vocabulary reads it as a thing."""
    row = open_lexicon.listed(word)
    return row is not None and row.kind in ("entity", "group")


def _read_by_marked_gloss(word: str) -> bool:
    """Whether a Chinese word is read through a gloss CC-CEDICT marks with a note first ("(old) snow")."""
    hit = open_lexicon.lookup(word)
    return hit is not None and hit.via.startswith("CC-CEDICT: (")


def _bound_form(char: str) -> bool:
    """Whether a Chinese character is read only through a gloss CC-CEDICT marks "(bound form)"."""
    hit = open_lexicon.lookup(char)
    return hit is not None and hit.via.startswith("CC-CEDICT: (bound form)")


def _resplit(word: str) -> list[str]:
    """A Chinese word jieba kept whole but the tables do not know, cut where a known part shows:
    a count in front (一艘船), a place ending (街上), a verb ending (跳进), X来X去, a colour (红衣服)."""
    table = _phrases()
    if (parts := _colour_compound(word)) is not None:
        return parts
    if hair_compound(word) is not None:  # 金发, 黑长发: hair, not gold and a hair
        return [word]
    if len(word) == 2 and word in table and _goes_with(word, whole := _open(word)):
        # 划船 in the hand table as rowing: the boat goes too, the rowboat the whole word names
        thing = whole[1].entity if whole is not None and isinstance(whole[1], Broader) else None
        return [word, thing.zh[0] if thing is not None and thing.zh else word[1]]
    if word in table or len(word) < 2 or _cn_count().match(word):
        return [word]
    if len(word) == 2 and word[1] in names.JOINING and not _a_word(word) and _lookup(word) is None \
            and _kind(word[0]) == "entity":
        return [word[0], word[1]]  # 猫和 of 猫和老鼠 (a cartoon's name, cut): the cat, and the mouse after
    if word[-1] == ER and _lookup(word) is None and (_lookup(word[:-1]) is not None or _a_word(word[:-1])):
        return _resplit(word[:-1])  # 花儿, 小花儿, 老头儿: the word, said with its 儿化 ending (no child)
    if len(word) == 3 and word[1] in "着了过" and word[0] + word[2] in table:
        return _resplit(word[0] + word[2])  # 下着雪 is 下雪 going on: snowing; 划着船 rows a boat as 划船
    if len(word) == 2 and word[0] in _PERSONAL and _lookup(word) is None \
            and _char_tags().get(word[1]) in VERB_TAGS:
        return [word[0], word[1]]  # 他用勺子喝汤: he, using a spoon (jieba's 他用 "other uses" is no one)
    if (unit := _counted_unit(word)) is not None:
        return unit
    if len(word) == 3 and word[0] in names.JOINING and word[1] in names.NICKNAMES and _lookup(word) is None:
        return [word[0], word[1], word[2]]  # 和小红 kept whole (a name in jieba's list): and, then 小红
    if len(word) >= 3 and open_lexicon.surname(word[0]) and _lookup(word) is None and _is_person(word[1:]) \
            and not _a_word(word[:2]):
        return [word[0], word[1:]]  # 李医生 kept whole: the surname, then Doctor (names.surname)
    # (not a word CC-CEDICT lists whole as a thing: 三轮车 a tricycle is no three rounds of car,
    # 九尾狐 no nine tails of fox)
    if (m := _count_prefix().match(word)) and not _listed_thing(word):
        return [m.group(1), *_resplit(m.group(2))]
    if len(word) >= 3 and word[0] in _BARE_NUMERALS and _lookup(word) is None and _is_person(word[1:]):
        return [word[0], *_resplit(word[1:])]  # 两姐妹 kept whole: two, then the sisters (no measure word)
    if (m := _GLUED_COUNT.match(word)) and not _listed_thing(word) and not _a_word(word) \
            and _lookup(word) is None and _kind(m.group(2)) == "entity":
        return [m.group(1), *_resplit(m.group(2))]  # 一束花: a count and its measure word, then the thing
    if m := _BACK_AND_FORTH.match(word):
        return _resplit(m.group(1))
    if word[-1] in lx.LOCATIVE and word[:-1] in table:
        return [word[:-1], word[-1]]
    if len(word) >= 3 and _lookup(word) is None:
        for k in range(len(word) - 1, 1, -1):  # 天上飞, 水里游: where, then the doing
            if word[k - 1] in lx.LOCATIVE and _kind(word[k:]) == "action":
                return [*_resplit(word[:k]), word[k:]]
    if len(word) > 2 and word[-2:] in LOCATIVE_WORDS and _kind(word[:-2]) == "entity":
        return [*_resplit(word[:-2]), word[-2:]]  # 马背上: on the horse's back, the horse named
    for k in range(len(word) - 1, 0, -1):
        head, tail = word[:k], word[k:]
        kind = table.get(head, ("",))[0] or ("colour" if compound_tint(head) else "")  # 浅蓝 + 汽车
        if kind == "action" and all(ch in lx.DIRECTIONAL for ch in tail):
            return [head, tail]
        # (not a word the open vocabulary knows whole: 小丑 a clown is no small 丑, 红绿灯 a traffic
        # light no red-green lamp; 小孙子 a little grandson: the size, then the thing it knows)
        if kind in ("colour", "size") and (tail in table or (_open(word) is None and (
                len(tail) == 1 or ((t := _open(tail)) is not None and t[0] == "entity")))) \
                and not _names_other(word, tail):
            return [head, *_resplit(tail)]
    for k in range(1, len(word) - 1):  # a known name of two or more characters at the end (踢足球)
        # (not a word the open vocabulary reads whole as someone its end names: 熊孩子 "brat" is a
        # child, no bear and a child; 魔法师 a magician, no 魔 + 法师. Not cutting any word listed
        # whole as a thing cost three blind tables' held-out Chinese one item each)
        if word[k:] in table and not (_is_person(word) and _is_person(word[k:])):
            return [*_resplit(word[:k]), word[k:]]
    if word.endswith("们") and _lookup(word[:-1]) is not None:  # 小朋友们: the children, several
        return [word[:-1], "们"]
    whole = _open(word)
    if _goes_with(word, whole):
        return [word, word[1]]
    if whole is not None and whole[0] == "place" and len(word) >= 3:
        # A place named after a thing (篮球场 a basketball court, 火车站 a train station): both.
        for k in range(len(word) - 1, 1, -1):
            if (hit := _lookup(word[:k])) is not None and hit[0] == "entity":
                return [word[:k], word]
    if whole is None:
        # A character that reads as nothing alone before a thing (老黄牛 an old ox, 老槐树 an old
        # locust tree): it describes the thing, which Chinese puts last.
        if len(word) == 3 and _lookup(word[0]) is None and _lookup(word[:2]) is None \
                and _kind(word[1:]) == "entity":  # (not 全家人, the whole family: 全家 + 人)
            return [word[0], word[1:]]
        # A character that reads as nothing before a creature (老牛 an old ox, 肥猪 a fat pig): the
        # creature, described (not before a thing: 小心 "careful" is no heart).
        if len(word) == 2 and _lookup(word[0]) is None \
                and (hit := _lookup(word[1])) is not None and hit[0] == "entity" and _creature(hit[1]):
            return [word[0], word[1]]
        # Two words the open vocabulary knows (篮球场 → 篮球 + 场): the thing named comes first. Not a
        # noun CC-CEDICT lists whole, read as nothing, whose first word is read only by a gloss CC-CEDICT
        # marks as old or regional (天花板 "ceiling" is no 天花 "(old) snow" + 板); the guesses below by
        # a single character still apply (点球: a 球 ball).
        for k in range(len(word) - 1, 0, -1):
            head, tail = word[:k], word[k:]
            if len(head) >= 2 and _open(head) is not None and (_lookup(tail) is not None or len(tail) == 1) \
                    and not (open_lexicon.listed_whole(word) and _read_by_marked_gloss(head)):
                return [head, tail]
        # A separable verb jieba kept whole (跳街舞): the verb, then the rest (see _separable).
        if len(word) >= 3 and (hit := _lookup(word[0] + word[-1])) is not None and hit[0] == "action":
            return [word[0], word[1:]]
        # A verb and its object jieba's dictionary keeps as one noun (玩电脑): the verb, then the thing.
        if len(word) >= 3 and verb_like(word[0]) and _kind(word[1:]) == "entity":
            return [word[0], *_resplit(word[1:])]
        # A thing and a part of it, a trace or its sound (鼓声, 门缝, 冰面): the thing. A part that
        # alone reads as a thing of its own (面 noodles, 光 a lamp) is no such thing here.
        if len(word) == 2 and word[1] in lx.PART_OF:
            if (hit := _lookup(word[0])) is not None and hit[0] == "entity":
                return [word[0]] if _lookup(word[1]) is not None else [word[0], word[1]]
            if _lookup(word[1]) is not None:
                return [word]  # a side or a surface of nothing named (表面, 侧面): no thing
        # A mass of a thing (花海 a sea of flowers, 鸽群 a flock of pigeons): the thing, counted many.
        if len(word) >= 2 and word[-1] in lx.MASS_OF and (hit := _lookup(word[:-1])) is not None \
                and hit[0] == "entity":
            return ["一群", *_resplit(word[:-1])]
        if len(word) == 2 and word[-1] in lx.MASS_OF and (hit := _lookup(word[0])) is not None \
                and hit[0] in ("weather", "effect") and _lookup(word) is None:
            return [word[0]]  # 雪堆 a heap of snow: the snow (no count of a weather's stuff)
        # Two things no dictionary reads together: Chinese puts the head last (树叶 the leaves of a
        # tree, 荷叶 of a lotus), a creature's thing aside (牛棚: the cow, below).
        if len(word) == 2 and word[0] != word[1] and _kind(word[1]) == "entity" \
                and (hit := _lookup(word[0])) is not None and hit[0] == "entity" and not _creature(hit[1]):
            return [word[1]]
        # A verb and its object, or a word and the thing it describes: Chinese puts the head last
        # (看书 reading a book, 舞龙 a dragon dance), or a measure word and its thing (头牛): the thing.
        # Not after a noun: 机器 "machine" is no 器 "device".
        if len(word) == 2 and (verb_like(word[0]) or word[0] in open_lexicon.measure_words()) \
                and (hit := _lookup(word[1])) is not None \
                and hit[0] == "entity":
            return [word[0], word[1]]
        # A verb the open vocabulary reads and a noun character (煮汤 cooking soup): the verb, which
        # a person in progress does, and its object.
        if len(word) == 2 and open_lexicon.verb_char(word[0]) is not None \
                and _char_tags().get(word[1]) in NOUN_TAGS:
            return [word[0], word[1]]
        # A word no dictionary reads whose last character, its head, names no thing but whose first
        # does (牛棚 a cowshed, 羊圈 a sheepfold, 马厩 a stable): the thing it is named after is seen,
        # a creature also where the head names a thing (棚 "shed" is drawn as no cowshed). Not a
        # first character read only through a gloss CC-CEDICT marks a bound form (魔 "evil spirit":
        # 魔法 "magic" is no ghost): bound, it names no thing of its own.
        if len(word) == 2 and _char_tags().get(word[1]) not in _NOT_HEADS \
                and (hit := _lookup(word[0])) is not None and hit[0] == "entity" and not _bound_form(word[0]):
            if _lookup(word[1]) is None:
                return [word[0], word[1]]
            if _creature(hit[1]) and word[1] != word[0]:  # (熊熊 "raging" is no bear)
                return [word[0]]
        # A four-character phrase jieba kept whole (烈日当空, 舞龙舞狮): the things in its halves.
        if len(word) == 4:
            parts = [p for h in (word[:2], word[2:]) for p in _resplit(h)]
            if any((hit := _lookup(p)) is not None and hit[0] == "entity" for p in parts):
                return parts
    return [word]


_COUNTED = re.compile(rf"^({_NUMERALS})([\u4e00-\u9fff])([\u4e00-\u9fff]{{1,2}})$")


def _counted_unit(word: str) -> list[str] | None:
    """A count, a measure word and an effect or a weather (一滴水 a drop of water, 一片雪 a flake of
    snow): Chinese names one unit of the stuff by the noun and its measure word (水滴 a droplet, 雪片
    a snowflake), so a counted unit is that thing, seen, not the stuff spread over the scene."""
    m = _COUNTED.match(word)
    if m is None or _kind(m.group(3)) not in ("effect", "weather"):
        return None
    if _kind(m.group(3) + m.group(2)) != "entity":
        return None
    return [m.group(1), m.group(3) + m.group(2)]


def _units(toks: list[str]) -> list[str]:
    """A counted unit (see _counted_unit) jieba cut apart: 两 + 滴水, 一滴 + 水."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and _CJK.search(toks[i]) and _CJK.search(toks[i + 1]) \
                and _kind(toks[i + 1]) != "entity" \
                and (unit := _counted_unit(toks[i] + toks[i + 1])) is not None:
            out.extend(unit)
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


_HELD_IN = re.compile(rf"^({_NUMERALS})([\u4e00-\u9fff])$")  # 一碗, 两袋: a count and a container


def _container(char: str) -> tuple[Entity, str] | None:
    """The picture of the container a Chinese character names (open_lexicon.container: 碗 a bowl, 袋 a
    bag, 箱 a box, 盘 a plate), and the English word read, as English reads "a bowl of" (its sense
    that holds contents first); not a food (杯 "cup" is the tea, 壶 "pot" the pot of food: the
    drink or the dish it holds is in the film already), nor anything but a thing."""
    for name in open_lexicon.container(char):
        said = next((s.reading for s in open_lexicon.senses(name) if "@contents" in s.cues), None)
        if said is not None:
            kind, _, key = said.partition(":")
            ent = catalog().en_index.get(key) if kind == "entity" else None
        else:
            ent = _entity_of(hit[1]) if (hit := _lookup(name)) is not None and hit[0] == "entity" else None
        if ent is not None and ent.archetype == Archetype.PROP and not open_lexicon.food(ent.key):
            return ent, name
    return None


def _held_in(clause: Clause, word: str, char: str, count: int, i: int) -> None:
    """一碗粥, 两袋米: the container a count measures by is seen, as in English "a bowl of porridge";
    the count still counts what follows."""
    if (found := _container(char)) is None:
        return
    ent, name = found
    clause.mentions.append(Mention(ent, word, count=min(count, lx.MAX_GROUP), start=i, end=i + 1))
    clause.broader.append(f"'{char}' is drawn as '{ent.key}' ({char}: {name}, what the count measures by)")


def someone(ent: Entity) -> bool:
    """Whether a picture is of a person, an animal or a being drawn as a prop (a mermaid): one a
    pronoun may stand for, not a thing."""
    return ent.archetype != Archetype.PROP or open_lexicon.being(ent.key)


# The sex a person's picture names (its emoji name: "woman cook", "old man", "princess") and the
# pronouns that say each: "He hands her a rose" names a woman besides him.
FEMALE_WORDS = {"woman", "women", "girl", "princess", "queen", "grandma", "lady", "mrs"}
MALE_WORDS = {"man", "men", "boy", "prince", "king", "grandpa", "santa"}
SHE = {"she", "her", "她", "她们"}
HE = {"he", "him", "his", "他"}


def other_sex(pronoun: str, ent: Entity) -> bool:
    """Whether a gendered pronoun cannot stand for this picture: "her" for a man, 他 for a girl."""
    words = set(ent.key.split())
    return (pronoun in SHE and bool(words & MALE_WORDS)) or (pronoun in HE and bool(words & FEMALE_WORDS))


def _collective(word: str, value: object) -> int:
    """How many a word read as a thing stands for where it names a group (a school, a troop, a
    team, a family: the people or creatures in it), else 0."""
    if word in lx.GROUP_WORDS and word in lx.NUMBERS:
        return lx.NUMBERS[word]
    members = getattr(value, "members", 1) or 1
    ent = _entity_of(value)
    return members if members > 1 else (len(people_in(ent)) if ent is not None else 0)


def _plural_form(word: str) -> bool:
    """Whether an English word is spelled as a plural ("ducks", "fishermen", "children")."""
    return word.endswith(("men", "children", "people")) \
        or any(open_lexicon.common_word(one) for one in open_lexicon.singulars(word))


def _plural_word(word: str) -> bool:
    """Whether an English word is a plural, irregular ones too ("ducks", "geese", "mice")."""
    return word in _IRREGULAR or _plural_form(word)


def _names_someone(word: str) -> bool:
    """Whether an English word reads as a person or a creature (not a thing): what a group word
    before "of" counts ("a school of tuna", "a crowd of fans")."""
    hit = _lookup(word)
    ent = None if hit is None or hit[0] != "entity" else _entity_of(hit[1])
    return ent is not None and ent.archetype != Archetype.PROP


def _creature(value: object) -> bool:
    """Whether a looked-up thing is an animal (not a person, a vehicle or a prop)."""
    ent = _entity_of(value)
    return ent is not None and ent.archetype not in (Archetype.HUMAN, Archetype.VEHICLE, Archetype.PROP)


# jieba's tags for a character that is no noun head: verbs, adjectives, adverbs (跑动, 红润, 更加).
_NOT_HEADS = {"v", "vg", "vn", "vd", "a", "ad", "ag", "an", "d", "dg", "c", "p", "u", "y", "e", "o", "f"}


_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "mice": "mouse", "geese": "goose",
              "oxen": "ox", "people": "person", "policemen": "policeman",
              "firemen": "firefighter", "fishermen": "fisherman"}


def _names_other(word: str, tail: str) -> bool:
    """Whether the open vocabulary reads `word` whole as a different picture from its end `tail`'s."""
    whole, part = _open(word), _lookup(tail)
    if whole is None or whole[0] != "entity" or part is None or part[0] != "entity":
        return False
    return _entity_of(whole[1]) != _entity_of(part[1])


def _weather_phrase(phrase: str) -> bool:
    """Whether an English phrase of several words is one the open vocabulary reads as a weather (a
    heat wave, a cold wave: WordNet's spells of unusual weather), which no verb inside it splits."""
    word = open_lexicon.lookup(phrase)
    return " " in phrase and word is not None and word.kind == "weather"


def _one_of_picture(phrase: str) -> bool:
    """Whether an English phrase reads as a picture named by it in the plural ("french fry": 🍟
    french fries), which no verb inside it splits."""
    word = open_lexicon.lookup(phrase)
    words = phrase.split(" ")
    return word is not None and word.kind == "entity" and len(words) > 1 \
        and word.value.split(" ")[:-1] == words[:-1] and word.value.startswith(phrase[:-1])


def _lookup(phrase: str) -> tuple[str, object] | None:
    """The hand-written tables first, then the open vocabulary (WordNet, CC-CEDICT)."""
    hit = _hand(phrase)
    return hit if hit is not None else _open(phrase)


@lru_cache(maxsize=4096)
def _closed_spelling(phrase: str) -> tuple[str, object] | None:
    """Two English nouns no table reads together whose closed form is a thing the tables read: the
    compound written open ("sail boat", "snow man", "sea shell", "hand bag"); a thing or a garment,
    not a place or a verb ("fire place" stays its two words' reading)."""
    words = phrase.split(" ")
    if len(words) != 2 or not all(w.isascii() and w.isalpha() and len(w) >= 3 for w in words) \
            or words[0] in _STOP or words[1] in _STOP or words[0] in lx.COLOURS or words[0] in lx.SIZES \
            or open_lexicon.lookup(phrase) is not None:
        return None  # ("fly over" no flyover, "a red coat" no redcoat, "her ring" no herring; "couch
        # potato" is read as said)
    closed = "".join(words)
    # a word the tables list itself (or its plural), not one read by its last part: "stray tennis" is
    # no "straytennis", "the groom's jacket" no "groomjacket" worn
    if not any(w in _phrases() or open_lexicon.lookup(w) is not None for w in (closed, closed[:-1])):
        return None
    hit = _lookup(closed)
    return hit if hit is not None and hit[0] in ("entity", "clothing") else None


def _unaccented(text: str) -> str:
    """Latin letters without their accents (é → e, ñ → n)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _hand_kind(word: str) -> str | None:
    hit = _hand(word)
    return None if hit is None else hit[0]


def _hand(phrase: str) -> tuple[str, object] | None:
    """The hand-written tables: catalog names, synonyms, setting, action, colour, camera words."""
    table = _phrases()
    hit = table.get(phrase)
    if hit is not None and hit[0] == "entity" and phrase in LOCATIVE_WORDS:
        return None  # 下面 "under" before 🍜's 下面 "noodles": a locative word is a where
    if hit is not None:
        return hit
    if _worn_compound(phrase):
        return "clothing", True
    if (hair := hair_compound(phrase)) is not None:
        return "hair", hair
    if not _CJK.search(phrase):
        if phrase in _IRREGULAR:
            return table.get(_IRREGULAR[phrase])
        for cut, add in (("ies", "y"), ("ves", "f"), ("ves", "fe"), ("es", ""), ("s", "")):
            hit = table.get(phrase[: -len(cut)] + add) if phrase.endswith(cut) else None
            if hit is not None and (hit[0] == "entity" or (
                    hit[0] == "place" and open_lexicon.lookup(phrase) is None
                    and open_lexicon.verb_reading(phrase) is None)):
                return hit  # castles; skyscrapers, the city they stand in (not "rings" a grandmother)
    return None


_ZH_WORN = "衣裙帽衫"  # 雨衣 a raincoat, 长裙 a long skirt, 草帽 a straw hat, 衬衫 a shirt


def _worn_compound(word: str) -> bool:
    """A word that ends in a clothing word is clothing (raincoat, sunhat, 雨衣, 风衣): it dresses the
    person it is said of ("a girl in a yellow raincoat") instead of being cast as a coat."""
    if " " in word or len(word) < 2:
        return False
    if _CJK.search(word):
        return len(word) <= 3 and word[-1] in _ZH_WORN
    worn = tuple(c for c in lx.CLOTHING if c.isascii())
    broader = open_lexicon.lookup(word)  # overcoat > greatcoat > coat
    if broader is not None and broader.kind == "entity" and broader.value.endswith(worn):
        return True
    for c in worn:
        head = word[: -len(c)]
        if word.endswith(c) and len(head) >= 3 and (head in _phrases() or open_lexicon.lookup(head)):
            return True
    return False


def _colour_compound(word: str) -> list[str] | None:
    """黑猫 is a black cat: where the catalog names a coloured thing (🐈‍⬛ "black cat") by a colour and a
    noun, it is that noun tinted, as "black cat" is in English, so counts and tints bind the same."""
    hit = _phrases().get(word)
    if hit is None or hit[0] != "entity" or not _CJK.search(word) or len(word) < 2:
        return None
    ent = hit[1]
    assert isinstance(ent, Entity)
    first = ent.key.split(" ", 1)[0]
    if len(word) == 2 and word[0] in lx.COLOURS and _kind(word[1]) == "entity" and _lookup(word[1]) == hit:
        return [word[0], word[1]]  # 白兔 is a rabbit, 兔 too: a white one
    if first == ent.key or first not in lx.COLOURS:
        return None
    for k in (1, 2):
        head, tail = word[:k], word[k:]
        if tail and _phrases().get(head, ("",))[0] == "colour" and _kind(tail) == "entity":
            return [head, tail]
    return None


# How many members a collective noun with no count brings (a band, a crew, 乐队): a few, not a crowd.
GROUP_MEMBERS = 4

# Chinese endings that make a word a person who does or deals with what comes before them:
# 滑雪者 a skier, 上班族 office workers, 舞者 a dancer, 渔夫 a fisherman, 工匠 a craftsman (not 手 or
# 家: 拍手 is a clap, 回家 going home).
AGENT = "者员族夫师匠"
# 工 "worker" too, ending a word of three or more characters the dictionary lacks (电焊工 a welder,
# 伐木工 a lumberjack); shorter ones it knows (木工, 矿工), and 加工 "processing" is no person. So
# 侠 "knight-errant" ending a hero's name (闪电侠 the Flash, 蜘蛛侠 Spider-Man): someone, not
# lightning or a spider; 武侠 "martial arts chivalry" is a genre.
AGENT_LONG = "工侠"


def _agent_read_as_thing(phrase: str, word: open_lexicon.Word) -> bool:
    """A Chinese word of three or more characters ending in a doer's character (…工, …者, …员)
    whose gloss reads as a thing, not a name's or a brand's: the person its ending says."""
    if not (_CJK.search(phrase) and len(phrase) >= 3 and phrase[-1] in AGENT + AGENT_LONG) \
            or word.kind != "entity" or re.search(r"\((brand|idiom|name)\)|^CC-CEDICT: the ", word.via):
        return False
    ent = catalog().en_index.get(word.value)
    return ent is not None and ent.archetype == Archetype.PROP


# Effects a Chinese compound names by its last character when nothing reads the whole word (炭火,
# 柴火, 油烟): fire and smoke only, as …水 words are liquids of many kinds (汗水 sweat, 墨水 ink).
_HEAD_EFFECTS = frozenset({"fire", "smoke"})


@lru_cache(maxsize=64)
def _head_weather(char: str) -> Weather | None:
    """The weather a compound names by its last character (暴雪 "snowstorm" snow, 春雨 rain): where
    the character alone first means it, read as the picture of that weather (雪 🌨, 雾 🌫; not 风,
    which is also a style, a custom: 屏风 is a folding screen, 作风 a way of working)."""
    weather = next((wea for wea, ws in lx.WEATHER.items() if char in ws), None)
    read = open_lexicon.lookup(char) if weather is not None else None
    if weather is None or read is None or read.kind != "entity":
        return None
    return weather if set(read.value.split()) & set(lx.WEATHER[weather]) else None


@lru_cache(maxsize=4096)
def _open(phrase: str) -> tuple[str, object] | None:
    if phrase in LOCATIVE_WORDS or _cn_count().match(phrase) or _ORDINAL.match(phrase):
        return None  # 旁边 "beside" and 一头 "one (head of)" are a where and a count, never a thing
    word = open_lexicon.lookup(phrase)
    if word is None and phrase.isascii() and phrase.replace(" ", "").isalpha():
        word = _plural_of(phrase)  # "splits logs", "creme brulees": a plural the inflection tables lack
    if word is None and phrase.isascii() and phrase.isalpha() and (head := _closed_head(phrase)) is not None:
        return head  # "clownfish": a fish
    if word is not None and _agent_read_as_thing(phrase, word):
        word = None  # 清洁工 "cleaner": the janitor its ending says, not the soap its first gloss reads
    if word is None and _CJK.search(phrase) and (
            (len(phrase) >= 2 and phrase[-1] in AGENT) or (len(phrase) >= 3 and phrase[-1] in AGENT_LONG)):
        person = catalog().en_index["person"]
        return "entity", Broader(person, phrase, f"{phrase}: a person (…{phrase[-1]})")
    if word is None and len(phrase) == 2 and _CJK.search(phrase) \
            and lx.EFFECTS.get(phrase[-1]) in _HEAD_EFFECTS:
        return "effect", lx.EFFECTS[phrase[-1]]  # 炭火 "charcoal fire": a compound is its last character
    if word is None and len(phrase) == 2 and _CJK.search(phrase) and (weather := _head_weather(phrase[-1])):
        return "weather", weather  # 暴雪 "snowstorm", 春雨 "spring rain": snow, rain
    if word is None and _coined_agent(phrase):
        person = catalog().en_index["person"]
        return "entity", Broader(person, phrase, f"{phrase}: a person (-ist)")
    if word is None:
        return None
    if word.kind in ("entity", "group"):
        ent = catalog().en_index.get(word.value)
        tool = catalog().en_index.get(word.tool) if word.tool else None
        members = GROUP_MEMBERS if word.kind == "group" else 1
        return None if ent is None else ("entity", Broader(ent, phrase, word.via, tool, members))
    if word.kind == "place":
        return "place", (Place(word.value), 1)
    if word.kind == "action":
        return ("action", word.value) if word.value in lx.ACTIONS else None
    if word.kind == "weather":  # a gust, a breeze, 微风: wind (WordNet's kinds of wind; a Chinese
        return "weather", Weather(word.value)  # word takes the weather its last character says)
    return "effect", word.value


# An English agent suffix whose words are people (a barista, a fashionista, a vlogist): a word that
# ends in one and that WordNet 3.0 does not know at all is a newer word for someone.
_EN_AGENT_ENDS = ("ista", "istas", "ist", "ists")


def _coined_agent(word: str) -> bool:
    if not (word.isascii() and word.isalpha() and word.islower()) or open_lexicon.common_word(word):
        return False
    return any(word.endswith(end) and len(word) - len(end) >= 3 for end in _EN_AGENT_ENDS)


_ON = {"on", "onto", "upon"}
_ZH_AT, _ZH_ON = {"在", "到", "于", "登上", "踏上"}, {"上", "表面"}


def _on_a_world(toks: list[str], i: int) -> bool:
    """Whether toks[i] names a world of the sky (a moon, a planet: what the space backdrop draws)
    stood on: "lands on the moon", "on Mars", 在月球上."""
    hit = _open(toks[i])
    if hit is None or hit[0] != "entity" or not isinstance(hit[1], Broader) \
            or hit[1].entity.key not in _sky_worlds():
        return False
    before = [t for t in toks[max(0, i - 2):i] if t != "the"]
    if _CJK.search(toks[i]):
        return bool(before) and before[-1] in _ZH_AT and i + 1 < len(toks) and toks[i + 1] in _ZH_ON
    return bool(before) and before[-1] in _ON


@lru_cache(maxsize=1)
def _sky_worlds() -> frozenset[str]:
    """The pictures of worlds one could stand on: the moon in its phases, the planet the space
    backdrop paints (lexicon.PLACES names it for space)."""
    moons = {e.key for e in catalog().entities.values() if e.key.endswith(" moon")}
    planets = {w for w, _ in lx.PLACES[Place.SPACE] if w in catalog().en_index}
    return frozenset(moons | {catalog().en_index[w].key for w in planets})


# English derivational suffixes that are also words: friendship is no ship, childhood no hood.
_SUFFIXES = frozenset({"ship", "ships", "hood", "hoods", "ward", "wards", "dom", "doms"})


def _closed_head(word: str) -> tuple[str, object] | None:
    """A closed English compound no table lists, both halves words they know, read as its head
    where the head names a picture itself ("clownfish": a fish, "treehouse": a house): not through
    a chain of broader words (homework, which WordNet lists with no picture, is no work of art), not
    a suffix. A person only where the hand tables name the head and it is longer than a surname's
    ending ("grandkids": children; "-son" and "-man" end surnames). A word WordNet knows only at the
    head WordNet gives it (`open_lexicon.known_head`: a handbell is a bell, but "protractor" is no
    tractor, "content" no tent)."""
    known = open_lexicon.common_word(word)
    told = open_lexicon.known_head(word)
    if known and told is None:
        return None
    for k in range(3, len(word) - 2):
        first, head = word[:k], word[k:]
        if known and head != told:
            continue
        # (the first half also an adjective people use as a noun: "grand")
        # (a first half that reads as nothing only where WordNet gives the head: a warehouse's "ware")
        if head in _SUFFIXES or (not known and _hand(first) is None and open_lexicon.lookup(first) is None
                                 and open_lexicon.noun_reading(first) is None):
            continue
        ent = catalog().en_index.get(head)
        if ent is not None and ent.archetype != Archetype.HUMAN:
            return "entity", Broader(ent, word, f"{word}: a {head}")
        hit = _hand(head) if len(head) >= _PERSON_HEAD else None
        if hit is not None and hit[0] == "entity" and (person := _entity_of(hit[1])) is not None \
                and person.archetype == Archetype.HUMAN:
            return "entity", Broader(person, word, f"{word}: {head}")
        if hit is not None and hit[0] == "place" and not word.endswith("ing"):
            return hit  # "chinatown" a town, "boardroom" a room (not "searing": a verb's form)
    return None if known else _coined_head(word)


# The "-ship" of a word WordNet lacks is the vessel (a longship, a mothership, a dropship) unless the
# first half is someone it makes a state of: an agent noun (a mentorship, a viewership).
_VESSEL_SUFFIX = ("ship", "ships")
_AGENT_ENDS = ("or", "ee", "ent", "ist", "ian", "ant", "ar")


@lru_cache(maxsize=4096)
def _coined_head(word: str) -> tuple[str, object] | None:
    """A closed compound no dictionary knows at all (not even as a word read as nothing), read as
    its head where the head has any reading of a thing, through the open vocabulary too ("paraglider":
    a glider, "kitesurfer": a surfer, "smartphone": a phone): a coined name says what it is last.
    The first half any word WordNet knows ("smart", "para"); "-ship" a vessel (`_VESSEL_SUFFIX`).
    A name of two words the tables know, written as one, is that name, wherever it is cut (a
    mooncake is the moon cake 🥮, a magiclamp the magic lamp, no "magi" + "clamp")."""
    for k in range(3, len(word) - 2):
        spaced = _lookup(f"{word[:k]} {word[k:]}")
        if spaced is not None and spaced[0] == "entity" and (ent := _entity_of(spaced[1])) is not None:
            return "entity", Broader(ent, word, f"{word}: {word[:k]} {word[k:]}")
    for k in range(3, len(word) - 2):
        first, head = word[:k], word[k:]
        if head in _SUFFIXES and (head not in _VESSEL_SUFFIX or _agent_noun(first)):
            continue
        # (the head a word too, so the reading never nests: "mentorship" is no "men" + "torship")
        if not (open_lexicon.common_word(first) or _hand(first) is not None) \
                or not (open_lexicon.common_word(head) or _hand(head) is not None):
            continue
        hit = _hand(head) if head in _VESSEL_SUFFIX else _lookup(head)
        if hit is None or hit[0] != "entity" or (ent := _entity_of(hit[1])) is None:
            continue
        if head.endswith("s") and open_lexicon.verb_reading(head) is not None \
                and ent.archetype not in (Archetype.VEHICLE, Archetype.HUMAN):
            continue  # maybe a verb's form: "a llama photobombs" every photo, no bombs (longships sail)
        if (ent.archetype == Archetype.HUMAN and len(head) < _PERSON_HEAD) \
                or (isinstance(hit[1], Broader) and hit[1].members > 1):  # ("hoverboard": no board of people)
            continue
        # Through broader words only a vehicle or a person (a glider, a surfer), which a coined name
        # keeps; a made thing's head may mean anything there ("earbuds" are no flower buds).
        if isinstance(hit[1], Broader) and (" > " in hit[1].via or " ~ " in hit[1].via) \
                and ent.archetype not in (Archetype.VEHICLE, Archetype.HUMAN):
            continue
        via = hit[1].via if isinstance(hit[1], Broader) else head
        return "entity", Broader(ent, word, f"{word}: {via}")
    return None


def _coined(word: str) -> bool:
    """Whether the parser reads an English word only as a coined compound's head (`_coined_head`):
    written with a capital, such a word is rather someone's name (Beckham, Eastwood)."""
    return word.isascii() and word.isalpha() and _hand(word) is None and not open_lexicon.common_word(word) \
        and _plural_of(word) is None and _coined_head(word) is not None and _open(word) == _coined_head(word)


def _agent_noun(word: str) -> bool:
    """Whether an English word names someone by what they do (a mentor, a viewer: "view" + "-er"), not
    a mother, whose "-er" ends no verb."""
    hit = _lookup(word)
    ent = _entity_of(hit[1]) if hit is not None and hit[0] == "entity" else None
    if ent is None or ent.archetype != Archetype.HUMAN:
        return False
    stems = (word[:-2], word[:-1]) if word.endswith("er") else ()
    return word.endswith(_AGENT_ENDS) or any(
        _hand_kind(st) == "action" or open_lexicon.verb_reading(st) is not None
        or ((row := open_lexicon.lookup(st)) is not None and row.kind in ("action", "verb")) for st in stems)


_PERSON_HEAD = 4  # letters a closed compound's person head has at least (not -son, -man)


# The results a Chinese verb reaches, said after it (吃光 eaten up, 打破 broken, 喝完 drunk up): a
# closed class of complements, never the verb's object (喝光了 casts no lamp for 光 "light").
_RESULTS = "光完掉好坏破满透饱住醒倒翻碎净干"


# The picture that stands in for any plant (build_lexicon LAST_KIND_PICTURES): grass grazed (吃草) is
# the ground's, which the place paints, not a thing beside the grazer
_ANY_PLANT = "herb"


_PERSON_MEASURES = "名位个"  # measure words that count someone one at a time (一名, 一位, 一个)
_BODY_ENDS = "队团帮班组"  # endings that make a word a body of people, counted whole (一个乐队: a band)


def _counts_one_person(count_word: str, word: str) -> bool:
    """Whether a Chinese count before a word for people is one person: 一名交警, 一个民警; not 一群 or
    一支 (a troop), nor a word whose ending says a body (一个乐队 is one band, several players)."""
    return count_word in (f"一{m}" for m in _PERSON_MEASURES) and word[-1:] not in _BODY_ENDS


def _object_inside(word: str) -> Entity | None:
    """The thing a two-character Chinese verb-object word the dictionary reads (not the hand
    table) names in its last character, where that character alone names a picture: 下棋 "to play
    chess" casts the chess, 喝茶 the tea. Not a creature (钓鱼 fishing casts no fish swimming).

    A word the hand table reads as a doing too (踢球 kicks, 接球 catches: the ball; 吃饭 eats: the rice;
    not 吃草's grass, the ground's), where the character's own dictionary reading names the thing
    (门 is first "gate" there, so 射门 shoots at no door), not the stuff the doing is done on (滑冰
    skates on no ice cube), and not beside the thing the doing's hands hold already (运球 dribbles the
    basketball, and no other ball), unless it is the food worked on (切菜 chops with the knife: the
    vegetables too)."""
    hand = _hand(word)
    if len(word) != 2 or not _CJK.fullmatch(word[0]) or (hand is not None and hand[0] != "action") \
            or word[-1] in _RESULTS:
        return None
    if hand is not None:
        row = open_lexicon.listed(word[-1])
        ent = catalog().en_index.get(row.value) if row is not None and row.kind == "entity" else None
        said = _hand(word[-1])  # (and the hand table's own reading agrees: 火 is the fire effect, so
        # 着火 "catches fire" burns the thing named, and casts no fire of its own)
        agreed = said is None or (said[0] == "entity" and _entity_of(said[1]) == ent)
        if ent is None or not agreed or open_lexicon.material(ent.key) or ent.key == _ANY_PLANT \
                or (tool_keys(str(hand[1])) and not open_lexicon.food(ent.key)):
            return None
        return ent if ent.archetype == Archetype.PROP else None
    hit = _lookup(word[-1])
    if hit is None or hit[0] != "entity":
        return None
    ent = _entity_of(hit[1])
    return ent if ent is not None and ent.archetype == Archetype.PROP else None


def _plural_of(word: str) -> open_lexicon.Word | None:
    """The open vocabulary's thing named by the singular of an English plural it has no row for;
    the nearest singular any table knows decides ("oranges" is the fruit's, not an orang's)."""
    for one in open_lexicon.singulars(word):
        hit = open_lexicon.lookup(one)
        if hit is not None:
            return hit if hit.kind in ("entity", "group") else None
        if _hand(one) is not None or open_lexicon.noun_reading(one) or open_lexicon.verb_reading(one):
            return None
    return None


@dataclass(frozen=True)
class Broader:
    """An entity reached through the open vocabulary: the picture of a broader word."""

    entity: Entity
    word: str
    via: str
    tool: Entity | None = None  # what the person is named after: a skateboarder's skateboard
    members: int = 1  # a collective noun (a band, 乐队) is several of its members


def _entity_of(value: object) -> Entity | None:
    """The entity a table's value stands for: itself, or the picture a broader word gives."""
    thing = value.entity if isinstance(value, Broader) else value
    return thing if isinstance(thing, Entity) else None


def _kind(phrase: str) -> str | None:
    hit = _lookup(phrase)
    return None if hit is None else hit[0]


def _join(parts: list[str]) -> str:
    return " ".join(parts) if all(p.isascii() for p in parts) else "".join(parts)


_STOP = {"the", "of", "to", "in", "on", "at", "and", "then", "with", "into", "from", "by", "its", "his",
         "her", "their", "for", "as", "is", "are", "start", "cut", "shot", "other", "another", "one's",
         "that", "this", "it", "near", "through", "toward", "towards", "along", "under", "over", "made",
         "apart", "again", "up", "down", "out", "lands", "distant", "soft", "trail", "raising", "lights",
         "face", "same", "new", "dust", "mid-air", "air", "cloud", "particles", "trailer", "others",
         "whole", "entire", "all", "every", "each", "some", "many", "few", "half", "both"}  # (quantifiers)


_VERB_TAGS = {"v", "vd", "vn", "d", "p", "u", "uz", "ul", "c", "f", "m", "q", "r"}  # jieba: no name's character


def _known(word: str) -> bool:
    """Whether the parser knows a word as anything at all, so it is no one's name (plan/names.py)."""
    if _CJK.search(word):
        return _lookup(word) is not None or (len(word) == 1 and _char_tags().get(word) in _VERB_TAGS)
    return (_lookup(word) is not None and not _coined(word)) or open_lexicon.common_word(word) \
        or word in _STOP or word in _DETERMINERS or word in _SUBJECT_PRONOUNS or word in lx.NUMBERS


def _content_word(word: str) -> bool:
    """Worth reporting as not grounded: a Chinese word, or an English word longer than three letters."""
    if word in _STOP:
        return False
    if _CJK.search(word):
        return len(word) >= 2
    return word.isascii() and word.isalpha() and len(word) > 3


def _counted_char(toks: list[str], i: int) -> bool:
    """A single character the tables do not know, said as a thing: after a count and its measure
    word, a colour or a size (一个碗, 红色的碗). It is named, so the prompt is not empty."""
    word = toks[i]
    if len(word) != 1 or not _CJK.search(word) or word in lx.LOCATIVE or i == 0:
        return False
    prev = toks[i - 2] if toks[i - 1] == "的" and i >= 2 else toks[i - 1]
    return bool(_cn_count().match(prev)) or _hand_kind(prev) in ("colour", "size")


_DONE = {"着", "了", "过"}  # the aspect particles after a verb, before its object
DESCRIBING_TAG = "a"  # jieba's tag of a describing character (小, 老, 新, 红) that may stand before a thing


def _stands_as_object(toks: list[str], i: int) -> bool:
    """A single Chinese character standing where only a thing can: after a count and its measure
    word (一面鼓), or after a one-character verb, with or without an aspect particle between
    (敲着鼓; `_aspect` has taken that 着 out already), and not before more of a word or a verb
    (鼓掌 is one word; a character before 着 is a verb itself)."""
    word = toks[i]
    if len(word) != 1 or not _CJK.search(word) or i == 0:
        return False
    if i + 1 < len(toks) and toks[i + 1] in _DONE:
        return False
    before = toks[i - 1]
    if _cn_count().match(before):
        return True
    if _described_object(toks, i):
        return True
    verb = toks[i - 2] if before in _DONE and i >= 2 else before
    return len(verb) == 1 and verb_like(verb) and verb not in _DONE


def _described_object(toks: list[str], i: int) -> bool:
    """A single character after a describing character jieba cut off (开进了小站, 一个小铃, 一棵老槐),
    where that describing character stands where only a thing can (after a count, or after a verb
    and its particle): the character is the thing described, even one that is also a verb (站)."""
    word = toks[i]
    if len(word) != 1 or not _CJK.search(word) or i < 2 or (i + 1 < len(toks) and toks[i + 1] in _DONE):
        return False
    before, ahead = toks[i - 1], toks[i - 2]
    if len(before) != 1 or _char_tags().get(before) != DESCRIBING_TAG:
        return False
    return bool(_cn_count().match(ahead)) or ahead in _DONE \
        or (len(ahead) == 1 and verb_like(ahead) and _char_tags().get(ahead) != DESCRIBING_TAG)


def _played(meaning: str, word: str) -> bool:
    """Whether a word names a thing the motion of `meaning` holds or plays (鼓 for drumming)."""
    hit = _lookup(word)
    ent = _entity_of(hit[1]) if hit is not None and hit[0] == "entity" else None
    recipe = next((r for v, r in MOTIONS.items() if v.value == meaning), None)
    return ent is not None and recipe is not None and ent.key in recipe.props


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "几": 3}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_SEVERAL = 5  # 一只只, 好几: more than a few


def _cn_number(numerals: str) -> int:
    """A count written in Chinese numerals: 十五 15, 二十 20, 十几 13, 几百 300; two digits side by side
    are a guess between them, the larger (五六个 six); 好几 is several."""
    if numerals in lx.NUMBERS:
        return lx.NUMBERS[numerals]
    if numerals.startswith("好几"):
        return _SEVERAL
    total, digit = 0, 0
    for ch in numerals:
        if ch in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        elif ch in _CN_DIGITS:
            digit = max(digit, _CN_DIGITS[ch])
    return max(1, total + digit)


def _number(digits: str) -> int:
    """A written count; a long run of digits is just "many" (and int() refuses > 4,300 digits)."""
    return int(digits) if len(digits) <= 4 else lx.MAX_GROUP


def _count_in(numerals: str) -> int:
    """A count written in digits (3) or in Chinese numerals (三, 十五)."""
    return _number(numerals) if numerals.isdecimal() else _cn_number(numerals)


def _reading_key(hit: tuple[str, object] | None) -> str | None:
    """A looked-up thing as the open vocabulary names a sense's reading ("entity:glass",
    "group:person", "effect:lightning"), or None."""
    if hit is None:
        return None
    if hit[0] == "effect":
        return f"effect:{hit[1]}"
    ent = _entity_of(hit[1])
    if hit[0] != "entity" or ent is None:
        return None
    group = isinstance(hit[1], Broader) and hit[1].members > 1
    return f"{'group' if group else 'entity'}:{ent.key}"


def _sentence_cues(toks: list[str], i: int) -> set[str]:
    """What the rest of a sentence says of the word at i: its other words, stemmed, and the classes
    of thing its verbs are done with (open_lexicon.verb_cues); "with a ..." says a thing held."""
    word = open_lexicon.stem(toks[i])
    # (not a word made from the word itself: a conductor conducting says nothing of electricity)
    cues = {c for k, t in enumerate(toks) if k != i and len(t) >= 3 and t.isascii() and t.isalpha()
            and t.lower() not in _STOP and t.lower() not in _DETERMINERS
            and _hand_kind(t.lower()) != "count"  # ("three soldiers carry flags": no iris's three petals)
            and (c := open_lexicon.stem(t))[:_DERIVED] != word[:_DERIVED]}
    for k, t in enumerate(toks[max(0, i - _VERB_NEAR):i + _VERB_NEAR + 1], max(0, i - _VERB_NEAR)):
        # the verb the word is the subject or the object of, near it ("a schooner sail", "waves his
        # staff"; not "a robot rolls between the tables of a diner"), not a noun ("a cook")
        if k != i and t.isascii() and t.isalpha() and not _after_determiner(toks, k):
            cues |= open_lexicon.verb_cues(t.lower())
    if _held(toks, i):
        cues.add("@held")
    cues |= _after_of(toks, i)
    if _with_food(toks, i):
        cues.add("@food")
    return cues


def _after_of(toks: list[str], i: int) -> set[str]:
    """What "of" after the word at i says of it: "the hood of a car", "the bow of the old boat", the
    whole a part's sense is read with (open_lexicon.senses cues "@of" + its names: the words after
    "of" and its determiners); "a pitcher of lemonade", its contents ("@contents")."""
    if toks[i + 1:i + 2] != ["of"]:
        return set()
    k = i + 2
    while k < len(toks) and toks[k].lower() in _DETERMINERS:
        k += 1
    out = {f"@of{open_lexicon.stem(t)}" for t in toks[k:k + _WHOLE_WORDS] if t.isascii() and t.isalpha()}
    # "a pitcher of lemonade", "a shaker of salt", "a bucket of water": what comes after "of" is a
    # food, a thing or a stuff, so the word before it may be their container (open_lexicon.senses
    # cue "@contents"); no one, no creature, no vehicle is contents
    for t in toks[k:k + _WHOLE_WORDS]:
        hit = _lookup(t.lower()) if t.isascii() and t.isalpha() else None
        if hit is not None and (hit[0] == "effect" or (
                hit[0] == "entity" and (ent := _entity_of(hit[1])) is not None
                and (ent.archetype == Archetype.PROP or open_lexicon.food(ent.key)))):
            out.add("@contents")
            break
    return out


_WHOLE_WORDS = 2  # words after "of" read as the whole's name (an adjective may come first)


def _with_food(toks: list[str], i: int) -> bool:
    """Whether the word at i is what a food is "with" (a donut with sprinkles, noodles with a
    little chili): a topping or a side, so the food sense of the word is meant (sprinkles are no
    rain)."""
    at = i - 1 if i >= 1 and toks[i - 1] != "with" and toks[i - 1] in _DETERMINERS else i
    if at < 2 or toks[at - 1] != "with":
        return False
    ent = _entity_of(hit[1]) if (hit := _lookup(toks[at - 2].lower())) is not None else None
    return ent is not None and open_lexicon.food(ent.key)


_DERIVED = 5  # letters a sentence's word shares with the word it reads to be made from it
_VERB_NEAR = 3  # tokens from a noun its verb is read (past a determiner, an adverb)
_CREATURE_CUES = 2  # words a sentence says of a made thing an animal's word also names, to read that


def _verb_stems(toks: list[str], i: int) -> set[str]:
    """The stem of the verb the word at i is the subject of (right after it) or the object of (right
    before its determiner)."""
    verbs = toks[i + 1:i + 2] + (toks[i - 2:i - 1] if i >= 2 and toks[i - 1] in _DETERMINERS else [])
    return {open_lexicon.stem(t) for t in verbs if t.isascii()}


def _acts(toks: list[str], i: int) -> bool:
    """Whether the word at i is the subject of a verb the world acts out: right after it, or after
    a short phrase that describes it ("a knight in armor rides")."""
    j = i + 1
    if j < len(toks) and toks[j] in _SUBJECT_PHRASE:  # (the preposition, a determiner, its words, one noun)
        j += 1
        while j < len(toks) and (toks[j] in _DETERMINERS or _kind(toks[j]) in ("colour", "size", "count")):
            j += 1
        j += 1
    if j >= len(toks) or not toks[j].isascii():
        return False
    hit = open_lexicon.lookup(toks[j])
    if hit is None or hit.kind != "action":
        hit = open_lexicon.verb_reading(toks[j])
    return hit is not None and hit.kind == "action"


def _creatures_said(toks: list[str], i: int) -> set[str]:
    """The stems of the sentence's other words that name a creature ("horse"), as its cues are."""
    out = set()
    for k, t in enumerate(toks):
        if k != i and t.isascii() and t.isalpha() and (hit := _lookup(t.lower())) is not None \
                and hit[0] == "entity" and (ent := _entity_of(hit[1])) is not None and _creature(ent):
            out.add(open_lexicon.stem(t))
    return out


def _still(reading: str) -> bool:
    """Whether a sense's reading is a made thing that does nothing by itself (a prop, no vehicle)."""
    kind, value = reading.split(":", 1)
    return kind == "entity" and catalog().en_index[value].archetype == Archetype.PROP


def _living(reading: str) -> bool:
    """Whether a sense's reading is a creature or people (what an animal's word may not turn into)."""
    kind, value = reading.split(":", 1)
    return kind == "group" or (kind == "entity" and _creature(catalog().en_index[value]))


def _reading_fits(reading: str, human: bool) -> bool:
    """Whether a person's word may read as this other reading (a person or a thing, not a creature),
    or a thing's (a thing, a creature or an effect, not a person)."""
    kind, value = reading.split(":", 1)
    if kind == "word":
        return True  # (a sense with no picture: a pitcher of lemonade's vessel)
    if kind == "effect":
        return not human
    ent = catalog().en_index[value]
    if ent.archetype == Archetype.HUMAN or kind == "group":
        return human
    return not _creature(ent) or not human


def _sentence_sense(toks: list[str], i: int, hit: tuple[str, object],
                    named: frozenset[str] = frozenset()) -> tuple[str, object] | None:
    """The reading of the word at i that its sentence says, where that is not the word's own (a
    schooner that sails into the storm is the sailing ship, not the beer glass; a trawler hauling
    a net, the boat; "tightens a bolt with a spanner", the nut and bolt): the sense whose cues
    (open_lexicon.senses) the sentence's words meet most, more than the word-level reading's. A
    creature stays one (a timid mouse is no person)."""
    word, ent = toks[i].lower(), _entity_of(hit[1])
    if not word.isascii() or not word.isalpha() or (hit[0] == "entity" and _hand(word) is not None
                                                     and not _creature(ent)):
        return None  # (a picture named by the word itself is what it means: a glass, a plane, a rocket)
    readings = open_lexicon.senses(word) or open_lexicon.senses(_singular(word) or word)
    own = _reading_key(hit)
    if own not in [r.reading for r in readings]:
        return None
    cues = _sentence_cues(toks, i)
    mine = len(next(r for r in readings if r.reading == own).cues & cues)
    if own.split(":", 1)[1] in named:
        mine = 0  # its own picture is named already ("a kid eats fries"): the kid's words say no second child
    # No thing nor creature turns into a person, nor a person into a creature: those senses are
    # figures of speech (a dish "a very attractive woman", a diver the loon)
    human = ent is not None and ent.archetype == Archetype.HUMAN
    creature = ent is not None and _creature(ent)
    # (nor a pictured trade or being into a plain person, who says less of them: an old witch is the
    # woman mage grown old, not the sense "old woman" her age happens to name)
    trade = human and ent is not None and ent.key not in PLAIN_PEOPLE
    # (nor a picture named before it: "an elephant sprays water with its trunk" is no second elephant)
    readings = [r for r in readings if r.reading == own or (_reading_fits(r.reading, human)
                                                            and r.reading.split(":", 1)[1] not in named
                                                            and not (trade and r.reading.split(":", 1)[1]
                                                                     in PLAIN_PEOPLE)
                                                            and not (creature and _living(r.reading)))]
    best = max(readings, key=lambda r: len(r.cues & cues))  # (the first of WordNet's order on a tie)
    # (the whole named after "of" says most: "the trunk of an old tree" is the tree's, whatever
    # else the sentence says of a fallen trunk)
    whole = [r for r in readings if any(c.startswith("@of") for c in r.cues & cues)]
    if whole and whole[0].reading != own:
        best, mine = whole[0], 0
    said = sorted(best.cues & cues)
    if len(said) <= mine:
        return None
    if creature and len(said) < _CREATURE_CUES and not set(said) & _verb_stems(toks, i):
        return None  # an animal is a made thing only where the sentence says so plainly: "clicks the
        # mouse" and "the computer screen", or its own verb ("a crane lifts steel beams"; not "a dog
        # steals a sausage")
    if human and not _living(best.reading) and len(said) < _CREATURE_CUES and _still(best.reading) \
            and not set(said) & _verb_stems(toks, i) and _acts(toks, i):
        return None  # a person who does what the world shows is that person, not a thing one word of
        # the sentence names: "a knight rides a horse" is no chess piece shaped like a horse's head
        # (a vehicle goes as its verb says: "a whaler sails" is the ship)
    if human and _still(best.reading) and set(said) <= _creatures_said(toks, i):
        return None  # a creature the sentence names is there, no hint of a thing's likeness: "a knight
        # charges on a white horse" rides it, no chess piece "shaped to resemble the head of a horse"
    kind, value = best.reading.split(":", 1)
    if kind == "word":
        return "word", word  # a sense no picture shows: read as nothing, not as the word's other sense
    if kind == "effect":
        return "effect", value
    if hit[0] == "effect" and not (i > 0 and toks[i - 1] in _DETERMINERS) and _singular(word) is None:
        return None  # stuff is not counted: "a puff of smoke" stays smoke, "a bolt" may be a thing
    via = f"{word}: {value}, as the sentence says ({', '.join(c.lstrip('@') for c in said)})"
    members = GROUP_MEMBERS if kind == "group" else 1
    return "entity", Broader(catalog().en_index[value], toks[i], via, None, members)


def parse_clause(text: str, lang: str = "auto") -> Clause:
    clause = Clause(text)
    toks = _mended(_aspect(tokens(text, lang)), names.capitalised(text))
    toks = toks[_request(toks):]  # "Show me ...", "a video of ...": asked of the film-maker, no one in it
    asked, toks = toks, _zh_request(toks)  # 帮我做一个…的视频, 我想看…: the same in Chinese
    if asked != toks and not any(_CJK.search(t) for t in toks):
        # 帮我做个视频 and nothing else: the film asked for is unsaid (a film of the place, not a refusal)
        clause.unknown.extend(t for t in asked if t in _ZH_MEDIA)
    pending_count: tuple[int, int, bool] | None = None  # (count, token index, a group word)
    pending_tint: tuple[str, int] | None = None
    pending_scale: tuple[float, int] | None = None
    pending_style: tuple[str | None, int] | None = None  # a hair adjective waiting for "hair"
    pending_hair: tuple[tuple[str | None, str | None], int] | None = None  # for the person named next
    material: Mention | None = None  # named before the shape it builds (由花朵组成的老虎)
    shape: Mention | None = None  # named before what it is made of (a tiger made of flowers)
    attribute: tuple[str, int] | None = None  # a verb describing the thing named at that token
    last_doer: Mention | None = None
    toward: Mention | None = None  # the subject before 向/对/把 ..., who does the next verb
    referent: tuple[Mention, int] | None = None  # one named before whom a pronoun at a token says again
    weather_end = -1  # the token after the last weather or effect word ("as snow falls": its verb)
    verb_at = -1  # the last action word's token
    read_as_food: list[tuple[int, str]] = []  # verbs the open vocabulary reads as cooking or eating
    by_agent: str | None = None  # "is chased by a cat": what the one named after "by" does
    i = 0
    skip: set[int] = set()  # a verb's object read with it (plan/open_lexicon.py verb_object)
    glossed: set[int] = set()  # such an object that is still cast: the verb is not its relation
    caps = names.capitalised(text)  # the words written with a capital: who may be named
    verbs_at: set[int] = set()  # English words read as verbs where WordNet reads them first as things
    while i < len(toks):
        if i in skip:
            i += 1
            continue
        if _ORDINAL.match(toks[i]):
            i += 1  # 第一只, 第二个: which one, no count (and 第一 "number one" is no one); see _counted_again
            continue
        if toks[i] in _NO_ONE:
            i += 1  # "nobody is hurt", "noone is home": said of no one, who is not in the film
            continue
        if (done := _passive(toks, i)) is not None:
            # "the mouse is chased by a cat": the cat chases; "boats are tossed around": nobody does
            by_agent = done if "by" in toks[i + 1:i + 4] else None
            i += 1
            continue
        hit = None
        n = 1
        for n in range(min(MAX_NGRAM, len(toks) - i), 0, -1):
            phrase = _join(toks[i:i + n])
            hit = _hand(phrase)
            if hit is None and n > 1 and phrase.isascii() and (open_lexicon.time_phrase(phrase)
                                                               or _time_without_apostrophe(toks[i:i + n])):
                hit = ("word", phrase)  # New Year's Eve: a time, no Eve (a full moon is still pictured)
                break
            if n > 1 and hit is not None and hit[0] == "clothing" and phrase not in _phrases() \
                    and _CJK.search(phrase) \
                    and (_hand_kind(toks[i]) == "action" or toks[i] in _DONE or toks[i] in _ZH_WEAR
                         or toks[i] in _MARKERS):  # (把 + 衬衫 is no garment 把衬衫: what 把 hands on)
                hit = None  # 熨 + 衬衫 is ironing a shirt, (穿) 着 + 雨衣 wearing one: no garment by the join
            if n == 1 and hit is not None and hit[0] == "action" and (
                    (i > 0 and (_after_determiner(toks, i) or _object_of_verb(toks, i)))
                    or _plural_subject(toks, i) or _second_object(toks, i, clause)
                    or _absolute_subject(toks, i)):
                thing = catalog().en_index.get(phrase) or _open_entity(phrase)
                if thing is not None:  # "checks her watch", "blows dry leaves": a thing
                    hit = ("entity", thing)
                elif toks[i - 1] in _DETERMINERS and phrase.isascii():
                    # "crosses the bay", "tossed by the waves": a noun after its determiner, a place
                    # where the open vocabulary's noun is one (the bay's water)
                    hit = place if (place := _open(phrase)) is not None and place[0] == "place" else None
            if n == 1 and hit is not None and hit[0] == "place" and (_held(toks, i) or _owned(toks, i)) \
                    and (thing := catalog().en_index.get(phrase)) is not None:
                hit = ("entity", thing)  # "proposes with a ring": what is held, not a boxing ring
            # The open vocabulary reads one Chinese word at a time (jieba already joined the ones it
            # knows: 一条 + 龙 is a dragon, not 一条龙 "a chain"), and no English phrase across a verb
            # the hand tables know ("bee flies" is a bee that flies, not WordNet's bee fly).
            zh_phrase = n > 1 and _CJK.search(phrase) is not None
            if hit is None and not zh_phrase and toks[i] not in _STOP and toks[i + n - 1] not in _STOP and (
                    n == 1 or not any(_hand_kind(t) == "action" for t in toks[i:i + n])
                    or _one_of_picture(phrase)  # ("a french fry": one of 🍟 french fries)
                    or _weather_phrase(phrase)):  # ("a heat wave": weather, no heat that waves)
                hit = _open(phrase)
                if n > 1 and _figure_of_speech(hit, toks[i + n - 1]):
                    hit = None
            if hit is None and n == 2 and not zh_phrase and _hand_kind(toks[i + 1]) != "action":
                # "a sail boat": the sailboat, though "sail" is a verb (not "a dragon flies": its verb)
                hit = _closed_spelling(phrase)
            if hit is not None and n == 2 and _verb_ends_name(toks, i):
                hit = None  # "a bus stops at the school": one bus and its verb, no bus stop
            if hit is not None:
                break
        if hit is not None and hit[0] == "word":
            i += n
            continue
        if hit is not None and hit[0] == "counterpart":
            named_people = sum(m.count for m in clause.mentions if m.entity.archetype == Archetype.HUMAN)
            hit = None if named_people >= 2 else _open(toks[i])  # one of the two named, else someone
            if hit is None:
                i += n
                continue
        if n == 1 and hit is not None and hit[0] in ("entity", "effect") \
                and (said := _sentence_sense(toks, i, hit, frozenset(m.entity.key for m in clause.mentions))) \
                is not None:
            hit = said  # the sense the sentence says: "a schooner sails", "a bolt tightened with a spanner"
            if hit[0] == "word":
                i += 1
                continue
        if n == 1 and names.surname(toks, i, _is_person, _a_word) and not _young_of(toks, i) \
                and toks[i] not in lx.NUMBERS:  # (三姐妹 three sisters, not the sisters of a Mr San)
            i += 1  # 马老师: Teacher Ma's surname, no horse; the teacher is read next
            continue
        # (a person's word written as a name is that one: "Einstein" the scientist, not "a genius")
        if (hit is None or (hit[0] == "size" and toks[i] in names.NICKNAMES) or (
                hit[0] == "entity" and n == 1 and (e := _entity_of(hit[1])) is not None
                and e.archetype == Archetype.HUMAN) or (n == 1 and toks[i] in caps and _coined(toks[i]))) \
                and (named := names.reading(toks, i, caps, _known, hit is not None, _kind, _verb_char)) \
                is not None:
            hit, n = ("entity", Broader(named[0], _join(toks[i:i + named[2]]), named[1])), named[2]  # Mia, 小明
        if hit is not None and hit[0] == "action" and n > 1 and _CJK.search(toks[i]) \
                and _played(str(hit[1]), toks[i + n - 1]):
            n -= 1  # 敲 + 鼓 is drumming on a drum: the instrument named is cast, as in 吹着大号
        if (run := colour_run(toks, i)) is not None:
            hit, n = ("colour", run[0]), run[1]  # 粉 + 红 is pink, 浅 + 蓝色 blue: one colour word
        word = toks[i]
        if word in _COMMAS:
            toward = None  # 男孩把球扔给了小狗，小狗…跑回来了: the subject before 把 is not the next part's
        if n == 1 and _doubled_describing(toks, i):
            # 一个大大的爱心, 乖乖地坐着: a describing character said twice, before 的 or 地, describes
            # (大大 read as its one character: big); no dialect word for a dad or a couple
            hit = _lookup(word[0])
            if hit is None or hit[0] not in ("size", "colour"):
                i += 1
                continue
        if hit is not None and hit[0] == "clothing" \
                and (not _wearer(clause, toks, i + n) or _handled(toks, i)) \
                and (worn := _garment(_join(toks[i:i + n]))) is not None:
            hit = ("entity", worn)  # 一件红色的裙子, "a red hat": worn by nobody, the garment is filmed
        if hit is not None and hit[0] == "count" and n == 1 and _group_word_as_verb(toks, i, clause):
            verb = open_lexicon.verb_reading(word)
            if verb is None or verb.kind != "action" or verb.value not in lx.ACTIONS:
                i += 1  # "the children flock to the truck": a verb the world has no motion for
                continue
            hit = ("action", verb.value)
        if hit is not None and hit[0] == "count" and n == 1 and word.isascii() and word in lx.GROUP_WORDS \
                and toks[i + 1:i + 2] != ["of"] and (alone := _open(word)) is not None and alone[0] == "entity":
            hit = alone  # "a flock wheels overhead": the flock's members, not a count for what comes next
        member = _described_member(toks, i + 2) if toks[i + 1:i + 2] == ["of"] else i + 2
        if hit is not None and hit[0] == "entity" and n == 1 and toks[i + 1:i + 2] == ["of"] \
                and (many := _collective(word, hit[1])) and member < len(toks) \
                and _names_someone(toks[member]) and (_plural_word(toks[member]) or word in lx.GROUP_WORDS):
            # "a school of sardines", "a family of ducks", "a troop of monkeys", "a team of doctors":
            # so many of them, no school building, no parents and a child, no four people
            hit = ("count", many)
        elif (hit is None or hit[0] != "count") and n == 1 and toks[i + 1:i + 2] == ["of"] \
                and member < len(toks) and word.isascii() and open_lexicon.animal_group(word.lower()) \
                and _names_someone(toks[member]):
            # "a pod of dolphins", "a pride of lions", "a drove of cattle": a word WordNet files as a
            # group of animals counts them, whatever it first names (no pea pod); what follows "of"
            # is several, spelt as a plural or not (cattle, deer)
            hit = ("count", lx.NUMBERS["many"])
        if (hit is None or hit[0] != "action") and n == 1 and clause.mentions \
                and clause.mentions[-1].end == i and clause.mentions[-1].entity.archetype != Archetype.PROP \
                and (doing := _ing_verb(word)) is not None:
            hit = ("action", doing)  # "a painter painting": what the one just named does, not a painting
        if (hit is None or hit[0] in ("entity", "place")) and n == 1 and (
                _going_on(toks, i, verbs_at) or _participle_after_comma(toks, i, clause)
                or (hit is not None and hit[0] == "place" and _participle_before_object(toks, i, clause))):
            # "she is helping her grandmother", "a farmer is fencing the field", "he keeps heating the
            # soup": an -ing form after "is" or a verb goes on, no tropical drink, railing or building;
            # so does one a being just named does before its object, where the word reads as a place
            # ("a man and his son building a treehouse", "kids are building a snowman": no building)
            if (doing := _ing_verb(word)) is not None:
                hit = ("action", doing)
            else:
                i += 1
                continue
        if hit is not None and hit[0] in ("entity", "group") and n == 1 and _before_adverbial(toks, i):
            i += 1  # 男孩灰心地坐着, 蜜蜂嗡嗡地飞: a word before the adverbial 地 says how, it is no thing
            continue
        if hit is not None and hit[0] == "entity" and n == 1 and _after_adverbial(toks, i):
            # 鞭炮噼里啪啦地响, 钟声当当地敲: after a word and the adverbial 地 comes the verb (响
            # "echo" is no nymph)
            if (verb := open_lexicon.verb_reading(word)) is not None and verb.kind == "action" \
                    and verb.value in lx.ACTIONS:
                hit = ("action", verb.value)
            else:
                i += 1
                continue
        if hit is not None and hit[0] == "action" and n == 1 and _head_of_the_phrase(toks, i, clause) \
                and (as_thing := _open(word)) is not None and as_thing[0] == "entity":
            hit = as_thing  # "a surfer rides a monster wave", "a monster wave hits": the wave, no one waving
        if n == 1 and toks[i] in _PAST_LIKE_PLAIN and _past_after_who(toks, i, clause):
            i += 1  # "a boy who saw a ghost": see's past, no sawing and no saw
            continue
        if (hit is None or hit[0] == "entity" or (hit[0] == "clothing" and _past_after_who(toks, i, clause))) \
                and n == 1 and (_stands_as_verb(toks, i, clause) or _ordered(toks, i, clause)
                                or _in_a_series_of_verbs(toks, i, clause, verbs_at)):
            # "a chameleon creeps along", "the astronaut plants a flag", "a man rows a boat" (a form
            # read as nothing else): the verb reading where the word stands as a verb
            verb = open_lexicon.verb_reading(word)
            if verb is None and (row := open_lexicon.lookup(word)) is not None and row.kind == "action":
                verb = row  # "cooks": a thing the tables name, its one reading as a verb
            verbs_at.add(i)
            if verb is not None and verb.kind == "action" and verb.value in lx.ACTIONS:
                _done_with_itself(clause, hit, i)
                hit = ("action", verb.value)
            elif verb is not None and (hit is not None or verb.kind != "action"):
                i += 1  # a verb the world cannot show ("irons his shirts", "crosses the line"): no thing
                continue  # (one with a meaning the motions may compose stays said: "peeling")
        if hit is None and not clause.mentions and n == 1 and word.isascii() and word.endswith("s") \
                and open_lexicon.verb_reading(word) is not None \
                and _unsaid_doer(toks, i, n, "", clause.unknown):
            # "a barista pours latte art": a verb the world cannot show, its coined subject someone
            clause.mentions.append(_someone(i))
        if (hit is None or hit[0] in ("colour", "size")) and n == 1 and _stands_as_noun(toks, i, hit) \
                and (as_noun := _noun_reading(word)) is not None:
            hit = as_noun  # "slices an orange", "a bag of oranges": the fruit, not the colour; "a giant walks"
        if n == 1 and hit is not None and hit[0] in ("time", "entity") and _on_a_world(toks, i):
            clause.places.append((Place.SPACE, 3))  # "on the moon", 在月球上: the ground is another world
        if hit is not None and hit[0] == "entity" and n > 1 and _kind(toks[i]) == "colour" \
                and _kind(_join(toks[i + 1:i + n])) == "entity":
            # "black cat" is a cat tinted black, as 黑色的猫 is: both languages cast the same entity.
            hit, n = _lookup(toks[i]), 1
        if hit is None and n == 1 and toks[i + 1:i + 2] and toks[i + 1][0] in _AFTER_AGENT and _player_of(word):
            # 高尔夫球手把球: the one who plays it (only as a subject, where `_agents` cut it so)
            hit = ("entity", Broader(catalog().en_index["person"], word,
                                     f"{word}: a person (…{RIDER}, who plays a {word[:-1]})"))
        if (hit is None and _GROUP_COUNT.match(word)) or ((hit is None or hit[0] == "count") and n == 1
                                                          and _CN_NUMBER.match(word) and i + 1 < len(toks)
                                                          and toks[i + 1] in _GROUP_MEASURES):
            # 一伙强盗, 一帮孩子, 一窝小狗: a measure word of a group (jieba reads 伙, 帮, 窝 first as
            # other words) counts several, as "a gang of robbers" does
            hit = ("count", lx.NUMBERS["several"])
            if not _GROUP_COUNT.match(word):
                skip.add(i + 1)
        if hit is None and n == 1 and (m := _HELD_IN.match(word)) and _container(m.group(2)) is not None:
            count = _count_in(m.group(1))
            _held_in(clause, word, m.group(2), count, i)  # 一碗粥: the bowl, and one of what it holds
            hit = ("count", count)
        if hit is None and (m := _cn_count().match(word)):
            hit = ("count", _count_in(m.group(1)))
            if m.group(2) in _PAIRS:
                hit = ("count", 2 * int(hit[1]))  # 两对鸳鸯: two pairs, four birds (一对 is two)
            n = 1
            if i + 1 < len(toks) and toks[i + 1] == m.group(2):
                # 一朵朵白云, 一只只小鸭子: one after another, several; said of no thing after it, how it
                # is done (一个个扔进竹筐: one by one)
                thing_next = i + 2 < len(toks) and _kind(toks[i + 2]) in ("entity", "size", "colour")
                hit, n = ("count", _SEVERAL if thing_next else 1), 2
        if hit is None and n == 1 and (grade := _graded_size(word)) is not None:
            hit = ("size", grade)  # "the bigger fish eats the smaller fish": two sizes, two fish
        if hit is None and word.isdecimal():
            hit, n = ("count", _number(word)), 1
        if hit is None and n == 1 and toks[i + 1:i + 2] == ["of"] and _numbers_of(word):
            hit = ("count", lx.NUMBERS["many"])  # "dozens of balloons", "thousands of workers": many
        if hit is None and _CJK.search(word) and _CN_NUMBER.match(word) and i + 1 < len(toks) \
                and len(toks[i + 1]) == 1 and toks[i + 1] in open_lexicon.measure_words():
            hit, n = ("count", _cn_number(word)), 1  # 十五 + 个 cut apart: the count before its measure word
        if (hit is None or (hit[0] == "action" and _described_object(toks, i))) and n == 1 \
                and _stands_as_object(toks, i) and (row := open_lexicon.object_char(word)):
            hit = ("entity", Broader(catalog().en_index[row.value], word, row.via))  # 敲着鼓: a drum
        if len(word) == 1 and word in open_lexicon.measure_words() and i > 0 and _CN_NUMBER.match(toks[i - 1]):
            _held_in(clause, word, word, _count_in(toks[i - 1]), i)
            i += 1  # 一 + 轮 cut apart: the measure word of the count before it, no wheel (一 + 瓶: a bottle)
            continue
        if word == _A_LITTLE and _a_little(toks, i):
            i += 1  # 倒了一点油: a little oil, no clock at one o'clock
            continue
        if (hit is None or hit[0] == "action") and (split := _separable(toks, i)) is not None:
            (hit, n) = ("action", split[0]), split[1]  # 跳芭蕾舞 dances as 跳舞 does: its object sits inside
        if hit is None and len(word) == 1 and clause.mentions \
                and (_in_progress(toks, i) or _after_doer(clause, i)) \
                and (doing := open_lexicon.verb_char(word)
                     or (_analogy(word, toks[i + 1]) if i + 1 < len(toks) else None)) is not None \
                and doing in lx.ACTIONS:
            hit, n = ("action", doing), 1  # 工人在铲雪: a character after 在 is the verb in progress
        if hit is not None and hit[0] == "entity" and n == 1 and len(word) >= 2 and _CJK.search(word) \
                and clause.mentions and _in_progress(toks, i) and _hand(word) is None \
                and not _before_locative(toks, i) \
                and (lead := _hand(word[0])) is not None and lead[0] == "action" \
                and _kind(word[1:]) == "entity":
            # 男孩在推车: in progress, the verb (推) and its object; not a name the tables know (在飞船里:
            # in the spaceship), nor a place said with a locative after it
            toks[i:i + 1] = [word[0], word[1:]]
            hit, word = lead, word[0]
        if hit is None and len(word) >= 2 and _CJK.search(word) and clause.mentions \
                and word not in LOCATIVE_WORDS and (_in_progress(toks, i) or _after_doer(clause, i)):
            # (not a side after 在: 跪在下面, 在外面 are under and outside, no noodles 面)
            lead = _hand(word[0]) or _open(word[0])
            led = lead is not None and lead[0] == "action"
            verbal = led or verb_like(word[0]) \
                or (_in_progress(toks, i) and _char_tags().get(word[0]) not in NOUN_TAGS)
            if verbal and not _before_locative(toks, i) \
                    and ((_kind(word[1:]) == "entity") if len(word) >= 3 else _object_inside(word) is not None):
                toks[i:i + 1] = [word[0], word[1:]]  # 在砌砖, 在踢毽子: the verb, and the thing it is done to
                word = word[0]
            if led:
                hit = lead  # 运动员在跳高: a word nothing reads, led by a verb (跳, 踢), is that verb
        if hit is None and len(word) == 1 and _in_progress(toks, i) and clause.mentions \
                and i + 1 < len(toks) and (verb_like(word) or _kind(toks[i + 1]) in ("entity", "clothing")):
            # 在用电脑: a verb in progress the tables do not know; 在晾衣服 too, where jieba calls the
            # character a bound morpheme: a character that reads as nothing between 在 and a thing
            clause.unknown.append(word)
        if hit is not None and hit[0] == "count" and word == "one" and not clause.mentions \
                and i + 1 < len(toks) and all(t in _CONJUNCTIONS for t in toks[:i]) \
                and _hand_kind(toks[i + 1]) == "action":
            hit = None  # "one pounces on a mouse": one of those named before, not a count
        if hit is None and word == "another" and (kin := _another_standing(toks, i, clause)) is not None:
            # "an astronaut plants a flag while another one takes a photo": a second astronaut
            span = 2 if toks[i + 1:i + 2] == ["one"] else 1
            clause.mentions.append(Mention(kin.entity, kin.words, start=i, end=i + span, another=True))
            i += span
            continue
        if hit is None and word in _SUBJECT_PRONOUNS and not _said_again(toks, i) and (
                (not clause.mentions and all(t in _CONJUNCTIONS for t in toks[:i]))
                or (word in _PERSONAL
                    and (not any(m.actions for m in clause.mentions)
                         or (i > 0 and toks[i - 1] in _CLAUSE_BREAKS))
                    and all(not someone(m.entity) or m.entity.archetype == Archetype.VEHICLE
                            or (word in _OBJECT_ONLY and m.entity.archetype != Archetype.HUMAN)
                            or (m.entity.archetype == Archetype.HUMAN and other_sex(word, m.entity))
                            or (word in _FIRST_PERSON and i > 0 and toks[i - 1] in _CLAUSE_BREAKS
                                and not (m.pronoun and m.words in _FIRST_PERSON))
                            or (word in _THEY_ZH and i > 0 and toks[i - 1] in _CLAUSE_BREAKS
                                and _one_person(clause.mentions))
                            for m in clause.mentions)
                    and not (word == "they" and any(m.count > 1 for m in clause.mentions)))
                or _speaker_as_object(toks, i, clause)):
            # "At dawn, he runs", 每天早上，他 ...: after an opening phrase of time or place that names
            # no doer, a personal pronoun is the doer; "The wind blows his hat away": his is someone
            # ("him" is never the creature that does the verb: "A dog brings him the paper"); after a
            # comma, a new clause's doer though the things before it did something (流星划过夜空，她许愿). Not
            # "it", "one" (they never stand alone), nor "they" after things ("lanterns ... they glow").
            # 我 or 我们 opening a clause after a comma is never one named before in the third person
            # (妈妈在厨房里切菜，我在房间里写作业; 小猫在睡觉，我在看书: the speaker is a second doer), nor
            # 他们 after one person alone (奶奶在织毛衣，他们在看电视: others).
            key, count = _SUBJECT_PRONOUNS[word]
            clause.mentions.append(Mention(catalog().en_index[key], word, count=count, start=i, end=i + 1,
                                           pronoun=True))  # the director keeps it if nobody came before
            i += 1
            continue
        if hit is None and word in _REFERRING and i > 0 and toks[i - 1] in _CLAUSE_BREAKS \
                and (back := _referent(clause.mentions, word)) is not None:
            referent = (back, i)  # 小女孩被一只狗咬了，她哭着跑回家: she runs, not the dog
        if hit is None and word in _IT_ZH and i > 0 and toks[i - 1] in _CLAUSE_BREAKS and clause.mentions:
            creatures = [m for m in clause.mentions
                         if someone(m.entity) and m.entity.archetype != Archetype.HUMAN and not m.pronoun
                         and (m.count > 1 or m.group) == (word == _THEY_IT)]
            if creatures:  # 一只猫被一只狗追着，它吓得爬上了树: the topic, the cat, climbs
                referent = (creatures[0], i)
            elif all(m.entity.archetype == Archetype.HUMAN for m in clause.mentions):
                # 主人一回来，它就扑了上去: one named in a sentence before (the director finds it), who
                # does the verbs after it, not the owner
                clause.mentions.append(Mention(catalog().en_index[_SUBJECT_PRONOUNS[word][0]], word, start=i,
                                               end=i + 1, pronoun=True))
                i += 1
                continue
        if hit is None and word in _TOWARD and clause.mentions:
            toward = clause.mentions[-1]
        if hit is None and (row := open_lexicon.lookup(word)) is not None and row.kind == "action" \
                and (thing := _object_inside(word)) is not None:
            hit, n = ("entity", thing), 1  # 下棋 "to play chess", a verb the world has no motion for: the chess
        if (hit is None or hit[0] == "count") and word in lx.NUMBERS and len(word) == 1 and word != "一" \
                and clause.mentions \
                and clause.mentions[-1].end == i and not people_in(clause.mentions[-1].entity) \
                and not (i + 1 < len(toks) and _kind(toks[i + 1]) == "entity"):
            # 兄妹俩, 姐妹俩: a count said after the people it counts, and how many they are (not
            # before a thing: 俩人; and 夫妻俩 is the couple the picture already shows; never 一: 两只小狗一边
            # 跑一边叫 is two dogs, 一边 "while")
            clause.mentions[-1].count = lx.NUMBERS[word]
            i += 1
            continue
        if hit is None:
            if _content_word(word) or _counted_char(toks, i):
                clause.unknown.append(word)
            i += 1
            continue
        kind, value = hit
        tool: Entity | None = None
        members = 1
        if isinstance(value, Broader):
            broad = value
            members = broad.members
            if broad.entity.key != broad.word:
                with_tool = f" with a {broad.tool.key}" if broad.tool else ""
                clause.broader.append(f"'{broad.word}' is drawn as '{broad.entity.key}'{with_tool} "
                                      f"({broad.via})")
            value, tool = broad.entity, broad.tool
        if kind == "entity" and n == 1 and (_names_the_next_animal(toks, i, value) or _made_of(toks, i)):
            i += 1  # "a bull moose", "a cow elephant", "a pony foal": one animal, its sex or breed said;
            continue  # "a stone bridge", "a straw hat": what the next is made of
        if kind == "entity" and n == 1 and word.lower() in _KIN_OF_ANIMALS:
            animal = _animal_kin(clause, toks, i)
            if animal is None and i + 1 < len(toks) and (next_hit := _lookup(toks[i + 1])) is not None \
                    and next_hit[0] == "entity" and _is_animal(next_hit[1]):
                # "a mother bear", "baby elephants": the animal, a young one smaller
                if word.lower() in _YOUNG_WORDS:
                    pending_scale = (YOUNG_SCALE, i)
                i += 1
                continue
            if animal is not None and clause.mentions and clause.mentions[-1].end == i \
                    and word.lower() not in _YOUNG_WORDS:
                i += 1  # 熊妈妈, 鸭妈妈: the bear, the duck, no woman beside it
                continue
            if animal is not None and word.lower() in _YOUNG_WORDS and clause.mentions and _CJK.search(word) \
                    and clause.mentions[-1].end == i and clause.mentions[-1].entity is animal:
                clause.mentions[-1].scale = YOUNG_SCALE  # 熊猫宝宝, 小狗宝宝: the animal's baby is that one
                clause.mentions[-1].end = i + 1
                i += 1
                continue
            if animal is not None and word.lower() in _YOUNG_WORDS:
                # "an elephant sprays its baby", "a lioness and her cubs", 它的宝宝: its young, smaller
                value = animal
                pending_scale = (YOUNG_SCALE, i)
            elif animal is not None and word.isascii() and i > 0 and (toks[i - 1] in ("its", "their") or (
                    toks[i - 1] in ("her", "his")
                    and not any(m.entity.archetype == Archetype.HUMAN for m in clause.mentions))):
                value = animal  # "a baby elephant follows its mother": the elephant's, an elephant
        if kind == "entity" and n == 1 and _addressed(clause, word, i):
            # 农民伯伯, 警察叔叔, 清洁工阿姨: the one just named, called as a child calls a grown-up; a
            # worker the tables draw as anyone takes the sex and age the address says
            before = clause.mentions[-1]
            if before.entity.key == "person" and isinstance(value, Entity) \
                    and value.archetype == Archetype.HUMAN:
                before.entity = value
            before.end = i + 1
            i += 1
            continue
        if kind == "entity" and n == 1 and word.isascii() and word.endswith("ing") \
                and toks[i + 1:i + 2] and toks[i + 1] in _FILM_PARTS:
            i += 1  # "Opening shot: a cat sleeps", "the opening scene": which shot, no hole
            continue
        if kind == "entity" and tool is None and _set_off_again(toks, i, n, value, clause):
            pending_count = pending_tint = pending_scale = None
            i += n  # "Her assistant, a young boy, stirs the pot": the assistant is the boy
            continue
        if kind == "entity" and _says_what_subject_is(toks, i, value, clause):
            pending_count = pending_tint = pending_scale = None
            i += n  # "a cat and a dog who are best friends", "two bears become friends": no one new
            continue
        if kind == "entity" and _said_absent(toks, i):
            pending_count = pending_tint = pending_scale = None
            i += n  # "a street with no cars", "without an umbrella", "not a single cloud": not there
            continue
        if kind == "entity":
            assert isinstance(value, Entity)
            mention = Mention(value, _join(toks[i:i + n]), start=i, end=i + n,
                              another=_another_one(toks, i, value, clause))
            if by_agent is not None and "by" in toks[max(0, i - 3):i]:
                if value.archetype != Archetype.PROP:  # (a wave tossing boats is no one throwing)
                    mention.actions.append(by_agent)
                    clause.actions.append(by_agent)
                by_agent = None
            if attribute is not None and attribute[1] == i:
                mention.actions.append(attribute[0])
                attribute = None
            # "a litter of puppies", "a gaggle of geese": the "a" counts the litter, not the puppies
            of_many = i > 0 and toks[i - 1] == "of" and members == 1 and _bare_plural(toks, i, n, value)
            if pending_count and i - pending_count[1] <= 4 and not (of_many and pending_count[0] == 1):
                # "a band" is one band: its members are still several; but Chinese counts people, not
                # groups, where it counts more than one (三姐妹 three sisters, 两兄弟 two brothers)
                # (and one counted by a measure word for someone, 一名交警, 一个民警, is one officer, not
                # the police: the word names a body of them only as its gloss's English head does)
                each = (pending_count[0] >= 2 or _counts_one_person(toks[pending_count[1]], toks[i])) \
                    and bool(_CJK.search(toks[i])) and value.archetype == Archetype.HUMAN
                counted = min(pending_count[0], lx.MAX_GROUP)
                mention.count = counted if each else max(members, counted)
                mention.group = pending_count[2]
            elif of_many or (members == 1 and _bare_plural(toks, i, n, value)):
                mention.count = lx.NUMBERS["several"]  # "wolves howl", 孩子们: several, not one
            else:
                mention.count = members
            if mention.words in lx.GROUP_NAMES:
                mention.count, mention.group = max(mention.count, lx.GROUP_NAMES[mention.words]), True
            if pending_tint and i - pending_tint[1] <= 4:
                mention.tint = pending_tint[0]
            if pending_scale and i - pending_scale[1] <= 4:
                mention.scale = pending_scale[0]
            if pending_hair and i - pending_hair[1] <= 4 and value.archetype == Archetype.HUMAN:
                mention.hair, pending_hair = pending_hair[0], None
            pending_count = pending_tint = pending_scale = None
            if shape is not None:
                shape.made_of = value if value is not shape.entity else None  # "a wolf made of wolves"
                shape = None
            else:
                mention.made_of = material.entity if material and material.entity is not value else None
                material = None
                clause.mentions.append(mention)
                # (not a creature of the water: a fisherman's catch is no fish swimming beside him,
                # and it would set the film under water)
                if tool is not None and tool.archetype != Archetype.FISH \
                        and all(m.entity is not tool for m in clause.mentions):
                    clause.tools[len(clause.mentions) - 1] = len(clause.mentions)
                    clause.mentions.append(Mention(tool, tool.key))
        elif kind == "count" and _people_counted(toks, i, n):
            assert isinstance(value, int)
            # 一家四口 "a family of four": 口 counts people, and no noun follows: that many people,
            # the family's picture where one shows as many (its man, woman and children: groups.py)
            family = catalog().en_index.get(_FAMILY_OF.get(value, ""))
            clause.mentions.append(Mention(family, _join(toks[i:i + n]), start=i, end=i + n) if family
                                   else Mention(catalog().en_index["person"], _join(toks[i:i + n]),
                                                count=min(value, lx.MAX_GROUP), start=i, end=i + n))
        elif kind == "count":
            assert isinstance(value, int)
            pending_count = (value, i, _join(toks[i:i + n]) in lx.GROUP_WORDS)
        elif kind == "colour":
            assert isinstance(value, str)
            pending_tint = (value, i)
        elif kind == "size":
            assert isinstance(value, float)
            pending_scale = (value, i)
        elif kind == "place":
            assert isinstance(value, tuple)
            clause.places.append(value)
            clause.grounds.append((value[0], _join(toks[i:i + n])))
            if (building := _building_named(word, value[0])) is not None:
                # "a skyscraper behind him": the city, and the building itself stands as a set piece
                clause.mentions.append(Mention(building, word, start=i, end=i + n))
            elif pending_count and i - pending_count[1] <= 2 and toks[pending_count[1]] not in ("a", "an") \
                    and not _OTHER.intersection(toks[max(0, pending_count[1] - 1):i] + toks[i + n:]) \
                    and (thing := _counted_place(word)) is not None:
                # "one window still lit", "two windows": a place word counted names that many things
                # of its picture, seen in the place it stages (the wall); not after an article ("in
                # a ring" is the boxing ring, no wedding ring)
                clause.mentions.append(Mention(thing, word, min(pending_count[0], lx.MAX_GROUP), start=i,
                                               end=i + n))
                pending_count = None
        elif kind == "time":
            assert isinstance(value, TimeOfDay)
            clause.times.append(value)
            if (body := sky.named_body(_join(toks[i:i + n]))) is not None and not _on_a_world(toks, i):
                # "howls at the moon", 对着月亮: the night, and the moon itself (plan/sky.py paints it)
                clause.mentions.append(Mention(body, _join(toks[i:i + n]), start=i, end=i + n))
        elif kind == "weather" and isinstance(value, Weather) and _measure_of(toks, i + n, value):
            pass  # "a puff of smoke", "a storm of arrows": a measure of the thing named after it, no weather
        elif kind == "weather":
            assert isinstance(value, Weather)
            clause.weather.append(value)
            weather_end = i + n if _bare(toks, i, n) and not _objected(clause, toks, verb_at, i) else -1
        elif kind == "action" and _said_of_weather(toks, weather_end, i, clause.mentions):
            pass  # "as snow falls", "sparks fly", 雪花飘落: the weather's or the effect's own verb, nobody's
        elif kind == "action" and n == 1 and _another_sense(toks, i):
            pass  # "draws his sword", "rings the bell": not drawing, no telephone call
        elif kind == "action":
            assert isinstance(value, str)
            if (said := _glossed_object(toks, i + n)) is not None:
                value, taken = said  # "rides a wave": surfing, and the wave no hand waving
                if _open_entity(toks[taken]) is None:
                    skip.add(taken)
                else:  # (a pictured object is still cast, the wave 🌊 the surfer rides, not mounted)
                    glossed.add(taken)
            clause.actions.append(value)
            verb_before, verb_at = verb_at, i
            placed = _placed_one(toks, i) if not clause.mentions else None
            if (not clause.mentions or _only_where(clause.mentions, toks, i, n)) and placed is None \
                    and _unsaid_doer(toks, i, n, value, clause.unknown):
                clause.mentions.append(_someone(i))
            if value in _FOOD_VERBS and n == 1 and _hand(word) is None:
                read_as_food.append((i, value))
            inside = None
            if n == 1 and (thing := _object_inside(word)) is not None:
                inside = Mention(thing, word[-1], start=i, end=i + 1)  # 下棋: the chess
                clause.mentions.append(inside)
            # (the thing inside the verb's own word is done to, never the doer: 他在飞机上吃饭, the rice)
            doers = [m for k, m in enumerate(clause.mentions)
                     if k not in clause.tools.values() and m is not inside]
            ahead = _named_next(toks, i + n)
            said_of_last = word.endswith("ing") and clause.mentions and clause.mentions[-1].end == i \
                and clause.mentions[-1].entity.archetype != Archetype.PROP and toks[i + n:i + n + 1] \
                and toks[i + n] in _DETERMINERS  # "a girl chasing a butterfly": the girl's doing
            there = _there(toks, i, n, value, doers)
            if ahead is not None and not said_of_last and (word.endswith("ing") or word.endswith("的")
                                                           or (i + n < len(toks) and toks[i + n] == "的")):
                attribute = (value, ahead)  # "a burning house", 燃烧的房子: the verb describes what follows
            elif there is not None:
                attribute = (value, there)  # 树下坐着一个老人: the old man sits, not the tree
            elif placed is not None:
                attribute = (value, placed)  # 躺在沙发上的猫: the cat lies there, no one unsaid
            elif toward is not None:
                toward.actions.append(value)  # 消防员向房子喷水: the doer comes before 向
                last_doer, toward = toward, None
            elif last_doer is not None and i > 0 and toks[i - 1] in _AND:
                last_doer.actions.append(value)  # "flies over a castle and breathes fire": the same doer
            elif last_doer is not None and _gone_to_do(clause, toks, verb_before, i, last_doer):
                last_doer.actions.append(value)  # 骑自行车去河边钓鱼: the rider fishes, not the bicycle
            elif doers:  # subject, verb: the verb belongs to the last thing named before it (not a tool)
                people = [m for m in doers if m.entity.archetype == Archetype.HUMAN]
                if value in COMPOSED and people and doers[-1].entity.archetype == Archetype.PROP:
                    # a hands action is a person's (老人坐在长椅上弹吉他: the old man strums, not the bench)
                    doers = doers[:doers.index(people[-1]) + 1]
                if referent is not None and referent[0] in doers and all(m.start < referent[1] for m in doers):
                    doers = doers[:doers.index(referent[0]) + 1]  # (until someone is named after the pronoun)
                doers = _head_of_subject(doers, toks, i)  # "a man in a boat rows": the man
                doers = _out_of_its_place(doers, toks, i)  # 老人坐在船上钓鱼: the old man, not the boat
                if doers[-1].entity.archetype == Archetype.PROP and _held_by_a_verb(toks, doers[-1].start) \
                        and not word.endswith("的") and toks[i + n:i + n + 1] != ["的"] \
                        and (beings := [m for m in doers[:-1] if m.entity.archetype != Archetype.PROP]):
                    doers = doers[:doers.index(beings[-1]) + 1]  # 小狗叼着球跑回来了: the dog runs
                elif len(doers) >= 2 and doers[-1].entity.archetype != Archetype.PROP \
                        and not doers[-1].pronoun and _held_by_a_verb(toks, doers[-1].start) \
                        and not _pivot(toks, doers[-1].start) \
                        and not any(t in _CLAUSE_BREAKS for t in toks[doers[-1].end:i]) \
                        and not word.endswith("的") and toks[i + n:i + n + 1] != ["的"] \
                        and (beings := [m for m in doers[:-1] if m.entity.archetype != Archetype.PROP]):
                    doers = doers[:doers.index(beings[-1]) + 1]  # 小猫追着蝴蝶跑: the cat runs
                elif (holder := _unsaid_holder(clause, doers, toks, i, n)) is not None:
                    doers = [holder]  # 拿着扫帚扫地: someone unsaid sweeps, holding the broom
                if (topic := _dropped_subject(clause.mentions, toks, i, n)) is not None and topic in doers:
                    doers = doers[:doers.index(topic) + 1]  # 小猫追着蝴蝶，跑进了花园: the cat runs
                if (chased := _passive_subject(doers, toks, i)) is not None:
                    doers = doers[:doers.index(chased) + 1]  # 小猫被狗追着跑上了树: the cat runs
                for joined in _joined(doers, toks):  # "a turtle and a hare race": both of them
                    joined.actions.append(value)
                last_doer = doers[-1]
        elif kind == "effect":
            assert isinstance(value, str)
            clause.effects.append(value)
            weather_end = i + n if _bare(toks, i, n) and not _objected(clause, toks, verb_at, i) else -1
        elif kind == "shot":
            assert isinstance(value, ShotSize)
            clause.sizes.append(value)
        elif kind == "take":
            clause.single_take = True
        elif kind == "made_of" and clause.mentions:
            shape = clause.mentions[-1]
        elif kind == "made_into" and clause.mentions:
            material = clause.mentions[-1]
            _drop(clause, [material])
        elif kind == "hair" and isinstance(value, HairWord) and not value.whole:
            pending_style = (value.style, i)
        elif kind == "hair" and isinstance(value, HairWord):
            # "long black hair": the adjective and the colour said just before are this hair's.
            style = value.style or (pending_style[0] if pending_style and i - pending_style[1] <= 3 else None)
            colour = value.colour
            if colour is None and pending_tint and i - pending_tint[1] <= 3:
                colour, pending_tint = shade(pending_tint[0]), None
            pending_style = None
            ahead = _named_next(toks, i + n)
            if ahead is not None and _is_person(toks[ahead]):
                pending_hair = ((style, colour), i)  # "a red-haired man", 扎马尾的女孩
            elif ahead is not None and colour:
                pending_tint = (colour, i)  # "a ginger cat": the colour of a thing with no hair
            elif people := [m for m in clause.mentions if m.entity.archetype == Archetype.HUMAN]:
                people[-1].hair = (style, colour)  # "a girl with a ponytail", 女孩扎着马尾
            elif ahead is None and i > 0 and toks[i - 1] in ("a", "an", "the") and word.isascii():
                # "a blonde", "the brunette": a hair word standing as a noun is a person with that hair
                # (not "her hair": a possessive's hair is the one named before's)
                clause.mentions.append(Mention(catalog().en_index["person"], word, start=i, end=i + n,
                                               hair=(style, colour)))
            else:
                clause.unknown.append(word)
        elif kind == "clothing" and pending_tint:
            # The colour dresses the last person named ("a girl in a red coat"), else the next one.
            people = [m for m in clause.mentions if m.entity.archetype == Archetype.HUMAN]
            colour = pending_tint[0]
            if people and people[-1].tint is None:
                people[-1].tint = colour
                pending_tint = None
            else:
                pending_tint = (pending_tint[0], i)
            if word.isascii() and (worn := _worn(word)) is not None and worn.key not in _TINT_DRAWS:
                # "a girl in a yellow hat": the hat is seen, as "a magician with a hat" is, in its
                # colour; a coat or a dress is drawn as the wearer's tint (render/look.py)
                clause.mentions.append(Mention(worn, word, tint=colour))
        elif kind == "clothing" and (worn := _worn(word)) is not None:
            clause.mentions.append(Mention(worn, word))  # "a magician with a hat": the hat is seen
        elif kind == "clothing" and _put_on(toks, i) and (worn := _garment(word)) is not None:
            clause.mentions.append(Mention(worn, word))  # 穿着雨衣 wears a raincoat, as "wearing a raincoat"
        elif kind == "clothing":
            clause.unknown.append(word)  # clothing is drawn only as the colour of its wearer
        i += n
    if material is not None:  # "由花朵组成" with no shape after it: the flowers stay in the cast
        clause.mentions.append(material)
    if clause.mentions and clause.mentions[0].pronoun and not clause.mentions[0].words \
            and any(m.entity.archetype == Archetype.HUMAN for m in clause.mentions[1:]):
        # "Dancing in the rain, a girl laughs", 滑雪运动员 (skiing, then the skier): the one named
        _drop(clause, clause.mentions[:1])
    _engines(clause)
    _part_of_itself(clause, toks)
    _parts_of_animals(clause, toks)
    _people_as_modifiers(clause, toks)
    _named_twice(clause, toks)
    for at, meaning in read_as_food:
        _not_food(clause, at, meaning)
    _riders(clause, toks)
    _aged(clause, toks)
    _verb_object(clause, toks)
    _kind_said(clause, toks)
    _wielded(clause, toks)
    clause.relations = [r for r in relations(toks, clause.mentions, _meaning) if r.b.start not in glossed]
    clause.relations += mount_tools(clause.mentions, clause.tools, clause.relations)  # a cyclist's bicycle
    held_not_hit(clause.mentions, clause.actions, clause.relations)  # 打着伞 holds it up
    each_holds(clause.relations)  # three soldiers carry flags: a flag each
    return clause


# An English request to the film-maker before what it asks for (closed classes: the speakers and
# the one asked, modals and politeness, the verbs that ask for a picture, and the words for the film
# itself): "Show me ...", "Can you make a short video of ...", "I'd like a clip where ...".
_ASKERS = frozenset({"i", "i'd", "we", "you", "me", "us", "please", "pls", "plz", "can", "could", "would",
                     "will", "like", "want", "wanna", "need", "to", "let", "just"})
_ASKS = frozenset({"show", "give", "make", "create", "generate", "render", "film", "animate", "see", "watch",
                   "imagine", "picture", "visualize", "visualise", "depict", "produce"})
# Verbs that ask for a picture only where they open the clause before "me" or an article ("draw me a
# cat sleeping", "paint a lighthouse at dusk"): elsewhere they are someone's doing ("a girl draws").
_DRAWS = frozenset({"draw", "paint", "sketch", "illustrate"})
_MEDIA = frozenset({"video", "videos", "clip", "film", "movie", "animation", "scene", "cartoon", "footage",
                    "story", "sequence"})
_MEDIA_LINKS = frozenset({"of", "about", "showing", "where", "with", "in", "featuring", "that", "which",
                          "shows"})


def _request(toks: list[str]) -> int:
    """How many English tokens open the clause as a request for the film rather than part of it:
    the asking words, if one asks ("Show me", "Can you make", "I want to see"), then an article,
    describing words and a word for the film with its link ("a short video of", "a scene where"),
    which may stand alone ("footage of a bear"). The viewer is no one in the film and the video no
    videocassette."""
    k = 0
    drawn = len(toks) > 1 and toks[0] in _DRAWS and toks[1] in ("me", "us", "a", "an")
    while k < len(toks) and (toks[k] in _ASKERS or toks[k] in _ASKS or (k == 0 and drawn)):
        k += 1
    asked = (drawn or any(t in _ASKS for t in toks[:k])) and toks[k - 1] not in ("to", "let")
    # (without a verb that asks, the asking words stand only before the film's word: "I'd like a clip of")
    m = k
    while m < len(toks) and (toks[m] in _DETERMINERS or (toks[m].isascii() and toks[m] not in _MEDIA
                                                         and _kind(toks[m]) not in ("entity", "group", "place")
                                                         and m + 1 < len(toks) and toks[m + 1] in _MEDIA)):
        m += 1  # (an article and one describing word: "a short", "a funny")
    if m < len(toks) and toks[m] in _MEDIA and toks[m + 1:m + 2] and toks[m + 1] in _MEDIA_LINKS:
        return m + 2 + (toks[m + 2:m + 3] == ["which"])
    if asked and m == len(toks) - 1 and toks[m] in _MEDIA:
        return len(toks)  # "Generate a video: a horse ...": the request is a fragment of its own
    return k if asked else 0


# A Chinese request for the film: who asks and how (请, 帮我, 能不能, 我想), the verbs that ask for a
# film (做 a video, 生成, 看 after 想/要), and the words for the film itself (视频, 动画, 画面).
_ZH_MARKERS = frozenset({"请", "麻烦", "帮", "帮忙", "给", "能", "能不能", "不能", "可以", "可不可以", "想",
                         "想要", "要", "我想", "我要", "让", "希望"})
_ZH_ASKERS = _ZH_MARKERS | {"我", "我们", "你", "您", "再", "也", "就"}
_ZH_WATCH = ("看", "看看", "看到", "看见", "展示", "演示")  # asking only after a wish (想看, 请展示)
_ZH_ASKS = frozenset({"做", "做个", "生成", "制作", "拍", "拍摄", "画", "来", "创作", "渲染", *_ZH_WATCH})
_ZH_FILM_MAKING = frozenset({"生成", "制作", "渲染", "创作"})  # verbs that ask for a film wherever they open
_ZH_MEDIA = frozenset({"视频", "短视频", "小视频", "动画", "短片", "影片", "画面", "片段", "镜头", "场景",
                       "电影", "微电影", "视频片段", "动画短片"})
_ZH_ENDS = frozenset({"吗", "呢", "吧", "啊", "。", "？", "?", "！", "!", "，", ","})
_ZH_FILM_COUNT = re.compile(rf"^(?:{_NUMERALS})?[个段部条支]$")
_ZH_WATCHING = ("看", "观看", "欣赏", "刷")
# Drawing or filming asked of the film-maker by a word that asks (给我画一只…, 帮我拍…), not wished
# (我想画一只猫 is someone who draws)
_ZH_DRAWS = frozenset({"画", "拍", "拍摄"})
_ZH_ASKING = frozenset({"请", "麻烦", "帮", "帮忙", "给", "能", "能不能", "可以", "可不可以"})


def _zh_request(toks: list[str]) -> list[str]:
    """A Chinese clause without the words that ask for the film (帮我做一个熊猫吃竹子的视频, 给我来一段…,
    能不能做一个…的视频？, 我想看一只老鹰抓兔子, 生成视频：…): the asker (我, 你) is no one in the film and
    the video (视频, 动画, 画面 after 的 at the clause's end, or after the asking verb) no videocassette.
    The asking words open the clause and hold a verb that asks: one that makes a film (生成, 制作), 看
    after a wish (想看, 要看), or one whose object is the film's word (做一个…的视频, 拍一段…的画面). The
    first person doing something stays (我在公园里跑步, 我想吃苹果, 我要做一个蛋糕, 我画了一只猫)."""
    if not toks or not _CJK.search(toks[0]):
        return toks
    k = 0
    marked = verb = False
    watch = False
    while k < len(toks) and (toks[k] in _ZH_ASKERS or toks[k] in _ZH_ASKS):
        if toks[k] in _ZH_MARKERS:
            marked = True
        if toks[k] in _ZH_ASKS:
            if k + 1 < len(toks) and toks[k + 1] in ("了", "着", "过"):
                break  # 我画了一只猫: a doing of one in the film
            verb = True
            watch = watch or (toks[k] in _ZH_WATCH and marked) or toks[k] in _ZH_FILM_MAKING \
                or (toks[k] in _ZH_DRAWS and any(t in _ZH_ASKING for t in toks[:k]))
        k += 1
    j = k
    if j < len(toks) and _ZH_FILM_COUNT.match(toks[j]) and j + 1 < len(toks) and toks[j + 1] in _ZH_MEDIA:
        j += 1  # 做个视频, 生成一段动画
    media_first = verb and j < len(toks) and toks[j] in _ZH_MEDIA
    end = len(toks)
    while end > 0 and toks[end - 1] in _ZH_ENDS:
        end -= 1
    media_last = end >= 2 and toks[end - 1] in _ZH_MEDIA and toks[end - 2] == "的"
    asked = (verb and (watch or media_first or media_last)) or (marked and media_last)  # 我想要一个…的动画
    if media_first:
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1] in ("，", ","))
    start = k if asked else 0
    if media_last and (asked or not any(t.startswith(_ZH_WATCHING) for t in toks[:end - 2])):
        # 小猫玩毛线球的视频: the film asked for (他在看一个小猫的视频: a video he watches is no request)
        return toks[start:end - 2] + [t for t in toks[end:] if t not in ("吗", "呢", "吧", "啊")]
    return toks[start:]


def _another_one(toks: list[str], i: int, value: Entity, clause: Clause) -> bool:
    """Whether the English noun phrase ending in token i names a new one of a kind: after "another"
    or "other" ("a cat chases another cat"), or after "a" where the clause has named that kind
    already ("a boy pushes a boy", "a knight fights a knight"): an indefinite article brings in
    someone not yet met; "the" goes back to the one named."""
    if _CJK.search(toks[i]):
        return _counted_again(toks, i, value, clause)
    k = i - 1
    while k >= 0 and toks[k].isascii() and toks[k] not in _DETERMINERS and toks[k] not in ("another", "other") \
            and _kind(toks[k]) in ("colour", "size", None) and toks[k].isalpha() and i - k <= 3:
        k -= 1  # (past its describing words: "a small", "another big")
    if k < 0:
        return False
    return toks[k] in ("another", "other") \
        or ((toks[k] in ("a", "an") or any(t in _ORDINALS for t in toks[k + 1:i]))
            and any(m.entity is value and m.end > 0 for m in clause.mentions))


def _another_standing(toks: list[str], i: int, clause: Clause) -> Mention | None:
    """The one named before whose kind "another" at token i stands for, where no thing's word follows
    it ("another one takes a photo", "one girl sings while another plays the guitar", "a dog barks
    and another one howls", "one car stops and another one passes"): the last creature, person or
    vehicle named, not a pronoun (a prop is no "one" that does things). None where a thing
    follows "another" ("another dog": its own mention), or where nobody was named."""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if after != "one" and (not after.isalpha() or after in _DETERMINERS
                           or _kind(after) in ("entity", "colour", "size", "clothing", "count")):
        return None
    if after != "one" and _kind(after) is None and open_lexicon.verb_reading(after) is None:
        return None  # ("another huge one": a describing word the tables do not know)
    # (as a subject, after a break or at the start, a being; elsewhere the object said before: "a
    # butterfly lands on a flower, then flies to another one", another flower)
    subject = i == 0 or toks[i - 1] in _CLAUSE_BREAKS or toks[i - 1] in ("but", "while", "when")
    beings = [m for m in clause.mentions if (someone(m.entity) or not subject) and not m.pronoun]
    return beings[-1] if beings else None


def _counted_again(toks: list[str], i: int, value: Entity, clause: Clause) -> bool:
    """Whether a Chinese thing named at token i is counted (一只猫, 一只黑猫, 一只小小的猫) where the clause
    has named its kind already: a new one (一只猫追着一只猫), as "a" says in English; said bare, it is
    the one named before (黑猫把白猫推了下去)."""
    k = i - 1
    while k >= 0 and (toks[k] == "的" or _kind(toks[k]) in ("colour", "size")) and i - k <= 3:
        k -= 1
    if k >= 1 and toks[k] in open_lexicon.measure_words() and _ORDINAL.match(toks[k - 1]):
        k -= 1  # 第一 + 只 cut apart
    some = toks[k] in _SOME or (toks[k] == "有" and toks[k + 1:k + 2] == ["的"])  # 有的人…，有的人…
    return k >= 0 and bool(_cn_count().match(toks[k]) or toks[k] in _OTHER or _ORDINAL.match(toks[k]) or some) \
        and any(m.entity is value and m.end > 0 for m in clause.mentions)


_SOME = frozenset({"一些", "有些", "有的"})  # "some": said again of a kind, other ones (有的人…，有的人…)


_GROUP_MEASURES = "伙帮批窝"  # the measure words of a gang, a band, a batch, a litter
_GROUPS = "群" + _GROUP_MEASURES  # and of a flock: what a demonstrative counts as several (_demonstrated)
_GROUP_COUNT = re.compile(rf"^(?:{_NUMERALS})[{_GROUP_MEASURES}]$")
# An ordinal, Chinese (第二只, 第一 before its measure word) or English after "the" ("the second pig")
_ORDINAL = re.compile(rf"^第(?:{_NUMERALS})[\u4e00-\u9fff]?$")
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _graded_size(word: str) -> float | None:
    """The size an English comparative or superlative of a size word says ("bigger", "smallest",
    "tinier", "larger"), by its spelling: the -er or -est off, a doubled consonant single, an i a y,
    or an e back."""
    if not word.isascii() or not word.endswith(("er", "est")) or len(word) < 5:
        return None
    stem = word[:-2] if word.endswith("er") else word[:-3]
    for base in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "",
                 stem[:-1] + "y" if stem.endswith("i") else "", stem + "e"):
        if base and (hit := _hand(base)) is not None and hit[0] == "size" and isinstance(hit[1], float):
            return hit[1]
    return None


# The picture of an old person (🧓), which an adjective said of a person must name to make a man old.
_OLDER = "older person"


def _aged(clause: Clause, toks: list[str]) -> None:
    """An old man or woman said with an adjective that, said of a person, names 🧓 (old, elderly:
    "an old lady", "an elderly woman", "an old gentleman") is drawn old, as "old man" is. Only a man
    or a woman (an old friend is a friend of long standing, an old sailor still a sailor), and only
    🧓 itself: "a young man" reads "young person" as a child, which is no old man."""
    index = catalog().en_index
    for m in clause.mentions:
        if m.entity.key not in ("man", "woman") or not m.words.isascii():
            continue
        words = m.words.lower().split()
        said = words[0] if len(words) > 1 else toks[m.start - 1].lower() if 0 < m.start <= len(toks) else ""
        # (the plain adjective: an older brother is an elder one, no old man)
        hit = _lookup(f"{said} person") if said.isalpha() and not said.endswith(("er", "est")) else None
        if hit is not None and hit[0] == "entity" and (old := _entity_of(hit[1])) is not None \
                and old.archetype == Archetype.HUMAN and old.key == _OLDER \
                and (aged := index.get(f"old {m.entity.key}")) is not None:
            m.entity = aged


def _kind_said(clause: Clause, toks: list[str]) -> None:
    """The words a clause says of someone that may name the kind of a thing (`kinds_said`): one
    heading their name (curling team, ballet dancer, police officer), or the doing their name says
    (a diver dives: diving; a curler, whom no table reads, curls: curling)."""
    for m in clause.mentions:
        if m.entity.archetype != Archetype.HUMAN and not people_in(m.entity) and " " not in m.words:
            continue
        if m.end - m.start > 1:
            clause.said += toks[m.start:m.end - 1]  # (ballet dancer, police officer: what heads the name)
        elif m.start > 0 and m.end > m.start and m.entity.archetype == Archetype.HUMAN \
                and not any(o.start <= m.start - 1 < o.end for o in clause.mentions):
            clause.said.append(toks[m.start - 1])  # (curling team: a word no table reads, before them)
    agents = [m.words.split()[-1].lower() for m in clause.mentions
              if m.entity.archetype == Archetype.HUMAN and m.words.strip()]
    agents += [t for i, t in enumerate(toks) if not any(o.start <= i < o.end for o in clause.mentions)]
    for agent in agents:
        agent = agent[:-1] if agent.endswith("ers") else agent
        if agent.endswith("er") and len(agent) > 4 and agent.isalpha():
            clause.said.append(agent[:-2] + "ing")  # a diver dives, a boxer boxes: diving, boxing


def kinds_said(clauses: list[Clause]) -> None:
    """A thing the prompt makes a pictured kind of by what it says of someone: "the stone" of a
    curling team is the curling stone, a diver's mask the diving mask, a boxer's gloves the boxing
    gloves, a police officer's car the police car: a picture named by the thing's own word after a
    word said of a person (`_kind_said`), in any clause of the prompt; or the compound the lexicon
    reads by its own entry (a tennis player's ball: "tennis ball" 🎾), or the word itself where it
    is a closed compound of the thing's word (a basketball player's ball: a basketball). Not a word
    that is a thing of its own (a ball in a rice field is no rice ball)."""
    _character_said_again(clauses)
    said = [w for c in clauses for w in c.said]
    index = catalog().en_index
    for c in clauses if said else []:
        for k, m in enumerate(c.mentions):
            word = m.words.lower()
            if " " in word or m.entity.archetype == Archetype.HUMAN:
                continue
            for mod in said:
                ent = next((e for w in (word, *open_lexicon.singulars(word))
                            if (e := index.get(f"{mod} {w}") or _compound_read(f"{mod} {w}")
                                or (index.get(mod) if mod.endswith(w) and mod != w else None))), None)
                if ent is not None and ent.key != m.entity.key and ent.archetype != Archetype.HUMAN:
                    c.mentions[k] = replace(m, entity=ent)
                    c.broader.append(f"'{m.words}' is drawn as '{ent.key}', as the prompt says ({mod})")
                    break


def _character_said_again(clauses: list[Clause]) -> None:
    """A single Chinese character said of a thing where the prompt names a word it ends is that
    thing said again (网球运动员把球打过了网: the ball is the tennis ball; 他骑着自行车，车很旧: the bike),
    where both are the same kind of thing (not a person: 人 is no 工人)."""
    named = [m for c in clauses for m in c.mentions]
    # (and the thing a player is named by: 棒球手把球扔了出去, the ball a baseball)
    named += [Mention(ent, m.words[:-1]) for m in named if _player_of(m.words)
              and (hit := _lookup(m.words[:-1])) is not None and (ent := _entity_of(hit[1])) is not None]
    for c in clauses:
        again: list[int] = []  # (said again in its own clause: the one member, not a second)
        for k, m in enumerate(c.mentions):
            if len(m.words) != 1 or not _CJK.search(m.words) or m.entity.archetype == Archetype.HUMAN:
                continue
            # (a count or a size said of it makes it another: 两条鱼 ... 一条大鱼)
            whole = next((o for o in named if len(o.words) > 1 and o.words.endswith(m.words)
                          and o.entity.archetype == m.entity.archetype and o.entity.key != m.entity.key), None)
            if whole is None or m.count != 1 or m.scale != 1.0:
                continue
            c.mentions[k] = replace(m, entity=whole.entity)
            c.broader.append(f"'{m.words}' is drawn as '{whole.entity.key}', the {whole.words} said")
            if any(o is whole for o in c.mentions):
                again.append(k)
        c.mentions = [m for k, m in enumerate(c.mentions) if k not in again]


def _compound_read(phrase: str) -> Entity | None:
    """The picture the lexicon reads an English compound as by its own entry ("tennis ball: used in
    tennis" is 🎾, "bowling ball" 🎳), not through a broader word ("golf ball > ball")."""
    row = open_lexicon.lookup(phrase)
    if row is None or row.kind != "entity" or not row.via.startswith(f"{phrase}:"):
        return None
    return catalog().en_index.get(row.value)


def _head_of_the_phrase(toks: list[str], i: int, clause: Clause) -> bool:
    """An English plain form right after one thing named after a determiner ("a monster wave", "the
    paper kite"): it does not agree with that noun as its verb would ("a monster waves"), so it is
    the phrase's head noun. Not after "and" (a boy and a girl dance: the two of them dance)."""
    word = toks[i]
    if not word.isascii() or not word.isalpha() or word.endswith(("s", "ed")) or not clause.mentions:
        return False
    said = clause.mentions[-1]
    if said.end != i or said.count != 1 or said.group or said.start == 0 or said.pronoun \
            or _singular(toks[i - 1]) is not None:
        return False  # (several: "the grandkids wave")
    start = said.start - 1
    while start > 0 and toks[start] not in _DETERMINERS and _kind(toks[start]) in (None, "colour", "size") \
            and start > said.start - 3:
        start -= 1  # past a describing word or two ("a huge monster wave")
    return toks[start] in _DETERMINERS and (start == 0 or toks[start - 1] not in ("and", "or", "&"))


def _done_with_itself(clause: Clause, hit: tuple[str, object] | None, i: int) -> None:
    """A verb named after the tool it is done with ("a carpenter saws a plank", "she hammers"): the
    doer holds that tool, not the one the world's action holds by default (a kitchen knife to cut)."""
    thing = _entity_of(hit[1]) if hit is not None and hit[0] == "entity" else None
    doers = [m for m in clause.mentions if m.entity.archetype == Archetype.HUMAN and m.end <= i]
    if thing is None or not doers or not open_lexicon.tool(thing.key) \
            or any(m.entity.key == thing.key for m in clause.mentions):
        return
    clause.mentions.append(Mention(thing, thing.key, start=i, end=i))
    clause.wielded.append((doers[-1].entity.key, thing.key))


def _wielded(clause: Clause, toks: list[str]) -> None:
    """The things a doing is said to be done "with" ("chops a log with an axe", "sweeps the porch
    with a rake"): the hand holds that one, so the doing casts no tool of its own (plan/tools.py).
    Not "with" said of a person ("a man with a hat chops": what he has), nor of what is worn ("with
    headphones on"); each (person, thing): the nearest person before it does it (the grandkids wait
    with their bowls, grandpa stirs with no bowl)."""
    people = [m for m in clause.mentions if m.entity.archetype == Archetype.HUMAN and m.end > m.start]
    for m in clause.mentions:
        if m.entity.archetype != Archetype.PROP or not 0 < m.start < m.end <= len(toks) \
                or toks[m.end:m.end + 1] == ["on"]:
            continue
        w = m.start - 1
        while w > 0 and toks[w] in _DETERMINERS and w > m.start - 3:
            w -= 1
        doers = [p for p in people if p.end < w]
        if w <= 0 or toks[w] != "with" or any(p.end == w for p in people) or not doers:
            continue
        clause.wielded.append((doers[-1].entity.key, m.entity.key))


_ADVERBS = {"slowly", "gently", "softly", "heavily", "down", "up", "everywhere", "around", "steadily",
            "慢慢", "缓缓", "轻轻", "纷纷", "不停", "地"}


_PREPOSITIONS = {"in", "into", "through", "under", "of", "with", "on", "at", "from", "across", "beneath",
                 "amid", "during", "against", "在", "从", "于", "冒着", "顶着", "迎着", "和"}


def _part_of_itself(clause: Clause, toks: list[str]) -> None:
    """"The blade of his sword", "the hull of the ship": a part read as the picture of what it is
    a part of, named right after "of", is that one thing, not a second one."""
    parts: list[Mention] = []
    # (past an owner's pronoun between: "the blade of his sword")
    named = [m for m in clause.mentions if not m.pronoun]
    for k, m in enumerate(named):
        after = named[k + 1] if k + 1 < len(named) else None
        between = toks[m.end:after.start] if after is not None else []
        # (a word that names nothing may come between: "the trunk of an old tree")
        if after is not None and after.entity.key == m.entity.key and m.count == 1 and between[:1] == ["of"] \
                and sum(t not in _DETERMINERS for t in between[1:]) <= 1:
            parts.append(m)
    _drop(clause, parts)


# a part's owner, said just before it ("its huge horns", "whose trunk")
_PART_OWNERS = {"its", "their", "his", "her", "whose"}
_OWNED_REACH = 3  # tokens from an animal to its part "with" it ("a goat with long curved horns")


def _parts_of_animals(clause: Clause, toks: list[str]) -> None:
    """A part of an animal cast is no second animal nor a thing of its own: "a moose with huge
    antlers", "an elephant's tusks", "a fish flicks its fins" cast the one animal. A word read as
    the animal its part is of (antlers: a deer) goes wherever another animal is cast; a word read
    as another sense (horns, first the noisemaker; a trunk, luggage) only where the animal just named
    has it (its horns, a goat with horns, the elephant's trunk), so a boy's horn stays by his dog. (A
    wing or a shell, drawn as itself, has no `part` row: a hermit crab swaps its shell.)"""
    gone: list[Mention] = []
    for k, m in enumerate(clause.mentions):
        last = m.words.split()[-1].lower() if m.words.split() else ""
        part = open_lexicon.animal_part(last) if last.isascii() else None
        if part is None or not any(o is not m and _is_animal(o.entity) for o in clause.mentions):
            continue
        if part == "whole" and _is_animal(m.entity):
            gone.append(m)
            continue
        # the living one named last before it: an animal, not a person ("a boy lowers his horn")
        living = [o for o in clause.mentions[:k] if o.end <= m.start
                  and (_is_animal(o.entity) or o.entity.archetype == Archetype.HUMAN)]
        if not living or not _is_animal(living[-1].entity):
            continue
        between = toks[living[-1].end:m.start]
        owned = not between or bool(_PART_OWNERS & set(toks[max(0, m.start - 2):m.start])) \
            or ("with" in between and len(between) <= _OWNED_REACH)
        if owned and not any(living[-1].end <= o.start < m.start for o in clause.mentions if o.end > o.start):
            gone.append(m)
    _drop(clause, gone)


def _people_as_modifiers(clause: Clause, toks: list[str]) -> None:
    """An English word for people right before a word for a vehicle is that vehicle's modifier, not
    someone in the film: a passenger plane, a fighter jet, a police helicopter cast the plane, the
    jet, the helicopter. Only before a vehicle: before an animal or a thing the two are as often
    both named (a blind table's held-out row lost its person when the rule took any thing). Not
    before an -s form that may be the verb ("a pianist bows")."""
    gone: list[Mention] = []
    for k, m in enumerate(clause.mentions):
        head = next((o for o in clause.mentions if o.end > o.start and o.start == m.end), None)
        if head is None or m.end <= m.start or m.pronoun or not toks[m.start].isascii() \
                or m.entity.archetype != Archetype.HUMAN or head.entity.archetype != Archetype.VEHICLE \
                or head.end - head.start != 1:
            continue
        word = toks[head.start]
        if _likely_verb(word) or word.endswith("ing"):
            continue  # "a pianist bows", "a robot serving noodles": the doing, not a modified thing
        # (a modifier is singular, a passenger plane: after a plural the word is its verb, "children
        # sled down the hill", "the kids race boats")
        if _plural_form(toks[m.end - 1]):
            continue
        # (nor after a verb, where the two may be its two objects: "gives his wife flowers", "teaches
        # the boy chess")
        start = m.start - 1 if m.start and toks[m.start - 1] in _DETERMINERS else m.start
        if start and _verb_before(toks[start - 1]):
            continue
        # (nor a possessive, which tokens() writes as the bare word: "the astronaut's spaceship" is
        # the astronaut and the ship they own, as "the farmer's truck" is)
        if _possessive(clause.text, toks[m.end - 1], word):
            continue
        gone.append(m)
        if (tool := clause.tools.get(k)) is not None:
            gone.append(clause.mentions[tool])  # (and the tool it was drawn with: a fighter's none)
    _drop(clause, gone)


def _named_twice(clause: Clause, toks: list[str]) -> None:
    """An English noun read as the same picture as the noun right after it is that noun's modifier,
    one thing named twice: a double-decker bus, a jumbo jet plane, a lorry truck, a steam locomotive
    train (one bus, one plane). Its colour or size goes to the head. Not a plural before it (a verb
    may follow: "the buses bus ...") nor a possessive ("the dog's dog toy")."""
    gone: list[Mention] = []
    for m in clause.mentions:
        head = next((o for o in clause.mentions if o.end > o.start and o.start == m.end), None)
        if head is None or m.end <= m.start or m.pronoun or head.pronoun or head.another \
                or not toks[m.start].isascii() or m.entity.key != head.entity.key or m.count != 1 \
                or m.actions or _plural_form(toks[m.end - 1]) \
                or _possessive(clause.text, toks[m.end - 1], toks[head.start]):
            continue
        head.tint = head.tint or m.tint
        head.scale = m.scale if head.scale == 1.0 else head.scale
        head.start = m.start
        gone.append(m)
    _drop(clause, gone)


def _possessive(text: str, owner: str, head: str) -> bool:
    """Whether an English text says `owner` in the possessive right before `head` ("the pilot's
    plane", "the pilots' plane"): tokens() drops the 's, so the text says it."""
    return re.search(rf"\b{re.escape(owner)}['’]s?\s+{re.escape(head)}\b", text, re.IGNORECASE) \
        is not None


def owners_said(clause: Clause) -> set[str]:
    """The entity keys an English clause names in the possessive right before another thing it names
    ("the farmer's hat": the farmer), whose thing is what a verb before them is done to."""
    return {m.entity.key for m in clause.mentions if m.end > 0 and m.words and m.words.isascii()
            and re.search(rf"\b{re.escape(m.words.split()[-1])}['’]s?\s+[A-Za-z]", clause.text, re.IGNORECASE)}


def _verb_before(word: str) -> bool:
    """Whether an English word before a noun phrase may be a verb (so the phrase its object)."""
    return word.isascii() and word.isalpha() and word not in _PREPOSITIONS and word not in _STOP \
        and (open_lexicon.verb_reading(word) is not None or _hand_kind(word) == "action")


def _drop(clause: Clause, gone: list[Mention]) -> None:
    """Take mentions out of a clause, keeping `Clause.tools` (indices into the mentions) pointing at
    the same people and things: a stale index cast the wrong tool or crashed the plan ("the ship's
    engines roar as a cyclist rides by" lost the engines, then the bicycle's index)."""
    if not gone:
        return
    at: dict[int, int] = {}
    keep: list[Mention] = []
    for k, m in enumerate(clause.mentions):
        if not any(m is g for g in gone):
            at[k] = len(keep)
            keep.append(m)
    clause.mentions = keep
    clause.tools = {at[a]: at[b] for a, b in clause.tools.items() if a in at and b in at}


def _measure_of(toks: list[str], j: int, weather: Weather) -> bool:
    """Whether a weather word ending before `j` measures the thing or effect "of" names after it:
    "a puff of smoke" is the smoke, where no wind blows (WordNet's first puff is "a short light gust
    of air"), "a storm of arrows" the arrows. Not of the weather's own stuff or its word: "a gust of
    wind" blows, "a blizzard of snowflakes" snows."""
    if toks[j:j + 1] != ["of"]:
        return False
    k = j + 1
    while k < len(toks) and toks[k] in ("a", "an", "the"):
        k += 1
    return k < len(toks) and _kind(toks[k]) in ("effect", "entity") \
        and not any(toks[k].startswith(w) for w in lx.WEATHER[weather] if w.isascii())


def _bare(toks: list[str], i: int, n: int) -> bool:
    """A weather or effect word standing as a subject: not after a preposition ("dances in the
    rain") nor with a locative on it (雪中, 雨里)."""
    before = toks[i - 2:i] if i >= 2 and toks[i - 1] in ("the", "a") else toks[i - 1:i]
    return not (before and before[0] in _PREPOSITIONS) and toks[i + n - 1][-1] not in "中里下上"


_CLAUSE_BREAKS = {"as", "while", "when", "and", "then", ",", "，", "同时", "然后", "时"}


def _objected(clause: Clause, toks: list[str], verb_at: int, i: int) -> bool:
    """Just after a verb said since the last one named, a weather or effect word is its object
    (喷出一团墨汁, "breathes fire"), not a new subject ("plays as snow falls")."""
    return verb_at >= (clause.mentions[-1].end if clause.mentions else 0) and i - verb_at <= 3 \
        and not any(t in _CLAUSE_BREAKS for t in toks[verb_at + 1:i])


def _said_of_weather(toks: list[str], weather_end: int, i: int, mentions: list[Mention]) -> bool:
    """A verb right after a weather or effect word, with no one named between, is what the weather
    does ("as snow falls", "sparks fly from his welder"), not the last person's action."""
    if weather_end < 0 or (mentions and mentions[-1].end > weather_end - 1) or toks[i - 1:i] == ["and"]:
        return False
    return all(t in _ADVERBS for t in toks[weather_end:i])


# Words for an animal's parent or young, which name a person alone (cub scout, mother, 宝宝).
_YOUNG_WORDS = {"baby", "babies", "cub", "cubs", "young", "youngs", "little", "宝宝", "幼崽", "孩子", "小宝宝"}
_KIN_OF_ANIMALS = _YOUNG_WORDS | {"mother", "mom", "mama", "mommy", "father", "dad", "papa", "daddy",
                                  "妈妈", "爸爸", "母亲", "父亲"}
YOUNG_SCALE = 0.55
# How a child calls a grown-up (叔叔 uncle, 阿姨 auntie, 伯伯, 大爷): kin words said after the word for
# someone's work as a title (农民伯伯 "Uncle Farmer"); a closed class. _KIN: kin words of a family, which
# before an address are a second person (爸爸妈妈 and 爷爷奶奶 are two).
_ADDRESS = {"叔叔", "阿姨", "伯伯", "爷爷", "奶奶", "哥哥", "姐姐", "大叔", "大爷", "大妈", "大婶", "阿婆",
            "婆婆", "小哥", "大哥", "大姐", "姥姥", "姥爷", "外婆", "外公", "师傅"}
_KIN = _ADDRESS | {"妈妈", "爸爸", "母亲", "父亲", "弟弟", "妹妹", "儿子", "女儿", "孙子", "孙女", "老公",
                   "老婆", "丈夫", "妻子"}


def _young_of(toks: list[str], i: int) -> bool:
    """An animal's character before a word for its young or its parent (熊宝宝 a bear cub, 羊妈妈 a
    mother sheep): the animal, not a surname (熊 Xiong, 羊 Yang) before a baby or a mother."""
    hit = _lookup(toks[i])
    return i + 1 < len(toks) and toks[i + 1] in _KIN_OF_ANIMALS and hit is not None and hit[0] == "entity" \
        and _is_animal(hit[1])


def _addressed(clause: Clause, word: str, i: int) -> bool:
    """Whether a kin word is a title said right after the one it addresses (农民伯伯, 医生阿姨): a
    grown-up named just before, by no kin word of their own (爸爸妈妈 are two; 孩子奶奶 is the child's
    grandmother)."""
    if word not in _ADDRESS or not clause.mentions:
        return False
    before = clause.mentions[-1]
    return before.end == i and before.entity.archetype == Archetype.HUMAN and before.words not in _KIN \
        and not before.pronoun and before.entity.key not in _YOUNG_PICTURES


_YOUNG_PICTURES = {"child", "boy", "girl", "baby"}  # no grown-up's title is said of these


def _is_animal(value: object) -> bool:
    """A creature, not a person: people's pictures are the ones Unicode gives skin tones (🐵 walks
    on a person's rig, and is no person)."""
    thing = _entity_of(value)
    if thing is None or thing.archetype in (Archetype.PROP, Archetype.VEHICLE):
        return False
    first, rest = thing.emoji[0], thing.emoji[1:]
    return f"{first}\U0001F3FD{rest}" not in emoji.EMOJI_DATA and f"{first}\U0001F3FD" not in emoji.EMOJI_DATA


def _names_the_next_animal(toks: list[str], i: int, value: object) -> bool:
    """An English animal noun straight before another, in the singular: it says which one the second
    is (its sex, its kind), as a noun before a noun does, not a second animal ("two bull moose")."""
    word, after = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    if not word.isascii() or not word.isalpha() or not after.isascii() or not after.isalpha() \
            or _singular(word) is not None or not _is_animal(value):
        return False
    if _verb_next(after):
        return False  # "a kitten bats a ball of yarn": the second is its verb
    hit = _lookup(after)
    return hit is not None and hit[0] == "entity" and _is_animal(hit[1])


def _verb_next(after: str) -> bool:
    """Whether the English -s form after a noun may be that noun's verb ("a kitten bats", "glass
    shatters"): it has a verb reading or is read as an action."""
    return _singular(after) is not None and (
        open_lexicon.verb_reading(after) is not None or _kind(after) == "action"
        or ((row := open_lexicon.lookup(after)) is not None and row.kind in ("action", "verb")))


def _made_of(toks: list[str], i: int) -> bool:
    """An English noun that names a material (open_lexicon.material), in the singular, straight before
    a word that reads as a thing or a place: what that thing is made of ("a stone bridge", "a glass
    vase", "a straw hat"), not a thing of its own. Not before its verb ("ice covers the lake")."""
    word, after = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    if not word.isascii() or not word.isalpha() or not after.isascii() or not after.isalpha() \
            or _singular(word) is not None or not open_lexicon.material(word):
        return False
    if _verb_next(after):
        return False  # "glass shatters", "ice covers the lake": the second is its verb
    # (not where the thing's own picture is only a far kind of it: a stone block is the rock, no die)
    hit = _lookup(after)
    if hit is not None and isinstance(hit[1], Broader) and hit[1].via.count(" > ") >= 2:
        return False
    # (or a noun no picture shows, in the singular: "a marble bust", "an ice sculpture")
    kind = None if hit is None else hit[0]
    return kind in ("entity", "clothing", "place") or (
        kind is None and open_lexicon.common_word(after)
        and not after.endswith(("s", "ed", "ing", "ly"))
        and after not in _AFTER_VERB and after not in _CONJUNCTIONS)


def _animal_kin(clause: Clause, toks: list[str], i: int) -> Entity | None:
    """The animal a parent or young word belongs to: the one just named before it (熊妈妈, "a
    lioness and her cubs", 它的宝宝), where the last one named is an animal."""
    last = next((m for m in reversed(clause.mentions) if m.entity.archetype != Archetype.PROP), None)
    if last is None or not _is_animal(last.entity):
        return None
    said = last.end == i or (i > 0 and toks[i - 1] in ("its", "her", "his", "their", "的", "它的", "她的")) \
        or any(t in ("and", "with", "和", "带着", "跟") for t in toks[last.end:i])
    return last.entity if said else None


def _singular(word: str) -> str | None:
    """An English plural's singular by its spelling (wolves → wolf, berries → berry), else None."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.isascii() or not word.isalpha() or len(word) < 4 or not word.endswith("s") \
            or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ves"):
        return word[:-3] + "f"
    if word.endswith(("ches", "shes", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def _bare_plural(toks: list[str], i: int, n: int, ent: Entity) -> bool:
    """A thing named in the plural with no number ("wolves howl at the moon", "children play"),
    or a Chinese word with 们 after it: several of it. Not the contents after "of" (a bowl of
    noodles), nor a word whose singular is another thing (glasses, jeans)."""
    if toks[i + n:i + n + 1] == ["们"]:
        return True
    if ent.key in _sky_worlds():
        return False  # one of a kind: the moon
    last = toks[i + n - 1]
    forms = _singular_forms(last)
    if not forms or (i > 0 and toks[i - 1] in ("a", "an", "one", "每")):
        return False
    if i > 0 and toks[i - 1] == "of" and ent.archetype == Archetype.PROP:
        return False  # (a creature after "of" is several: "a litter of puppies", "a box of kittens")
    if ent.key == _join(toks[i:i + n]):
        return False  # the picture's own name ends so: jeans, scissors, goggles are one thing
    if _worn_plural(toks, i, n):
        return False  # "with headphones on", "wearing roller skates": the pair one person wears
    for singular in forms:
        hit = _lookup(_join([*toks[i:i + n - 1], singular]))
        if hit is not None and hit[0] == "entity":
            thing = _entity_of(hit[1])
            return thing is not None and thing.key == ent.key
    return False


def _singular_forms(word: str) -> list[str]:
    """The singulars an English plural may have by its spelling, the likeliest first: wolves wolf
    then wolfe (knives: knife), buses buse then bus (walruses, octopuses), taxis taxi (skis, kiwis:
    an -is word is a plural only where its singular reads as the same thing, see `_bare_plural`)."""
    one = _singular(word)
    if one is None:
        taxis = word.isascii() and word.isalpha() and len(word) >= 5 and word.endswith("is")
        return [word[:-1]] if taxis else []
    if word.endswith("ves"):
        return [one, one + "e"]
    return [one, word[:-2]] if word.endswith("ses") else [one]


_WEAR = {"wear", "wears", "wearing", "wore", "worn", "puts", "put", "putting", "laces", "lacing"}


def _worn_plural(toks: list[str], i: int, n: int) -> bool:
    """An English plural said to be worn: after a wearing verb ("wearing headphones", "puts on her
    skates") or between "with" and "on" ("with headphones on"). Worn, a plural is a pair, and a
    picture of a pair shows both (🎧, ⛸️): one thing, not several."""
    w = i - 1
    while w >= 0 and toks[w] in _DETERMINERS:
        w -= 1
    if w >= 0 and toks[w] == "on" and w > 0 and toks[w - 1] in _WEAR:
        w -= 1  # "puts on her skates"
    if w >= 0 and toks[w] in _WEAR:
        return True
    return w >= 0 and toks[w] == "with" and toks[i + n:i + n + 1] == ["on"]


_BE = {"is", "are", "was", "were", "be", "been", "being", "gets", "get", "got", "getting"}


def _going_on(toks: list[str], i: int, verbs_at: set[int]) -> bool:
    """An English -ing form that goes on from what stands before it: after a form of "be" ("is
    helping") or a word just read as a verb ("keeps heating"), not after a determiner ("a painting")."""
    word = toks[i]
    if i == 0 or not word.isascii() or not word.endswith("ing") or len(word) < 6:
        return False
    return toks[i - 1] in _BE or toks[i - 1] in ("am", "'s", "'re") or (i - 1) in verbs_at


def _participle_before_object(toks: list[str], i: int, clause: Clause) -> bool:
    """An English -ing form right after a being just named and before its object (a determiner or
    a count), where WordNet has the word as a verb: what that one does ("a boy building a
    sandcastle"), not a thing of its own ("a boy near a building", "the building collapses")."""
    word, last = toks[i], _last_named(clause)
    after = toks[i + 1] if i + 1 < len(toks) else ""
    return word.isascii() and word.endswith("ing") and last is not None and last.end == i \
        and last.entity.archetype != Archetype.PROP and (after in _DETERMINERS or _kind(after) == "count") \
        and open_lexicon.verb_reading(word) is not None


def _time_without_apostrophe(words: list[str]) -> bool:
    """A time WordNet files whose possessive was typed without its apostrophe: "new years eve",
    "valentines day", "mothers day" are New Year's Eve, Valentine's Day, Mother's Day (tokens()
    drops a written 's, so the table's rows are the bare words): no Eve, no couples, no mothers."""
    bare = [w[:-1] if k < len(words) - 1 and w.endswith("s") and not w.endswith("ss") else w
            for k, w in enumerate(words)]
    return bare != words and open_lexicon.time_phrase(_join(bare))


def _verb_ends_name(toks: list[str], i: int) -> bool:
    """Two English words after "a" (or another word for one) whose second is a plural in form with
    a verb reading, before a preposition, an object or the end: the first is the one thing, the
    second its verb, whatever name the two make ("a bus stops at the school": no bus stop)."""
    first, last = toks[i], toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else ""
    # (or "the", or a describing word or a thing's word before it, a preposition after: "the truck
    # stops at the light", "the ice cream truck stops in front of the house"; not at the end:
    # "people wait at the bus stops")
    return i > 0 and (toks[i - 1] in _ONE_THING or ((toks[i - 1] in ("the", "this", "that")
                                                     or _kind(toks[i - 1]) in ("entity", "colour", "size"))
                                                    and after in _AFTER_VERB)) \
        and last.isascii() and last.isalpha() and last.endswith("s") \
        and not last.endswith("ss") and (after in _AFTER_VERB or after == "" or not after.isalnum()) \
        and _kind(first) == "entity" and open_lexicon.verb_reading(last) is not None


def _participle_after_comma(toks: list[str], i: int, clause: Clause) -> bool:
    """An English -ing form right after a comma and before its object (a determiner or a count),
    where the clause has named a being and WordNet has the word as a verb: what that one does
    ("an astronaut floats outside the station, fixing a satellite": no knot; "a mechanic lies under
    the truck, fixing the engine"). A list's thing has its own determiner: "a cake, a painting"."""
    word = toks[i]
    after = toks[i + 1] if i + 1 < len(toks) else ""
    return i > 1 and toks[i - 1] == "," and word.isascii() and word.endswith("ing") and len(word) > 5 \
        and (after in _DETERMINERS or _kind(after) == "count") \
        and any(m.entity.archetype != Archetype.PROP for m in clause.mentions) \
        and open_lexicon.verb_reading(word) is not None


# The English words that say a thing is not there, before it and its describing words: "no" as a
# determiner ("no cars", not the cry "oh no, a shark"), "without" and "not" with an article.
_ABSENT = frozenset({"no", "without", "not"})
_NO_ONE = frozenset({"nobody", "noone", "no-one"})  # ("no one" is "no" before the count "one")
_ABSENT_ARTICLES = frozenset({"a", "an", "any", "single", "one", "his", "her", "my", "their", "its", "your",
                              "our"})


# The English verbs that say what their subject is (a copula), and the relative words between a
# subject and one ("a cat and a dog who are best friends").
_COPULAS = frozenset({"is", "are", "was", "were", "become", "becomes", "became"})
_ANYONE = "person"  # the picture of anyone (🧑), which a word for a friend or an enemy reads as


def _says_what_subject_is(toks: list[str], i: int, value: object, clause: Clause) -> bool:
    """Whether the English person's word at token i says what the subject before it is: after a
    copula (is, are, become), its article and describing words, the copula right after the last
    thing named or after "who" or "that" right after it ("a cat and a dog who are best friends",
    "two bears become friends", "the horse and the goat are friends"). That subject is the one a
    word for anyone names again, as is a creature or a thing any person's word is said of: no one
    new is cast (a subject drawn as anyone is drawn as the word says: "the winner is a little
    girl"). Not after "there" ("there are three friends": no subject
    named), nor after a count ("they are three friends" counts)."""
    if not isinstance(value, Entity) or value.archetype != Archetype.HUMAN or not toks[i].isascii():
        return False
    k = i - 1
    while k >= 0 and toks[k] in ("a", "an", "the"):
        k -= 1
    seen = 0
    while k >= 0 and seen < 2 and toks[k].isalpha() and toks[k] not in _COPULAS and toks[k] not in _STOP \
            and toks[k] not in lx.NUMBERS and _kind(toks[k]) in (None, "size", "colour"):
        k -= 1  # "best", "old", "good": describing words
        seen += 1
    while k >= 0 and toks[k] in ("a", "an", "the"):
        k -= 1
    if k < 1 or toks[k] not in _COPULAS:
        return False
    k -= 1
    if toks[k] in _RELATIVES:
        k -= 1
    subject = next((m for m in reversed(clause.mentions) if m.end == k + 1), None)
    if subject is None:
        return False
    if subject.entity.key == _ANYONE and not subject.pronoun and subject.count == 1 and value.key != _ANYONE:
        subject.entity = value  # "the winner is a little girl": the winner is drawn as the girl
        return True
    # a word for anyone (friends, enemies) adds no one; a person's word said of a creature or a thing
    # is a figure ("two dogs who are brothers", "the dog is a good boy"); but "she is a nurse", "my dad
    # is a firefighter" name the work, whose picture is cast as before
    return value.key == _ANYONE or (subject.entity.archetype != Archetype.HUMAN and not subject.pronoun)


# The English words for a part of the film, after which an -ing word says which part ("opening shot").
_FILM_PARTS = frozenset({"shot", "shots", "scene", "scenes", "sequence", "credits", "frame", "titles"})

# The pictures of someone said by sex and age alone, which a phrase set off by commas after another
# person's word may add to that one ("the captain, a tall man").
_PLAIN_PEOPLE = frozenset({"person", "man", "woman", "boy", "girl", "child", "old man", "old woman",
                           "older person"})


def _set_off_again(toks: list[str], i: int, n: int, value: object, clause: Clause) -> bool:
    """Whether the English person's word at token i, with its article and describing words after a
    comma right after another person named, and a comma after it before no article, count or "and",
    names that one again (an appositive): "Her assistant, a young boy, stirs the pot", "My neighbor,
    an old woman, waters her roses", "The captain, a tall man, steers the ship". One drawn as anyone
    is drawn as the word says; a word that says no more than sex and age adds no one (one drawn with
    a tool still does: "the boy, a talented pianist," plays at a piano). A list goes on
    past its commas to "and" or another article ("a man, a boy, and a girl", "a man, a boy, a girl")."""
    if not isinstance(value, Entity) or value.archetype != Archetype.HUMAN or not toks[i].isascii():
        return False
    after = toks[i + n + 1] if i + n + 1 < len(toks) else ""
    if toks[i + n:i + n + 1] != [","] or not after.isalpha() or after in _DETERMINERS \
            or after in _CONJUNCTIONS or after in ("or", "nor") or after in lx.NUMBERS:
        return False
    k = i - 1
    seen = 0
    while k >= 0 and seen < 2 and toks[k].isalpha() and toks[k] not in _STOP and toks[k] not in _DETERMINERS \
            and _kind(toks[k]) in (None, "size", "colour"):
        k -= 1
        seen += 1
    if k < 0 or toks[k] not in ("a", "an"):
        return False
    k -= 1
    before = next((m for m in reversed(clause.mentions) if m.end == k), None)
    if k < 1 or toks[k] != "," or before is None or before.pronoun \
            or before.entity.archetype != Archetype.HUMAN:
        return False
    if before.entity.key == _ANYONE:
        before.entity = value
        return True
    return value.key in _PLAIN_PEOPLE


def _said_absent(toks: list[str], i: int) -> bool:
    """Whether the English thing at token i is said not to be there: "no" right before it and its
    describing words ("with no cars", "no big trees"), "without" or "not" before its article too
    ("without an umbrella", "not a single cloud")."""
    k = i - 1
    while k >= 0 and toks[k].isascii() and _kind(toks[k]) in ("colour", "size") and toks[k] not in _ABSENT:
        k -= 1
    if k >= 0 and toks[k] == "no":
        return True
    while k >= 0 and toks[k] in _ABSENT_ARTICLES:
        k -= 1
    # (a bare plural after "without" too: "a girl without shoes runs on the grass")
    return k >= 0 and (k < i - 1 or toks[k] == "without") and toks[k] in ("without", "not")


_SLIP_MIN = 5  # letters a word has at least to be read as a slip of the keys (not "tge", a name's "Mia")
_SLIP_KINDS = ("entity", "action", "place", "weather", "effect")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _slips(word: str) -> set[str]:
    """The spellings one slip of the keys away from a word: a letter dropped, swapped with the next,
    mistyped or added."""
    cuts = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1} \
        | {a + c + b[1:] for a, b in cuts if b for c in _LETTERS} \
        | {a + c + b for a, b in cuts for c in _LETTERS}
    out.discard(word)
    return out


@lru_cache(maxsize=1024)
def _slip_read(word: str) -> str | None:
    """The one word an English word no table nor WordNet knows was meant as, one slip away (a
    giraff, the feild, a pengiun, runing): the only such word the hand tables read as a thing, a
    doing, a place, weather or an effect, else the only one the open vocabulary reads so; None where
    none is or several are (no guess between them)."""
    if len(word) < _SLIP_MIN or not word.isascii() or not word.isalpha() or _known(word) \
            or open_lexicon.person_name(word) is not None:
        return None
    if any(_known(w) for w in open_lexicon.singulars(word)):
        return None  # an -s form WordNet does not list of a word it knows: lassos, a lasso's
    # (an -ing form is meant as one: "plaing" is playing, not the plain)
    near = sorted(w for w in _slips(word) if (not word.endswith("ing") or w.endswith("ing"))
                  and (_hand(w) is not None or open_lexicon.common_word(w)))
    for read in (_hand, _open):
        found = [(w, hit) for w in near if (hit := read(w)) is not None and hit[0] in _SLIP_KINDS]
        if len({str(hit) for _, hit in found}) == 1:
            # (several spellings of one reading, a real word's first: kittnes is kittens or kitties)
            return min(found, key=lambda f: (not open_lexicon.common_word(f[0]), f[0]))[0]
        if found:
            return None
    return None


def _mended(toks: list[str], caps: set[str]) -> list[str]:
    """English tokens with a word typed one key wrong read as the word meant (`_slip_read`): a thing
    after its determiner or count (a giraff, two kittnes, the feild: a name has none, "oliver walks",
    "rosie the cat"), or a doing's -ing or -s form (runing). A word written with a capital is a name."""
    out = list(toks)
    for i, word in enumerate(toks):
        if word in caps or (meant := _slip_read(word)) is None \
                or any(_lookup(_join(toks[k:k + 2])) is not None for k in (i - 1, i) if k >= 0):
            continue  # (nor one a known name of two words has: the ferris wheel)
        # (right after it, or after one describing word: "a cute pengiun", not "the harbor where")
        counted = any(t in _DETERMINERS or _kind(t) == "count" for t in toks[max(0, i - 1):i]) \
            or (i >= 2 and (toks[i - 2] in _DETERMINERS or _kind(toks[i - 2]) == "count")
                and toks[i - 1] not in _STOP and _kind(toks[i - 1]) in (None, "colour", "size"))
        doing = word.endswith(("ing", "s", "ed")) and _kind(meant) == "action"
        if counted or doing:
            out[i] = meant
    return out


def _passive(toks: list[str], i: int) -> str | None:
    """An English past participle after a form of "be" or "get" (an adverb may stand between):
    the subject undergoes the verb. Its action meaning, else None (not a passive)."""
    word = toks[i]
    if not word.isascii() or not (word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES):
        return None
    before = toks[i - 2:i] if i >= 2 and toks[i - 1].endswith("ly") else toks[i - 1:i]
    if not before or before[0] not in _BE:
        return None
    if (meaning := _meaning(word)) is not None:
        return meaning
    row = open_lexicon.lookup(word)
    if row is None or row.kind != "action":
        row = open_lexicon.verb_reading(word)
    return row.value if row is not None and row.kind == "action" and row.value in lx.ACTIONS else None


_IRREGULAR_PARTICIPLES = {"caught", "hit", "struck", "shot", "held", "led", "fed", "bit", "thrown", "kept"}
_FOOD_VERBS = ("cook", "eat")


def _not_food(clause: Clause, at: int, meaning: str) -> None:
    """A verb read as cooking or eating only through a later sense of it (fix, dunk, 修理 "to fix")
    is said of food: said of a thing that is not ("fixes a car", "dunks the ball", 修理太阳能板) it
    is neither, and nobody plays it (it set the film in a kitchen, pan in hand)."""
    obj = next((m for m in clause.mentions if at < m.start <= at + 4), None)
    if obj is None or open_lexicon.food(obj.entity.key) or obj.entity.archetype == Archetype.FISH:
        return  # food, or no thing the tables know ("preparing rolls"): kitchen work may be meant
    doer = next((m for m in reversed(clause.mentions) if m.end <= at and m.entity.archetype != Archetype.PROP),
                None)
    if meaning == "eat" and doer is not None and doer.entity.archetype != Archetype.HUMAN:
        return  # a goat chews on a boot, a puppy on a slipper: an animal's mouth at work all the same
    if meaning in clause.actions:
        clause.actions.remove(meaning)
    for m in clause.mentions:
        if meaning in m.actions:
            m.actions.remove(meaning)


def _goes_with(word: str, whole: tuple[str, object] | None) -> bool:
    """骑马 riding a horse, 遛狗 walking a dog, 划船 rowing a boat: a two-character verb-object
    word whose object goes along with the doer, an animal or a vehicle, cast with it. The hand
    table's reading counts where the open vocabulary reads the word as a thing (划船 a rowboat)."""
    doing = whole if whole is not None and whole[0] == "action" else _hand(word)
    return doing is not None and doing[0] == "action" and doing[1] in _TRAVELS_WITH and len(word) == 2 \
        and (_char_tags().get(word[1]) in NOUN_TAGS or _gloss_names_object(word)) \
        and _thing_kind(word[1]) in _BODIES


def _gloss_names_object(word: str) -> bool:
    """Whether a verb-object word's dictionary gloss names the thing its object character reads as
    (开车 "to drive a car": 车 a car, though jieba tags 车 no noun; not 骑车 "to ride a bike", which
    is no car)."""
    row = open_lexicon.lookup(word)
    obj = _lookup(word[1])
    ent = _entity_of(obj[1]) if obj is not None and obj[0] == "entity" else None
    return row is not None and ent is not None \
        and re.search(rf"\b{re.escape(ent.key)}\b", row.via.split(" > ")[0]) is not None


# A verb-object word whose subject goes along with its object (骑马, 遛狗, 开车), or catches it (捕鱼): the
# object is cast where it is an animal or a vehicle (钓鱼 fishing casts no fish, 跑步 no step).
_TRAVELS_WITH = ("ride", "walk", "drive", "row", "catch")  # (捕鱼: what is caught is seen, as "catches fish")
_BODIES = frozenset(a.value for a in Archetype) - {Archetype.PROP.value, Archetype.HUMAN.value}
_PROGRESSIVE = ("在", "正在", "正")  # an action in progress follows: 在铲雪, 正在织
# jieba's tags for a character that can stand as a verb (用 "using" is a preposition there).
VERB_TAGS = frozenset({"v", "vg", "vn", "p"})
NOUN_TAGS = frozenset({"n", "ng"})


def _verb_char(word: str) -> bool:
    """Whether a word is one Chinese character jieba tags a verb (拿, 抱), or one with its aspect
    particle (背着, 抱了)."""
    if len(word) == 2 and word[1] in "着了过":
        word = word[0]
    return len(word) == 1 and _char_tags().get(word) in VERB_TAGS - {"p"}


@lru_cache(maxsize=1)
def _dict_tags() -> tuple[dict[str, str], frozenset[str]]:
    """jieba's own dictionary: the part of speech of each single character, and the words of two
    characters ending in a locative that it tags adverbs (马上 "at once"), read in one pass."""
    out: dict[str, str] = {}
    adverbs: set[str] = set()
    with jieba.get_dict_file() as f:
        for line in f:
            parts = line.decode("utf-8").split()
            if len(parts) != 3:
                continue
            if len(parts[0]) == 1:
                out[parts[0]] = parts[2]
            elif parts[2] == ADVERB_TAG and len(parts[0]) == 2 and parts[0][1] in lx.LOCATIVE:
                adverbs.add(parts[0])
    return out, frozenset(adverbs)


def _char_tags() -> dict[str, str]:
    """jieba's own dictionary: the part of speech of each single character."""
    return _dict_tags()[0]


ADVERB_TAG = "d"
_PLACED_BY = "在从到往向于"  # the characters that say where before a thing and a locative (骑在马上, 从马上)


def _an_adverb(cut: list[str], k: int) -> bool:
    """Whether jieba's word at k, a thing and a locative (马 + 上) that jieba tags an adverb (马上 "at
    once"), is that adverb: not after a word of where or a verb (骑在马上, 从马上摔下来, 跳马上: on the
    horse), nor before 的 or at the end (马上的人: the one on the horse)."""
    word = cut[k]
    if len(word) != 2 or word[1] not in lx.LOCATIVE or _kind(word[0]) != "entity":
        return False
    prev, nxt = (cut[k - 1] if k > 0 else ""), (cut[k + 1] if k + 1 < len(cut) else "")
    # (jieba's tags last: reading them is a cold start's cost)
    return bool(nxt) and _CJK.match(nxt) is not None and nxt[0] != "的" \
        and not (prev and prev[-1] in _PLACED_BY) and not (len(prev) == 1 and verb_like(prev)) \
        and word in _dict_tags()[1]


@lru_cache(maxsize=1)
def _verb_objects() -> dict[str, list[tuple[str, str]]]:
    """The hand table's Chinese verb-object words by their verb character: 织 → [(knit, 毛衣)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for meaning, words in lx.ACTIONS.items():
        for w in words:
            if 2 <= len(w) <= 4 and _CJK.fullmatch(w[0]) and _CJK.search(w[1:]):
                out.setdefault(w[0], []).append((meaning, w[1:]))
    return out


def _aspect(toks: list[str]) -> list[str]:
    """Without the aspect particle 着 between a one-character verb and its object (织着毛衣 knits
    as 织毛衣, 打着太极拳 as 打太极拳): the verb-object words then read as the tables know them, and
    an object that goes along with its doer is cast as the whole word casts it (划着船 as 划船: the
    boat rowed, see _goes_with)."""
    out: list[str] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t == "着" and 0 < k < len(toks) - 1 and len(toks[k - 1]) == 1 and verb_like(toks[k - 1]) \
                and _CJK.search(toks[k + 1]) and toks[k + 1] not in _STOP:
            word = toks[k - 1] + toks[k + 1]
            if len(word) == 2 and _goes_with(word, _open(word)):
                out[-1:] = _resplit(word)
                k += 2
                continue
        else:
            out.append(t)
        k += 1
    return out


def _after_doer(clause: Clause, i: int) -> bool:
    """Token i follows straight on a person or an animal just named (一个男人吹萨克斯): a verb may stand."""
    last = clause.mentions[-1]
    return last.end == i and last.entity.archetype != Archetype.PROP


def _in_progress(toks: list[str], i: int) -> bool:
    """A verb in progress may stand at token i: right after 在/正在, or after the place 在 names
    (在雪地里铲雪, 在厨房里切菜: the place, its locative, then the verb)."""
    if i == 0:
        return False
    if toks[i - 1] in _PROGRESSIVE:
        return True
    where = toks[i - 1] in LOCATIVE_WORDS or (len(toks[i - 1]) == 1 and toks[i - 1] in lx.LOCATIVE)
    return where and any(t in _PROGRESSIVE for t in toks[max(0, i - 4):i - 1])


def _thing(word: str) -> bool:
    """Whether a word names a thing or a creature (花, 植物, 狗), not a person: 拉丁 "Latin" is read
    as a person but in 跳拉丁舞 it only says which dance."""
    hit = _lookup(word)
    if hit is None or hit[0] != "entity":
        return False
    ent = _entity_of(hit[1])
    return ent is not None and ent.archetype != Archetype.HUMAN


def _separable(toks: list[str], i: int) -> tuple[str, int] | None:
    """A separable verb (离合词) with its object's kind inside: a verb character, then words that
    end in the rest of a known verb word, the last one nothing reads (跳 + 芭蕾舞 is 跳舞, dancing;
    跳 + 拉丁 + 舞 too): the meaning and how many tokens it spans."""
    if len(toks[i]) != 1 or not _CJK.search(toks[i]):
        return None
    for k in (1, 2):
        if i + k >= len(toks) or not _CJK.search(toks[i + k]) or toks[i + k] in _STOP:
            return None
        obj = "".join(toks[i + 1:i + k + 1])
        if any(_thing(t) for t in toks[i + 1:i + k]):
            return None  # 给 + 花 + 浇水 is watering a flower, not 给水 with the flower inside it
        if len(obj) < 2 or _lookup(toks[i + k]) is not None:
            continue
        hit = _lookup(toks[i] + obj[-1])
        if hit is not None and hit[0] == "action" and isinstance(hit[1], str):
            return hit[1], k + 1
    return None


def _thing_kind(word: str) -> str | None:
    """What sort of thing a word names, for comparing objects: clothing, else the archetype."""
    hit = _lookup(word)
    if hit is None or hit[0] not in ("entity", "clothing"):
        return None
    if hit[0] == "clothing":
        return "clothing"
    ent = _entity_of(hit[1])
    return ent.archetype.value if ent is not None else None


def _analogy(char: str, obj: str) -> str | None:
    """A verb character the tables do not read alone, before its object, means what the hand
    table's words made of it and an object of the same sort mean: 织围巾 is knitting as 织毛衣 is,
    开卡车 driving as 开车, 运篮球 dribbling as 运球 (the plainest such word where they differ;
    开门 is no drive: a door is not a vehicle)."""
    kind = _thing_kind(obj)
    if kind is None:
        return None
    same = [(len(rest), meaning) for meaning, rest in _verb_objects().get(char, [])
            if _thing_kind(rest) == kind]
    return min(same)[1] if same else None


def _someone(i: int) -> Mention:
    """The unnamed doer of the verb at token i (words ""): the director keeps it if nobody is named."""
    return Mention(catalog().en_index["person"], "", start=i, end=i, pronoun=True)


# World verbs a thing does as readily as a person (a house burns, a balloon flies, a boat sails):
# said with nobody named, they are the things' own, not someone's.
_UNDERGONE = {"burn", "burst", "explode", "fall", "melt", "roll", "reassemble", "land", "launch", "fly",
              "sail", "ignite"}


# Doings that say how something is somewhere, not what it does to another: a place, the verb and
# a counted thing is that thing there (河边蹲着一只白鹭, 草地上跑着一群孩子), not someone's doing.
_BEING_THERE = frozenset({"stand", "sit", "lie", "sleep", "run", "walk", "swim", "fly", "jump", "dance",
                          "climb"})


def _there(toks: list[str], i: int, n: int, meaning: str, doers: list[Mention]) -> int | None:
    """The token of the counted thing a Chinese verb of being somewhere says is there, where the last
    thing named before the verb is its place, said with a locative (树下坐着一个老人, 门口站着两个保安:
    the old man sits under the tree), else None."""
    j = i + n
    if not doers or meaning not in _BEING_THERE or j >= len(toks) or not _cn_count().match(toks[j]):
        return None
    end = doers[-1].end
    if end != i - 1 or not (toks[end] in LOCATIVE_WORDS or toks[end] in lx.LOCATIVE):
        return None
    return _named_next(toks, j + 1)


def _unsaid_doer(toks: list[str], i: int, n: int, meaning: str, unknown: list[str]) -> bool:
    """Whether the verb at i is done by someone the sentence does not name, or names by a word no
    dictionary has: a clause that opens with it, or with only when and where before it ("Walking a
    dog along the beach", 清晨在公园里跑步, 弹着吉他唱歌), or with such a subject ("A giant mech
    wades ..."); not a participle before its noun ("falling leaves", 燃烧的房子)."""
    if meaning in _UNDERGONE:
        return False
    after = toks[i + n] if i + n < len(toks) else ""
    if toks[i].isascii():
        # (English: the first word, an -ing form, then its object or a where: "Riding a bike ...";
        # or a coined name after a determiner and any sizes or colours: a being the verb's doer,
        # not a word WordNet has and reads as nothing, an earthquake or a wildfire)
        coined = i >= 2 and toks[0] in _DETERMINERS and toks[i - 1] in unknown \
            and not open_lexicon.common_word(toks[i - 1]) \
            and all(_kind(t) in ("size", "colour") for t in toks[1:i - 1])
        return coined or (i == 0 and toks[i].endswith("ing") and (
            after in _DETERMINERS or after in _AFTER_VERB or after in ("", ",") or after in _PRONOUNS))
    # (not after a where said with no 在: 夜空中划过流星 is a shooting star crossing the sky; 一边 of
    # 一边…一边 "while" is no side)
    where = any((t in LOCATIVE_WORDS or (len(t) == 1 and t in lx.LOCATIVE)) and not _while(toks, k)
                for k, t in enumerate(toks[:i]))
    # (nor after a where cut whole, 河边 or 树下, before a verb and a count (its aspect particle is
    # gone by now): 河边蹲着一只白鹭 says what is there, the egret crouching, as 门口站着两个保安
    # does; 河边钓鱼 is someone fishing)
    where = where or ((after in _DONE or bool(_cn_count().match(after))) and meaning in _BEING_THERE
                      and any(len(t) >= 2 and t[-1] in lx.LOCATIVE and _kind(t[:-1]) in ("place", "entity")
                              for t in toks[:i]))
    return not after.endswith("的") and ("在" in toks[:i] or not where)


def _passive_subject(doers: list[Mention], toks: list[str], i: int) -> Mention | None:
    """The one a Chinese passive is said of, who does the verb at token i after the agent and the
    agent's verb (小猫被狗追着跑上了树, 小女孩被一只鹅追着满院子跑: the cat, the girl run), as after a
    comma (小猫被狗追着，跑上了树); None where no 被, agent and verb stand before it in its part, or
    someone is named after the agent's verb (小猫被主人抱着走进了房间: the owner walks)."""
    if toks[i].isascii():
        return None
    b = next((k for k in range(i - 1, -1, -1) if toks[k] == "被" or toks[k] in _CLAUSE_BREAKS), -1)
    if b < 0 or toks[b] != "被":
        return None
    agents = [m for m in doers if b < m.start < i]
    if not agents:
        return None
    # (a verb the tables read: one of holding, 抱着 or 背着, is not, and the one carried does not walk)
    verbs = [k for k in range(agents[0].end, i) if _kind(toks[k]) == "action"]
    if not verbs or any(verbs[0] < m.start < i for m in doers):
        return None
    before = [m for m in doers if m.end <= b]
    return before[-1] if before else None


def _while(toks: list[str], k: int) -> bool:
    """Whether token k is 一边 of 一边…一边 ("while"), whole or cut after 一."""
    return toks[k] == "一边" or (toks[k] == "边" and k > 0 and toks[k - 1] == "一")


def _only_where(mentions: list[Mention], toks: list[str], i: int, n: int) -> bool:
    """Whether every thing named before the Chinese verb at token i is in a phrase of where opened by
    在 (窝在沙发上吃薯片, 躺在床上看书): the sofa is where, the verb's doer is unsaid. Not where the verb
    says what is there (在沙发上躺着一只猫: the cat), nor past a comma (在车上，猫在睡觉)."""
    if toks[i].isascii() or (i + n < len(toks) and bool(_cn_count().match(toks[i + n]))):
        return False
    for m in mentions:
        j = m.start - 1
        while j >= 0 and (toks[j] == "的" or _cn_count().match(toks[j]) or _kind(toks[j]) in ("colour", "size")
                          or any(o.start <= j < o.end for o in mentions)):
            j -= 1
        gap = toks[m.end:i]
        if m.pronoun or j < 0 or not (toks[j] in _WHERE_OPENS or (len(toks[j]) == 2 and toks[j][1] == "在")) \
                or not any(_in_its_place(t) for t in gap) or any(t in _CLAUSE_BREAKS for t in gap):
            return False
    return True


def _unsaid_holder(clause: Clause, doers: list[Mention], toks: list[str], i: int, n: int) -> Mention | None:
    """Someone unsaid who holds the things named before the Chinese verb at token i and does it, where
    the part opens with the verb that holds them (拿着扫帚扫地, 举着雨伞走在雨中, 拎着水桶去打水): the
    broom does not sweep. Added to the clause's things, before them; None where any being is named."""
    if toks[i].isascii() or any(m.entity.archetype != Archetype.PROP or m.pronoun for m in doers) \
            or toks[i + n:i + n + 1] == ["的"] or toks[i].endswith("的") \
            or not _held_by_a_verb(toks, doers[0].start):
        return None
    k = doers[0].start - 1
    while k >= 0 and (toks[k] == "的" or _cn_count().match(toks[k]) or _kind(toks[k]) in ("colour", "size")):
        k -= 1
    if toks[k] in _DONE:
        k -= 1
    if k < 0 or not (k == 0 or toks[k - 1] in _CLAUSE_BREAKS):
        return None
    holder, at = _someone(k), clause.mentions.index(doers[0])
    clause.mentions.insert(at, holder)
    clause.tools = {a + (a >= at): b + (b >= at) for a, b in clause.tools.items()}  # (indices after it move)
    return holder


def _before_locative(toks: list[str], i: int) -> bool:
    """The word at i is a place said with a locative after it (在山坡上, 在飞船里)."""
    return i + 1 < len(toks) and (toks[i + 1] in LOCATIVE_WORDS or toks[i + 1] in lx.LOCATIVE)


def verb_like(char: str) -> bool:
    """A Chinese character jieba tags a verb (or a preposition: 用 "using"), or one the open
    vocabulary reads as a verb."""
    return open_lexicon.verb_char(char) is not None or _char_tags().get(char) in VERB_TAGS


def _ing_verb(word: str) -> str | None:
    """The action meaning of an English -ing form read as a verb (painting → paint, knitting → knit,
    shoveling → shovel): the stem, the stem with its e back, or with a doubled consonant undone."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if cand and (meaning := _meaning(cand)) is not None:
            return meaning
        if cand and (hit := _open(cand)) is not None and hit[0] == "action" and isinstance(hit[1], str):
            return hit[1]
    # Its verb reading where the word is first a thing: "watering" is the verb of water, not the water.
    reading = open_lexicon.verb_reading(word)
    return reading.value if reading is not None and reading.kind == "action" else None


def _meaning(word: str) -> str | None:
    """A word's action meaning in the hand tables, if it is an action word."""
    hit = _hand(word)
    return hit[1] if hit is not None and hit[0] == "action" and isinstance(hit[1], str) else None


def _doer_of(clause: Clause, toks: list[str], k: int) -> Mention | None:
    """Who does the activity the k-th mention names: the one named just before it (人在骑自行车),
    or the one right after 的 (骑自行车的人, a relative clause); a thing does none."""
    doers = [j for j in (k - 1, k + 1) if 0 <= j < len(clause.mentions)
             and clause.mentions[j].entity.archetype != Archetype.PROP]
    if k - 1 in doers:
        return clause.mentions[k - 1]
    after = clause.mentions[k + 1] if k + 1 in doers else None
    if after is not None and after.entity.archetype == Archetype.HUMAN \
            and toks[clause.mentions[k].end:after.start] == ["的"]:
        return after
    return None


def _verb_object(clause: Clause, toks: list[str]) -> None:
    """人在骑自行车: the catalog's "person biking" named right after a person is that person's verb
    and its object (骑 + 自行车), not a second person. Read from the word's parts, for any such
    compound the tables know (骑马, 骑摩托车 ...)."""
    for k, m in enumerate(clause.mentions):  # "a person running": the catalog's 🏃, a person who runs
        head, _, last = m.words.rpartition(" ")
        verb, who = _hand(last), _lookup(head) if head else None
        if m.entity.archetype == Archetype.HUMAN and verb and verb[0] == "action" \
                and who and who[0] == "entity":
            ent = _entity_of(who[1])
            assert ent is not None and isinstance(verb[1], str)
            clause.mentions[k] = Mention(ent, head, m.count, m.group, m.tint, m.scale, start=m.start,
                                         end=m.end, actions=[*m.actions, verb[1]])
            clause.actions.append(verb[1])
    for k in range(len(clause.mentions)):
        m = clause.mentions[k]
        if m.entity.archetype != Archetype.HUMAN or not _CJK.search(m.words) or k in clause.tools.values():
            continue
        before = _doer_of(clause, toks, k)
        if before is None:
            continue
        # A two-character name is cut only where the catalog names a person at an activity
        # (玩球 "person bouncing ball"): 骑手 a rider is no hand.
        stop = len(m.words) if m.entity.key.startswith("person ") else len(m.words) - 1
        for cut in range(1, stop):
            verb, thing = _hand(m.words[:cut]), _lookup(m.words[cut:])
            if verb and verb[0] == "action" and thing and thing[0] == "entity":
                ent = _entity_of(thing[1])
                assert ent is not None and isinstance(verb[1], str)
                clause.mentions[k] = Mention(ent, m.words[cut:], start=m.start, end=m.end)
                # what the activity word was said to do after it is its doer's (骑自行车去河边钓鱼:
                # the boy fishes, not the bicycle)
                before.actions += [verb[1], *(a for a in m.actions if a not in before.actions)]
                clause.actions.append(verb[1])
                break


_DETERMINERS = {"a", "an", "the", "his", "her", "my", "their", "its", "your", "our", "this", "that"}
_OWNERS = ("his", "her", "my", "their", "its", "your", "our")  # possessive determiners
_CONJUNCTIONS = {"and", "or", "then", "while", "as", "but", "before", "after", "until", "when", "to"}
_PRONOUNS = {"he", "she", "it", "they", "who", "that", "which", "one", "everyone", "everybody", "someone",
             "somebody", "nobody", "each", "i", "we", "you"}


_DESCRIBED = 2  # describing words a group's "of" may have before its members ("a flock of small white birds")


def _described_member(toks: list[str], k: int) -> int:
    """The token of the members' word after a group word and "of", past up to two describing words:
    sizes, colours, or English words that read as nothing ("a school of small fish", "a flock of
    white birds", "a troop of young monkeys"). Else k itself."""
    j = k
    while j < min(len(toks) - 1, k + _DESCRIBED) and toks[j].isascii() and toks[j].isalpha() \
            and toks[j] not in _STOP and _kind(toks[j]) in (None, "colour", "size"):
        j += 1
    return j if j < len(toks) and _names_someone(toks[j]) else k


def _past_modifiers(toks: list[str], i: int) -> int:
    """The token an object starts at, from `i` past up to three determiners, sizes and colours
    ("rides a big wave", "draws his long sword")."""
    k = i
    while k < min(len(toks), i + 3) and (toks[k] in _DETERMINERS or toks[k] in lx.SIZES
                                         or toks[k] in lx.COLOURS):
        k += 1
    return k


def _glossed_object(toks: list[str], i: int) -> tuple[str, int] | None:
    """The meaning of the verb just before token `i` said with the object there (after a
    determiner, a size or a colour), where WordNet glosses a verb as that pair ("rides a big wave":
    surf), and the object's token."""
    k = _past_modifiers(toks, i)
    if i == 0 or k >= len(toks) or not toks[k].isascii():
        return None
    said = open_lexicon.verb_object(toks[i - 1], toks[k])
    return None if said is None or said not in lx.ACTIONS else (said, k)


def _another_sense(toks: list[str], i: int) -> bool:
    """Whether the English verb at `i` means, by its object, another of its senses than its world
    meaning's, whose tool it would hold (plan/tools.py): its object is a thing WordNet gives another
    sense ("draw a weapon": "draws his sword"), or one its tool's sense is not said of ("plants a
    flag": plant is said of seeds and plants)."""
    if not toks[i].isascii():
        return False
    away, toward = open_lexicon.object_senses(toks[i])
    if not away and toward is None:
        return False
    k = _past_modifiers(toks, i + 1)
    for n in range(min(MAX_NGRAM, len(toks) - k), 0, -1):
        hit = _lookup(_join(toks[k:k + n]))
        if hit is not None and hit[0] == "entity" and (thing := _entity_of(hit[1])) is not None:
            return thing.key in away or (toward is not None and thing.key not in toward)
        if hit is not None:
            return False
    return False


def _held(toks: list[str], i: int) -> bool:
    """A word after "with" and a determiner ("with a ring", "with her umbrella"): something had
    or held, so a thing, not a place that shares its name."""
    return i >= 2 and toks[i - 1] in _DETERMINERS and toks[i - 2] == "with"


def _owned(toks: list[str], i: int) -> bool:
    """A word after a possessive ("her ring") or put onto someone ("slips the ring onto her finger"):
    a thing someone has, not a place that shares its name."""
    onto = toks[i + 1:i + 3]
    return (i > 0 and toks[i - 1] in _OWNERS) or (len(onto) == 2 and onto[0] in ("onto", "on")
                                                   and onto[1] in _OWNERS)


_FAMILY_OF = {3: "family", 4: "family man woman girl boy"}  # 一家三口, 一家四口: 👪, 👨‍👩‍👧‍👦


def _people_counted(toks: list[str], i: int, n: int) -> bool:
    """A Chinese count by 口 after a household (一家, 全家, 家里), the measure word for its people
    (四口, 三口), with no thing named after it (一家四口在公园野餐; not 三口人, whose 人 is counted,
    nor 一口井 or 喝了两口水)."""
    word = _join(toks[i:i + n])
    after = toks[i + n] if i + n < len(toks) else ""
    return bool(_CJK.search(word)) and word.endswith("口") and len(word) >= 2 and word[0] != "一" \
        and any("家" in t for t in toks[max(0, i - 2):i]) and _kind(after) not in ("entity", "clothing")


def _plural_subject(toks: list[str], i: int) -> bool:
    """An English plural opening its clause with a verb after it ("Waves crash on the rocks",
    "Leaves fall from the oak", "Flies buzz"): the things that do it, not a verb with no subject."""
    word, after = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    opening = i == 0 or all(t in _CONJUNCTIONS for t in toks[:i])
    return opening and word.isascii() and word.endswith("s") and not word.endswith("ss") \
        and after.isascii() and after.isalpha() and not after.endswith("s") \
        and (_hand_kind(after) == "action" or open_lexicon.verb_reading(after) is not None
             or ((row := open_lexicon.lookup(after)) is not None and row.kind in ("action", "verb")))


def _object_of_verb(toks: list[str], i: int) -> bool:
    """An English plural that reads as a verb ("leaves") but does not follow a subject: after a
    verb or a describing word ("wind blows dry leaves") it is a thing. A verb follows its subject
    (a thing, a pronoun), an adverb or a conjunction."""
    if not toks[i].endswith("s") or _CJK.search(toks[i]):
        return False
    before = toks[i - 1]
    if before in _CONJUNCTIONS or before in _PRONOUNS or before.endswith("ly") or not before.isalpha():
        return False
    return _kind(before) != "entity"


# Words that follow a verb, not a noun used as a modifier: its object's determiner, a preposition
# or particle, an adverb ("plants a flag", "creeps along", "irons his shirts").
_AFTER_VERB = _DETERMINERS | {"along", "across", "into", "onto", "through", "over", "under", "up", "down",
                              "out", "off", "away", "back", "toward", "towards", "around", "past", "in",
                              "on", "at", "from", "with", "to", "after", "before", "behind", "beside", "near",
                              "against", "beneath", "below", "above", "inside", "outside", "between"}


# Prepositions that follow a doing rather than a held thing (a thing held is "in" or "on" a hand, a
# rack, a box): "a pianist bows after the concert", not "a man with gloves on his hands".
_AFTER_DOING = frozenset({"after", "before", "behind", "beside", "near", "against", "beneath", "below",
                          "above", "between", "toward", "towards", "across", "past", "around"})


# Particles of a phrasal verb before its object: "picks up a saw", "puts down the box".
_PARTICLES = frozenset({"up", "down", "off", "out", "away", "back"})


_SEQUENCE = frozenset({"then", "and", "but", "also", "finally", "suddenly", "later"})


def _after_adverbial(toks: list[str], i: int) -> bool:
    """A single Chinese character after the adverbial 地 that follows a word of two or more
    characters (噼里啪啦地响, 慢慢地转): the verb that the word describes. Not 地 the ground after a
    preposition or a verb (倒在地, 扫地)."""
    return i >= 2 and toks[i - 1] == "地" and len(toks[i]) == 1 and bool(_CJK.search(toks[i])) \
        and len(toks[i - 2]) >= 2 and bool(_CJK.search(toks[i - 2])) and toks[i - 2] not in _PREPOSITIONS


def _before_adverbial(toks: list[str], i: int) -> bool:
    """A Chinese word of two or more characters before the adverbial 地 and a word that may be the
    doing it describes (灰心地坐着 "dejectedly sat", 嗡嗡地飞): an adverb, no thing. Not a single
    character (雪 + 地里 is snowy ground), nor before a locative (工地上)."""
    return i + 2 < len(toks) and toks[i + 1] == ADVERBIAL and len(toks[i]) >= 2 \
        and bool(_CJK.search(toks[i])) and _adverb_follows(toks[i + 2])


def _stands_as_verb(toks: list[str], i: int, clause: Clause) -> bool:
    """A light part-of-speech guess for an English word that WordNet reads first as a thing: it is
    a verb where it stands right after its subject (a thing just named, or a pronoun) and before
    what follows a verb. After a determiner, a number or an adjective it stays a noun."""
    word = toks[i]
    if i == 0 or not word.isascii() or _listed_subject(toks, i, clause) or _list_goes_on(toks, i + 1, clause) \
            or _second_object(toks, i, clause):
        return False
    if _after_set_off_phrase(toks, i, clause) or _bare_infinitive(toks, i, clause):
        return True
    if _past_after_who(toks, i, clause) or _after_auxiliary(toks, i, clause) \
            or _object_relative(toks, i, clause):
        return True
    before = toks[i - 1]
    # (after then/and, the subject said before it: "an octopus hides, then squirts ink"; not "a
    # wide shot, then cut to a close-up", where nobody is named yet)
    last = _last_named(clause)
    # (or a garment said of someone named: "a woman in a red coat hails a cab", the phrase ends there)
    subject = before in _PRONOUNS or bool(last and last.end == i) \
        or (before in _SEQUENCE and bool(clause.mentions)) or _kind(before) in ("effect", "weather") \
        or (_kind(before) == "clothing" and any(m.entity.archetype == Archetype.HUMAN
                                                for m in clause.mentions)) \
        or _unread_subject(toks, i, clause) or _after_relative_describing(toks, i, clause)
    after = toks[i + 1] if i + 1 < len(toks) else ""
    # a third-person -s form between its subject and a thing ("a grandmother cooks soup", "a woman
    # irons shirts", "Mom cracks two eggs"): the verb, even where the tables name a thing so ("cooks")
    then = toks[i + 2] if i + 2 < len(toks) else ""
    # (and any form before a particle and a determiner: "fireworks light up the sky", or before an
    # object pronoun and a particle: "a violinist picks it up", no guitar picks)
    # (a plain form agrees with a plural subject as an -s form with a singular one: "two moose lock
    # antlers", "the dogs herd the flock", "we pen the goats")
    agrees = word.endswith("s") or _plural_before(toks, i, clause)
    # (or a describing word, then the thing: "Mom cooks fried rice", "a vendor sells fresh fish")
    # (a plain form after a singular noun and before a preposition is that noun's head: "a stone
    # bridge over the creek", "a paper kite over the field"; a past form is still the verb: "the
    # girl rose from her chair", "the wolf howled at the moon")
    said = agrees or word.endswith("ed") or before in _PRONOUNS or after in _DETERMINERS \
        or ((past := open_lexicon.verb_reading(word)) is not None and past.via.split(" > ")[0] != word)
    object_next = (agrees and (after in _DETERMINERS or after == "another"
                               or _kind(after) in ("entity", "clothing", "count", *_MASS)
                               or (after.isalpha() and _kind(after) != "entity"
                                   and _kind(then) in ("entity", "clothing")))) \
        or (after in _PARTICLES and then in _DETERMINERS and said) \
        or (agrees and after in _OBJECT_PRONOUNS and then in _PARTICLES) \
        or (agrees and _bare_object(after) and open_lexicon.verb_reading(word) is not None
            and (before in _PRONOUNS or bool(last and last.end == i)))  # (not "... and plates shatter")
    # (not a plural of beings after "and": "a spaceship landing and aliens coming out" is the aliens)
    if subject and agrees and not word.endswith("ss") and after.endswith("ing") and len(after) > 5 \
            and not (before in ("and", "or") and word.endswith("s")
                     and (ent := _entity_of((_lookup(word) or ("", None))[1])) is not None and someone(ent)) \
            and (_ing_verb(after) is not None or open_lexicon.verb_reading(after) is not None
                 or _kind(after) is None):  # (an -ing form read as nothing: "swatting")
        return True  # "the cat keeps swatting", "two strangers keep reaching": a verb, a gerund after it
    if before in _SINGULAR_SUBJECTS and word.endswith("s") and not word.endswith("ss"):
        return True  # "he scrolls", "it rains", "a man who juggles": a -s form after he, she, it or who
    if _ends_clause(after) and _clause_subject(toks, clause, i) and word.endswith("s") \
            and not word.endswith("ss") and open_lexicon.verb_reading(word) is not None:
        return True  # "the dog barks", "a pride of lions rests.": a -s form ending its clause after the subject
    if last is not None and last.end == i and _one_said(toks, last.start, last.end) and _likely_verb(word) \
            and not word.endswith("ss") and not clause.actions and not _possessive(clause.text, before, word):
        return True  # "a giant drinks from the lake": after one thing, a plural would not agree
    if (held := _hand(word)) is not None:
        # (a held thing's word is the verb before a preposition only after someone who does it: "a
        # pianist bows after the concert", not "paint brushes in a jar")
        # (not one itself read from a likely verb: "a Santa suit sneaks presents", sneaks no person)
        from_verb = last is not None and last.end - last.start == 1 and _likely_verb(toks[last.start])
        doer = before in _PRONOUNS or bool(last and last.end == i and someone(last.entity) and not from_verb)
        # (a vehicle's word after someone is never a thing they hold, whatever the preposition: "a
        # boxer trains in the gym", "a gymnast trains on the beam": no trains)
        driven = (ent := _entity_of(held[1])) is not None and ent.archetype == Archetype.VEHICLE
        return subject and (object_next or (doer and said and (after in _AFTER_DOING
                                                               or (driven and after in _AFTER_VERB))))
    return subject and ((said and (after in _AFTER_VERB or after.endswith("ly"))) or object_next)


# Words that may open an English order before its verb ("Then crack an egg", "First slice the bread").
_ORDER_OPENERS = frozenset({"then", "first", "now", "next", "and", "please", "finally"})
_OBJECT_OPENERS = frozenset({"a", "an", "the", "some", "his", "her", "their", "your", "my", "our", "it",
                             "them", "all"})


def _ordered(toks: list[str], i: int, clause: Clause) -> bool:
    """Whether the English word at token i is the plain verb opening an order (an imperative): first
    in its clause, or after "then", "first", "please", nothing named yet, a verb's plain form (no -s)
    before its object's article or count ("Crack two eggs into a bowl", "Then crack an egg into the
    pan", "Light the candles": no volcano's crack, no lamp). A noun opening a sentence is followed by
    its verb, not an article ("Rain falls", "Crowds fill the square")."""
    word = toks[i]
    if clause.mentions or not word.isascii() or not word.isalpha() or word.endswith("s") \
            or any(t not in _ORDER_OPENERS for t in toks[:i]) or i + 1 >= len(toks) \
            or _agreeing_verb_after(toks, i + 2):
        return False
    after = toks[i + 1]
    if after not in _OBJECT_OPENERS and (after not in lx.NUMBERS or after in ("one",)):
        return False
    return open_lexicon.verb_reading(word) is not None or _hand_kind(word) == "action"


def _agreeing_verb_after(toks: list[str], j: int) -> bool:
    """Whether an English -s form that is no thing, or has a verb reading, stands after a thing from
    token j on: the verb of a subject, so the clause is no order ("Hail the size of golf balls bounces
    off the hood": the hail is the subject)."""
    return any(t.isalpha() and t.endswith("s") and not t.endswith("ss") and toks[k - 1] not in _STOP
               and "entity" in (_kind(toks[k - 1]), _kind(_join(toks[k - 2:k])))
               and (_kind(t) != "entity" or open_lexicon.verb_reading(t) is not None)
               for k, t in enumerate(toks[j:], start=j))


def _past_after_who(toks: list[str], i: int, clause: Clause) -> bool:
    """Whether the English word at token i is a verb's past form right after "who" right after the
    one it tells of ("a thief who stole a bag": no stole, a scarf; "a boy who saw a ghost": no
    carpentry saw; "the man who found the wallet"). A plain form after "who" said of one would not
    agree, so "saw" is see's past here."""
    word = toks[i]
    if i < 2 or toks[i - 1] != "who" or not word.isascii() or not word.isalpha() or word.endswith("s") \
            or not any(m.end == i - 1 and m.count == 1 for m in clause.mentions):
        return False
    verb = open_lexicon.verb_reading(word)
    return verb is not None and (verb.via.split(" > ")[0] != word or word in _PAST_LIKE_PLAIN)


def _object_relative(toks: list[str], i: int, clause: Clause) -> bool:
    """Whether the English word at token i is the verb of a relative clause whose subject was just
    named after "that", "which" or "whom" and its article ("the cat that the dog chased climbs a
    tree", "the ball which the boy kicked"): its -ed form, with a verb reading, no one chased."""
    word = toks[i]
    if not word.isascii() or not word.isalpha() or not word.endswith("ed"):
        return False
    last = _last_named(clause)
    if last is None or last.end != i or last.start < 2:
        return False
    k = last.start - 1
    while k > 0 and toks[k] not in ("that", "which", "whom") \
            and (toks[k] in _DETERMINERS or _kind(toks[k]) in ("colour", "size")):
        k -= 1
    return k < last.start - 1 and toks[k] in ("that", "which", "whom") \
        and (open_lexicon.verb_reading(word) is not None or _hand_kind(word) == "action")


# Past forms WordNet also has as a plain verb of their own ("saw" is to saw wood, "found" to found
# a city, "left" no verb): after "who" said of one they are the past.
_PAST_LIKE_PLAIN = frozenset({"saw", "found", "ground", "wound", "rose", "fell", "felt", "lay", "bore"})

# English auxiliaries and negations after which a plain form is a verb ("does not have a dog":
# no rich person, a have; "he can fly a kite").
_AUXILIARIES = frozenset({"not", "never", "doesnt", "dont", "didnt", "cant", "wont", "cannot", "doesn't",
                          "don't", "didn't", "can't", "won't", "couldn't", "wouldn't", "shouldn't", "can",
                          "could", "will", "would", "should", "must", "might", "does", "did"})


def _after_auxiliary(toks: list[str], i: int, clause: Clause) -> bool:
    """Whether the English word at token i is a plain verb form right after an auxiliary or a
    negation, someone or something named before it ("the boy does not have a dog", "the boy doesnt
    have a dog"): the verb, no thing. Only a word with a verb reading, not an -s form."""
    word = toks[i]
    if i < 2 or toks[i - 1] not in _AUXILIARIES or not word.isascii() or not word.isalpha() \
            or word.endswith("s") or not (clause.mentions or toks[i - 2] in _PRONOUNS):
        return False
    return open_lexicon.verb_reading(word) is not None or _hand_kind(word) == "action"


_DEGREES = frozenset({"very", "so", "too", "really", "quite", "always", "still"})


def _after_relative_describing(toks: list[str], i: int, clause: Clause) -> bool:
    """Whether the English word at token i comes right after a relative clause that says how the
    thing named before it is: "who" or "that", "is" or "are", a describing word ("a girl who is
    tall helps a dog", "a dog that is very hungry begs for food"). The subject's verb comes next,
    no plural of a thing the describing word describes (helps: no helpers)."""
    k = i - 1
    if k < 0 or not toks[k].isalpha() or toks[k] in _STOP or _kind(toks[k]) not in (None, "size", "colour"):
        return False
    k -= 1
    if k >= 0 and toks[k] in _DEGREES:
        k -= 1
    if k < 2 or toks[k] not in ("is", "are", "was", "were") or toks[k - 1] not in ("who", "that", "which"):
        return False
    return any(m.end == k - 1 for m in clause.mentions)


# The object pronouns: after an -s form in a series of verbs they are its object ("and seals it").
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "me", "us"})


_RELATIVES = frozenset({"who", "which", "that", "whose"})


_BIG_NUMBERS = frozenset({"hundred", "thousand", "million", "billion"})


def _numbers_of(word: str) -> bool:
    """An English number word in the plural, said before "of": dozens, hundreds, thousands."""
    one = word[:-1] if word.isascii() and word.endswith("s") else ""
    return one in _BIG_NUMBERS or lx.NUMBERS.get(one, 0) >= lx.NUMBERS["dozen"]


def _absolute_subject(toks: list[str], i: int) -> bool:
    """An English plural after a comma with an -ing form after it that has a verb reading: the
    things that do it, a phrase of their own ("a lighthouse on a cliff, waves crashing below", "a
    surfer on the beach, waves rolling in"): the waves, not someone waving."""
    word, after = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    return i > 0 and toks[i - 1] == "," and word.isalpha() and word.endswith("s") and not word.endswith("ss") \
        and after.endswith("ing") and len(after) > 5 \
        and (_ing_verb(after) is not None or open_lexicon.verb_reading(after) is not None)


def _second_object(toks: list[str], i: int, clause: Clause) -> bool:
    """An English plural right after a thing that is itself a verb's object (the verb's -s or -ed
    form, then a determiner): the verb's second object, not that object's verb ("a boy gives his
    mom flowers on mothers day", "a waiter serves the guests drinks on the terrace", "throws his
    dog sticks in the park"). An object does nothing in its clause in the -s form."""
    word, last = toks[i], _last_named(clause)
    if last is None or last.end != i or not word.isalpha() or not word.endswith("s") or word.endswith("ss") \
            or last.start < 2 or toks[last.start - 1] not in _DETERMINERS:
        return False
    k = last.start - 1
    while k > 0 and (toks[k] in _DETERMINERS or _kind(toks[k]) in ("colour", "size", "count")):
        k -= 1
    verb = toks[k]
    named = any(m.start <= k < m.end for m in clause.mentions)
    # (not after a copula: "a girl who is a doctor helps a dog", the doctor is what she is)
    return not named and k < last.start - 1 and verb.isalpha() and verb.endswith(("s", "ed")) \
        and verb not in _COPULAS \
        and not verb.endswith("ss") and (k == 0 or toks[k - 1] not in _DETERMINERS) \
        and (_hand_kind(verb) == "action" or open_lexicon.verb_reading(verb) is not None)

# The verbs that take an object and then a plain verb form, what the object does ("hears the dog
# bark", "lets the goats graze", "helps his grandpa fish"): perception and letting, making, helping.
_TAKE_BARE = frozenset({"see", "sees", "saw", "watch", "watches", "watched", "hear", "hears", "heard",
                        "notice", "notices", "noticed", "feel", "feels", "felt", "let", "lets", "make",
                        "makes", "made", "help", "helps", "helped"})


def _bare_infinitive(toks: list[str], i: int, clause: Clause) -> bool:
    """An English plain verb form right after the object of a verb of perception, letting, making
    or helping, before a preposition, an object or the end: what the object does ("an old man
    hears the dog bark at the mailman": no ginger root; "no one sees the fox sneak into the
    henhouse": no one sneaking; "a boy helps his grandpa fish from the pier": no fish)."""
    word, last = toks[i], _last_named(clause)
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if last is None or last.end != i or not word.isalpha() or word.endswith(("s", "ed", "ing")) \
            or not (after in _AFTER_VERB or after == "" or not after.isalnum()):
        return False
    k = last.start - 1
    while k >= 0 and (toks[k] in _DETERMINERS or _kind(toks[k]) in ("colour", "size", "count")):
        k -= 1
    return k >= 0 and toks[k] in _TAKE_BARE and open_lexicon.verb_reading(word) is not None


def _after_set_off_phrase(toks: list[str], i: int, clause: Clause) -> bool:
    """An English -s form with a verb reading right after a phrase set off by commas after the
    clause's first thing, before its object or a preposition: the subject's verb ("The train, pulled
    by a locomotive, crosses a viaduct": no lacrosse; "a sailor, tired after the voyage, ducks under
    the rope": no ducks). The phrase opens with a relative word or a describing one, not a
    determiner or a thing: "a pond with frogs, ducks and swans", "the geese, the ducks, ..." are
    lists."""
    word = toks[i]
    if i < 4 or toks[i - 1] != "," or not word.isalpha() or not word.endswith("s") or word.endswith("ss") \
            or open_lexicon.verb_reading(word) is None or not clause.mentions:
        return False
    first = clause.mentions[0]
    opened = first.end
    opening = all(t in _DETERMINERS or _kind(t) in (None, "colour", "size", "count")
                  for t in toks[:first.start])
    if opened >= i - 2 or toks[opened] != "," or "," in toks[opened + 1:i - 1] or not opening:
        return False
    inserted = toks[opened + 1]
    after = toks[i + 1] if i + 1 < len(toks) else ""
    describing = inserted in _RELATIVES or (inserted.isalpha() and inserted not in _DETERMINERS
                                            and _kind(inserted) in (None, "size", "colour"))
    return describing and (after in _AFTER_VERB or after in _PRONOUNS or _kind(after) == "count")


def _listed_subject(toks: list[str], i: int, clause: Clause) -> bool:
    """An English plural after "and", "or" or a comma that follows several of a thing just named,
    in a clause that has said nothing but its subjects yet, with a plain verb form after it and
    that verb's object or preposition next: the list's next subject, not a verb ("ducks and swans
    crowd the pond", "soldiers and drones patrol the city", "taxis, buses and bicycles crowd the
    street"). After a verb it is that verb's object or another verb ("catches crabs and cooks fish
    in a pan")."""
    word = toks[i]
    if i < 2 or toks[i - 1] not in ("and", "or", ",") or not word.isalpha() or not word.endswith("s") \
            or word.endswith("ss") or clause.actions or not _plural_word(word):
        return False
    last = _last_named(clause)
    if last is None or last.end != i - 1 or not (last.count > 1 or _plural_form(toks[i - 2])):
        return False
    said = {k for m in clause.mentions for k in range(m.start, m.end)}
    if not all(k in said or t in _DETERMINERS or t in _CONJUNCTIONS or t in ("and", "or", ",")
               or _kind(t) in ("colour", "size", "count") for k, t in enumerate(toks[:i])):
        return False
    return _plain_verb_next(toks, i + 1)


def _plain_verb_next(toks: list[str], j: int) -> bool:
    """Token j is an English plain verb form (no -s, -ed or -ing) that has a verb reading, with its
    object's determiner or a preposition after it: "(drones) patrol the city", "(swans) crowd the
    pond"."""
    after, then = toks[j] if j < len(toks) else "", toks[j + 1] if j + 1 < len(toks) else ""
    plain = after.isascii() and after.isalpha() and not after.endswith(("s", "ed", "ing")) and (
        _hand_kind(after) == "action" or open_lexicon.verb_reading(after) is not None
        or ((row := open_lexicon.lookup(after)) is not None and row.kind in ("action", "verb")))
    return plain and (then in _DETERMINERS or then in _AFTER_VERB)


def _list_goes_on(toks: list[str], j: int, clause: Clause) -> bool:
    """Token j joins a list of plural subjects that a plain verb follows: "and drones patrol the
    city": the plural before it is a subject too, not a verb ending its clause ("robot soldiers and
    drones patrol", not "soldiers" as "soldiers on"). Not after a thing said to be one: "a dog
    barks and cats run away"."""
    nxt = toks[j + 1] if j + 1 < len(toks) else ""
    last = _last_named(clause)
    one = last is not None and last.start > 0 and toks[last.start - 1] in _ONE_THING
    return not one and j < len(toks) and toks[j] in ("and", "or", ",") and nxt.isalpha() \
        and nxt.endswith("s") and not nxt.endswith("ss") and _plural_word(nxt) and _plain_verb_next(toks, j + 2)


def _group_word_as_verb(toks: list[str], i: int, clause: Clause) -> bool:
    """An English group word (crowd, flock, herd, swarm) right after several of a thing just named
    and before an object or a preposition: what they do ("the children flock to the truck", "ducks
    and swans crowd the pond"), no crowd of people, no flock of birds, and no count of what follows."""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    return toks[i].isascii() and toks[i] in lx.GROUP_WORDS and after != "of" \
        and (after in _DETERMINERS or after in _AFTER_VERB) and _plural_before(toks, i, clause)


def _in_a_series_of_verbs(toks: list[str], i: int, clause: Clause, verbs_at: set[int]) -> bool:
    """An English -s form that goes on a series of verbs said of one subject, where a verb was read
    before it in the clause: after "and" (or then) before an object pronoun ("writes a letter and
    seals it", "catches a firefly and bottles it"), or after a comma before its object's determiner
    or pronoun ("feeds the rabbits, brushes the pony and parks his bike", "tastes the soup, salts
    it"). A list of things after a verb stays things: "feeds the penguins and seals", "watches the
    boats, seals and gulls" (no object follows them)."""
    word = toks[i]
    if i < 2 or not word.isascii() or not word.endswith("s") or word.endswith("ss"):
        return False
    before, after = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else ""
    read = bool(clause.actions) or any(k < i for k in verbs_at)
    series = (before in _SEQUENCE and after in _OBJECT_PRONOUNS) \
        or (before == "," and (after in _DETERMINERS or after in _OBJECT_PRONOUNS))
    return read and series and bool(clause.mentions) \
        and (open_lexicon.verb_reading(word) is not None or _hand_kind(word) == "action")


def _ends_clause(after: str) -> bool:
    """Whether the English token after a word ends its clause (the text's end, a comma, a conjunction)."""
    return after == "" or not after.isalnum() or after in _CONJUNCTIONS or after in _CLAUSE_BREAKS


def _clause_subject(toks: list[str], clause: Clause, i: int) -> bool:
    """Whether token i follows the clause's whole subject, no verb read yet: its head, singular
    (or counted by a group word and "of": "a pride of lions"), after nothing but its determiner and
    describing words, and any phrase describing it ("the man in the red hat", "a girl with a dog")."""
    named = [m for m in clause.mentions if m.end > 0]
    if not named or clause.actions or not toks[i - 1].isascii():
        return False
    end = named[-1].end
    if end != i and not (_kind(toks[i - 1]) == "clothing" and toks[end] in _SUBJECT_PHRASE):
        return False  # (the phrase may end in a garment, which names no one: "in the red hat")
    head = _head_of_subject(named, toks, end)
    subject = head[0]
    if len(head) != 1 or subject.pronoun or (subject.count > 1 and "of" not in toks[:subject.start]):
        return False
    return all(t in _DETERMINERS or t in _CONJUNCTIONS or t == "of"
               or _kind(t) in (None, "colour", "size", "count") for t in toks[:subject.start])


# The kinds a bare mass noun after an -s form reads as, its object all the same: "a man shovels snow",
# "a dragon breathes fire".
_MASS = ("weather", "effect")


def _likely_verb(word: str) -> bool:
    """Whether an English word is an -s form with a verb reading ("bows", "sneaks")."""
    return word.endswith("s") and open_lexicon.verb_reading(word) is not None


def _bare_object(word: str) -> bool:
    """A noun with no determiner that reads as no picture, after an -s form that may be a verb: its
    object ("a fairy sprinkles dust", "the wind scatters pollen"), where the noun reading of the -s
    form (sprinkles, light rain) would leave a verb with no doing."""
    return word.isascii() and word.isalpha() and word not in _AFTER_VERB and word not in _PRONOUNS \
        and word not in _CONJUNCTIONS and word not in _SEQUENCE and not word.endswith("ly") \
        and _kind(word) is None \
        and open_lexicon.common_word(word)


def _last_named(clause: Clause) -> Mention | None:
    """The last thing the clause's words name, past the tools added for it (a pianist's piano, which
    no word names: its tokens are 0, 0)."""
    return next((m for m in reversed(clause.mentions) if m.end > 0), None)


def _unread_subject(toks: list[str], i: int, clause: Clause) -> bool:
    """The word before token i is a noun that reads as no picture, opening its phrase: after a
    determiner or after a thing just named ("a caravan crosses the desert", "a camel caravan crosses
    the dunes"): a subject all the same, so an -s form before a determiner after it is the verb, not
    a plural thing ("crosses" is no lacrosse stick). A size word stands as such a noun too: "a
    friendly giant picks up a cow"."""
    if i < 2:
        return False
    before, after = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else ""
    then = toks[i + 2] if i + 2 < len(toks) else ""
    last = _last_named(clause)
    opens = _after_determiner(toks, i - 1) or bool(last and last.end == i - 1)
    # (or a particle and a determiner: "a friendly giant picks up a cow")
    objected = after in _DETERMINERS or (after in _PARTICLES and then in _DETERMINERS)
    return opens and toks[i].endswith("s") and not toks[i].endswith("ss") and objected \
        and before.isascii() and before.isalpha() and not before.endswith("ly") and before not in _STOP \
        and ((seen := _lookup(before)) is None or seen[0] == "size") and open_lexicon.common_word(before)


_SINGULAR_SUBJECTS = ("he", "she", "it", "who")
_PLURAL_PRONOUNS = ("they", "we", "i", "you")


def _plural_before(toks: list[str], i: int, clause: Clause) -> bool:
    """The word before token i is a plural subject: they, we; or the thing just named, several of it
    (a count before it, or its word a plural: "dogs", "two moose", "the fishermen")."""
    before = toks[i - 1]
    if before in _PLURAL_PRONOUNS:
        return True
    said = _last_named(clause)
    if said is None or said.end != i:
        return False
    counted = any(_kind(t) == "count" and t not in ("a", "an", "one")
                  for t in toks[max(0, said.start - 2):said.start])
    plural = before.isascii() and _plural_form(before)
    return said.count > 1 or said.group or counted or plural


def _stands_as_noun(toks: list[str], i: int, hit: tuple[str, object] | None) -> bool:
    """A word mostly used as an adjective stands as a noun in the plural, where it reads as nothing
    else (an adjective has none: "oranges", not "a calm lake"), or after a determiner with no noun
    after it ("an orange on the board", not "an orange cat"), or with a verb after it ("the principal
    rings a bell")."""
    word = toks[i]
    if not word.isascii() or not word.isalpha():
        return False
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if hit is None:
        # or as the subject of the verb after it: "the principal rings a bell", not "the principal reason"
        then = toks[i + 2] if i + 2 < len(toks) else ""
        subject = _after_determiner(toks, i, places=True) and after.endswith("s") and then in _AFTER_VERB \
            and (_kind(after) == "action" or open_lexicon.verb_reading(after) is not None)
        plural = word.endswith("s") and any(open_lexicon.noun_reading(word[:-k]) is not None for k in (1, 2))
        return subject or plural or _ends_phrase(toks, i, verb_after=False)  # ("the corner of the net.")
    return _ends_phrase(toks, i)


def _ends_phrase(toks: list[str], i: int, verb_after: bool = True) -> bool:
    """A word after a determiner with no noun after it: "an orange on the board", "the net."; or,
    with `verb_after`, a verb ("an orange rolls"), or after "a" an -s form that may be one ("a giant
    steps over a river": "a" names one thing, so "steps" is no plural noun of it)."""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    return i > 0 and toks[i - 1] in _DETERMINERS and (
        after in _AFTER_VERB or after in _CONJUNCTIONS or not after.isalpha()
        or (verb_after and (_kind(after) == "action" or (
            _one_said(toks, i, i + 1) and _likely_verb(after) and not after.endswith("ss")))))


# Determiners that name one thing: a plural noun never follows them ("a giant steps": a verb).
_ONE_THING = ("a", "an", "one", "each", "every", "another")


def _one_said(toks: list[str], start: int, end: int) -> bool:
    """Whether the one word toks[start:end] is named after a determiner of one thing, at the
    clause's start or after a word that is no conjunction ("a giant", not "a boy and a giant")."""
    return end - start == 1 and start > 0 and toks[start - 1] in _ONE_THING \
        and (start == 1 or toks[start - 2] not in _CONJUNCTIONS)


def _after_determiner(toks: list[str], i: int, places: bool = False) -> bool:
    """Whether toks[i] follows a determiner, straight or past one English word that reads as
    nothing ("a cardboard box", "the mining ship"), or with `places` as a place ("a space marine
    fires"): a noun's modifier, where a word that reads as a thing would be the noun itself."""
    if i > 0 and toks[i - 1] in _DETERMINERS:
        return True
    if i < 2 or toks[i - 2] not in _DETERMINERS or not toks[i - 1].isascii() or not toks[i - 1].isalpha():
        return False
    before = _lookup(toks[i - 1])
    # (or past a size or a colour: "a huge wave", "the red kite")
    return before is None or before[0] in ("size", "colour") or (places and before[0] == "place")


def _noun_reading(word: str) -> tuple[str, object] | None:
    reading = open_lexicon.noun_reading(word)
    ent = None if reading is None or reading.kind != "entity" else catalog().en_index.get(reading.value)
    return None if reading is None or ent is None else ("entity", Broader(ent, word, reading.via))


# The pictures a person sense is drawn as where it has no trade's (the open lexicon's reading: its
# sex and age said, a "sea dog" is a man): a figure of speech names any of them.
PLAIN_PEOPLE = ("person", "man", "woman", "old man", "old woman")


def _figure_of_speech(hit: tuple[str, object] | None, head: str) -> bool:
    """An English phrase WordNet knows only as a kind of person ("lone wolf" a loner, "night owl",
    "couch potato") whose head word names a picture that is no person: a film shows the words, the
    wolf, not the loner."""
    if hit is None or not isinstance(hit[1], Broader) or hit[1].entity.key not in PLAIN_PEOPLE:
        return False
    own = _hand(head)
    return own is not None and own[0] == "entity" and isinstance(own[1], Entity) \
        and own[1].archetype != Archetype.HUMAN and not _head_means_them(hit[1], head)


def _head_means_them(read: Broader, head: str) -> bool:
    """Whether the head word has a person's sense of the phrase's own kind: a movie star is a star
    (star: "an actor who plays a principal role"; its broader words say actor, performer), where a
    lone wolf is no wolf's sense of a man."""
    said = {open_lexicon.stem(w) for w in re.findall(r"[a-z]+", read.via.lower())}
    return any(r.reading.startswith("entity:") and r.cues & said
               and catalog().en_index[r.reading.split(":", 1)[1]].archetype == Archetype.HUMAN
               for r in open_lexicon.senses(head))


def _open_entity(word: str) -> Entity | None:
    hit = _open(word)
    return hit[1].entity if hit is not None and isinstance(hit[1], Broader) else None


_PAIRS = "对"  # the measure word of a pair of beings: the count is of pairs (一双鞋 is one pictured pair)
_TOWARD = {"向", "对", "朝", "往", "把", "给", "对着", "朝着", "冲着"}
# A clause's subject said by a pronoun: who the picture shows when nobody was named before it
# ("She dances in the rain", 他在雨中奔跑). "It" may be anything: it casts nothing.
_SUBJECT_PRONOUNS: dict[str, tuple[str, int]] = {
    "she": ("woman", 1), "he": ("man", 1), "they": ("person", 2), "i": ("person", 1), "we": ("person", 2),
    "you": ("person", 1), "她": ("woman", 1), "他": ("man", 1), "她们": ("woman", 2), "他们": ("person", 2),
    "我": ("person", 1), "我们": ("person", 2), "你": ("person", 1), "你们": ("person", 2),
    "him": ("man", 1), "his": ("man", 1), "her": ("woman", 1), "me": ("person", 1), "my": ("person", 1),
    "us": ("person", 2), "our": ("person", 2),
    "it": ("person", 1), "one": ("person", 1), "它": ("person", 1), "它们": ("person", 2),  # never cast alone
}
_PERSONAL = {"she", "he", "they", "i", "we", "him", "his", "her", "me", "my", "us", "our",
             "她", "他", "她们", "他们", "我", "我们"}
_OBJECT_ONLY = {"him", "me", "us"}
_FIRST_PERSON = {"我", "我们", "i", "we"}  # (as a clause's subject)
_THEY_ZH = {"他们", "她们"}
# Subject pronouns that say again someone named before them in the clause.
_REFERRING = {"他", "她", "他们", "她们", "he", "she", "they"}


_THEY_IT = "它们"
_IT_ZH = frozenset({"它", _THEY_IT})  # said again of a creature after a comma (它们: of several)
_SPEAKERS_ZH = frozenset({"我", "我们"})
_OWNED_AFTER = ("的", "家")  # 我的猫, 我家的狗: the speaker as an owner only


def _speaker_as_object(toks: list[str], i: int, clause: Clause) -> bool:
    """Whether 我 or 我们 at token i, after a verb or a preposition (妈妈抱着我, 小狗跟着我跑, 爸爸给我买了
    一个气球, 它一看见我就摇尾巴), is the speaker, someone in the film: never one named before in the
    third person, and not where the clause said 我 before (我让妈妈抱我: once), nor an owner (我的鞋)."""
    return toks[i] in _SPEAKERS_ZH and i > 0 and toks[i - 1] not in _CLAUSE_BREAKS \
        and not (i + 1 < len(toks) and toks[i + 1].startswith(_OWNED_AFTER)) \
        and not any(t in _SPEAKERS_ZH or t.startswith(("我的", "我家")) for t in toks[:i])


def _referent(mentions: list[Mention], pronoun: str) -> Mention | None:
    """The last person named whom a subject pronoun after a comma can say again: one of a sex
    the pronoun allows, as many as it says (他 one, 他们 several)."""
    plural = pronoun in ("他们", "她们", "they")
    for m in reversed(mentions):
        if m.entity.archetype == Archetype.HUMAN and not other_sex(pronoun, m.entity) \
                and (m.count > 1 or m.group or bool(people_in(m.entity))) == plural:
            return m
    return None


def _one_person(mentions: list[Mention]) -> bool:
    """Whether the people named are one person alone (a plural pronoun after them is others)."""
    people = [m for m in mentions if m.entity.archetype == Archetype.HUMAN]
    return len(people) == 1 and people[0].count == 1 and not people[0].group and not people_in(people[0].entity)
_AND = {"and", "then", "并", "然后", "又", "还", "并且", "接着"}

# 去/来 between two doings: the second is what one goes (or comes) to do (去河边钓鱼 goes to fish)
_GOING_TO = frozenset({"去", "来"})


def _gone_to_do(clause: Clause, toks: list[str], before: int, i: int, doer: Mention) -> bool:
    """Whether the verb at token i is what `doer`, who did the verb at `before`, goes somewhere to
    do (骑着自行车去钓鱼, 坐公交车去公园钓鱼): 去 or 来 stands between the two verbs, and only
    things (what the doer rides or carries) were named after the doer, no one who might go instead
    (妈妈叫弟弟去洗碗: the boy washes, as before)."""
    if before < 0 or not _GOING_TO.intersection(toks[before + 1:i]):
        return False
    after = clause.mentions[clause.mentions.index(doer) + 1:] if doer in clause.mentions else []
    return bool(after) and all(m.entity.archetype in (Archetype.PROP, Archetype.VEHICLE) for m in after)


_JOIN = {"and", "和", "与", "跟", "同", "及", "以及"}


# Prepositions whose phrase, said right after a subject, describes it ("a man in a boat", "a girl
# with a dog", "a cat in a box"): the verb after the phrase is the subject's.
_SUBJECT_PHRASE = frozenset({"in", "on", "with", "wearing", "inside", "holding", "from"})


def _head_of_subject(doers: list[Mention], toks: list[str], i: int) -> list[Mention]:
    """The doers up to the head of the English subject before the verb at token i: where the last
    one named sits in a phrase that describes one named before it who has done nothing yet ("a man
    in a boat rows", "a girl with a dog waves"), the verb agrees with that one, not the phrase's
    thing (in English the verb follows its subject's whole phrase)."""
    while len(doers) > 1 and doers[-1].end == i and toks[i].isascii():
        last, prev = doers[-1], doers[-2]
        gap = toks[prev.end:last.start]
        # (and after "of" where the head is a being: "the captain of the ship looks", "the queen of
        # the fairies sits"; not a thing's "of", a box of kittens, a bowl of soup)
        if prev.actions or prev.pronoun or not gap \
                or (gap[0] not in _SUBJECT_PHRASE
                    and not (gap[0] == "of" and prev.entity.archetype != Archetype.PROP)) \
                or any(t not in _DETERMINERS and _kind(t) not in ("colour", "size", "count") for t in gap[1:]):
            break
        doers = doers[:-1]
    return doers


_COMMAS = ("，", ",")


def _dropped_subject(mentions: list[Mention], toks: list[str], i: int, n: int) -> Mention | None:
    """The subject a Chinese verb after a comma keeps when no one is named between the comma and
    the verb: the subject of the part before the comma, not its object (小猫追着蝴蝶，跑进了花园: the
    cat runs; 男孩抱着小狗，走进了房间: the boy walks; 小猫被狗追着，跑上了树: the cat, before 被). The
    subject is the part's first being or vehicle named (not a thing where it is: 树上有一只鸟，正在
    唱歌 is the bird's), and those joined to it by 和; only where that part did something. Not a verb
    that describes what follows (燃起的烽火), nor one after a place (手心里飞出了一只白鸽: the dove)."""
    if not _CJK.search(toks[i]) or toks[i].endswith("的") or toks[i + n:i + n + 1] == ["的"]:
        return None
    b = next((k for k in range(i - 1, -1, -1) if toks[k] in _COMMAS), None)
    if b is None or any(b < m.start < i and not _said_where(toks, b, m, i) for m in mentions) \
            or any(t in _SUBJECT_PRONOUNS for t in toks[b + 1:i]) \
            or (any(_at_a_place(t) for t in toks[b + 1:i])
                and not any(t in _WHERE_OPENS or t.endswith("在") for t in toks[b + 1:i])):
        return None
    a = next((k for k in range(b - 1, -1, -1) if toks[k] in _COMMAS), -1)
    part = [m for m in mentions if a < m.start < b and m.end <= b]
    if not any(_kind(t) == "action" or (len(t) == 1 and _char_tags().get(t) in ("v", "vd", "vn"))
               or (len(t) == 1 and _CJK.search(t) and toks[k + 1] in ("着", "了", "过"))
               for k, t in enumerate(toks[a + 1:b], a + 1)):
        return None  # (a verb of the tables, one jieba tags, or one before its aspect: 抱着, 叼着)
    passive = next((k for k in range(a + 1, b) if toks[k] == "被"), None)
    if passive is not None:
        part = [m for m in part if m.end <= passive]
    beings = [m for m in part if m.entity.archetype != Archetype.PROP]
    if not beings:
        return None
    topic = beings[0]
    for m in part[part.index(topic) + 1:]:
        if any(t not in _ZH_JOIN for t in toks[topic.end:m.start]) or m.start == topic.end:
            break
        topic = m
    return topic


def _said_where(toks: list[str], b: int, m: Mention, i: int) -> bool:
    """Whether the thing m, named between the comma at b and the verb at i, is in a phrase of where
    opened by 在 and closed by a locative before the verb (，在月球上蹦蹦跳跳: the moon is where)."""
    return any(t in _WHERE_OPENS or (len(t) == 2 and t[1] == "在") for t in toks[b + 1:m.start]) \
        and any(_in_its_place(t) for t in toks[m.end:i])


def _held_by_a_verb(toks: list[str], start: int) -> bool:
    """Whether the Chinese thing named at token `start` is the object of a verb said before it (叼着
    球, 拿了一把伞, 举起奖杯): a verb after it in the same part is its doer's (the verbs in series)."""
    k = start - 1
    while k >= 0 and (toks[k] == "的" or _cn_count().match(toks[k]) or _kind(toks[k]) in ("colour", "size")):
        k -= 1
    return k >= 0 and bool(_CJK.search(toks[k])) and (
        toks[k] in ("着", "了", "过") or _kind(toks[k]) == "action"
        or (len(toks[k]) == 1 and _char_tags().get(toks[k]) in ("v", "vd", "vn")
            and toks[k] not in ("有", "是")))


# The verbs after whose object that object does the next verb (兼语: 让孩子吃饭, 教儿子游泳, 带着孩子去),
# and the verbs of seeing and hearing (看着小鸟飞走了): a closed class of Chinese grammar.
_PIVOTS = "让叫请派使令帮教劝求催逼陪带领看听望瞧盯见"


def _pivot(toks: list[str], start: int) -> bool:
    """Whether the verb before the thing named at token `start` (as _held_by_a_verb finds it) is a pivot
    verb or one of seeing, after whose object the object does the next verb."""
    k = start - 1
    while k >= 0 and (toks[k] == "的" or _cn_count().match(toks[k]) or _kind(toks[k]) in ("colour", "size")):
        k -= 1
    if k > 0 and toks[k] in ("着", "了", "过"):
        k -= 1
    return k >= 0 and (toks[k][:1] in _PIVOTS or toks[k] == "发现")


def _at_a_place(t: str) -> bool:
    """A Chinese place, a locative or a word ending in one (心里, 手上, 水中)."""
    return _in_its_place(t) or _kind(t) == "place" or (len(t) >= 2 and (
        t[-1] in "里内中" or (t[-1] in lx.LOCATIVE and _kind(t[:-1]) in ("entity", "place"))))


_ZH_JOIN = frozenset({"和", "跟", "与", "同", "及", "还有"})


# What opens a Chinese phrase of where someone is or comes from: 在 alone or after the verb of
# being there (坐在, 站在, 躺在, 停在 ...), 从.
_WHERE_OPENS = ("在", "从")


def _in_its_place(t: str) -> bool:
    """A locative word (上, 里, 旁边, 顶上, 底下 ...) that closes a Chinese phrase of where."""
    return t in LOCATIVE_WORDS or (len(t) == 1 and t in lx.LOCATIVE) \
        or (len(t) == 2 and t[0] in "顶底" and t[1] in lx.LOCATIVE)


def _out_of_its_place(doers: list[Mention], toks: list[str], i: int) -> list[Mention]:
    """The doers before a Chinese phrase of where that ends right before the verb at token i: a
    thing named between 在 (坐在, 躺在 ...) or 从 and a locative is where the one named before it is,
    not the verb's doer (老人坐在船上钓鱼: the old man fishes, not the boat; 他坐在地铁站里弹吉他, 猫躺在
    汽车顶上睡觉, 他从车上跳了下来). The phrase may hold an owner, a count, a colour or a place word
    (在爸爸的车里, 坐在一辆公交车上, 地铁站). Only where someone or something was named before the
    phrase: 在车上，猫在睡觉 and 车在路上跑 are as before."""
    last = doers[-1]
    if len(doers) < 2 or toks[i].isascii() or last.end > i:
        return doers
    gap = [t for t in toks[last.end:i] if _kind(t) != "place"]
    k = 0  # (past things said after the last doer: 在女孩家楼 + 下, the foot of the girl's building)
    while k < len(gap) - 1 and (gap[k] == "的" or _kind(gap[k]) == "entity"):
        k += 1
    if not gap or not _in_its_place(gap[k]) or any(t in _CLAUSE_BREAKS for t in gap):
        return doers  # (and the verbs after the first: 渔夫在船上撒网捕鱼, the fisherman catches)
    j = last.start - 1
    while j >= 0 and (toks[j] == "的" or _cn_count().match(toks[j]) or _kind(toks[j]) in ("colour", "size")
                      or any(m.start <= j < m.end for m in doers)):
        j -= 1
    if j < 0 or not (toks[j] in _WHERE_OPENS or (toks[j].endswith("在") and len(toks[j]) == 2)):
        return doers
    before = [m for m in doers if m.end <= j]
    return before or doers


def _joined(doers: list[Mention], toks: list[str]) -> list[Mention]:
    """The last doer, and those joined to it by "and" right before it (a turtle and a hare, santa
    and his reindeer), and in an English list those before them by commas ("a cat, a dog and a
    parrot sit")."""
    out = [doers[-1]]
    for prev in reversed(doers[:-1]):
        gap = toks[prev.end:out[-1].start]
        listed = len(out) > 1 and bool(gap) and gap[0] == "," and toks[prev.start].isascii()
        if not gap or any(t not in _JOIN and t not in ("a", "an", "the", ",", *_OWNERS) for t in gap) \
                or not (any(t in _JOIN for t in gap) or listed):
            break
        out.append(prev)
    return out


def _placed_one(toks: list[str], i: int) -> int | None:
    """The token index of the thing a Chinese phrase of where, opening the clause, describes: a verb
    of being there (躺在, 坐在, 停在), where, then 的 and the thing (躺在沙发上的猫, 停在路边的汽车),
    which is there doing it; None where the phrase goes on past the thing (坐在爸爸的车里: the car is
    where) or another verb comes before 的."""
    if len(toks[i]) != 2 or not toks[i].endswith("在") or not _CJK.search(toks[i]):
        return None
    for k in range(i + 1, min(i + 8, len(toks))):
        t = toks[k]
        if t == "的":
            j = _named_next(toks, k + 1)
            if j is None or (j + 1 < len(toks) and _in_its_place(toks[j + 1])):
                return None
            return j
        if t in _CLAUSE_BREAKS or _kind(t) == "action":
            return None
    return None


def _named_next(toks: list[str], j: int) -> int | None:
    """The token index of a thing named right after position j (past 的, a, the), or None."""
    for k in range(j, min(j + 3, len(toks))):
        if toks[k] in ("的", "a", "an", "the"):
            continue
        return k if _kind(toks[k]) == "entity" else None
    return None


def _said_again(toks: list[str], i: int) -> bool:
    """A Chinese plural pronoun said right before the people it is (他们一家人, 我们全家, 他们夫妻俩:
    apposition; 我们老师 our teacher): those people are cast, not the pronoun's two more. Not with 的
    between (他们的老师 is someone else) nor a count (我们俩 are the two); a household counted by 口
    (他们一家三口) is its people too."""
    return toks[i].endswith("们") and i + 1 < len(toks) \
        and (_is_person(toks[i + 1]) or (i + 2 < len(toks) and _people_counted(toks, i + 2, 1)))


def _is_person(word: str) -> bool:
    hit = _lookup(word)
    ent = _entity_of(hit[1]) if hit is not None else None
    return ent is not None and ent.archetype == Archetype.HUMAN


# The garments' pictures a person's tint draws as the top and trousers it colours (render/look.py):
# said with a colour, they dress the wearer and are not cast beside them.
_TINT_DRAWS = frozenset({"coat", "dress", "t-shirt", "jeans", "shorts", "kimono", "sari", "lab coat"})


def _worn(word: str) -> Entity | None:
    """A piece of clothing named without a colour, as a thing with its own picture (a top hat)."""
    cat = catalog()
    ent = cat.en_index.get(word) or cat.zh_index.get(word)
    if ent is None and (hit := _open(word)) is not None and isinstance(hit[1], Broader):
        ent = hit[1].entity
    return ent


# The picture of a Chinese garment word by its last character, where no entry names it (裙子 a
# skirt is drawn as the dress, 毛衣 a sweater as the shirt): the characters of _ZH_WORN.
_ZH_GARMENT = {"裙": "dress", "衣": "t-shirt", "衫": "t-shirt", "帽": "hat"}


def _garment(word: str) -> Entity | None:
    """A garment's own picture, for a garment nobody in the clause wears."""
    worn = _worn(word)
    last = word.removesuffix("子")[-1:]  # 裙子 is 裙
    if worn is None and _CJK.search(word) and last in _ZH_GARMENT:
        worn = catalog().en_index.get(_ZH_GARMENT[last])
    return worn


_ZH_WEAR = "穿戴披"  # the Chinese verbs of wearing (穿 clothes, 戴 a hat, 披 a cloak)


def _put_on(toks: list[str], i: int) -> bool:
    """Whether the garment at token i is said right after a Chinese verb of wearing, an aspect
    particle between (穿着雨衣, 戴了帽子), as "wearing" says it."""
    k = i - 1 if i > 0 and toks[i - 1] in _DONE else i
    return k > 0 and toks[k - 1] in _ZH_WEAR


def _handled(toks: list[str], i: int) -> bool:
    """Whether a Chinese garment at token i is the object of a doing that is no wearing (买了一条裙子,
    改了, 把衬衫晾在…): the garment handled is seen, as "she alters a dress" sees it, not worn
    (穿着一件白衬衫, 穿红裙子的女孩 dress its wearer)."""
    if not _CJK.search(toks[i]):
        return False
    k = i - 1
    while k >= 0 and (toks[k] in _DONE or toks[k] == "的" or _cn_count().match(toks[k])
                      or _kind(toks[k]) in ("colour", "size")):
        k -= 1
    if k < 0:
        return False
    verb = toks[k][:-1] if len(toks[k]) == 2 and toks[k][-1] in _DONE else toks[k]
    return verb == "把" or (len(verb) == 1 and verb not in _ZH_WEAR and _verb_char(verb))


def _wearer(clause: Clause, toks: list[str], j: int) -> bool:
    """Someone the clause names before token j, or a person named after it (穿红裙子的女孩)."""
    return any(m.entity.archetype == Archetype.HUMAN for m in clause.mentions) \
        or any(_is_person(t) for t in toks[j:])


RIDER = "手"  # 车手, 摩托车手: the one who works the vehicle named before it (an AGENT suffix)


def _player_of(word: str) -> bool:
    """A word no dictionary has of a thing one plays and 手 (高尔夫球手 a golfer, 棒球手): the one
    who plays it. A made thing only: a vehicle's 手 is its rider (`_riders` seats them on it), and a
    word listed whole is read as listed (扶手, 机械手)."""
    if len(word) < 3 or word[-1] != RIDER or not _CJK.search(word) or open_lexicon.lookup(word) is not None \
            or _a_word(word):
        return False  # (one jieba knows whole keeps its reading: 拖拉机手, 机枪手)
    hit = _lookup(word[:-1])
    ent = _entity_of(hit[1]) if hit is not None and hit[0] == "entity" else None
    return ent is not None and ent.archetype == Archetype.PROP


def _riders(clause: Clause, toks: list[str]) -> None:
    """摩托车手 a motorcyclist: a vehicle named right before the agent suffix 手 is a person named
    after it, as a cyclist is (`Clause.tools`; plan/mounts.py seats them on it). jieba cuts a
    compound it does not know into the vehicle and 手, a hand that named nobody, so the vehicle
    went alone. The verbs said after it are the rider's."""
    person = catalog().en_index["person"]
    for k in range(len(clause.mentions) - 1, -1, -1):
        m = clause.mentions[k]
        if m.entity.archetype != Archetype.VEHICLE or m.end <= m.start or toks[m.end:m.end + 1] != [RIDER] \
                or k in clause.tools.values():
            continue
        rider = Mention(person, m.words + RIDER, m.count, start=m.start, end=m.end + 1, actions=m.actions)
        m.start = m.end = 0  # a tool the words name through its rider (relations.py skips it)
        m.count, m.actions = 1, []
        shifted = {i + (i >= k): j + (j >= k) for i, j in clause.tools.items()}
        clause.tools = {**shifted, k: k + 1}
        clause.mentions.insert(k, rider)


def _engines(clause: Clause) -> None:
    """Engines are part of the craft they drive: "the ship's engines ignite" is the ship igniting,
    and planetary engines (地球发动机) are the Earth's. An engine named alone is cast as fire."""
    for m in [m for m in clause.mentions if m.entity.key == ENGINE]:
        owners = [o for o in clause.mentions if o.entity.key != ENGINE]
        planet = _lookup("earth") if any(w in m.words for w in ("planet", "地球", "行星")) else None
        if owners:
            _drop(clause, [m])
            owners[0].actions.append("ignite")
        elif planet is not None and planet[0] == "entity" and isinstance(planet[1], Entity):
            m.entity, m.words, m.count = planet[1], "earth", 1  # the engines are many, the Earth one
            m.actions.append("ignite")
        elif "ignite" in clause.actions:
            m.actions.append("ignite")
    for m in clause.mentions:
        if m.entity.key != ENGINE and m.words.endswith(("engine", "engines")) and m.words.isascii():
            m.count = 1  # "the rocket's engines" read as the rocket: one rocket, its engines many


def split(text: str) -> tuple[str, list[str]]:
    """The title (the first 《》 or quoted name) and the fragments of the text, in order."""
    title = ""
    if m := _TITLE.search(text):
        title = next(g for g in m.groups() if g is not None)
    body = _TITLE.sub(" ", text)
    parts: list[str] = []
    for line in body.splitlines():
        line = _NUMBERED.sub("", line)
        parts.extend(p.strip() for p in _SPLIT.split(line) if p.strip())
    return title, parts


def is_chinese(text: str) -> bool:
    return _CJK.search(text) is not None
