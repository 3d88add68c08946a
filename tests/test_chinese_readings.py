"""Chinese words read as the wrong picture, and Chinese sentences whose words were cut or taken
wrongly: a surname before a word for a person (马老师 is Teacher Ma, no horse), a counted unit of
an effect (一滴水 a droplet, not water over the scene), a word CC-CEDICT calls a form of address
for men (师傅: a man, not the artist "master" reaches). A few words or sentences per rule; not
director rows."""

from __future__ import annotations

import pytest
from conftest import picture_of as _picture  # the picture a word reads as, with no sentence
from conftest import short_cast as _cast

from kinema.plan import open_lexicon, parse


@pytest.mark.parametrize(("sentence", "person"), [
    ("马老师骑着自行车", "teacher"), ("王老师在黑板上写字", "teacher"), ("叶老师弹钢琴", "teacher"),
    ("张叔叔在钓鱼", "man"), ("牛阿姨在挤奶", "woman")])
def test_a_surname_before_a_word_for_a_person_is_no_thing(sentence: str, person: str) -> None:
    cast = _cast(sentence)
    assert person in cast
    assert not {"horse", "cow", "fallen leaf"} & set(cast)


def test_a_surname_jieba_kept_with_the_title_is_cut_off() -> None:
    assert parse.tokens("李医生在看病")[:2] == ["李", "医生"]


def test_a_character_making_a_word_with_what_follows_is_no_surname() -> None:
    # 全家人 the whole family, 张大嘴巴 opening the mouth wide: 全 and 张 are surnames too
    assert "man" in _cast("春节的晚上，全家人围在桌子旁边吃饺子") or "child" in _cast("全家人在找手机")
    assert "mouth" in _cast("孩子们站成三排，张大嘴巴一起唱")


def test_a_counted_animal_before_a_person_is_the_animal() -> None:
    # 一只熊: a bear counted is a bear, whatever follows it
    assert "bear" in _cast("一只熊在森林里散步")
    assert open_lexicon.surname("马") and not open_lexicon.surname("猫")


@pytest.mark.parametrize("sentence", ["慢镜头，一滴水落进玻璃杯里", "两滴水落进杯子里"])
def test_a_counted_drop_of_water_is_a_droplet(sentence: str) -> None:
    assert "droplet" in _cast(sentence)


def test_water_uncounted_stays_water() -> None:
    assert "droplet" not in _cast("消防员向房子喷水")
    assert "droplet" not in _cast("他喝了一杯水")


def test_a_form_of_address_for_men_is_a_man() -> None:
    assert _picture("师傅") == "man"  # not "master" > maestro > artist
    assert "man" in _cast("寿司师傅在捏寿司")
    assert "artist" not in _cast("修车师傅拿着扳手修理摩托车")
