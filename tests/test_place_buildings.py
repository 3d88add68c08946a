"""A place word that also names a building's picture casts the building as a set piece as well as
setting the place: "a skyscraper behind him" is the city and a skyscraper one sees."""

from __future__ import annotations

import pytest
from conftest import cast_of

from kinema.plan.director import plan
from kinema.screenplay.model import Place


@pytest.mark.parametrize("prompt", [
    "A window washer dangles on a rope high above the street, a skyscraper behind him",
    "Time-lapse of skyscraper windows lighting up one by one as night falls",
    "A man stands in front of a skyscraper",
])
def test_a_named_building_is_cast_and_placed(prompt: str) -> None:
    assert "office building" in cast_of(prompt)


def test_a_place_word_with_no_building_picture_casts_nothing_more() -> None:
    assert cast_of("A man walks through the city at night") == ["man"]
    setting = plan("A man stands in front of a skyscraper", 12.0).screenplay.scenes[0].setting
    assert setting.place.value == "city"


def test_a_place_word_in_the_plural_is_the_place_and_its_buildings() -> None:
    play = plan("wide shot of a yellow cab stuck in traffic beneath a row of skyscrapers", 12.0).screenplay
    assert play.scenes[0].setting.place == Place.CITY
    assert "office building" in {m.name.en for m in play.cast}
