"""Brothers and sisters named together are of an age: where one of them is drawn as a child (弟弟,
a younger brother, is a boy), a sibling whose own word says no age (姐姐, an older sister, is a
woman in the dictionary) is drawn young too. "姐姐把弟弟搭的积木推倒了" is two children, not a grown
woman knocking over a boy's blocks; a younger sister and her brother are two children. So is a
child's own sibling, said with the child's possessive ("a girl and her brother", 小男孩和他的姐姐):
a girl's brother is a boy, not a grown man; a man's sister stays a woman.

Which words name siblings comes from WordNet (the lexicon's chain of broader words passes through
"sibling": sister > female sibling > kinswoman > ...), not from a list."""

from __future__ import annotations

import re
from dataclasses import replace

from kinema.plan import open_lexicon
from kinema.plan.catalog import catalog
from kinema.plan.parse import Clause, Mention
from kinema.screenplay.model import Archetype

_YOUNGER = {"woman": "girl", "man": "boy", "person": "child"}  # the young picture of each grown one
_YOUNG = frozenset({"girl", "boy", "child", "baby"})


def _sibling(m: Mention) -> bool:
    if m.entity.archetype != Archetype.HUMAN or not m.words:
        return False
    word = open_lexicon.lookup(m.words.lower())  # ("female sibling", "sibling": the broader words)
    return word is not None and any(w.split()[-1] == "sibling" for w in word.via.split(" > "))


# A possessive before a sibling's word (one word may come between: "her older brother"): whose it is.
_POSSESSIVE = r"(?:\b(?:his|her|their)\s+(?:[a-z]+\s+)?|(?:他|她|他们|她们)的?)"


def _owned(c: Clause, m: Mention) -> bool:
    return re.search(_POSSESSIVE + re.escape(m.words) + r"(?![a-z])", c.text, re.IGNORECASE) is not None


def _own_siblings(clauses: list[Clause]) -> tuple[Mention | None, list[Mention]]:
    """The grown siblings said to be a child's (the person named just before the possessive is a
    child), and the first such child."""
    young: Mention | None = None
    owned: list[Mention] = []
    last: Mention | None = None  # the person named last: whose "his", "her" or "their" it is
    for c in clauses:
        for m in sorted(c.mentions, key=lambda m: m.start):
            if m.entity.archetype != Archetype.HUMAN:
                continue
            if last is not None and last.entity.key in _YOUNG and m.entity.key in _YOUNGER and _sibling(m) \
                    and _owned(c, m):
                owned.append(m)
                young = young or last
                continue  # (still the child's: "a girl, her brother and her sister")
            last = m
    return young, owned


def of_an_age(clauses: list[Clause]) -> list[Clause]:
    """The clauses with grown siblings drawn young where a young sibling is named in the prompt, or
    where the sibling is a child's own. Clauses are copied, never changed."""
    siblings = [m for c in clauses for m in c.mentions if _sibling(m)]
    young = next((m for m in siblings if m.entity.key in _YOUNG), None)
    grown = [m for m in siblings if m.entity.key in _YOUNGER]
    if young is None or not grown:
        young, grown = _own_siblings(clauses)
    if young is None or not grown:
        return clauses
    index = catalog().en_index
    out = []
    for c in clauses:
        here = [m for m in c.mentions if any(m is g for g in grown)]
        mentions = [replace(m, entity=index[_YOUNGER[m.entity.key]]) if any(m is h for h in here) else m
                    for m in c.mentions]
        notes = [f"'{m.words}' is drawn as '{_YOUNGER[m.entity.key]}', of an age with '{young.words}'"
                 for m in here]
        out.append(replace(c, mentions=mentions, broader=[*c.broader, *notes]))
    return out
