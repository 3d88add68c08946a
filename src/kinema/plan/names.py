"""People a prompt calls by their names (issue 13): "Mia dances in the rain", 小明在踢球, "Mozart
plays the piano", 李白举杯. A name is in no dictionary of things, so before this the film cast nobody
(Mia), or read the name's characters as things (小 small, 明 bright).

- A word written with a capital that WordNet knows as someone (Mozart: a composer, Zeus: a god) or
  CC-CEDICT glosses as someone jieba tags a name (李白 "Li Bai, famous Tang Dynasty poet") is drawn
  as what they were: rows of lang "nm" (tools/build_lexicon.py), read only where a prompt writes
  the name so, since lower-case the common word wins ("a lander" is no town in Wyoming).
- A capitalised word no table reads at all, not after an article or a word of place ("the
  Colosseum", "through Chinatown"), is someone's name; so is 小 or 阿 and one character nothing
  reads (小明, 阿强) at the start of a clause or after "and".
  A character that reads only as a colour or as no thing (小红, 小刚) is a name's too, before
  another name or a doing, where no thing follows for it to describe (小红花 a little red flower).
- A character CC-CEDICT lists as a surname directly before a word for a person is that person's
  surname (马老师 Teacher Ma, 张叔叔 Uncle Zhang): the person is cast, no horse.
- Who they are drawn as follows the pronoun said of them (her: a woman; 他: a man), else anyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kinema.plan import open_lexicon
from kinema.plan.catalog import Entity, catalog

_CAPITAL = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+(?:[-'’][A-Za-z]+)*)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Words after which a capitalised word is a place or a thing, not someone: articles, prepositions
# of place and time ("in Narnia", "on Diwali night", "the Colosseum").
_NOT_BEFORE_NAME = {"the", "a", "an", "in", "at", "on", "to", "from", "near", "across", "through", "into",
                    "over", "around", "toward", "towards", "of", "visit", "visits", "visiting", "this", "that",
                    "its", "his", "her", "their", "my", "our", "your"}
_COUNTED = re.compile(r"^[一二两俩三四五六七八九十几\d]+.?$")  # 一只, 两, 三头: a count before a thing
NICKNAMES = {"小", "阿"}  # 小明, 阿强: a familiar name of one more character
_AFTER = {"和", "跟", "与", "同", "、", "，", ",", "把", "让", "叫", "给", "带着"}  # 小红和小明, 妈妈带着小明
JOINING = "和跟与同"  # the single characters of _AFTER that join two names (小明和小红)
# What a character after 小 may read as alone and still be a familiar name's (小红 red, 小刚 "just":
# nothing, or a colour): not a thing, a weather or a place (小猫, 小雨 stay a kitten and drizzle).
_NAME_KINDS = (None, "colour")
_SHE, _HE = {"she", "her", "hers", "herself", "她"}, {"he", "him", "his", "himself", "他"}


def capitalised(text: str) -> set[str]:
    """The words the text writes with a capital, lower-cased as the parser's tokens are."""
    return {m.lower() for m in _CAPITAL.findall(text)}


def _looks(toks: list[str], i: int, young: bool) -> str:
    """The picture of someone named at token i: by the first pronoun said after the name."""
    for t in toks[i + 1:]:
        if t in _SHE:
            return "girl" if young else "woman"
        if t in _HE:
            return "boy" if young else "man"
    return "child" if young else "person"


def reading(toks: list[str], i: int, caps: set[str], known: Callable[[str], bool], person: bool = False,
            kind: Callable[[str], str | None] | None = None,
            verb: Callable[[str], bool] | None = None) -> tuple[Entity, str, int] | None:
    """(picture, how it was read, tokens taken) for someone named at token i, or None. `caps`: the
    clause's words written with a capital (`capitalised`); `known`: whether the parser reads a word
    as anything (a thing, a verb, a place, a count ...); `person`: whether it reads the word as a
    person (Einstein: "a genius"), whom the name then says; `kind`: what the parser reads a word as
    (a thing, a colour ...), for a familiar name whose character is a word too (小红); `verb`:
    whether a Chinese character stands as a verb (拿 in 小红拿着雨伞)."""
    word = toks[i]
    if _CJK.search(word):
        return _chinese(toks, i, known, kind, verb)
    if word not in caps or (i > 0 and toks[i - 1] in _NOT_BEFORE_NAME):
        return None
    for k in (3, 2, 1):  # "Sherlock Holmes", "Joan of Arc"
        phrase = " ".join(toks[i:i + k])
        # (not a word in common use, unless it names a person too: the Wild West is no painter West)
        if len(toks[i:i + k]) == k and (person or k > 1 or not known(word)) \
                and (row := open_lexicon.person_name(phrase)) is not None:
            ent = catalog().en_index.get(row.value)
            if ent is not None:
                return ent, f"{phrase}: {row.via}", k
    if not (word.isalpha() and len(word) > 1) or known(word) or _plural_noun(word):
        return None
    k = 1
    while i + k < len(toks) and toks[i + k] in caps and toks[i + k].isalpha() and not known(toks[i + k]):
        k += 1  # a surname after the name: "Mia Wong"
    look = _looks(toks, i + k - 1, young=False)
    return catalog().en_index[look], f"{' '.join(toks[i:i + k])}: a name > {look}", k


