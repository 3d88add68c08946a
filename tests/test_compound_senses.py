"""A compound's sense that is a kind of its last word is the one a prompt means, between senses used
equally often: a wooden spoon stirring soup is a spoon, not the booby prize (a trophy)."""

from __future__ import annotations

from kinema.plan.director import plan
from kinema.plan.life import background


def _cast(prompt: str) -> list[str]:
    return sorted(m.name.en for m in plan(prompt, 12.0).screenplay.cast if not background(m.id))


def test_a_wooden_spoon_is_a_spoon() -> None:
    cast = _cast("Grandma stirs a pot of soup with a wooden spoon")
    assert "spoon" in cast
    assert "trophy" not in cast


def test_a_jumbo_jet_is_an_airplane_not_a_water_jet() -> None:
    cast = _cast("A pilot walks across the tarmac toward a jumbo jet")
    assert "airplane" in cast
