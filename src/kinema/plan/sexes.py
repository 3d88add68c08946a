"""A pronoun says the sex of the person it stands for, where that person's picture says none: a
diver that a sea lion "circles her" is drawn as a woman, a cook who tastes "his soup" as the man
cook, a teenager who "then she dries the plates" as a girl. The picture changes only where the
catalog has the sexed one (🧑‍🚀 astronaut → 👩‍🚀 woman astronaut)."""

from __future__ import annotations

from dataclasses import replace

from kinema.plan.catalog import Entity, catalog
from kinema.plan.parse import FEMALE_WORDS, HE, MALE_WORDS, SHE, Clause, other_sex, tokens, verb_like
from kinema.screenplay.model import Archetype

# Pictures whose sexed kin are not "woman X" / "man X".
_YOUNG_AND_OLD = {"child": ("girl", "boy"), "older person": ("old woman", "old man")}
# An English pronoun that is an object or a possessive ("circles her", "his soup"); a subject
# pronoun ("she waves") and the Chinese ones may stand for the one just named.
_OBJECTS = {"her", "him"}
_PLURAL = {"她们"}


def sexed(ent: Entity, pronoun: str) -> Entity | None:
    """The picture of this person of the sex the pronoun says, where its own says none and the
    catalog has one ("person climbing" → "woman climbing", "child" → "boy", "cook" → "man cook")."""
    female = pronoun in SHE
    if ent.archetype != Archetype.HUMAN or not (female or pronoun in HE):
        return None
    words = ent.key.split()
    if set(words) & (FEMALE_WORDS | MALE_WORDS):
        return None
    sex = "woman" if female else "man"
    if ent.key in _YOUNG_AND_OLD:
        name = _YOUNG_AND_OLD[ent.key][0 if female else 1]
    else:
        name = " ".join([sex, *words[1:]]) if words[0] == "person" else f"{sex} {ent.key}"
    found = catalog().en_index.get(name)
    return found if found is not None and found.archetype == Archetype.HUMAN else None


def by_pronouns(clauses: list[Clause], lang: str = "auto") -> list[Clause]:
    """The clauses with each person a gendered pronoun stands for drawn as that sex. A pronoun
    stands for the latest person named before it who may be of its sex (after "He waits", "she" is
    not him); an object pronoun not for the one named just before it, its own clause's subject
    ("The nurse smiles at him" says nothing of the nurse). Clauses are copied, never changed."""
    out = [replace(c, mentions=list(c.mentions)) for c in clauses]
    for at, c in enumerate(out):
        toks = [t.lower() for t in tokens(c.text, lang)]
        for pos, word in enumerate(toks):
            if word not in SHE and word not in HE:
                continue
            before = [(a, k) for a in range(at + 1) for k, m in enumerate(out[a].mentions)
                      if not m.pronoun and (a < at or m.start < pos)]
            before.sort(key=lambda ak: (ak[0], out[ak[0]].mentions[ak[1]].start))
            if before and ((word in _OBJECTS and _is_object(toks, pos))
                           or (word in _ZH_OBJECTS and before[-1][0] == at and _zh_object(toks, pos))):
                before = before[:-1]
            for a, k in reversed(before):
                ent = out[a].mentions[k].entity
                if ent.archetype != Archetype.HUMAN or (out[a].mentions[k].count > 1) != (word in _PLURAL):
                    continue  # (a boy's "his" is not the flakes', nor "she" a crowd's)
                if other_sex(word, ent):
                    continue  # the other sex: someone before, or someone new
                new = sexed(ent, word)
                if new is not None:
                    _recast(out, out[a].mentions[k].words, ent, new)
                break
    return out


_ZH_OBJECTS = {"他", "她"}
# Words after which a Chinese pronoun is the one done to, or the doer of a passive: not the subject
# named before it (护士给了他一颗糖, 老师把她抱了起来, 小明被他推倒了).
_ZH_BEFORE_OBJECT = {"给", "把", "对", "向", "跟", "和", "帮", "替", "为", "让", "叫", "被", "陪", "朝"}


def _zh_object(toks: list[str], pos: int) -> bool:
    """Whether 他 or 她 at this token is an object (after a verb, its aspect particle, or 给, 把 …),
    not an owner (他的汤: the cook's own) nor a subject after a comma."""
    prev = toks[pos - 1] if pos > 0 else ""
    nxt = toks[pos + 1] if pos + 1 < len(toks) else ""
    if nxt.startswith("的") or not prev:
        return False
    return prev in _ZH_BEFORE_OBJECT or prev[-1] in "了着过" or (len(prev) == 1 and verb_like(prev))


def _is_object(toks: list[str], pos: int) -> bool:
    """Whether "her" at this token (of lower-cased tokens) is an object ("circles her"), not a
    possessive ("her rope"): nothing but a clause's end or a preposition after it. "him" always is."""
    if toks[pos] == "him":
        return True
    nxt = toks[pos + 1] if pos + 1 < len(toks) else ""
    return not nxt or not nxt.isalpha() or nxt in _AFTER_OBJECT


_AFTER_OBJECT = {"to", "at", "with", "in", "on", "into", "from", "for", "and", "as", "while", "when", "then",
                 "back", "up", "down", "away", "off", "out", "over", "around", "again", "once", "gently",
                 "a", "an", "the"}  # (no possessive comes before an article: "hands her a rose")


def _recast(clauses: list[Clause], words: str, old: Entity, new: Entity) -> None:
    """Every mention of this person (the same words, the same picture) drawn as the new picture."""
    for c in clauses:
        for k, m in enumerate(c.mentions):
            if m.entity.key == old.key and m.words == words:
                c.mentions[k] = replace(m, entity=new)
