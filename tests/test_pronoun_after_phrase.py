"""A personal pronoun after an opening phrase of time or place is still the clause's doer
("After school, she ...", 每天早上，他 ...): nobody else was named, so it is a person of its own."""

from __future__ import annotations

import pytest
from conftest import cast_of as _cast


@pytest.mark.parametrize(("prompt", "who"), [
    ("At dawn, he runs along the river", "man"),
    ("In the morning he feeds the chickens", "man"),
    ("After school, she kicks a ball against the wall", "woman"),
    ("On a rainy night they dance under a streetlight", "person"),
    ("每天早上，他都在河边跑步", "man"),
    ("下雨了，她撑着伞走在街上", "woman"),
    ("深夜，他还在灯下看书", "man"),
    ("晚饭后，他们在院子里乘凉", "person"),
])
def test_pronoun_after_an_opening_phrase_is_cast(prompt: str, who: str) -> None:
    assert who in _cast(prompt)


@pytest.mark.parametrize(("prompt", "absent"), [
    ("The girl smiles at the cake she baked", "woman"),  # she is the girl
    ("妈妈抱着他", "person"),  # 他 here is the one held, and 妈妈 is the only doer named
    ("A boy throws a stick and he laughs", "man"),  # he is the boy
])
def test_pronoun_after_someone_named_is_not_a_new_person(prompt: str, absent: str) -> None:
    assert absent not in _cast(prompt)


@pytest.mark.parametrize(("prompt", "who"), [
    ("The wind blows his hat away", "man"),
    ("A gust of wind steals her umbrella", "woman"),
    ("A dog brings him the newspaper", "man"),
    ("大风把他的帽子吹走了", "man"),
    ("She and her brother fly a kite", "woman"),
])
def test_a_possessive_or_object_pronoun_with_nobody_named_is_someone(prompt: str, who: str) -> None:
    assert who in _cast(prompt)


@pytest.mark.parametrize(("prompt", "absent"), [
    ("From his high chair a toddler feeds spaghetti to the dog", "man"),  # his: the toddler's
    ("The dog wags his tail", "man"),
    ("A girl hugs her cat", "woman"),
    ("The lanterns rise as they glow", "person"),
])
def test_a_pronoun_for_one_named_in_the_sentence_adds_nobody(prompt: str, absent: str) -> None:
    assert absent not in _cast(prompt)
