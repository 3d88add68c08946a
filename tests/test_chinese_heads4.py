"""Chinese nouns the planner left unread (tools/build_lexicon.py): a compound jieba lists and
CC-CEDICT does not, whose first part is a word CC-CEDICT lists and describes its last character's
thing (北极 + 狐 an arctic fox, 青铜 + 剑 a bronze sword); a person named with 老 "old" or 女
"female" before a word for someone (老 + 师傅, 女 + 侠); a gloss that names one thing by two
words joined with "or" (板凳 "wooden bench or stool")."""

from __future__ import annotations

import pytest
from conftest import cast_of, picture_of


@pytest.mark.parametrize(("word", "picture"), [
    ("北极狐", "fox"),  # 北极 "the North Pole": an arctic fox is a fox
    ("青铜剑", "crossed swords"),  # 青铜 "bronze"
    ("桂花树", "tree"),  # 桂花 "osmanthus": the tree it grows on
    ("面包刀", "kitchen knife"),  # 面包 "bread": a knife for it
])
def test_a_compound_is_its_heads_thing_after_a_word_that_describes_it(word: str, picture: str) -> None:
    assert picture_of(word) == picture


@pytest.mark.parametrize("word", [
    "谢亚龙",  # a name: 谢亚 is no word
    "普及性",  # 普及 "to popularize" is a verb; 性 no thing
    "建筑学家",  # 家 ends people more than it names a house
])
def test_a_name_or_a_verb_before_a_character_makes_no_compound_thing(word: str) -> None:
    assert picture_of(word) in (None, "person", "man", "woman")


@pytest.mark.parametrize(("word", "picture"), [
    ("老师傅", "old man"),  # 师傅 "respectful form of address for older men"
    ("女侠", "woman"),  # 侠 "knight-errant"
])
def test_old_or_female_before_a_word_for_someone(word: str, picture: str) -> None:
    assert picture_of(word) == picture


def test_a_gloss_of_two_words_joined_by_or_is_read_by_the_first() -> None:
    assert picture_of("板凳") == "chair"  # "wooden bench or stool"
    assert picture_of("冷藏车") == "truck"  # "refrigerated truck or wagon"


@pytest.mark.parametrize("word", [
    "万寿菊",  # "Aztec or African marigold": a shared modifier, no Aztec
    "班轮",  # "regular passenger or cargo ship": two things, no passenger
    "码子",  # "plus or minus sound": nothing drawn
    "不胜",  # "cannot bear or stand": verbs
])
def test_or_between_other_than_two_names_of_one_thing_reads_neither(word: str) -> None:
    assert picture_of(word) not in ("person", "plus", "bear", "wheel")


def test_the_planned_casts() -> None:
    assert "fox" in cast_of("一只北极狐在雪地里打滚")
    assert "crossed swords" in cast_of("博物馆里陈列着一把青铜剑")
    assert "old man" in cast_of("老师傅在院子里劈柴")
    assert "woman" in cast_of("女侠骑着白马下山")
    assert "chair" in cast_of("奶奶坐在板凳上剥豆子")
    assert "chair" in cast_of("小猫趴在小板凳上睡觉")


def test_a_word_names_the_sense_of_its_last_character_its_gloss_is() -> None:
    # 笔 is first "pen", and "writing brush" too: 毛笔 "writing brush" is the brush
    assert picture_of("毛笔") == "paintbrush"

