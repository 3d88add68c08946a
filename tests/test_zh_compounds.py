"""Chinese compounds of a thing and a bound noun of mass (plan/lexicon.py MASS_OF): the thing, many."""

from __future__ import annotations

from kinema.plan.parse import parse_clause


def _named(text: str) -> list[tuple[str, int, bool]]:
    return [(m.entity.key, m.count, m.group) for m in parse_clause(text, "zh").mentions]


def test_a_sea_of_flowers_is_flowers_in_a_group() -> None:
    assert ("flower", 30, True) in _named("独角兽在花海中奔跑")


def test_a_herd_is_its_animals() -> None:
    assert _named("草原上的牛群") == [("cow", 30, True)]


def test_a_word_known_whole_is_not_split() -> None:
    assert _named("一只鸭子") == [("duck", 1, False)]  # 鸭子 has no mass ending: one duck


# A verb and its object (issue 20): the person does the motion of the thing the verb is done with.

def _does(text: str) -> tuple[list[str], list[str]]:
    from kinema.plan import plan
    from kinema.screenplay.model import Archetype

    play = plan(text, 10).screenplay
    people = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    verbs = [a.do.value for s in play.scenes for a in s.actions if a.who in people]
    return sorted(people), verbs


def test_a_verb_object_noun_jieba_keeps_whole_is_split() -> None:
    from kinema.plan.parse import tokens

    assert tokens("老人在玩电脑", "zh")[-2:] == ["玩", "电脑"]


def test_using_a_computer_is_typing() -> None:
    assert "type" in _does("一个老人在用电脑")[1]  # 用 "using": the computer's own motion
    assert "type" in _does("秘书正在玩电脑")[1]


def test_a_machine_is_no_person() -> None:
    people, _ = _does("一个工人在修理机器")
    assert len(people) == 1  # 机器 "machine": a device first, not WordNet's "efficient person"


def test_fiddling_with_a_thing_plays_no_violin() -> None:
    assert "play_violin" not in _does("一个男孩在摆弄收音机")[1]


def test_a_catalog_person_at_play_after_a_person_is_their_verb_and_thing() -> None:
    people, verbs = _does("一个孩子在玩球")  # 玩球 names 🧑 "person bouncing ball": not a second person
    assert len(people) == 1 and verbs


def test_a_measure_word_and_its_thing_jieba_joined() -> None:
    from kinema.plan.parse import parse_clause

    assert [(m.entity.key, m.count) for m in parse_clause("两匹马和三头牛", "zh").mentions] == \
        [("horse", 2), ("cow", 3)]


def test_a_verb_and_a_noun_character_is_the_verb_in_progress() -> None:
    assert "cook" in _does("一个女人在煮汤")[1]  # 煮汤: 煮 "to cook" and 汤 "soup", unknown as one word


def test_a_posture_said_with_an_action_plays_the_action() -> None:
    assert _does("一位老奶奶坐在公园里看报纸")[1] == ["read"]  # reading sits: its recipe has the legs


def test_a_size_character_does_not_split_a_known_word() -> None:
    from kinema.plan.parse import tokens

    assert "小丑" in tokens("一个小丑在台上", "zh")  # a clown, not a small 丑
