"""Mentions taken out of a clause keep `Clause.tools` pointing at the right people and things.

A clause records which mention is whose tool by index (a cyclist's bicycle). Several readings take a
mention out afterwards: the engines of a craft (the craft igniting), a part named "of" its whole
("the blade of the sword"), a participle's empty subject ("Racing down the hill, a cyclist ..."),
a material made into a shape. A stale index crashed the plan (a refusal to the user) or gave the
rider someone else's vehicle."""

from __future__ import annotations

import itertools

import pytest

from kinema.plan.director import plan

RIDERS = ["a cyclist", "a motorcyclist", "a skateboarder", "a jockey"]
DROPPING = [
    "The ship's engines roar as {r} rides by",
    "{R} rides past the hull of the ship",
    "Racing down the hill, {r} speeds",
    "The rocket's engines ignite and {r} rides away",
]


def _cast(prompt: str) -> list[str]:
    return [c.id for c in plan(prompt).screenplay.cast]


@pytest.mark.parametrize(("pattern", "rider"), list(itertools.product(DROPPING, RIDERS)))
def test_a_dropped_mention_never_crashes_the_plan(pattern: str, rider: str) -> None:
    prompt = pattern.format(r=rider, R=rider.capitalize())
    cast = _cast(prompt)
    assert any(c.archetype == "human" for c in plan(prompt).screenplay.cast), cast


def test_the_cyclist_still_rides_the_bicycle_after_the_engines_go() -> None:
    sp = plan("The ship's engines roar as a cyclist rides by").screenplay
    keys = [c.id for c in sp.cast]
    assert "ship" in keys and "bicycle" in keys
    assert not any("engine" in k for k in keys)  # the engines are the ship igniting


def test_the_motorcyclist_keeps_the_motorcycle_when_a_part_is_folded_into_its_whole() -> None:
    keys = _cast("A motorcyclist rides past the hull of the ship")
    assert "motorcycle" in keys and "ship" in keys
    assert keys.count("ship") == 1  # the hull is the ship, not a second one


def test_chinese_rider_after_an_opening_participle() -> None:
    keys = _cast("飞驰着，一个摩托车手冲下山坡")
    assert "motorcycle" in keys


def test_a_crafts_engines_named_in_the_plural_are_one_craft() -> None:
    keys = _cast("The rocket's engines ignite")
    assert keys == ["rocket"]
    assert len(_cast("Three rockets launch")) == 3  # several rockets are still several
