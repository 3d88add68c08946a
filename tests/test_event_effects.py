"""A noun WordNet files as an event that the world draws as an effect, where the word first means
it, reads as that effect (a wildfire, a forest fire: fire; a detonation: an explosion); a word
whose event sense is a later one does not (inflation is no blast)."""

from __future__ import annotations

import pytest

from kinema.plan import open_lexicon
from kinema.plan.director import plan


@pytest.mark.parametrize(("word", "effect"), [
    ("wildfire", "fire"), ("forest fire", "fire"), ("conflagration", "fire"), ("detonation", "explosion"),
])
def test_an_event_drawn_as_an_effect_reads_as_it(word: str, effect: str) -> None:
    row = open_lexicon.lookup(word)
    assert row is not None and (row.kind, row.value) == ("effect", effect)


@pytest.mark.parametrize("word", ["inflation", "percussion"])
def test_a_later_event_sense_is_not_read(word: str) -> None:
    row = open_lexicon.lookup(word)
    assert row is None or row.kind != "effect"


def test_a_wildfire_film_shows_fire() -> None:
    play = plan("A wildfire races up a hillside", 12.0).screenplay
    assert any(e.kind.value == "fire" for s in play.scenes for e in s.effects)
