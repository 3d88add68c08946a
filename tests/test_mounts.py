"""People on what carries them, relative clauses of doing, things said with "with", and a group
around two who fight: read from the sentence, staged together (plan/mounts.py, plan/relations.py,
plan/blocking.py). Sentences written for these mechanisms, none from the prompt tables."""

from __future__ import annotations

import itertools

import pytest

from kinema.plan import plan
from kinema.screenplay.model import Archetype, Screenplay


def _planned(prompt: str) -> Screenplay:
    return plan(prompt).screenplay


def _rides(play: Screenplay, rider_kind: Archetype, mount_key: str) -> bool:
    scene = play.scenes[0]
    kinds = {c.id: c for c in play.cast}
    return any(a.do.value in ("ride", "row") and kinds[a.who].archetype == rider_kind
               and a.target is not None and kinds[a.target].name.en == mount_key
               and scene.staging[a.who].x == scene.staging[a.target].x for a in scene.actions)


@pytest.mark.parametrize(("prompt", "mount"), [
    ("A cyclist races down a road", "bicycle"),
    ("A cyclist", "bicycle"),
    ("骑马的人在草原上", "horse"),
    ("骑摩托车的男人", "motorcycle"),
    ("一个骑自行车的人在路上飞驰", "bicycle"),
])
def test_a_person_named_after_or_said_to_ride_a_mount_is_on_it(prompt: str, mount: str) -> None:
    assert _rides(_planned(prompt), Archetype.HUMAN, mount)


def test_a_rowing_word_casts_the_rowboat_and_its_rower_in_it() -> None:
    for prompt in ("划船的老人在湖上", "老人在湖上划船"):
        play = _planned(prompt)
        boats = [c for c in play.cast if c.archetype == Archetype.VEHICLE]
        assert boats and boats[0].name.en == "canoe", prompt
        assert _rides(play, Archetype.HUMAN, "canoe"), prompt


def test_a_skateboarder_going_takes_the_boards_motion() -> None:
    play = _planned("A skateboarder rolls down the street")
    [person] = [c.id for c in play.cast if c.archetype == Archetype.HUMAN]
    assert [a.do.value for a in play.scenes[0].actions if a.who == person] == ["skateboard"]


def test_a_cyclist_who_waves_stands_beside_the_bicycle() -> None:
    play = _planned("A cyclist waves at a crowd")
    assert not _rides(play, Archetype.HUMAN, "bicycle")
    assert any(a.do.value == "wave" for a in play.scenes[0].actions)


def test_a_thing_fought_with_is_no_opponent() -> None:
    play = _planned("Two knights fight with swords in front of a castle")
    kinds = {c.id: c.archetype for c in play.cast}
    acts = play.scenes[0].actions
    assert all(kinds[a.who] != Archetype.PROP for a in acts)
    # each knight swings a sword of his own (plan/compose.py `_armed`), none punches a sword
    swings = [a for a in acts if a.do.value == "swing"]
    assert len(swings) == 2 and len({a.target for a in swings}) == 2
    assert all(kinds[a.who] == Archetype.HUMAN and kinds[a.target or ""] == Archetype.PROP for a in swings)
    assert not any(a.do.value == "punch" and kinds[a.target or ""] == Archetype.PROP for a in acts)


def test_the_rest_of_a_group_stands_apart_around_two_who_fight() -> None:
    play = _planned("A group of kids have a snowball fight")
    people = [c.id for c in play.cast if c.archetype == Archetype.HUMAN]
    staging = play.scenes[0].staging
    assert len(people) >= 3 and all(p in staging for p in people)
    xs = sorted(staging[p].x for p in people)
    assert all(b - a >= 2.0 for a, b in itertools.pairwise(xs))


def test_a_person_at_an_activity_before_de_is_the_doer_after_it_not_a_second_person() -> None:
    play = _planned("骑自行车的人在公园里")  # the catalog's "person biking", then 的人
    assert [c.archetype for c in play.cast if c.archetype == Archetype.HUMAN] == [Archetype.HUMAN]
    assert _rides(play, Archetype.HUMAN, "bicycle")


def test_da_with_a_thing_held_up_is_no_blow_unless_a_motion_works_the_thing() -> None:
    umbrella = _planned("女孩打着伞")  # holds up an umbrella: no shadow boxing, over her head
    verbs = {a.do.value for a in umbrella.scenes[0].actions}
    assert not verbs & {"box", "punch"} and "hold_up" in verbs
    ball = _planned("他在打篮球")  # 打 + a basketball is its dribble
    assert {a.do.value for a in ball.scenes[0].actions} == {"dribble"}
