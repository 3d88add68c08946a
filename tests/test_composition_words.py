"""Issue 20: how words reach pictures, counts, sides and actions (the mechanisms behind
tests/data/composition_new_prompts.yaml's dev rows), read from the planned screenplay."""

from __future__ import annotations

import pytest

from kinema.plan import open_lexicon, plan
from kinema.plan.parse import parse_clause
from kinema.screenplay.model import Archetype, Screenplay


def _play(prompt: str) -> Screenplay:
    return plan(prompt, 10.0).screenplay


def _names(play: Screenplay) -> list[str]:
    return [m.name.en for m in play.cast]


def _human_verbs(play: Screenplay) -> set[str]:
    people = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    return {a.do.value for s in play.scenes for a in s.actions if a.who in people}


@pytest.mark.parametrize(("word", "picture"), [
    ("apple", "red apple"),  # the emoji's own alias (:apple:) picks it from the green one
    ("苹果", "red apple"),
    ("sheep", "ewe"),  # the animal WordNet lists first and people use most, not "a simpleton"
    ("绵羊", "ewe"),
    ("clock", "alarm clock"),  # a kind of clock WordNet lists beats a phrase it does not
    ("moon", "crescent moon"),  # a word the hand tables read (the night) keeps its picture
    ("flag", "white flag"),  # of the kinds named by it, the most used
    ("photo", None),  # a picture of something: no kind of it stands for it
])
def test_a_bare_noun_reaches_the_ordinary_picture(word: str, picture: str | None) -> None:
    hit = open_lexicon.lookup(word)
    assert (hit.kind, hit.value) == ("entity", picture) if picture else hit is None


def test_two_objects_and_counts_of_the_new_table_are_cast() -> None:
    assert {"ewe", "tractor"} <= set(_names(_play("a sheep and a tractor")))
    assert {"alarm clock", "chair"} <= set(_names(_play("a clock and a chair")))
    assert _names(_play("三个苹果")).count("red apple") == 3


@pytest.mark.parametrize(("prompt", "thing", "n"), [
    ("三台电脑", "desktop computer", 3), ("两台电视", "television", 2), ("五枝玫瑰", "rose", 5),
])
def test_measure_words_from_the_dictionary_bind_counts(prompt: str, thing: str, n: int) -> None:
    # 台 and 枝 are no hand-table measure words: CC-CEDICT's "CL:" notes name them
    assert "台" in open_lexicon.measure_words()
    assert _names(_play(prompt)).count(thing) == n


@pytest.mark.parametrize(("prompt", "verb"), [
    ("一个奶奶在织围巾", "knit"),  # 织 as in 织毛衣: clothing knitted
    ("一个男人在开卡车", "ride"),  # 开 as in 开车: a vehicle driven, the driver carried in it
    ("一个人在运篮球", "dribble"),  # 运 as in 运球
    ("一个女孩在跳芭蕾舞", "dance"),  # 跳…舞 is 跳舞 with the dance's kind inside
    ("一个女人在跳拉丁舞", "dance"),
    ("一个男人在敲架子鼓", "drum"),  # a knock on a drum is drumming
])
def test_chinese_verbs_read_by_their_words(prompt: str, verb: str) -> None:
    assert verb in _human_verbs(_play(prompt))


def test_a_drum_knocked_casts_no_hammer() -> None:
    assert "hammer" not in _names(_play("一个男人在敲鼓"))


def test_a_door_opened_is_not_driven() -> None:
    # 开 reads as driving only before a vehicle, the sort of thing 开车's 车 is
    assert "drive" not in _human_verbs(_play("一个男人在开门"))


@pytest.mark.parametrize(("prompt", "animal"), [("一个女孩在骑马", "horse"), ("一个女人在遛狗", "dog")])
def test_a_ride_or_a_walk_brings_its_animal(prompt: str, animal: str) -> None:
    assert animal in _names(_play(prompt))


@pytest.mark.parametrize(("prompt", "kind", "a", "b"), [
    ("房子后面有一棵树", "behind", "tree", "house"),
    ("树下有一只狗", "under", "dog", "tree"),
    ("汽车的右边有一辆自行车", "right_of", "bicycle", "car"),
    ("左边是一只猫，右边是一只狗", "left_of", "cat", "dog"),
    ("猫在左边，狗在右边", "left_of", "cat", "dog"),
    ("a dog on the right and a cat on the left", "left_of", "cat", "dog"),
])
def test_sides_and_there_is_are_relations(prompt: str, kind: str, a: str, b: str) -> None:
    rels = [(r.kind, r.a.entity.key, r.b.entity.key) for r in parse_clause(prompt).relations]
    assert rels[:1] == [(kind, a, b)]


def test_sides_stage_left_of_right() -> None:
    scene = _play("左边是一只猫，右边是一只狗").scenes[0]
    assert scene.staging["cat"].x < scene.staging["dog"].x - 0.5


@pytest.mark.parametrize("prompt", ["一个小孩推着一辆玩具车", "a boy pushing a toy car"])
def test_a_noun_before_its_head_is_no_second_thing_in_a_relation(prompt: str) -> None:
    rels = [(r.kind, r.b.entity.key) for r in parse_clause(prompt).relations]
    assert rels == [("push", "car")]


def test_a_duck_said_in_one_character() -> None:
    # jieba knows 鸭 from place names; it is still a noun, read through its gloss
    assert "duck" in _names(_play("一只鸭在游泳"))


@pytest.mark.parametrize(("prompt", "verb"), [
    ("一个男人在雪地里铲雪", "dig"),  # the verb after the place 在 names, not right after 在
    ("一个女人在熨衬衫", "scrub"),  # ironing a shirt: 熨 + 衬衫 is no worn thing
])
def test_a_verb_after_a_place_or_before_clothing(prompt: str, verb: str) -> None:
    assert verb in _human_verbs(_play(prompt))


def test_a_raincoat_worn_is_still_worn() -> None:
    # (no ironed shirt: the girl and the coat she has on, as "a girl in a raincoat" casts them, since
    # session 24's 穿 "wearing"; before, the coat was not cast at all)
    assert sorted(_names(_play("一个穿雨衣的女孩"))) == ["coat", "girl"]


@pytest.mark.parametrize(("prompt", "verb"), [
    ("一个女人织着毛衣", "knit"),  # 着 between the verb and its object
    ("老人打着太极拳", "tai_chi"),
    ("一个男人吹萨克斯", "play_flute"),  # a verb right after its doer, no 在
])
def test_aspect_particles_and_verbs_after_their_doer(prompt: str, verb: str) -> None:
    assert verb in _human_verbs(_play(prompt))


@pytest.mark.parametrize("prompt", ["a photo of a cat and a laptop", "一张猫的照片"])
def test_a_photo_of_something_is_no_x_ray(prompt: str) -> None:
    # a depiction's kinds picture other things (an x-ray, a cityscape): none stands for "a photo"
    assert "x-ray" not in _names(_play(prompt)) and "cat" in _names(_play(prompt))


def test_an_ing_word_after_its_doer_is_its_verb_even_when_nothing_else_reads_it() -> None:
    assert "write" in _human_verbs(_play("a boy drawing a picture"))
