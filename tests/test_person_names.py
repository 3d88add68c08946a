"""People called by their names (issue 13, plan/names.py): a name is in no dictionary of things, so
"Mia dances in the rain" cast nobody and 小明 was read as "small" and "bright". Sentences of our own,
not rows of the director tables."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.plan.open_lexicon import person_name
from kinema.screenplay.model import Archetype


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt, 6).screenplay.cast if not background(m.id)]


def _people(prompt: str) -> int:
    play = plan(prompt, 6).screenplay
    return sum(1 for m in play.cast if not background(m.id) and m.archetype == Archetype.HUMAN)


def test_an_unknown_name_is_someone() -> None:
    assert _cast("Mia dances in the rain") == ["person"]


def test_a_pronoun_says_who_the_name_is() -> None:
    assert "woman" in _cast("Mia opens her umbrella and runs")
    assert "man" in _cast("Okonkwo lifts his drum over the crowd")


def test_a_surname_is_the_same_person() -> None:
    assert _people("Mia Wong waves from the balcony") == 1


@pytest.mark.parametrize(("prompt", "picture"), [
    ("Mozart plays the piano by candlelight", "artist"),  # WordNet: a composer, a musician
    ("Einstein writes on a blackboard", "scientist"),
    ("Napoleon rides a horse across the field", "person with crown"),  # an emperor
])
def test_a_famous_name_is_what_they_were(prompt: str, picture: str) -> None:
    assert picture in _cast(prompt)


def test_a_god_by_name_is_no_bird() -> None:
    cast = _cast("Zeus hurls a thunderbolt from a mountain")
    assert "person" in cast and "bird" not in cast and "eagle" not in cast


def test_a_name_lower_case_is_the_common_word() -> None:
    assert person_name("mozart") is not None  # the row is there, read only for a capital
    assert "artist" not in _cast("a mozart of the kitchen cooks")


@pytest.mark.parametrize("prompt", [
    "Suddenly, a dragon bursts out of the lake",  # a word WordNet knows, capitalised at the start
    "Slowly the fog lifts over the harbour",
    "A dragon dance winds through Chinatown",  # after a word of place: where, not who
    "Fireworks over the Colosseum",  # after an article
])
def test_a_capital_is_not_always_a_name(prompt: str) -> None:
    assert _people(prompt) == 0, _cast(prompt)


def test_a_chinese_familiar_name_is_a_child() -> None:
    assert _cast("小明在操场上踢球")[:1] == ["child"]
    assert _people("小明和阿强在放风筝") == 2


def test_a_chinese_name_cc_cedict_glosses_is_what_they_were() -> None:
    cast = _cast("李白举杯对着月亮")
    assert "person" in cast and "bird" not in cast
    assert "person with crown" in _cast("秦始皇站在城墙上")  # "the first emperor": a crowned sovereign


def test_a_chinese_place_cc_cedict_names_is_no_one() -> None:
    assert _people("唐人街上挂满了红灯笼") == 0  # "Chinatown": one bare name, a district


def test_a_holiday_is_no_one() -> None:
    assert _people("Pumpkins glow on the porch for Halloween") == 0  # WordNet's Halloween: a day
    assert _people("Sunday morning: a cat naps on the shelf") == 0  # first a day (then Billy Sunday)
