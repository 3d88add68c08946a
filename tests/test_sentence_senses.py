"""A polysemous noun's sense chosen by its sentence (plan/parse.py `_sentence_sense`, rows of
lang `sense` and `vcue` built by tools/build_lexicon.py `_sense_rows`): a word whose senses reach
different pictures is read in the one the sentence's words, its verbs' classes of thing and
"with a ..." say; where the sentence says nothing the word-level reading stays."""

from __future__ import annotations

import pytest
from conftest import short_cast

from kinema.plan import open_lexicon
from kinema.plan.catalog import catalog
from kinema.plan.director import plan
from kinema.screenplay.model import Archetype


def _cast(prompt: str) -> list[str]:
    return sorted(short_cast(prompt))


def _archetypes(prompt: str) -> set[Archetype]:
    index = catalog().en_index
    return {index[m.name.en].archetype for m in plan(prompt, 12.0).screenplay.cast if m.name.en in index}


@pytest.mark.parametrize(("prompt", "wanted", "not_wanted"), [
    # a schooner that sails is the sailing ship, not the beer glass
    ("The lighthouse keeper watches a schooner sail into the storm", "sailboat", "glass"),
    # a bolt tightened with a spanner (whose gloss names "a nut or bolt") is the nut and bolt
    ("The old tinkerer tightens a bolt with a spanner", "nut and bolt", None),
    # a bow carried by a rider is the weapon, not the knot
    ("A centaur gallops across a meadow with a bow", "bow and arrow", "knot"),
    # a staff waved (with the hands) is the stick, not the people
    ("A wizard waves his staff and summons a storm", "crutch", None),
    # words in no table: a whaler that sails is the ship, not the man; a tanker driven is the man
    ("A whaler sails through icy waters", "ship", "man"),
])
def test_the_sentence_chooses_the_sense(prompt: str, wanted: str, not_wanted: str | None) -> None:
    cast = _cast(prompt)
    assert wanted in cast
    if not_wanted is not None:
        assert not_wanted not in cast


@pytest.mark.parametrize("prompt", [
    "Seagulls circle a fishing trawler at dawn",  # "fishing": the fishing boat's gloss
    "A trawler hauls up a net full of wriggling fish at dawn",  # hauls: "transport in a vehicle"
])
def test_a_trawler_that_fishes_is_a_boat(prompt: str) -> None:
    kinds = _archetypes(prompt)
    assert Archetype.VEHICLE in kinds
    assert "person" not in _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    # the sentence says nothing of the senses: the word-level reading
    ("A schooner on a wooden table", "glass"),
    ("A whaler smiles", "man"),
    ("A bolt strikes the old tower", None),  # lightning, an effect: no nut and bolt
    # a creature stays one, whatever its other senses' glosses share with the sentence
    ("A quiet timid mouse hides under the bed", "mouse"),
    ("A crane stands in a quiet pond", "bird"),
])
def test_the_word_level_reading_stays_where_the_sentence_says_nothing(prompt: str, wanted: str | None) -> None:
    cast = _cast(prompt)
    if wanted is not None:
        assert wanted in cast
    assert "nut and bolt" not in cast
    assert "person" not in cast or wanted == "person"


def test_the_readings_are_listed_the_word_level_one_first() -> None:
    readings = [s.reading for s in open_lexicon.senses("schooner")]
    assert readings[0] == "entity:glass"
    assert "entity:sailboat" in readings
    assert "@vehicle" in next(s for s in open_lexicon.senses("schooner") if s.reading == "entity:sailboat").cues
    assert open_lexicon.senses("giraffe") == []  # one sense, one reading


def test_a_verb_glossed_with_a_vehicle_or_the_hands_says_so() -> None:
    assert "@vehicle" in open_lexicon.verb_cues("drives")
    assert "@held" in open_lexicon.verb_cues("waves")
    assert open_lexicon.verb_cues("smiles") == frozenset()


@pytest.mark.parametrize(("word", "stem"), [
    ("sailing", "sail"), ("sails", "sail"), ("sail", "sail"), ("fishing", "fish"), ("running", "run"),
    ("circle", "circl"), ("circling", "circl"), ("berries", "berry"),
])
def test_a_word_and_its_inflections_share_a_stem(word: str, stem: str) -> None:
    assert open_lexicon.stem(word) == stem
