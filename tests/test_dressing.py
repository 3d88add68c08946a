"""Set dressing (plan/dressing.py): a place named by a narrower word than the world's painted
places brings the things a viewer reads it by; they stand still, stay out of the dailies' and the
title's count, never stand in for a thing the prompt names, and tall ones stand plumb on a slope."""

from __future__ import annotations

import pytest

from kinema.plan.dailies import _members
from kinema.plan.director import plan
from kinema.plan.life import SET, background
from kinema.screenplay.model import Archetype, Place
from kinema.world.simulate import SceneWorld


def _dressed(prompt: str) -> tuple[set[str], Place, str, list[str]]:
    play = plan(prompt, 8).screenplay
    scene = play.scenes[0]
    pieces = {m.name.en for m in play.cast if m.id.startswith(SET)}
    return pieces, scene.setting.place, play.title, _members(scene)


@pytest.mark.parametrize(("prompt", "place", "piece"), [
    ("Two kids chase each other in a park", Place.PLAIN, "tree"),
    ("孩子们在公园里放风筝", Place.PLAIN, "tree"),
    ("A singer on a stage under the lights", Place.ROOM, "microphone"),
    ("一个女孩在咖啡馆里看书", Place.ROOM, "chair"),
    ("A boy kicks a ball towards the goal", Place.PLAIN, "goal net"),
    ("A farmer walks across his farm at dawn", Place.PLAIN, "house"),
])
def test_a_named_kind_of_place_is_dressed(prompt: str, place: Place, piece: str) -> None:
    pieces, got_place, title, members = _dressed(prompt)
    assert got_place == place and piece in pieces, (prompt, got_place, pieces)
    assert not any(background(m) for m in members)  # the dailies do not chase the scenery
    assert not any(p in title.lower() for p in pieces if p not in prompt.lower())


def test_the_dressing_stands_still_and_a_place_alone_is_dressed_too() -> None:
    play = plan("a quiet park at dawn", 8).screenplay
    scene = play.scenes[0]
    ids = [m.id for m in play.cast if m.id.startswith(SET)]
    assert ids and not any(a.who in ids for a in scene.actions)
    assert all(scene.staging[i].depth is not None for i in ids)


def test_a_thing_the_prompt_names_is_not_doubled_by_the_dressing() -> None:
    play = plan("A tree stands alone in a park", 8).screenplay
    trees = [m for m in play.cast if m.name.en == "tree"]
    assert len(trees) == 1 and not trees[0].id.startswith(SET)


def test_no_dressing_without_a_narrower_place_word() -> None:
    for prompt in ("A wolf howls on a mountain at night", "a cat sleeps on a sofa",
                   "A sparkling pitcher of water"):
        assert not any(m.id.startswith(SET) for m in plan(prompt, 8).screenplay.cast), prompt


def test_tall_still_things_stand_plumb_on_a_slope() -> None:
    """A tree or a house grows and is built upright: it is drawn untilted where the ground under it
    slopes, while a small thing lying on the same hills keeps the slope's angle."""
    play = plan("Two kids chase each other in a park", 6).screenplay
    states = list(SceneWorld(play, play.scenes[0]))
    tall = {m.id for m in play.cast if m.archetype == Archetype.PROP and m.id.startswith(SET)
            and m.appearance.scale >= 2.0}
    assert tall
    for s in states[::24]:
        for e in s.entities:
            if e.id in tall:
                assert e.tilt == 0.0, (e.id, e.tilt)
