"""How the open vocabulary reads a word (issue 13, the director for any sentence): which WordNet
sense a noun stands for, collective nouns, a compound's head, spirits, and whether an English
word is a verb or a thing where it stands. Words here are not taken from the held-out prompts."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan
from kinema.plan.life import PASSER
from kinema.plan.open_lexicon import lookup, verb_reading


def _named(prompt: str) -> list[str]:
    """The cast's entity names, one per member, without the place's own passers-by."""
    return [m.name.en for m in plan(prompt, 6).screenplay.cast if not m.id.startswith(PASSER)]


@pytest.mark.parametrize(("word", "value"), [
    ("birch", "tree"),  # a living thing before the stuff made of it: the tree, not its wood
    ("chameleon", "lizard"),  # a trait of a person ("a changeable person") is a metaphor, not a picture
    ("toast", "bread"),  # the used sense, not a person nobody tags ("a toast of the town")
    ("diver", "person"),  # a person by trade keeps its picture on a tie with a bird (the loon)
    ("emperor", "person"),  # a ruler before the emperor moth, though neither sense is tagged
])
def test_a_noun_stands_for_the_sense_a_prompt_means(word: str, value: str) -> None:
    hit = lookup(word)
    assert hit is not None and (hit.kind, hit.value) == ("entity", value), hit


def test_a_proper_name_is_not_what_a_lower_case_word_means() -> None:
    hit = lookup("lander")  # a town in Wyoming, and a spacecraft
    assert hit is not None and hit.kind == "entity", hit


@pytest.mark.parametrize(("word", "members"), [
    ("orchestra", "person"), ("choir", "singer"), ("乐队", "person"), ("合唱团", "singer"),
])
def test_a_collective_noun_is_several_of_its_members(word: str, members: str) -> None:
    hit = lookup(word)
    assert hit is not None and (hit.kind, hit.value) == ("group", members), hit


def test_a_collective_noun_casts_several_members() -> None:
    cast = _named("An orchestra plays in a concert hall")
    assert cast.count("person") >= 3, cast
    assert _named("合唱团在教堂里唱歌").count("singer") >= 3


def test_a_word_mostly_used_as_a_verb_is_not_a_group() -> None:
    hit = lookup("casts")  # "the actors in a play", but people write "casts a net"
    assert hit is None or hit.kind != "group", hit
    assert "person" not in _named("A sailor casts a line from the pier")[1:]


@pytest.mark.parametrize(("prompt", "absent", "present"), [
    ("The astronaut plants a flag on the moon", "potted plant", "astronaut"),  # a verb after its subject
    ("A woman irons a shirt by the window", "chains", "woman"),
])
def test_a_word_after_its_subject_is_a_verb(prompt: str, absent: str, present: str) -> None:
    cast = _named(prompt)
    assert absent not in cast and present in cast, cast


def test_the_same_word_after_a_determiner_is_a_thing() -> None:
    assert verb_reading("plants") is not None  # the table knows both readings
    assert "potted plant" in _named("The plants on the windowsill sway in the breeze")


def test_a_chinese_compound_read_through_a_broad_gloss_is_its_last_character() -> None:
    # 电动车 "electric vehicle": the English head (vehicle) reaches no near picture; 车 is a car.
    hit = lookup("电动车")
    assert hit is not None and hit.value == "car", hit


@pytest.mark.parametrize("word", ["specter", "phantom", "幽灵"])
def test_a_spirit_is_drawn_as_a_ghost(word: str) -> None:
    hit = lookup(word)
    assert hit is not None and hit.value == "ghost", hit


def test_a_phrase_that_names_a_kind_of_person_is_read_by_its_words() -> None:
    assert "wolf" in _named("A lone wolf crosses the frozen lake")  # WordNet: a loner
    assert _named("A con man waits at the corner") == ["person"]  # a person's head: the phrase stays


@pytest.mark.parametrize(("word", "relative"), [("tapir", "rhinoceros"), ("wombat", "kangaroo")])
def test_an_animal_with_no_picture_is_drawn_as_a_near_relative(word: str, relative: str) -> None:
    hit = lookup(word)
    assert hit is not None and hit.value == relative, hit


def test_no_relative_across_a_broad_parent() -> None:
    hit = lookup("aardvark")  # a placental, as a bat is: not a picture of it
    assert hit is None or hit.value != "bat", hit
    assert plan("An aardvark digs at dusk on the savanna", 6).screenplay.scenes  # still a film
