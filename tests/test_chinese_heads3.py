"""Chinese nouns jieba lists and CC-CEDICT does not, read by their last character
(tools/build_lexicon.py, _unlisted_people): a character that is no word alone and ends mostly
words for people (农 "(bound form) agriculture": 菜农, 果农 farmers), or one Chinese doubles for
kin read by its own gloss (婶 as 婶婶), ends a person drawn as most of those words are."""

from __future__ import annotations

import pytest
from conftest import cast_of, picture_of


@pytest.mark.parametrize(("word", "picture"), [
    ("老农", "farmer"),  # as 菜农, 果农, 佃农
    ("小农", "farmer"),
    ("雇农", "farmer"),
    ("大婶", "woman"),  # as 婶婶 "wife of father's younger brother"
    ("寡嫂", "woman"),  # as 嫂嫂
])
def test_an_unlisted_word_for_someone_is_read_by_its_last_character(word: str, picture: str) -> None:
    assert picture_of(word) == picture


@pytest.mark.parametrize("word", [
    "小手",  # 手 "hand" is a word itself, and ends things too
    "小队",  # a 队 is a team
    "鲜牛奶",  # 奶 "milk": 奶奶 is a grandmother by another gloss
])
def test_a_character_that_is_a_word_itself_ends_no_unlisted_person(word: str) -> None:
    assert picture_of(word) not in ("person", "man", "woman", "old woman", "owner", "guard")


def test_an_unlisted_farmer_iscast_of() -> None:
    assert "farmer" in cast_of("老农牵着一头水牛在田埂上走")


def test_an_unlisted_aunt_iscast_of() -> None:
    assert "woman" in cast_of("大婶在院子里喂鸡")
