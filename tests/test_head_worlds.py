"""A picture named by a phrase WordNet lacks stands for its head noun only in the head's sense its
first words mean: ♣ "club suit" is no suit of clothes, the cricket game no game bird, while the
crescent moon is still the moon."""

from __future__ import annotations

import pytest
from conftest import cast_of, picture_of


@pytest.mark.parametrize("word", ["suit", "grouse", "pheasant", "quail"])
def test_the_head_of_another_world_is_not_its_picture(word: str) -> None:
    assert picture_of(word) not in ("club suit", "cricket game")


def test_a_man_in_a_suit_holds_no_card_suit() -> None:
    assert "club suit" not in cast_of("A man in a suit runs through the park")
    assert "club suit" not in cast_of("一只大鹅追着一个穿西装的男人满公园跑")


def test_game_birds_are_birds() -> None:
    assert picture_of("pheasant") == "bird"


def test_the_moon_is_still_the_crescent() -> None:
    assert "crescent moon" in cast_of("宇航员在月球上插下一面旗子")
