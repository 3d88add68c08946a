"""Chinese words the planner misread (session 21, helper wzh15b).

The open vocabulary's Chinese words are added to jieba at a modest frequency; a word that ends in
an aspect or structural particle (的 了 着 过) raised so beats the word before the particle: 对面的
"opposite" became 对 + 面的 "a minivan taxi", 回到家的 回到 + 家的 "(old) wife". Such words are left
to jieba's own count. A single character after a word and the adverbial 地 is the verb that word
describes (鞭炮噼里啪啦地响: 响 "echo" is no nymph, no person). The given words (面的, 响) and words
of the same kind chosen before the fix; the negative cases must not change."""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("他站在对面的楼上挥手", {"taxi"}),  # given
    ("回到家的小狗摇着尾巴", {"woman"}),
    ("小猫跑到对面的屋顶上", {"taxi"}),
    ("刚到家的爸爸放下了包", {"woman"}),
])
def test_a_particle_is_not_the_end_of_an_open_word(prompt: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("回到家的小狗摇着尾巴", {"dog"}),
    ("湖中的天鹅游来游去", {"swan"}),
    ("画中的女孩在微笑", {"girl"}),
    ("镜中的猫看着自己", {"cat"}),
    ("小猫跑到对面的屋顶上", {"cat"}),
])
def test_the_things_around_the_particle_stay_cast(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("窗外鞭炮噼里啪啦地响", {"person"}),  # given
    ("闹钟丁零零地响", {"person"}),
    ("肚子咕噜噜地响", {"person"}),
    ("风铃叮咚叮咚地响", {"person"}),
])
def test_a_character_after_adverbial_de_is_no_thing(prompt: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("窗外鞭炮噼里啪啦地响", {"firecracker"}),
    ("风铃叮咚叮咚地响", {"wind chime"}),
    ("闹钟丁零零地响", {"alarm clock"}),
    ("他在地上画画", {"man"}),  # 地 the ground after a preposition
    ("老人扫地", {"broom"}),
    ("一只猫躺在草地上", {"cat"}),
])
def test_the_ground_and_the_things_stay(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast
