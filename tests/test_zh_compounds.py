"""Chinese compounds of a thing and a bound noun of mass (plan/lexicon.py MASS_OF): the thing, many."""

from __future__ import annotations

from kinema.plan.parse import parse_clause


def _named(text: str) -> list[tuple[str, int, bool]]:
    return [(m.entity.key, m.count, m.group) for m in parse_clause(text, "zh").mentions]


def test_a_sea_of_flowers_is_flowers_in_a_group() -> None:
    assert ("flower", 30, True) in _named("独角兽在花海中奔跑")


def test_a_herd_is_its_animals() -> None:
    assert _named("草原上的牛群") == [("cow", 30, True)]


def test_a_word_known_whole_is_not_split() -> None:
    assert _named("一只鸭子") == [("duck", 1, False)]  # 鸭子 has no mass ending: one duck
