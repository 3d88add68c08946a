"""Chinese nouns jieba lists and CC-CEDICT does not, read by their last character
(tools/build_lexicon.py, _unlisted_people): a character that is no word alone and ends mostly
words for people (农 "(bound form) agriculture": 菜农, 果农 farmers), or one Chinese doubles for
kin read by its own gloss (婶 as 婶婶), ends a person drawn as most of those words are."""

from __future__ import annotations

import pytest

from kinema.plan import parse, plan
from kinema.plan.life import background
from kinema.plan.parse import Broader


def _picture(word: str) -> str | None:
    hit = parse._lookup(word)
    if hit is None or hit[0] != "entity":
        return None
    value = hit[1]
    return value.entity.key if isinstance(value, Broader) else getattr(value, "key", None)


def _cast(sentence: str) -> list[str]:
    sp = plan(sentence, 12.0).screenplay
    return sorted(m.name.en for m in sp.cast if not background(m.id))


@pytest.mark.parametrize(("word", "picture"), [
    ("老农", "farmer"),  # as 菜农, 果农, 佃农
    ("小农", "farmer"),
    ("雇农", "farmer"),
    ("大婶", "woman"),  # as 婶婶 "wife of father's younger brother"
    ("寡嫂", "woman"),  # as 嫂嫂
])
def test_an_unlisted_word_for_someone_is_read_by_its_last_character(word: str, picture: str) -> None:
    assert _picture(word) == picture


@pytest.mark.parametrize("word", [
    "小手",  # 手 "hand" is a word itself, and ends things too
    "小队",  # a 队 is a team
    "鲜牛奶",  # 奶 "milk": 奶奶 is a grandmother by another gloss
])
def test_a_character_that_is_a_word_itself_ends_no_unlisted_person(word: str) -> None:
    assert _picture(word) not in ("person", "man", "woman", "old woman", "owner", "guard")


def test_an_unlisted_farmer_is_cast() -> None:
    assert "farmer" in _cast("老农牵着一头水牛在田埂上走")


def test_an_unlisted_aunt_is_cast() -> None:
    assert "woman" in _cast("大婶在院子里喂鸡")
