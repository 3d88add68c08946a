"""Chinese words read by general rules beyond a gloss's whole phrase (tools/build_lexicon.py and
plan/parse.py): a character by the noun its short gloss describes, a compound by its last
character where the English ends in the same name, a fruit's tree, a younger sibling a child, a
person word first said as an adjective by its thing, a trade's picture for health workers, a
character jieba calls a verb read as a thing where it stands as an object, and a verb-object cut
that took the head of the noun after it. A few words or sentences per rule; not director rows."""

from __future__ import annotations

import pytest
from conftest import cast_list as _cast
from conftest import picture_of


def test_a_character_is_the_noun_its_short_gloss_describes() -> None:
    assert picture_of("剑") == "crossed swords"  # "double-edged sword": a sword


def test_a_compound_ending_in_the_pictures_name_is_thatpicture_of() -> None:
    assert picture_of("战马") == "horse"  # "warhorse": WordNet's first sense is a play


@pytest.mark.parametrize(("word", "tree"), [("椰子树", "palm tree"), ("苹果树", "tree"), ("桃子树", "tree")])
def test_a_fruits_tree_is_the_treespicture_of(word: str, tree: str) -> None:
    assert picture_of(word) == tree  # not the fruit (🍑 stands for the peach tree's sense too)


@pytest.mark.parametrize(("word", "look"), [("弟弟", "boy"), ("妹妹", "girl"), ("小弟", "boy")])
def test_younger_siblings_are_children(word: str, look: str) -> None:
    assert picture_of(word) == look


def test_a_word_first_said_of_someone_is_its_thing() -> None:
    assert picture_of("木头") == "wood"  # "slow-witted; blockhead; log": the log, no blockhead


@pytest.mark.parametrize("word", ["护士", "医生", "nurse", "doctor", "surgeon"])
def test_health_professionals_are_health_workers(word: str) -> None:
    assert picture_of(word) in ("health worker", "man health worker", "woman health worker")


def test_a_verb_character_standing_as_an_object_is_a_thing() -> None:
    assert "drum" in _cast("军乐队吹着大号敲着鼓走过大街")
    assert "drum" in _cast("他敲了一面鼓")
    assert "drum" not in _cast("孩子们鼓掌")  # 鼓掌 applauds
    assert "station" not in _cast("他站着")


def test_a_verb_object_cut_gives_back_the_nouns_head() -> None:
    cast = _cast("老木匠在作坊里锯木头")  # 锯木 + 头 cut by jieba: the wood is sawn
    assert "wood" in cast and not any(c in ("person", "man", "woman") for c in cast[1:]), cast


@pytest.mark.parametrize("word", ["轮椅", "wheelchair"])
def test_a_symbol_is_not_the_thing_it_stands_for(word: str) -> None:
    assert picture_of(word) in ("manual wheelchair", "motorized wheelchair")  # not ♿ "wheelchair symbol"
