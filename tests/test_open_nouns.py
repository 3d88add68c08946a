"""The open vocabulary's readings of uncommon English nouns (issue 13): what WordNet's gloss says
a thing looks like, creatures of myth drawn as the animal their gloss makes them of, an animal
with no picture near drawn as a relative, a dish as the food it is made of, a trade's picture in
the sex its sense says. Sentences of our own, not rows of the director tables."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.screenplay.model import Archetype


def _cast(prompt: str) -> list[tuple[str, Archetype]]:
    play = plan(prompt).screenplay
    return [(c.name.en, c.archetype) for c in play.cast]


def _names(prompt: str) -> set[str]:
    return {name for name, _ in _cast(prompt)}


def test_a_scarecrow_is_a_figure_of_a_man_not_the_birds_it_frightens() -> None:
    cast = _cast("a scarecrow leans in the empty field")
    assert cast and cast[0][1] == Archetype.HUMAN, cast
    assert not any(kind == Archetype.BIRD for _, kind in cast), cast


def test_a_puppet_is_a_figure_of_a_person() -> None:
    assert _cast("a wooden puppet waves")[0][1] == Archetype.HUMAN


@pytest.mark.parametrize("prompt, pictures", [
    ("a griffin lands on the cliff", {"eagle", "lion", "dragon"}),
    ("a pegasus lands in the meadow", {"horse", "unicorn"}),
    ("two centaurs race", {"horse"}),
])
def test_a_creature_of_myth_is_the_animal_its_gloss_names_not_a_person(prompt: str, pictures: set[str]) -> None:
    cast = _cast(prompt)
    assert cast and cast[0][0] in pictures, cast
    assert not any(kind == Archetype.HUMAN for _, kind in cast), cast


@pytest.mark.parametrize("prompt, pictures", [
    ("a meerkat stands guard", {"badger", "otter", "skunk", "raccoon", "fox", "cat", "dog"}),
    ("a manatee floats in the lagoon", {"seal", "whale", "dolphin"}),
    ("an armadillo digs under the fence", {"badger", "hedgehog"}),  # its gloss is theirs, not the sloth's
])
def test_an_animal_with_no_picture_near_is_a_relative(prompt: str, pictures: set[str]) -> None:
    assert _cast(prompt)[0][0] in pictures


def test_a_sorceress_is_a_woman_mage() -> None:
    assert "woman mage" in _names("A sorceress stirs her cauldron")


def test_a_horse_drawn_coach_shows_its_horse() -> None:
    assert "horse" in _names("a stagecoach crosses the prairie")


def test_a_dish_is_the_food_it_is_made_of() -> None:
    assert "egg" in _names("he makes an omelet")


def test_a_mallet_looks_like_a_hammer_not_a_beetle() -> None:
    names = _names("a carpenter holds a mallet")
    assert "hammer" in names and "beetle" not in names, names


def test_a_word_mostly_an_adjective_is_a_noun_before_its_verb() -> None:
    assert _cast("The principal opens the door")[0][1] == Archetype.HUMAN
