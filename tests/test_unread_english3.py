"""English nouns read by general mechanisms (third set): a closed word WordNet knows is split only at
the head WordNet gives it (a handbell is a bell, a warehouse a storehouse; a protractor is no
tractor)."""

from __future__ import annotations

import pytest
from conftest import short_cast

from kinema.plan.director import plan
from kinema.plan.parse import _lookup


def _cast(prompt: str) -> set[str]:
    return set(short_cast(prompt))


def _key(word: str) -> str | None:
    hit = _lookup(word)
    if hit is None or hit[0] != "entity":
        return None
    return hit[1].entity.key  # type: ignore[union-attr]


def test_known_word_not_split_at_a_foreign_head() -> None:
    assert _key("protractor") != "tractor"
    for word in ("content", "cornice", "eyestrain", "molestation", "keepsake"):
        assert _key(word) not in ("tent", "ice", "train", "station", "sake"), word
    assert "tractor" not in _cast("A teacher draws a circle on the chalkboard with a giant protractor")


def test_known_word_split_where_wordnet_says() -> None:
    assert _key("handbell") == "bell"  # "a bell that is held in the hand"
    assert "bell" in _cast("The principal rings a handbell in the schoolyard")
    assert _key("warehouse") == "house"  # a storehouse
    assert _key("clownfish") == "fish"  # WordNet lacks it: split as before


@pytest.mark.parametrize("prompt, picture", [
    ("A yacht sails past the lighthouse at sunset", "house"),  # both structures
    ("Macro shot of a dragonfly landing on a reed", "fly"),  # both insects
])
def test_a_closed_word_splits_at_a_near_kind_of_it(prompt: str, picture: str) -> None:
    assert picture in [m.name.en for m in plan(prompt, 12.0).screenplay.cast]
