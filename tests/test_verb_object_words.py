"""A Chinese word nothing reads, said as the verb in progress (在 + word), is a verb and the thing
it is done to where its tail names a thing (工人在砌砖: a brick); a word before a locative is a
place said, not a verb (在山坡上: no bank of a river)."""

from __future__ import annotations

import pytest
from conftest import cast_of as _cast


def test_the_thing_inside_an_unread_verb_in_progress_is_cast() -> None:
    assert "brick" in _cast("工人在砌砖")


@pytest.mark.parametrize(("prompt", "only"), [
    ("三只羊驼在山坡上吃草", ["llama"]),
    ("运动员在跳高", ["person"]),
    ("周末一家人在草地上野餐，爸爸在旁边放风筝", ["kite", "man", "woman", "child"]),  # (一家人: a family)
])
def test_a_place_or_a_word_led_by_a_noun_casts_nothing_more(prompt: str, only: list[str]) -> None:
    assert set(_cast(prompt)) == set(only)


@pytest.mark.parametrize(("prompt", "want", "absent"), [
    ("三轮车在拥挤的集市里穿行", "bicycle", "car"),  # a tricycle: no count of three, no car
    ("快递员骑着三轮车送包裹", "bicycle", "car"),
])
def test_a_word_read_whole_keeps_its_count_like_start(prompt: str, want: str, absent: str) -> None:
    cast = _cast(prompt)
    assert want in cast and absent not in cast


def test_a_family_said_as_one_word_is_several_people() -> None:
    cast = _cast("春节一家人一起吃饺子")  # (its people as a family's: session 19)
    assert {"man", "woman", "child"} <= set(cast), cast
