"""Hair words of both languages (lexicon.HAIR_*): what a word says of a person's hair, as
`appearance.hair` takes it. "a girl with a ponytail" and 扎马尾的女孩 read the same."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kinema.plan import lexicon as lx

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class HairWord:
    style: str | None  # one of screenplay.model.HAIR_STYLES, or None
    colour: str | None  # #rrggbb, or None
    whole: bool  # names hair by itself; False: an adjective waiting for its hair noun ("long")


def shade(colour: str) -> str:
    """A colour word's colour as hair: red hair is copper, yellow hair blond."""
    return lx.HAIR_SHADES.get(colour, colour)


def hair_table() -> dict[str, HairWord]:
    """The words the phrase table reads as hair. Single Chinese characters (长, 发) are read only
    inside a compound (`hair_compound`): alone they mean much else (发 is "send")."""
    table: dict[str, HairWord] = {}
    for w, style in lx.HAIR_STYLES.items():
        table[w] = HairWord(style, None, True)
    for w in lx.HAIR_NOUNS:
        if len(w) > 1:
            table[w] = HairWord(None, None, True)
    for w, style in lx.HAIR_ADJECTIVES.items():
        if w.isascii():
            table[w] = HairWord(style, None, False)
            table[f"{w} hair"] = HairWord(style, None, True)  # over the catalog's 🦱 "curly hair"
    for w, colour in lx.COLOURS.items():
        if w.isascii():
            table[f"{w} hair"] = HairWord(None, shade(colour), True)  # 🦰 "red hair", 🦳 "white hair"
    for w, colour in lx.HAIR_COLOURS.items():
        if w.isascii() and w != "fair":  # "fair" alone is a fairground, a fair fight
            table[w] = HairWord(None, colour, True)
    return table


def _describes(head: str) -> HairWord | None:
    """What a word before "haired" or 发 says: a colour, a hair colour or a style."""
    if head in lx.HAIR_COLOURS:
        return HairWord(None, lx.HAIR_COLOURS[head], True)
    if head in lx.COLOURS:
        return HairWord(None, shade(lx.COLOURS[head]), True)
    if head in lx.HAIR_ADJECTIVES:
        return HairWord(lx.HAIR_ADJECTIVES[head], None, True)
    return None


def hair_compound(word: str) -> HairWord | None:
    """red-haired, long-haired, 金发, 黑长发, 红头发: a hair noun with what describes it joined on."""
    if not _CJK.search(word):
        head = word[:-len("-haired")] if word.endswith("-haired") else ""
        return _describes(head) if head else None
    stem = next((word[:-len(n)] for n in ("头发", "发") if word.endswith(n) and len(word) > len(n)), "")
    style = colour = None
    while stem:  # 黑长 → black, long: the longest known part first
        part = next((stem[:k] for k in (2, 1) if _describes(stem[:k]) is not None), None)
        if part is None:
            return None
        said = _describes(part)
        assert said is not None
        style, colour = said.style or style, said.colour or colour
        stem = stem[len(part):]
    return HairWord(style, colour, True) if style or colour else None
