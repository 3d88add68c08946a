"""A picture named by a phrase stands for its head noun (issue 13): the noun before a preposition
("nest with eggs", "bridge at night"), a head chosen by the name's other words ("goal net"), writing
named by its picture's own name (a medal, a memo); and an agent suffix jieba cut off a person's
name in a sentence (露营 + 者)."""

from __future__ import annotations

import pytest

from kinema.plan import open_lexicon, parse
from kinema.plan.director import plan


def _entity(word: str) -> str | None:
    hit = parse._lookup(word)
    ent = parse._entity_of(hit[1]) if hit is not None and hit[0] == "entity" else None
    return ent.key if ent is not None else None


@pytest.mark.parametrize("word, picture", [
    ("nest", "empty nest"),  # "empty nest": a nest in a state
    ("bridge", "bridge at night"),  # the head before "at"
    ("medal", "medal"),  # WordNet files a medal as a decoration (writing and signs)
    ("memorandum", "memo"),
    ("plate", "fork and knife with plate"),  # what a picture is shown with is in it too
    ("鸟巢", "empty nest"),
    ("奖牌", "medal"),
])
def test_a_picture_stands_for_its_head(word: str, picture: str) -> None:
    key = _entity(word)
    assert key is not None and (key == picture or key.endswith(" " + picture))


@pytest.mark.parametrize("word, not_picture", [
    ("internet", "goal net"),  # the goal net is the net "a goal lined with netting"
    ("down", "thumbs down"),  # a word used mostly otherwise
    ("product", "input numbers"),
    ("beverage", "hot beverage"),  # a hot beverage is not every drink: coffee beside tea and beer
])
def test_a_picture_does_not_stand_for_another_sense(word: str, not_picture: str) -> None:
    assert _entity(word) != not_picture


def test_the_head_sense_is_chosen_by_the_other_words() -> None:
    row = open_lexicon.lookup("net")
    assert row is None or row.value != "goal net" or "goal" in row.via


@pytest.mark.parametrize("prompt, person", [
    ("浣熊从熟睡的露营者手里偷走三明治", "露营者"),  # 露营 + 者
    ("面包师从烤箱里拿出刚烤好的面包", "面包师"),  # 面包 + 师从 ("to study under")
    ("伐木工人用电锯砍倒了一棵松树", "伐木工人"),  # 伐木 + 工人: one lumberjack
])
def test_an_agent_suffix_cut_off_is_joined(prompt: str, person: str) -> None:
    toks = parse.tokens(prompt)
    assert person in toks
    cast = plan(prompt).screenplay.cast
    assert "factory worker" not in {m.name.en for m in cast}
    assert any(m.name.en in ("person", "man", "woman", "cook") for m in cast)


def test_a_person_word_keeps_what_follows() -> None:
    toks = parse.tokens("学生在礼堂里唱歌")  # 学生 is a person already: nothing joined to it
    assert toks[0] == "学生" and "在" in toks


@pytest.mark.parametrize("word, picture", [
    ("hermit crab", "crab"),  # both decapods: not the shrimp, a relative the tree puts as near
    ("mountain goat", "goat"),
    ("queen bee", "honeybee"),
    ("寄居蟹", "crab"),
    ("village", "houses"),  # a settlement smaller than a town: its houses (build_lexicon.KIND_PICTURES)
    ("村庄", "houses"),
])
def test_a_name_is_drawn_as_its_kind(word: str, picture: str) -> None:
    assert _entity(word) == picture


def test_a_creature_across_a_broad_ancestor_is_not_its_last_word() -> None:
    assert _entity("prairie dog") != "dog"  # a rodent: the dog only shares "placental" with it


@pytest.mark.parametrize("word, picture", [
    ("bowl", "bowl with spoon"),  # 🥣 is a bowl; a bowl is no bowl of noodles
    ("碗", "bowl with spoon"),
    ("honey", "honey pot"),  # 🍯 is honey (its Chinese name says so: 蜂蜜)
])
def test_a_picture_is_named_by_what_it_shows(word: str, picture: str) -> None:
    assert _entity(word) == picture
