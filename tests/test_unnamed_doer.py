"""A verb said with nobody named is someone's doing: a clause that opens with it ("Walking a dog
along the beach", 清晨在公园里跑步) casts a person who does it; not a participle before its noun
("falling leaves", 燃烧的房子), a verb things do by themselves, a sentence of where something
passes (夜空中划过流星), nor where someone is named (the one named does it)."""

from __future__ import annotations

import pytest
from conftest import cast_of


@pytest.mark.parametrize("prompt", [
    "Walking a dog along the beach at sunset",
    "Riding a bike through the city at night",
    "清晨在公园里跑步",
    "在海边散步，看日落",
    "弹着吉他唱歌",
    "Somebody plays the piano",
])
def test_an_unnamed_doer_iscast_of(prompt: str) -> None:
    assert "person" in cast_of(prompt)


@pytest.mark.parametrize("prompt", [
    "Falling leaves in autumn",
    "燃烧的房子",
    "沙漠夜空中划过流星",
    "Exploding fireworks over the harbor",
    "一只狗。在公园里跑步",
    "滑雪运动员从雪山上飞快地冲下来",
])
def test_no_unnamed_doer_where_nobody_does_it_or_someone_is_named(prompt: str) -> None:
    assert cast_of(prompt).count("person") <= (1 if "运动员" in prompt else 0)


def test_the_one_named_after_the_comma_does_it() -> None:
    assert cast_of("Dancing in the rain, a girl laughs") == ["girl"]


@pytest.mark.parametrize("prompt", ["The zorblax dances on the table", "A red glorp jumps over the fence"])
def test_a_coined_subject_doing_a_verb_is_someone(prompt: str) -> None:
    assert "person" in cast_of(prompt)


def test_an_event_no_picture_shows_is_no_one() -> None:
    assert "person" not in cast_of("An earthquake shakes the city")


def test_a_coined_subject_of_a_verb_the_world_cannot_show_is_someone() -> None:
    assert "person" in cast_of("a barista pours latte art into a ceramic mug")
    assert "person" in cast_of("The flimwick polishes an old lamp")
