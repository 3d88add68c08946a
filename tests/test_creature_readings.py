"""Creatures: a single character whose gloss names a creature reads as the creature's picture
however far up WordNet files it (鹤 "crane" a bird, not Stephen Crane nor the machine; 鲤 a fish),
but not a person's word (君 "monarch" is no butterfly); a thing's picture never stands for a
creature it is only a later name of (🪡 "sewing needle" is no dragonfly); a capitalised plural of an
English noun is no one's name ("Dragonflies hover ..."); a noun at a phrase's end reads as one
("the top corner of the net.")."""

from __future__ import annotations

import pytest
from conftest import cast_of as _cast

from kinema.plan import parse


def _key(word: str) -> str | None:
    hit = parse._lookup(word)
    ent = parse._entity_of(hit[1]) if hit is not None and hit[0] == "entity" else None
    return None if ent is None else ent.key


@pytest.mark.parametrize(("char", "key"), [("鹤", "bird"), ("鹭", "bird"), ("鲤", "fish"), ("鳟", "fish")])
def test_a_creature_character_reads_as_its_creature(char: str, key: str) -> None:
    assert _key(char) == key


def test_a_person_word_is_no_creature() -> None:
    assert _key("君") != "butterfly"


@pytest.mark.parametrize("word", ["dragonfly", "蜻蜓"])
def test_a_later_name_does_not_make_a_thing_a_creature(word: str) -> None:
    assert _key(word) != "sewing needle"


def test_a_crane_flies_over_the_hills() -> None:
    assert "bird" in _cast("一只鹤在山间飞翔")


def test_a_capitalised_plural_is_no_name() -> None:
    assert "person" not in _cast("Dragonflies hover over the reeds by a quiet marsh")
    assert "person" in _cast("James plays the piano")


def test_a_noun_ending_a_phrase_is_read() -> None:
    assert "goal net" in _cast("The ball curls into the top corner of the net.")


def test_a_picture_is_no_creature_it_is_not_a_kind_of() -> None:
    assert _key("ferret") != "black cat"  # WordNet calls the fisher, a marten, a black cat
