"""Chinese thing nouns that read as nothing alone (tools/build_lexicon.py): a noun CC-CEDICT lacks made
of a material and a made thing (木屋, 铁锤) is the thing its last character pictures, and a character
whose first gloss reaches its picture only through broader or narrower words is that thing where a
count and its measure word say a thing follows (一封信). A few words or sentences per rule; not
director rows."""

from __future__ import annotations

import pytest
from conftest import picture_of as _picture  # the picture a word reads as, with no sentence
from conftest import short_cast as _cast

from kinema.plan import parse


@pytest.mark.parametrize(("word", "thing"), [("木屋", "house"), ("石屋", "house"), ("铁锤", "hammer"),
                                              ("铜镜", "mirror"), ("木椅", "chair"), ("木床", "blanket")])
def test_a_material_and_a_made_thing_is_the_thing(word: str, thing: str) -> None:
    # (🛏️ is keyed blanket)
    assert _picture(word) == thing


@pytest.mark.parametrize("word", ["铁牛", "银蛇", "地锚"])
def test_no_material_before_a_creature_nor_a_place_or_a_planet(word: str) -> None:
    # an "iron ox" is no ox, a silver snake no snake; 地 "earth" is first the planet (湖笔, a brush
    # made at a lake, is read by its head: tests/test_character_entries.py)
    assert _picture(word) is None


def test_a_small_wooden_house_is_a_house() -> None:
    assert "house" in _cast("雪崩埋住了山上的小木屋")


def test_a_counted_character_is_its_first_glosss_thing() -> None:
    assert "love letter" in _cast("邮递员把一封信投进信箱")  # "letter", as English reads it
    assert "bird" in _cast("树上站着一只鹊")  # 鹊 "magpie" is a bird
    assert _picture("信") is None  # alone, 信 is as much trust, a verb: no thing


@pytest.mark.parametrize("sentence", ["打印机里吐出一张纸", "他拿起一把具"])
def test_a_counted_character_is_no_narrower_thing_its_gloss_does_not_name(sentence: str) -> None:
    # "paper" is no spiral notepad, a "tool" no hammer: a kind of it only where named as one
    assert not {"spiral notepad", "hammer"} & set(_cast(sentence))


def test_a_locative_gives_back_the_head_it_took() -> None:
    assert parse.tokens("他在木屋里睡觉")[2:4] == ["木屋", "里"]  # jieba: 木 + 屋里
    assert "house" in _cast("他在木屋里睡觉")
    assert parse.tokens("他在屋里睡觉")[2] == "屋里"  # in the room: no thing before it


def test_a_counted_character_is_of_the_sense_its_example_gives() -> None:
    assert "film frames" not in _cast("他画了一个框")  # "frame (e.g. door frame)": no film's frame
