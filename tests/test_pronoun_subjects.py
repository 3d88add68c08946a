"""Who and where a plain sentence says, beyond its nouns. A person named only by a pronoun
("She dances in the rain", 他在雨中奔跑) is cast and acts;
a pronoun after someone was named speaks of them and casts nobody new."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.screenplay.model import Archetype


def _cast(prompt: str) -> list[tuple[str, int, list[str]]]:
    play = plan(prompt, 10.0).screenplay
    does = {a.who: a.do.value for s in play.scenes for a in s.actions}
    return [(m.name.en, m.appearance.count, [does.get(m.id, "")]) for m in play.cast
            if m.archetype != Archetype.PROP and not m.id.startswith(("passer-", "set-"))]


@pytest.mark.parametrize("prompt,who,verb", [
    ("She dances in the rain", "woman", "dance"), ("He runs through the forest", "man", "run"),
    ("他在雨中奔跑", "man", "run"), ("她在厨房里做饭", "woman", "cook"),
    ("I walk through a night market", "person", "walk"),
])
def test_a_pronoun_subject_alone_is_a_person_who_acts(prompt: str, who: str, verb: str) -> None:
    cast = _cast(prompt)
    assert len(cast) == 1 and cast[0][0] == who and cast[0][2] == [verb], cast


def test_they_are_two() -> None:
    people = [c for c in _cast("They walk along the beach at sunset") if c[0] == "person"]
    assert sum(1 for _ in people) == 2 or people[0][1] == 2


@pytest.mark.parametrize("prompt,who", [
    ("A girl walks into the room. She sits down by the window.", "girl"),
    ("The dog runs to the lake. He jumps in.", "dog"),
    ("一个小男孩在公园里跑步。他停下来喝水。", "boy"),
])
def test_a_pronoun_after_a_name_casts_nobody_new(prompt: str, who: str) -> None:
    cast = _cast(prompt)
    assert [c[0] for c in cast] == [who], cast


def test_it_casts_nobody() -> None:
    assert _cast("It rains on the city") == []


@pytest.mark.parametrize("prompt,place", [
    ("一位老人在河边钓鱼", "beach"), ("A woman paddles a canoe down a river", "water"),
    ("A grandmother reads a book to her grandson by the fireplace", "room"),
])
def test_waters_and_rooms_people_name(prompt: str, place: str) -> None:
    """A river or lake is the painted water with a shore (河边 is no bank building), or the water
    itself where everyone is afloat (plan/afloat.py), a fireplace a room."""
    play = plan(prompt, 10.0).screenplay
    assert play.scenes[0].setting.place.value == place
    assert "bank" not in {m.name.en for m in play.cast}


@pytest.mark.parametrize("prompt,want,not_cast", [
    ("A man rows a boat across a calm lake at dawn", "canoe", "ship"),  # a small boat, rowed
    ("A dog catches a frisbee in the park", "frisbee", "computer disk"),
    ("一辆红色的跑车在公路上飞驰", "car", "bicycle"),  # a sports car, not a racing bicycle
    ("A fisherman sits in a small boat", "canoe", "fish"),  # his catch does not swim beside him
])
def test_the_picture_a_plain_word_means(prompt: str, want: str, not_cast: str) -> None:
    play = plan(prompt, 10.0).screenplay
    names = {m.name.en for m in play.cast}
    assert want in names and not_cast not in names, names
    assert play.scenes[0].setting.place.value != "underwater"


def test_a_phrasal_verb_named_as_a_picture_is_the_verb() -> None:
    """"picks up a saw": picks is the verb (up, then the object's determiner), not three pickaxes."""
    from kinema.plan.director import plan
    cast = [m.name.en for m in plan("A carpenter picks up a saw", 12.0).screenplay.cast]
    assert "pick" not in cast
    assert "carpentry saw" in cast