def _plural_noun(word: str) -> bool:
    """A plural of a noun WordNet has ("Dragonflies hover ..." opening a sentence): no one's name
    (James, Charles are no plurals of English words)."""
    return any(open_lexicon.common_word(one) for one in open_lexicon.singulars(word))


def _chinese(toks: list[str], i: int, known: Callable[[str], bool],
             kind: Callable[[str], str | None] | None = None,
             verb: Callable[[str], bool] | None = None) -> tuple[Entity, str, int] | None:
    word = toks[i]
    # (the name's row first: asking `known` of every unread character loads jieba's tags, a cold
    # start's cost, for a word that names no one)
    if (row := open_lexicon.person_name(word)) is not None and not known(word):
        ent = catalog().en_index.get(row.value)
        return None if ent is None else (ent, row.via, 1)
    if word in NICKNAMES and i + 1 < len(toks) and len(toks[i + 1]) == 1 and _CJK.search(toks[i + 1]) \
            and (not known(toks[i + 1]) or _familiar(toks, i + 1, kind, verb)) \
            and (i == 0 or toks[i - 1] in _AFTER):
        look = _looks(toks, i + 1, young=word == "小")
        return catalog().en_index[look], f"{word}{toks[i + 1]}: a name > {look}", 2
    if (i == 0 or toks[i - 1] in _AFTER) and (_old_surname(word, known) or (
            word == OLD and i + 1 < len(toks) and _old_surname(word + toks[i + 1], known)
            and (not known(toks[i + 1]) or _familiar(toks, i + 1, kind, verb) or _by_marked_gloss(toks[i + 1]))
            and kind is not None and kind("".join(toks[i + 2:i + 3])) not in ("entity", "clothing"))):
        # 老王, 老李 (jieba's words), 老 + 刘: someone called by the surname, as 小明 by the name
        k = 1 if len(word) == 2 else 2
        look = _looks(toks, i + k - 1, young=False)
        return catalog().en_index[look], f"{''.join(toks[i:i + k])}: a name > {look}", k
    return None


OLD = "老"  # 老王, 老李: a grown-up called by the surname


def _by_marked_gloss(char: str) -> bool:
    """Whether a character is read only through a gloss CC-CEDICT marks with a note first (刘 "(classical)
    a type of battle-ax"): as a surname it names no thing."""
    row = open_lexicon.lookup(char)
    return row is not None and row.via.startswith("CC-CEDICT: (")


def _old_surname(word: str, known: Callable[[str], bool]) -> bool:
    """Whether a word is 老 and a surname CC-CEDICT lists, read as nothing whole (老马 is an old horse)."""
    return len(word) == 2 and word[0] == OLD and open_lexicon.surname(word[1]) and not known(word)


def _familiar(toks: list[str], i: int, kind: Callable[[str], str | None] | None,
              verb: Callable[[str], bool] | None = None) -> bool:
    """Whether a character after 小 that reads as a word alone (红 red, 刚 "just") is still a name's:
    it names no thing itself, and no thing follows for it to describe (小红花 is a little red flower),
    and another name or a doing does follow (小红和小明, 小刚在跳绳), or the clause ends."""
    if kind is None or kind(toks[i]) not in _NAME_KINDS:
        return False
    after = toks[i + 1] if i + 1 < len(toks) else ""
    return kind(after) not in ("entity", "clothing") and (after in _AFTER or after in ("在", "正在", "") or
                                                         kind(after) == "action" or after in NICKNAMES
                                                         or (verb is not None and verb(after)))


def surname(toks: list[str], i: int, person: Callable[[str], bool], word_of: Callable[[str], bool]) -> bool:
    """Whether token i is the surname of the person named next (马老师, 王阿姨, 张医生): a single
    character CC-CEDICT lists as a surname, right before a word `person` reads as someone; not
    counted itself (一只熊医生 is a bear), nor making a word (`word_of`: the segmenter knows it) with
    what follows (全家人 the whole family, 张大嘴巴 opening a mouth wide, 修车师傅 a mechanic)."""
    word = toks[i]
    return len(word) == 1 and i + 1 < len(toks) and open_lexicon.surname(word) \
        and not (i > 0 and _COUNTED.match(toks[i - 1])) and person(toks[i + 1]) \
        and not word_of(word + toks[i + 1][0])
