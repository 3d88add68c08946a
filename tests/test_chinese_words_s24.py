"""Chinese words the planner cast wrongly or not at all (session 24, helper wzh18).

Each group holds the words the brief gave and at least as many of the same kind chosen before the
fix, and cases that must not change:
- a flowering plant whose name ends in 花 "flower" is the flower, not the herb that stands in for
  any plant no picture names (喇叭花 "morning glory", 金银花 "honeysuckle", 茉莉花 "jasmine", 水仙花
  "daffodil"); a plant WordNet files under a pictured kind keeps it (菜花 "cauliflower" a crucifer,
  薄荷 "mint"), a head that pictures one plant, not a kind of plants, is not taken (夹竹桃
  "oleander" is no 桃 peach), and a 花 that is no plant stays what it is (雪花 a snowflake);
- a figure of myth or history CC-CEDICT spells as a name, whom jieba files as a common noun, is
  whom its gloss says (嫦娥 "Chang'e, the lady in the moon" a woman; 女娲 "Nüwa (creator of humans
  ...)", 二郎神 "Erlangshen, Chinese deity", 刑天 "Xingtian, headless giant hero ...": someone), not
  a name's gloss that names no one (长城 "Great Wall");
- a word a gloss of which shows the symbol a picture is, is that picture (爱心 "compassion; ...;
  heart (the symbol ♥)" a heart, no four people of a charity; 桃心 "heart symbol ♥", 太极图 "Yin-Yang
  symbol ☯"), not where an earlier gloss names a thing (方块 "cube; block; ...; diamond ♦" stays
  the block), and 笑脸 stays a smiling face."""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast

PEOPLE = {"person", "man", "woman", "girl", "boy", "old man", "old woman", "princess", "prince", "fairy",
          "woman fairy", "man fairy", "mage"}


@pytest.mark.parametrize("prompt", [
    "篱笆上开满了喇叭花",  # given
    "院子里种着一丛金银花",
    "窗台上摆着一盆茉莉花",
    "桌上放着一盆水仙花",
])
def test_a_flowering_plant_named_for_its_flower_is_the_flower(prompt: str) -> None:
    cast = _cast(prompt)
    assert "flower" in cast and "herb" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("妈妈在切菜花", {"herb"}, {"flower"}),  # a crucifer, as WordNet files it
    ("一只蜜蜂落在薄荷上", {"herb"}, {"flower"}),
    ("池塘里开满了荷花", {"lotus"}, {"flower", "herb"}),
    ("天上飘着雪花", set(), {"flower", "herb"}),
    ("院子里种着一排夹竹桃", set(), {"peach"}),  # "oleander": no 桃 peach, a head that pictures one plant
])
def test_other_plants_and_flowers_do_not_change(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("月宫里，嫦娥抱着玉兔望着人间", {"woman", "rabbit"}),  # given: "the lady in the moon"
    ("嫦娥抱着玉兔", {"woman", "rabbit"}),
    ("女娲站在山顶上", None),  # "creator of humans": someone
    ("二郎神牵着一条狗", {"dog"}),  # "Chinese deity"
    ("刑天挥舞着斧头", {"axe"}),  # "headless giant hero"
])
def test_a_figure_of_myth_is_someone(prompt: str, wanted: set[str] | None) -> None:
    cast = _cast(prompt)
    assert cast & PEOPLE and (wanted or set()) <= cast and "bird" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("孙悟空挥舞金箍棒", {"monkey"}, set()),  # a name jieba tags: as before
    ("太平公主走进宫殿", {"princess"}, set()),
    ("我们去爬长城", set(), {"man", "woman"}),  # a wall, no one
])
def test_names_that_do_not_change(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("他在她楼下用蜡烛摆了一个大大的爱心", {"heart suit", "candle"}),  # given
    ("男孩在女生宿舍楼下用蜡烛摆了一个大大的爱心", {"heart suit", "candle"}),  # given
    ("她在纸上画了一个桃心", {"heart suit"}),
    ("地上画着一个太极图", {"yin yang"}),
])
def test_a_symbol_a_gloss_shows_is_its_picture(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and "person" not in cast and "bird" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("桌上堆着几个方块", set(), {"diamond suit"}),  # "cube; block; ...": a thing first
    ("墙上画着一个笑脸", {"smiling face"}, set()),
])
def test_a_symbol_after_a_thing_does_not_change_it(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast
