"""Issue 13, entity recall: the things a prompt names are cast, read by general mechanisms of the
open vocabulary (tools/build_lexicon.py) and the parser (plan/parse.py), each shown on sentences
written for this test rather than rows of the director tables."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.screenplay.model import Place, Screenplay


def _play(prompt: str) -> Screenplay:
    return plan(prompt, 12.0).screenplay


def _cast(play: Screenplay) -> set[str]:
    """The entity keys the prompt's words cast (not the place's passers-by)."""
    return {m.name.en for m in play.cast if not background(m.id)}


# A kinship or role noun with no picture of its own looks like its sex and age, read from WordNet's
# definitions ("a woman who has given birth", "a male parent", "a female grandchild").
@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A mother hugs her son in the garden", {"woman", "boy"}),
    ("An uncle lifts his niece onto the wall", {"man", "woman"}),
    ("Dad washes the car", {"man"}),
    ("A granddaughter waters the flowers", {"girl"}),
    ("妈妈抱着儿子", {"woman", "boy"}),
    ("爸爸在洗车", {"man"}),
])
def test_kinship_nouns_have_a_sex_and_an_age(prompt: str, wanted: set[str]) -> None:
    cast = _cast(_play(prompt))
    assert wanted <= cast, cast
    assert "person" not in cast, cast


def test_a_game_is_drawn_as_its_pictured_piece() -> None:
    # chess: WordNet's first sense is a weed nobody tags; the game's topic files the pawn
    assert "chess pawn" in _cast(_play("Two girls play chess by the window"))


def test_a_plural_the_inflection_tables_lack_is_its_singular() -> None:
    assert "wood" in _cast(_play("A man stacks logs beside the barn"))


@pytest.mark.parametrize("prompt", ["A clownfish swims near the coral", "一条小丑鱼在游"])
def test_a_closed_compound_wordnet_lacks_is_its_head(prompt: str) -> None:
    assert "fish" in _cast(_play(prompt))


def test_a_compound_head_character_keeps_the_sense_its_gloss_names() -> None:
    # 水面 "water surface": 面 is a surface here, not the noodles another entry of 面 writes alike
    assert "noodles" not in _cast(_play("一只鸭子在水面上游"))
    assert "noodles" in _cast(_play("一碗面条冒着热气"))


@pytest.mark.parametrize("prompt", ["An astronaut walks on the moon", "A rover drives on Mars",
                                    "宇航员在月球上行走"])
def test_standing_on_a_world_of_the_sky_is_space(prompt: str) -> None:
    assert _play(prompt).scenes[0].setting.place == Place.SPACE


@pytest.mark.parametrize("prompt", ["The moon rises over a quiet lake", "月亮挂在山顶上"])
def test_the_moon_in_the_sky_is_no_place(prompt: str) -> None:
    assert _play(prompt).scenes[0].setting.place != Place.SPACE


def test_a_verb_word_after_a_determiner_is_a_noun() -> None:
    # "the bay" is water, not a hound's cry: a hand-table verb WordNet reads as a thing first
    play = _play("A sailboat crosses the bay at sunset")
    assert "howl" not in {a.do.value for s in play.scenes for a in s.actions}
    assert "sailboat" in _cast(play)


@pytest.mark.parametrize(("prompt", "thing"), [("爷爷在院子里下棋", "chess pawn"), ("老人在窗边喝茶", "tea")])
def test_a_verb_object_word_casts_its_object(prompt: str, thing: str) -> None:
    # 下棋 "to play chess": the dictionary's verb names the thing in its last character
    assert thing in _cast(_play(prompt))
