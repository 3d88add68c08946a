"""Chinese sentences as a first-time user types them, read wrong by how they were cut or parsed
(session 25, helper wzhp19).

Found by a probe of prompts written natively (tests/data/probe_zh_s25.yaml). Each kind has the
given case and unseen words of the same kind; the negative cases must not change.

- A doing after 去/来 (going somewhere to do it) is the goer's, not the thing the goer rides or
  carries on the way (小男孩骑自行车去河边钓鱼: the boy fishes, so he holds the fishing pole; the
  bicycle does not fish).
- A Chinese place word whose dictionary reading is a building (大楼) stands in the film as that
  building, as "a building" does: the wall of windows is painted and the building is cast.
- A verb and its travelling object with an aspect particle between (划着船) still casts the
  object, as the whole word (划船) does.
"""

from __future__ import annotations

import pytest

from kinema.plan.director import plan
from kinema.screenplay import Screenplay


def _play(prompt: str) -> Screenplay:
    return plan(prompt).screenplay


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in _play(prompt).cast]


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("小男孩骑自行车去河边钓鱼", {"boy", "bicycle", "fishing pole"}),  # given
    ("他骑着自行车去钓鱼", {"man", "bicycle", "fishing pole"}),
    ("爷爷坐着公交车去公园钓鱼", {"old man", "bus", "fishing pole"}),
    ("她骑着摩托车去图书馆看书", {"woman", "motorcycle", "book"}),
    ("奶奶提着篮子来院子里扫地", {"old woman", "basket", "broom"}),
])
def test_a_doing_after_going_is_the_goers(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("他骑着马去河边", {"man", "horse"}),  # nothing done there: as before
    ("小狗跑去追球", {"dog", "ball"}),
    ("妈妈叫弟弟去洗碗", {"woman", "boy"}),  # a person named between: as before
    ("他牵着狗去公园散步", {"man", "dog"}),
])
def test_going_without_a_thing_between_is_as_before(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and "fishing pole" not in cast and "broom" not in cast, cast


@pytest.mark.parametrize("prompt", [
    "地震把一座大楼震塌了",  # given
    "消防员冲进了着火的大楼",  # given
    "他走进了大楼",
    "雾很大，看不清对面的大楼",
])
def test_a_building_named_as_a_place_is_seen(prompt: str) -> None:
    assert "office building" in _cast(prompt)


@pytest.mark.parametrize("prompt", ["他在家里看电视", "她在房间里睡觉", "小猫趴在窗台上", "他站在墙边"])
def test_other_place_words_cast_no_building(prompt: str) -> None:
    cast = _cast(prompt)
    assert "office building" not in cast and "house" not in cast and "home" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("他划着船去湖中间钓鱼", {"man", "canoe", "fishing pole"}),  # given
    ("爷爷划着船过河", {"old man", "canoe"}),
    ("渔夫每天划着船出海", {"canoe"}),
])
def test_an_object_after_an_aspect_particle_travels_with_its_doer(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("他在划船", ["man", "canoe"]),  # the whole word: as before
    ("他骑着马", ["man", "horse"]),
    ("他看着书", ["man", "book"]),
])
def test_verb_object_words_as_before(prompt: str, wanted: list[str]) -> None:
    assert sorted(_cast(prompt)) == sorted(wanted)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("他用勺子喝汤", {"man", "spoon"}),  # given: jieba's 他用 "other uses"
    ("他用筷子夹菜", {"man", "chopsticks"}),
    ("他用毛巾擦脸", {"man"}),
    ("他杀了一条鱼", {"man", "fish"}),
])
def test_a_pronoun_glued_to_the_verb_after_it_is_the_doer(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("她用剪刀剪纸", {"woman", "scissors"}),  # cut apart already: as before
    ("爸爸用勺子喝汤", {"man", "spoon"}),
    ("他们在公园里散步", {"person"}),
])
def test_pronouns_cut_apart_as_before(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("小仙女挥着魔法棒", {"woman fairy"}),  # given: 魔法 "magic" cut into 魔 (a bound form) and 法
    ("他在练习魔法", {"man"}),
    ("小女巫挥着魔法棒", {"woman mage"}),
    ("魔法师在城堡里练习魔法", {"mage", "castle"}),  # a word read whole is not cut for a name at its end
])
def test_a_bound_form_names_no_thing(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and "ghost" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("一只魔鬼", {"ghost"}),  # the whole word: as before
    ("牛棚里有一头牛", {"cow"}),
    ("孩子们在踢足球", {"child", "ball"}),
])
def test_whole_words_and_free_characters_as_before(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("小狗叼着报纸跑到爸爸面前", {"dog", "newspaper", "man"}),  # given: 面前 "before someone"
    ("她站在镜子面前", {"woman", "mirror"}),
    ("小狗跑到爸爸跟前", {"dog", "man"}),
])
def test_before_someone_is_no_noodles(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and "noodles" not in cast, cast


@pytest.mark.parametrize("prompt", ["她在吃面", "他面前放着一碗面"])
def test_noodles_are_still_noodles(prompt: str) -> None:
    assert "noodles" in _cast(prompt)


def _done(prompt: str) -> set[str]:
    return {f"{a.who.split('-')[0]}:{a.do.value}" for s in _play(prompt).scenes for a in s.actions}


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("一条长长的龙在天上飞", "dragon:fly"),  # given: jieba's 天上飞 kept whole
    ("鱼在水里游", "fish:swim"),
    ("虫子在地上爬", "beetle:climb"),  # jieba's 地 + 上爬
    ("一只老鹰在天上飞", "eagle:fly"),
])
def test_a_place_and_the_doing_after_it_are_cut_apart(prompt: str, wanted: str) -> None:
    assert wanted in _done(prompt), _done(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("小猫往上爬", "cat:climb"),  # cut apart already: as before
    ("鸟在天上飞来飞去", "bird:fly"),
])
def test_places_and_doings_cut_apart_as_before(prompt: str, wanted: str) -> None:
    assert wanted in _done(prompt), _done(prompt)
