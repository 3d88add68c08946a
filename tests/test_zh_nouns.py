"""Chinese nouns the open vocabulary reads through their CC-CEDICT glosses (issue 13, Chinese round):
a compound's head character, a colour word that is part of a name, a gloss that only says when."""

from __future__ import annotations

from kinema.plan import plan
from kinema.screenplay.model import Archetype


def _cast(text: str) -> list[str]:
    return [m.name.en for m in plan(text).screenplay.cast]


def test_a_colour_inside_a_name_does_not_split_it() -> None:
    # 红绿灯 is a traffic light, as the English gloss says: not a red-green lamp
    cast = _cast("路口的红绿灯变绿了，行人开始过马路")
    assert any("traffic light" in c for c in cast)
    assert "lamp" not in cast


def test_a_gloss_of_a_kind_of_the_head_is_the_head() -> None:
    # 彩蛋 "Easter egg": WordNet files one sense under eggs, the other under candy; 蛋 is an egg
    assert "egg" in _cast("篮子里装满了彩蛋")


def test_a_compound_no_gloss_grounds_is_its_head_character() -> None:
    # 灵车 "hearse" reaches no picture; 车 does, and a hearse is a wheeled vehicle as a car is (战车
    # "war chariot" is drawn as the horse that pulls it: a horse-drawn vehicle, tools/build_lexicon.py)
    play = plan("一辆灵车缓缓驶过街道").screenplay
    assert any(m.archetype == Archetype.VEHICLE for m in play.cast)
    assert any(m.name.en == "horse" for m in plan("古代的战车在平原上飞驰").screenplay.cast)


def test_an_unknown_shelter_casts_what_it_is_named_after() -> None:
    # 羊圈, a sheepfold: no dictionary reads it whole; 圈 names no thing, 羊 does
    assert any(c in ("ewe", "ram", "goat") for c in _cast("农夫打开了羊圈的门"))


def test_a_gloss_that_says_when_names_nothing() -> None:
    # 一大早 "at first light": early morning, no light
    assert not any("light" in c for c in _cast("一大早，奶奶就去了菜市场"))


def test_a_count_after_the_people_is_how_many_they_are() -> None:
    # 俩 after 姐妹 ("sisters", several): two of them, not a crowd, and not a count for the river
    play = plan("姐妹俩在河边洗衣服").screenplay
    assert sum(m.archetype == Archetype.HUMAN for m in play.cast) == 2


def test_a_thing_between_a_verb_and_its_ending_is_no_separable_verb() -> None:
    # 给 + 植物 + 浇水: watering the plant, not 给水 "to supply water" with the plant swallowed
    assert "potted plant" in _cast("奶奶每天早上给植物浇水")


def test_a_capitalised_gloss_is_the_proper_noun() -> None:
    # 复活节 "Easter" is the feast (a time, nothing drawn), not the east wind WordNet spells easter
    assert not any("wind" in c for c in _cast("复活节的早上，孩子们在草地上奔跑"))


def test_a_gloss_note_names_the_thing_not_a_person() -> None:
    # 战斗机 "fighter (aircraft)": the note says an aircraft; "fighter" alone reads as a person
    play = plan("一架战斗机从跑道上起飞").screenplay
    assert not any(m.archetype == Archetype.HUMAN for m in play.cast)
    assert any(m.archetype == Archetype.VEHICLE for m in play.cast)
