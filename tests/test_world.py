"""The world: deterministic, on the ground, ballistic in the air, a howl that raises the head."""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import sole_gap, tiny_film

from kinema.screenplay import Screenplay
from kinema.world import simulate


def _jump_film() -> Screenplay:
    data = tiny_film()
    data["cast"].append({"id": "dog", "asset": {"emoji": "🐕"}, "archetype": "canine"})
    scene = data["scenes"][0]
    scene["setting"] = {"place": "plain", "time": "day"}
    scene["staging"] = {"dog": {"x": -3.0}}
    scene["actions"] = [
        {"at": 0, "until": 1, "who": "dog", "do": "walk"},
        {"at": 1, "until": 3, "who": "dog", "do": "jump", "to_x": 1.0},
    ]
    scene["shots"] = [{"id": "a", "duration": 3.0, "subjects": ["dog"]}]
    data["format"]["fps"] = 48
    return Screenplay.model_validate(data)


def test_states_are_bit_identical() -> None:
    play = _jump_film()
    a = list(simulate(play, play.scenes[0]))
    b = list(simulate(play, play.scenes[0]))
    assert a == b and len(a) == 144


def test_walker_stays_on_the_terrain() -> None:
    play = _jump_film()
    world = simulate(play, play.scenes[0])
    walking = list(world)[:48]
    assert len(walking) == 48  # the first second at 48 fps, before the jump
    for s in walking:
        dog = s.entity("dog")
        assert dog is not None
        assert abs(sole_gap(world, dog)) < 0.005  # the sole touches the ground under it, none of it below
        assert dog.facing == 1


def test_jump_is_ballistic_and_lands_on_target() -> None:
    play = _jump_film()
    states = [s.entity("dog") for s in simulate(play, play.scenes[0])]
    air = [(i, e) for i, e in enumerate(states) if e is not None and not e.grounded and e.verb == "jump"]
    assert len(air) > 10
    vys = [e.vy for _, e in air]
    dt = 1 / 48
    # Constant downward acceleration of g while airborne: vy falls linearly.
    accel = [(b - a) / dt for a, b in pairwise(vys[1:-1])]
    assert all(a == pytest.approx(-9.81, abs=0.3) for a in accel)
    peak = max(e.y for _, e in air)
    assert peak > states[air[0][0] - 1].y + 0.1  # type: ignore[union-attr]
    last = states[-1]
    assert last is not None and last.grounded and last.x == pytest.approx(1.0, abs=0.25)


def test_howl_raises_head_and_opens_mouth_in_rhythm() -> None:
    play = Screenplay.model_validate(tiny_film())
    play.scenes[0].shots[0].duration = 9.0
    wolf = [s.entity("wolf") for s in simulate(play, play.scenes[0])]
    heads = [w.head for w in wolf if w is not None]
    mouths = [w.mouth for w in wolf if w is not None]
    assert max(heads) == pytest.approx(1.0) and min(heads) == 0.0
    assert max(mouths) > 0.8
    # Two howl cycles in 10 s: the head rises, holds and lowers twice.
    rises = sum(1 for a, b in pairwise(heads) if a < 0.5 <= b)
    assert rises >= 2


@pytest.mark.parametrize("verb", ["walk", "run"])
def test_climbing_a_steep_slope_neither_sinks_nor_slides(verb: str) -> None:
    """Up the flank of the mountain peak: feet stay on the surface and the walker arrives."""
    data = tiny_film()
    scene = data["scenes"][0]
    scene["staging"] = {"wolf": {"x": -4.0}}
    scene["actions"] = [{"at": 0, "who": "wolf", "do": verb, "to_x": 0.0}]
    scene["shots"] = [{"id": "a", "duration": 6.0, "subjects": ["wolf"]}]
    play = Screenplay.model_validate(data)
    world = simulate(play, play.scenes[0])
    gaps, xs = [], []
    for s in world:
        wolf = s.entity("wolf")
        assert wolf is not None
        gaps.append(sole_gap(world, wolf))
        xs.append(wolf.x)
    assert min(gaps) > -0.02
    assert xs[-1] == pytest.approx(0.0, abs=0.1)
    assert min(xs) > -4.2
