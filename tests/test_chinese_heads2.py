"""Chinese words read by general rules (tools/build_lexicon.py and plan/parse.py): a word CC-CEDICT
lists whole is no count of its tail (三轮车), a character Chinese doubles for kin reads as the doubled
word (哥 as 哥哥), a closed English gloss is the picture WordNet says it is (柴 "firewood": wood),
a broad gloss is the first kind its note lists (电动车 "electric vehicle (scooter, ...)"), and a
foreign name is what its note says (马头琴 "morin khuur (Mongolian bowed stringed instrument)").
A few words or sentences per rule, most in no director table."""

from __future__ import annotations

import pytest
from conftest import cast_of, picture_of


@pytest.mark.parametrize(("sentence", "thing"), [
    ("快递员骑着三轮车送包裹", "bicycle"),  # "tricycle", no three rounds (三轮) of car
    ("一只九尾狐在月下奔跑", "fox"),  # "nine-tailed fox", no nine tails
])
def test_a_listed_word_is_no_count_of_its_tail(sentence: str, thing: str) -> None:
    assert thing in cast_of(sentence)
    assert "car" not in cast_of(sentence)


def test_a_count_is_still_cut_off_a_thing() -> None:
    assert cast_of("两辆车停在路边") == ["car", "car"]


@pytest.mark.parametrize(("char", "picture"), [("哥", "man"), ("姐", "woman"), ("弟", "boy"), ("爸", "man")])
def test_a_kin_character_reads_as_its_doubled_word(char: str, picture: str) -> None:
    assert picture_of(char) == picture


def test_a_young_man_named_by_his_kin_character() -> None:
    assert "man" in cast_of("外卖小哥在门口等着")


@pytest.mark.parametrize(("word", "picture"), [
    ("柴", "wood"), ("木柴", "wood"),  # "firewood": "wood used for fuel"
    ("鱼钩", "hook"),  # "fishhook"
])
def test_a_closed_gloss_is_the_picture_wordnet_says_it_is(word: str, picture: str) -> None:
    assert picture_of(word) == picture


@pytest.mark.parametrize("word", ["内容", "关系", "友情", "助手"])
def test_a_closed_gloss_is_not_read_by_any_tail(word: str) -> None:
    assert picture_of(word) not in ("tent", "ship", "ant")  # "content", "relationship", "assistant"


def test_a_woodcutter_splits_firewood() -> None:
    assert "wood" in cast_of("伐木工在小屋后面用斧头劈柴")


@pytest.mark.parametrize(("word", "picture"), [
    ("电动车", "motor scooter"),  # "electric vehicle (scooter, bicycle, car etc)": 🛵 (s26)
    ("载具", "car"),  # "conveyance (car, boat, aircraft etc)", no rocket
    ("背心", "safety vest"),  # "sleeveless garment (vest, waistcoat, ...)"
])
def test_a_broad_gloss_is_the_first_kind_its_note_lists(word: str, picture: str) -> None:
    assert picture_of(word) == picture


@pytest.mark.parametrize("word", ["险球", "整条"])
def test_a_note_that_says_where_or_of_what_lists_no_kind(word: str) -> None:
    # "dangerous ball (in soccer, volleyball etc)", "whole (fish, road etc)"
    assert picture_of(word) not in ("volleyball", "fish")


@pytest.mark.parametrize(("word", "picture"), [
    ("马头琴", "violin"),  # "morin khuur (Mongolian bowed stringed instrument)"
    ("神舆", "shinto shrine"),  # "mikoshi (Japanese portable Shinto shrine)"
])
def test_a_foreign_name_is_what_its_note_says(word: str, picture: str) -> None:
    assert picture_of(word) == picture


def test_a_fields_label_is_no_foreign_names_thing() -> None:
    assert picture_of("配筋") != "construction"  # "rebar (construction)": a field, not what it is


def test_a_herdsman_plays_the_morin_khuur() -> None:
    assert "violin" in cast_of("草原上，一位牧民拉起了马头琴")
