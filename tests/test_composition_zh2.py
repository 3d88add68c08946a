"""Issue 20, the second Chinese round (tests/data/composition_zh2_prompts.yaml): two of one kind
told apart by colour stay two, kinship nouns are a woman or a man, 打 + a racket game swings, a
verb of handling said of a food is kitchen work; read from the planned screenplay."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.plan.lexicon import COLOURS
from kinema.screenplay.model import Archetype, Screenplay


def _play(prompt: str) -> Screenplay:
    return plan(prompt, 10.0).screenplay


def _of(play: Screenplay, key: str) -> list[str]:
    return [m.id for m in play.cast if m.name.en == key]


@pytest.mark.parametrize(("prompt", "key", "colours"), [
    ("一只黑狗和一只黄狗", "dog", ("黑色", "黄色")),
    ("一辆红色的汽车和一辆蓝色的汽车", "car", ("红色", "蓝色")),
    ("a brown horse and a white horse", "horse", ("brown", "white")),
])
def test_two_of_one_kind_told_apart_by_colour_are_two_members(prompt: str, key: str,
                                                              colours: tuple[str, str]) -> None:
    play = _play(prompt)
    ids = _of(play, key)
    assert len(ids) == 2
    tints = {m.id: m.appearance.tint for m in play.cast}
    assert [tints[i] for i in ids] == [COLOURS[c] for c in colours]
    assert all(i in play.scenes[0].staging for i in ids)


def test_a_member_named_again_by_its_colour_is_that_one() -> None:
    play = _play("一只黑猫和一只白猫。白猫跳了起来")
    white = next(m.id for m in play.cast if m.appearance.tint == COLOURS["白色"])
    doers = {a.who for s in play.scenes for a in s.actions if a.do.value == "jump"}
    assert doers == {white}


def test_one_member_named_again_with_a_colour_stays_one() -> None:
    play = _play("a dog sleeps. the brown dog wakes up")
    assert len(_of(play, "dog")) == 1


def test_a_left_of_relation_between_two_of_one_kind() -> None:
    play = _play("a red ball to the left of a green ball")
    red, green = _of(play, "ball")
    st = play.scenes[0].staging
    assert st[red].x < st[green].x


@pytest.mark.parametrize(("prompt", "key"), [
    ("a mother", "woman"), ("an uncle", "man"), ("a sister and a dog", "woman"),
    ("爸爸", "man"), ("阿姨在跳舞", "woman"), ("叔叔和一只猫", "man"),
    ("a grandfather", "old man"),
])
def test_kinship_nouns_are_a_woman_or_a_man(prompt: str, key: str) -> None:
    play = _play(prompt)
    people = [m for m in play.cast if m.archetype == Archetype.HUMAN]
    assert [m.name.en for m in people] == [key]


@pytest.mark.parametrize("prompt", ["a teacher", "a parent and a child"])
def test_a_person_word_that_says_no_sex_stays_a_person(prompt: str) -> None:
    play = _play(prompt)
    assert not {"woman", "man"} & {m.name.en for m in play.cast}


@pytest.mark.parametrize(("prompt", "game"), [
    ("一个男孩在打羽毛球", "badminton"), ("哥哥在打乒乓球", "ping pong"),
    ("a woman plays tennis", "tennis"), ("一个女孩打网球", "tennis"),
])
def test_a_racket_game_is_its_swing_holding_the_game(prompt: str, game: str) -> None:
    play = _play(prompt)
    held = _of(play, game)
    swings = [a for s in play.scenes for a in s.actions if a.do.value == "swing"]
    assert swings and held and swings[0].target == held[0]
    assert not [a for s in play.scenes for a in s.actions if a.do.value in ("box", "punch")]


def test_a_swing_with_no_game_named_holds_no_racket() -> None:
    play = _play("a man plays golf")
    assert {m.name.en for m in play.cast} == {"man"}


@pytest.mark.parametrize("prompt", ["外婆在煎鸡蛋", "爷爷在包馄饨", "外婆在蒸馒头", "a girl is baking bread"])
def test_a_verb_of_handling_a_food_is_kitchen_work(prompt: str) -> None:
    play = _play(prompt)
    people = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    assert any(a.who in people and a.do.value == "cook" for s in play.scenes for a in s.actions)


@pytest.mark.parametrize("prompt", ["一个男人在卖西瓜", "一个女孩在买面包"])
def test_a_verb_of_having_a_food_is_no_cooking(prompt: str) -> None:
    play = _play(prompt)
    assert not [a for s in play.scenes for a in s.actions if a.do.value == "cook"]
