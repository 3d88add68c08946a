"""Pictures of several people, cast as the people. Twemoji draws a couple (💑), a family (👪), two
people holding hands (👫) or a family sequence (👨‍👩‍👧) as one picture; cast as one member, the rig
put that whole picture on one body as its head ("A couple dances the tango": one dancer with two
heads in a heart). Each person in the picture becomes a member of their own, who does what the
group does. A joined sequence names its people (a zero-width joiner between faces); the few group
pictures that are single characters are listed, as Unicode lists them.
"""

from __future__ import annotations

import re

from kinema.plan.catalog import Entity, catalog

MAN, WOMAN, PERSON, CHILD = "👨", "👩", "🧑", "🧒"
# Single-character pictures of people together (Unicode's "family" and "person-symbol" groups).
SINGLE: dict[str, tuple[str, ...]] = {
    "💑": (WOMAN, MAN), "💏": (WOMAN, MAN), "👫": (WOMAN, MAN), "👬": (MAN, MAN), "👭": (WOMAN, WOMAN),
    "👪": (MAN, WOMAN, CHILD), "👯": (PERSON, PERSON), "🤼": (PERSON, PERSON),
}
# Faces a joined sequence is made of (👨‍👩‍👧‍👦, 👩‍❤️‍👨, 🧑‍🤝‍🧑): the people in it.
FACES = frozenset({"👨", "👩", "🧑", "👧", "👦", "👶", "🧒", "👴", "👵"})


def group_size(people: list[Entity], count: int, words: str, text: str) -> int:
    """How many people `count` pictures of `people` named by `words` in `text` are: a pair word
    before them counts the people themselves ("a pair of lovers", 一对情侣: two), any other count
    the groups ("two couples": four)."""
    pair = re.search(rf"\bpairs? of {re.escape(words)}|[对双]{re.escape(words)}", text, re.I)
    return max(count, len(people)) if pair else len(people) * count


def people_in(ent: Entity) -> list[Entity]:
    """The people a picture of several shows, each as the catalog's entity for one person; [] for
    a picture of one (or of no) person."""
    pic = ent.emoji.replace("\ufe0f", "")
    faces = SINGLE.get(pic) or (tuple(p for p in pic.split("\u200d") if p in FACES) if "\u200d" in pic else ())
    if len(faces) < 2:
        return []
    cat = catalog()
    out = [cat.entities.get(f) for f in faces]
    return [e for e in out if e is not None] if all(e is not None for e in out) else []
