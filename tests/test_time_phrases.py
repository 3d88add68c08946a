"""A phrase WordNet files only as a time names no thing its words do (lang `wt`), and the part of a
world (the sky, the ground) is where a film stands, not a globe cast in it."""

from __future__ import annotations

import pytest
from conftest import cast_of

from kinema.plan import open_lexicon


@pytest.mark.parametrize("prompt", [
    "Fireworks over the harbour on New Year's Eve",
    "On Christmas Eve the kids open presents by the fire",
])
def test_a_holiday_eve_casts_no_woman(prompt: str) -> None:
    assert "woman" not in cast_of(prompt)


def test_eve_the_woman_is_still_someone() -> None:
    assert {"man", "woman"} <= set(cast_of("Adam and Eve walk in the garden"))


def test_time_phrases_are_listed_by_their_tokens() -> None:
    assert open_lexicon.time_phrase("new year eve")
    assert open_lexicon.time_phrase("christmas eve")
    assert not open_lexicon.time_phrase("christmas tree")


@pytest.mark.parametrize(("prompt", "gone"), [
    ("A hawk circles in the sky", "earth"), ("一只老鹰在天空中盘旋", "earth"),
    ("Leaves fall to the ground", "earth"),
])
def test_the_sky_and_the_ground_cast_no_globe(prompt: str, gone: str) -> None:
    assert gone not in cast_of(prompt)


def test_the_earth_named_is_still_cast() -> None:
    assert "earth" in cast_of("The astronaut looks back at the Earth")


def test_a_time_phrase_with_a_picture_of_its_own_is_still_cast() -> None:
    # WordNet files the full moon as a time too, but the catalog pictures it
    assert "full moon" in cast_of("A witch on her broom flies past the full moon")


@pytest.mark.parametrize("prompt", ["消防车开过十字路口", "A fire engine races through the crossroads"])
def test_a_crossroads_is_no_crowd(prompt: str) -> None:
    # WordNet's first crossroads is a hamlet, "a community of people": a place's people are no crowd
    assert "person" not in cast_of(prompt)


def test_a_verb_before_a_particle_after_an_effect_is_no_thing() -> None:
    # "light up" after the fireworks is their verb: no traffic light stands in the sky
    assert "horizontal traffic light" not in cast_of("Fireworks light up the sky on New Year's Eve")
