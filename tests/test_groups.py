"""Pictures of several people cast as the people (plan/groups.py): a couple, a family or two people
holding hands were one rigged body wearing the whole picture as its head."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.plan.catalog import catalog
from kinema.plan.groups import people_in
from kinema.screenplay.model import Archetype


def _people(prompt: str) -> list[tuple[str, str]]:
    play = plan(prompt, 8.0).screenplay
    does = {a.who: a.do.value for s in play.scenes for a in s.actions}
    return [(m.name.en, does.get(m.id, "")) for m in play.cast
            if m.archetype == Archetype.HUMAN and not m.id.startswith(("passer-", "set-"))]


@pytest.mark.parametrize("prompt,who,verb", [
    ("A couple dances in the rain", ["woman", "man"], "dance"),
    ("一对情侣在海边散步", ["woman", "man"], "walk"),
    ("a pair of lovers walk on the beach", ["woman", "man"], "walk"),
    ("Two couples dance", ["woman", "man", "woman", "man"], "dance"),
    ("A family walks in the park", ["man", "woman", "child"], "walk"),
])
def test_a_picture_of_people_is_its_people(prompt: str, who: list[str], verb: str) -> None:
    people = _people(prompt)
    assert [p for p, _ in people] == who
    assert {v for _, v in people} == {verb}  # each of them does what the group does


def test_which_pictures_show_several_people() -> None:
    cat = catalog()
    keys = {e: [p.key for p in people_in(cat.entities[e])] for e in ("💑", "👪", "👫", "👨‍👩‍👧", "🧑", "🐕")}
    assert keys == {"💑": ["woman", "man"], "👪": ["man", "woman", "child"], "👫": ["woman", "man"],
                    "👨‍👩‍👧": ["man", "woman", "girl"], "🧑": [], "🐕": []}
