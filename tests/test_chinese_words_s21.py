"""Chinese words read through the sense their own characters say (session 21).

A Chinese word is read through its CC-CEDICT gloss, an English word; where that word has several
senses with different pictures (lang `sense`) and the English reading is a person, the word's own
characters and its other glosses choose: 螺丝 "screw", 丝 "thread", is the fastener, not the prison
guard that "screw" is in slang. A lower-case gloss is no proper name: 响 "echo" is no nymph Echo.
Where the characters say a person (者 "one who") or the English word names the person itself (a
bishop, a knight), the person stays."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan

HUMAN = {"person", "man", "woman", "child", "boy", "girl", "old man", "old woman", "guard", "student"}


def _cast(prompt: str) -> list[str]:
    return [c.name.en for c in plan(prompt).screenplay.cast]


# words given (螺丝) and unseen words of the same kind: a thing glossed by an English word whose
# reading is a person by another sense
THINGS = [
    ("他拧紧了螺丝", "螺丝", "nut and bolt"),
    ("工人把螺丝钉拧进木板", "螺丝钉", "nut and bolt"),
    ("爸爸用剃须刀刮胡子", "剃须刀", "razor"),
    ("汽车的蓄电池没电了", "蓄电池", "battery"),
    ("他给电瓶充电", "电瓶", "battery"),
    ("椅子的脚轮坏了", "脚轮", "wheel"),
    ("小女孩舔着棒糖", "棒糖", "lollipop"),
    ("妈妈把棉被晒在阳台上", "棉被", "blanket"),
    ("显微镜下的水螅在水里摆动", "水螅", "jellyfish"),
]


@pytest.mark.parametrize(("prompt", "word", "picture"), THINGS)
def test_a_thing_is_the_sense_its_characters_say(prompt: str, word: str, picture: str) -> None:
    cast = _cast(prompt)
    assert picture in cast, (word, cast)


# a sound is no person: a one-character word whose English gloss is a person only as a proper name
SOUNDS = [
    "窗外鞭炮噼里啪啦地响",
    "山谷里传来一阵响",
]


@pytest.mark.parametrize("prompt", SOUNDS)
def test_a_sound_is_no_person(prompt: str) -> None:
    cast = _cast(prompt)
    assert not set(cast) & HUMAN, cast


# what must not change: people named by the word itself, or by a character that says a person;
# things already right
STAY = [
    ("主教在教堂里祈祷", "主教", HUMAN),
    ("骑士骑着马冲向城堡", "骑士", HUMAN),
    ("饲养者在喂小猪", "饲养者", HUMAN),
    ("理发师在给客人剪头发", "理发师", HUMAN | {"barber"}),
    ("一只长臂猿在树上荡来荡去", "长臂猿", {"ape", "monkey", "gorilla", "orangutan"}),
    ("窗外鞭炮噼里啪啦地响", "鞭炮", {"firecracker"}),
    ("奶奶在厨房里包饺子", "奶奶", {"old woman"}),
]


@pytest.mark.parametrize(("prompt", "word", "pictures"), STAY)
def test_what_must_not_change(prompt: str, word: str, pictures: set[str]) -> None:
    cast = _cast(prompt)
    assert set(cast) & pictures, (word, cast)
