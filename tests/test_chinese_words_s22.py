"""Chinese words the planner cast wrongly or not at all (session 22, helper wzh16).

Each group holds the words the brief gave and at least as many of the same kind chosen before the
fix, and cases that must not change:
- the adverbial 地: a word before it says how something is done, it is no thing (开心地 was 开 +
  心地 "someone's nature", a person; 灰心地 a grey heart), while 地 the ground stays the ground;
- onomatopoeia: a doubled sound word (隆隆 "rumble", 嗡嗡 "buzz; drone") and a gloss CC-CEDICT marks
  as a sound ("(onom.) quack") name no thing (no horse, no drone, no doctor);
- a crop is no dish: a gloss's note ("rice (crop)") or a character's Latin name for the species
  (稻 "rice (Oryza sativa)") says the plant sense of the gloss word, not the grain it is eaten as."""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("她开心地笑了", {"woman"}, {"person"}),  # given
    ("小猫开心地跑来跑去", {"cat"}, {"person"}),  # given
    ("小狗伤心地哭了", {"dog"}, {"person"}),
    ("他用心地画画", {"paintbrush"}, {"person"}),
    ("男孩灰心地坐在椅子上", {"boy"}, {"grey heart"}),
    ("蜜蜂嗡嗡地飞来飞去", {"honeybee"}, {"drone"}),
])
def test_a_word_before_adverbial_de_is_no_thing(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("心地善良的姑娘在唱歌", {"girl"}),
    ("孩子们在草地上开心地跑", {"child"}),
    ("老人坐在地上剥豆子", {"old man"}),
    ("小狗在雪地里打滚", {"dog"}),
])
def test_the_ground_stays_the_ground(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("远处雷声隆隆", set(), {"horse"}),  # given
    ("火车轰隆隆开过大桥", {"train"}, {"horse"}),  # given
    ("院子里的鸭子嘎嘎叫", {"duck"}, {"health worker"}),
    ("小狗汪汪叫个不停", {"dog"}, {"thread"}),
    ("噗的一声，气球破了", {"balloon"}, {"man"}),
    ("窗外的知了吱吱叫", set(), {"person"}),
])
def test_a_sound_word_names_no_thing(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("两个人在打乒乓", {"person"}),
    ("猩猩在树上吃香蕉", {"orangutan"}),
    ("蝈蝈在笼子里叫", set()),
])
def test_doubled_names_of_things_stay(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and cast, cast


@pytest.mark.parametrize("prompt", [
    "田里的水稻长得很高",  # given
    "农民在田里割稻子",  # given
    "稻米在风中摇摆",
])
def test_a_crop_is_no_dish(prompt: str) -> None:
    cast = _cast(prompt)
    assert "cooked rice" not in cast and cast, cast


@pytest.mark.parametrize("prompt", [
    "妈妈盛了一碗米饭",
    "他在超市买了一袋大米",
])
def test_rice_as_food_stays_cooked_rice(prompt: str) -> None:
    assert "cooked rice" in _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("一只雄蜂落在花上", {"honeybee"}, {"drone"}),  # "drone (bee)": the note says the bee
    ("警车拉响了警笛", set(), {"person", "woman"}),  # given: "siren" is no Siren of myth
    ("墙上的警报器突然响了", set(), {"person", "woman"}),
])
def test_a_note_or_the_characters_say_the_sense(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("小丑鱼躲进了海葵里", set(), {"sunflower"}),  # given: a sea anemone is an animal, no 葵 flower
    ("篱笆上开满了喇叭花", {"flower"}, {"herb"}),  # "morning glory": a 花 (session 24: not the herb)
    ("地里长着一个大南瓜", {"jack-o-lantern"}, set()),  # given: "pumpkin", as English draws it
    ("院子里堆着几个倭瓜", {"jack-o-lantern"}, set()),
])
def test_a_gloss_read_whole(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("放学后，她在楼道口踢毽子", {"badminton"}),  # "a kind of shuttlecock used to play games ..."
    ("他腰间挂着一把番刀", {"dagger"}),  # "type of machete used by Taiwan aborigines ..."
    ("老和尚穿着一件直掇", {"kimono"}),  # "a kind of a robe"
])
def test_a_gloss_that_names_its_kind_is_that_kind(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast
