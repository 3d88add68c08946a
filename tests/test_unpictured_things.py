"""English thing-nouns whose hypernyms reach no picture (tools/build_lexicon.py): a picture of a
pair (bow and arrow, nut and bolt) for the one thing whose gloss names the other, an emoji's
alias for the dish its name says it shows (🍲 pot of food, :stew:), a fellow kind under a parent
too varied for one picture by the things both glosses name (a tricycle's wheels and pedals are a
bicycle's), a whole by the pictured part its gloss names (a grave "marked by a tombstone").
Sentences of our own, not rows of the director tables."""

from __future__ import annotations

import pytest

from kinema.plan import parse, plan
from kinema.plan.parse import Broader


def _picture(word: str) -> str | None:
    hit = parse._lookup(word)
    if hit is None or not isinstance(hit[1], Broader):
        return None
    return hit[1].entity.key


def _names(prompt: str) -> set[str]:
    return {c.name.en for c in plan(prompt, 12.0).screenplay.cast}


@pytest.mark.parametrize("word, picture", [
    ("crossbow", "bow and arrow"),  # a bow, "a weapon for shooting arrows"
    ("arrows", "bow and arrow"),
    ("carriage bolt", "nut and bolt"),  # a bolt "screws into a nut"
    ("goulash", "pot of food"),  # a stew
    ("ragout", "pot of food"),
    ("tricycle", "bicycle"),
    ("trike", "bicycle"),
    ("graves", "headstone"),  # (grave alone is mostly an adjective)
    ("tombs", "headstone"),
])
def test_a_thing_with_no_pictured_ancestor_is_its_nearest_picture(word: str, picture: str) -> None:
    assert _picture(word) == picture


@pytest.mark.parametrize("word", [
    "block",  # a nut is filed as a block: a toy block is no nut and bolt
    "motor scooter",  # (its own picture) a truck's "low" and "wheels" make it no truck
    "tracked vehicle",  # "self-propelled" names the parent: a tank is no locomotive
    "comb",  # its "teeth" are no person's tooth
    "hardship",  # no ship
])
def test_no_picture_where_the_relation_says_nothing_of_the_look(word: str) -> None:
    assert _picture(word) not in {"nut and bolt", "truck", "train", "locomotive", "tooth", "ship"}


@pytest.mark.parametrize("prompt, picture", [
    ("an archer aims her crossbow at the target", "bow and arrow"),
    ("a bowl of goulash steams on the table", "pot of food"),
    ("a toddler pedals a tricycle down the path", "bicycle"),
    ("a crow sits on an old tomb", "headstone"),
])
def test_the_thing_is_cast(prompt: str, picture: str) -> None:
    assert picture in _names(prompt)


def test_a_chinese_tricycle_is_the_bicycle_its_gloss_reads() -> None:
    assert _picture("三轮车") == "bicycle"  # "tricycle": no car
