"""English thing words the planner cast wrongly or not at all (session 21, issue 13).

A picture whose name WordNet lacks ("potted plant") but whose words' stems WordNet knows as one thing
("pot plant") stands for that thing; what already had a picture keeps it."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _names(prompt: str) -> list[str]:
    return [str(getattr(c.name, "en", c.name)) for c in plan(prompt).screenplay.cast]


@pytest.mark.parametrize("prompt", [
    "She waters the pot plant on the windowsill.",
    "A boy knocks over a pot plant.",
    "Grandma repots her pot plants.",
])
def test_a_pot_plant_is_the_potted_plant(prompt: str) -> None:
    assert any("potted plant" in n for n in _names(prompt)), _names(prompt)


@pytest.mark.parametrize(("prompt", "name"), [
    ("A gardener waters a plant.", "potted plant"),
    ("A bear sleeps under a tree.", "tree"),
    ("A cactus stands in the desert.", "cactus"),
    ("A girl picks a sunflower.", "sunflower"),
])
def test_what_had_a_picture_keeps_it(prompt: str, name: str) -> None:
    assert any(name in n for n in _names(prompt)), _names(prompt)
