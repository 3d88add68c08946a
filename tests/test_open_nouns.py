"""The open vocabulary's readings of uncommon English nouns (issue 13): what WordNet's gloss says
a thing looks like, creatures of myth drawn as the animal their gloss makes them of, an animal
with no picture near drawn as a relative, a dish as the food it is made of, a trade's picture in
the sex its sense says. Sentences of our own, not rows of the director tables."""

from __future__ import annotations

import pytest

from kinema.plan import open_lexicon, plan
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


@pytest.mark.parametrize("word, picture", [
    ("wine", "wine glass"),  # the wineglass "in which wine is served", not the rosé a rose stands for
    ("sherry", "wine glass"),  # a wine
    ("brandy", "tumbler glass"),  # the snifter, drawn as the glass named for no other drink
    ("whiskey", "tumbler glass"),  # the shot glass "a single swallow of whiskey"
    ("vodka", "tumbler glass"),  # a liquor, as its fellow liquors
])
def test_a_drink_is_the_glass_it_is_served_in(word: str, picture: str) -> None:
    hit = open_lexicon.lookup(word)
    assert hit is not None and hit.value == picture, hit


@pytest.mark.parametrize("word", ["pork", "veal", "venison"])
def test_a_meat_is_the_picture_named_for_meat(word: str) -> None:
    hit = open_lexicon.lookup(word)
    assert hit is not None and hit.value == "cut of meat", hit


@pytest.mark.parametrize("word, picture", [
    ("grub", "worm"),  # "a soft thick wormlike larva": what it looks like
    ("maggot", "fly"),  # "the larva of the housefly": what it grows into
    ("wiggler", "mosquito"),
])
def test_a_larva_is_what_it_looks_like_or_grows_into(word: str, picture: str) -> None:
    hit = open_lexicon.lookup(word)
    assert hit is not None and hit.value == picture, hit


@pytest.mark.parametrize("word, place", [
    ("stream", "plain"),  # its one kind with a place is the river
    ("brook", "plain"),  # a stream, as a river
    ("ridge", "mountains"),  # a natural elevation: hills, mountains
])
def test_a_natural_thing_is_staged_where_its_kinds_are(word: str, place: str) -> None:
    hit = open_lexicon.lookup(word)
    assert hit is not None and (hit.kind, hit.value) == ("place", place), hit


def test_a_steppe_is_not_staged_on_a_snowfield() -> None:
    hit = open_lexicon.lookup("steppe")
    assert hit is None or hit.value != "snowfield", hit


def test_a_later_sense_whose_gloss_names_the_first_is_drawn() -> None:
    hit = open_lexicon.lookup("meteor")  # a meteoroid first; the shooting star "when a meteoroid hits"
    assert hit is not None and hit.value == "shooting star", hit


def test_a_branch_of_a_limb_is_the_tree() -> None:
    hit = open_lexicon.lookup("bough")  # a limb, part of a tree
    assert hit is not None and hit.value == "tree", hit


def test_a_verb_people_use_more_is_not_a_drink() -> None:
    hit = open_lexicon.lookup("punch")
    assert hit is not None and hit.kind == "action", hit
