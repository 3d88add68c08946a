"""A compound's sense that is a kind of its last word is the one a prompt means, between senses used
equally often: a wooden spoon stirring soup is a spoon, not the booby prize (a trophy)."""

from __future__ import annotations

from conftest import cast_of


def test_a_wooden_spoon_is_a_spoon() -> None:
    cast = cast_of("Grandma stirs a pot of soup with a wooden spoon")
    assert "spoon" in cast
    assert "trophy" not in cast


def test_a_jumbo_jet_is_an_airplane_not_a_water_jet() -> None:
    cast = cast_of("A pilot walks across the tarmac toward a jumbo jet")
    assert "airplane" in cast
