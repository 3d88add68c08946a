"""An activity implies its place when the prompt names none (plan/activity_places.py)."""

from __future__ import annotations

import pytest

from kinema.motions import MOTIONS
from kinema.plan import plan
from kinema.plan.activity_places import ACTIVITY_PLACES, implied_place
from kinema.screenplay.model import Place


def _place(prompt: str) -> Place:
    return plan(prompt, 6.0).screenplay.scenes[0].setting.place


@pytest.mark.parametrize("prompt, place", [
    ("a man skiing", Place.SNOWFIELD), ("一个人在滑雪", Place.SNOWFIELD),
    ("a surfer surfing", Place.BEACH), ("a kid swimming", Place.WATER),  # alone in it: plan/afloat.py
    ("a woman knitting", Place.ROOM), ("一个女人在织毛衣", Place.ROOM),
    ("a man sweeping", Place.ROOM), ("a fisherman fishing from a boat", Place.BEACH),
])
def test_the_activity_sets_the_place_when_none_is_named(prompt: str, place: Place) -> None:
    assert _place(prompt) == place


@pytest.mark.parametrize("prompt, place", [
    ("a man skiing in the forest", Place.FOREST), ("a woman knitting on the beach", Place.BEACH),
    ("a dog running", Place.PLAIN),
])
def test_a_named_place_wins_and_other_actions_keep_the_plain(prompt: str, place: Place) -> None:
    assert _place(prompt) == place


def test_every_activity_class_has_a_place_and_the_first_decides() -> None:
    assert {r.activity for r in MOTIONS.values() if r.activity} <= set(ACTIVITY_PLACES)
    assert implied_place(["look", "ski", "knit"]) == Place.SNOWFIELD
    assert implied_place(["knit", "ski"]) == Place.ROOM
    assert implied_place(["walk", "look"]) is None
