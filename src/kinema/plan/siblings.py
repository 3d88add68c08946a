"""Brothers and sisters named together are of an age: where one of them is drawn as a child (弟弟,
a younger brother, is a boy), a sibling whose own word says no age (姐姐, an older sister, is a
woman in the dictionary) is drawn young too. "姐姐把弟弟搭的积木推倒了" is two children, not a grown
woman knocking over a boy's blocks; a younger sister and her brother are two children.

Which words name siblings comes from WordNet (the lexicon's chain of broader words passes through
"sibling": sister > female sibling > kinswoman > ...), not from a list."""

from __future__ import annotations

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


def of_an_age(clauses: list[Clause]) -> list[Clause]:
    """The clauses with grown siblings drawn young where a young sibling is named in the prompt.
    Clauses are copied, never changed."""
    siblings = [m for c in clauses for m in c.mentions if _sibling(m)]
    young = next((m for m in siblings if m.entity.key in _YOUNG), None)
    grown = [m for m in siblings if m.entity.key in _YOUNGER]
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
