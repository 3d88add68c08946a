"""People the pictures draw by their look, session 20.

- Costume faces of beings that walk (a clown, a goblin, an ogre, a cowboy, a nerd) are the head of
  a body, as the robot's is: the clown juggles, the cowboy rides; the ghost still floats. Not the
  alien: WordNet's first "alien" is a foreigner (a stowaway stays a person).
- Twins and triplets ("either of two offspring born at the same time") are children, as a little
  sister ("a younger sister") is a girl.
- Siblings named together are of an age: where one is a child, the others are children too.
- Soldiers (a legionary, an infantryman, 士兵) are the guard, the Foot Guards soldier emoji, not a plain man."""

from __future__ import annotations

import pytest
from conftest import cast_of

from kinema.plan.director import plan


def _archetypes(prompt: str) -> dict[str, str]:
    return {c.name.en: c.archetype.value for c in plan(prompt).screenplay.cast}


@pytest.mark.parametrize(("prompt", "key"), [
    ("A clown juggles three balls", "clown"),
    ("小丑骑着独轮车", "clown"),
    ("A jester bows to the king", "clown"),  # a jester is a kind of clown (WordNet)
    ("A goblin sneaks through the cave", "goblin"),
    ("An ogre stomps across the bridge", "ogre"),
    ("A cowboy rides a horse into town", "cowboy hat face"),
    ("西部牛仔骑着马进了小镇", "cowboy hat face"),
    ("The nerd types fast on his laptop", "nerd face"),
])
def test_a_walking_being_drawn_as_a_costume_face_has_a_body(prompt: str, key: str) -> None:
    assert _archetypes(prompt).get(key) == "human"


def test_a_foreigner_is_no_alien() -> None:
    assert "person" in cast_of("偷渡者爬上一艘货船") and "alien" not in cast_of("A foreigner asks the way")


def test_the_ghost_still_floats_and_the_clownfish_swims() -> None:
    assert _archetypes("A ghost drifts down the hall").get("ghost") == "prop"
    assert "fish" in cast_of("A clownfish swims near the coral")
    assert "clown" not in cast_of("A clownfish swims near the coral")


@pytest.mark.parametrize(("prompt", "young"), [
    ("Mom reads a picture book to the twins at bedtime", "child"),
    ("The triplets splash in the paddling pool", "child"),
    ("My little sister builds a sandcastle", "girl"),
])
def test_twins_triplets_and_little_sisters_are_children(prompt: str, young: str) -> None:
    cast = cast_of(prompt)
    assert young in cast and "person" not in cast  # (the mother is the one woman)
    assert cast.count("woman") == ("Mom" in prompt)


@pytest.mark.parametrize(("prompt", "want"), [
    ("姐姐把弟弟搭的积木推倒了，弟弟哇哇大哭", {"girl", "boy"}),
    ("妹妹和哥哥在院子里放风筝", {"girl", "boy"}),
    ("哥哥带着妹妹去上学", {"girl", "boy"}),
    ("My little sister and her brother build a snowman", {"girl", "boy"}),
])
def test_siblings_named_with_a_young_one_are_young(prompt: str, want: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert want <= cast and not {"man", "woman"} & cast


@pytest.mark.parametrize("prompt", [
    "哥哥和姐姐在厨房做饭",  # no young sibling: grown-ups
    "The brother and sister argue over the remote",
    "妈妈和弟弟在公园散步",  # the mother is no sibling: she stays a woman
])
def test_grown_siblings_and_parents_stay_grown(prompt: str) -> None:
    cast = set(cast_of(prompt))
    assert {"man", "woman"} & cast


@pytest.mark.parametrize("prompt", [
    "Two soldiers stand at the gate",
    "Roman legionaries march past the temple",
    "An infantryman crawls under the wire",
    "士兵们在雪地里行军",
])
def test_soldiers_are_drawn_as_the_guard_a_soldier_of_the_foot_guards(prompt: str) -> None:
    cast = set(cast_of(prompt))
    assert {"guard", "man guard"} & cast and "man" not in cast


def test_other_uniforms_keep_their_own_pictures() -> None:
    assert "police officer" in cast_of("A police officer directs traffic")
    assert "guard" not in cast_of("A firefighter sprays water on the house")


@pytest.mark.parametrize("prompt", [
    "船长站在甲板上", "The captain of the team lifts the trophy", "队长吹响了哨子"])
def test_captains_of_ships_and_teams_are_no_soldiers(prompt: str) -> None:
    assert not {"guard", "man guard", "woman guard"} & set(cast_of(prompt))
