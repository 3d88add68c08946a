"""The person rig: joints posed by the world's verbs, feet planted on the ground, bones that keep
their length, a punch that lands on a face, and the same person drawn in every shot."""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
import pytest
import skia

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay
from kinema.world.rig import BONES, HUMAN_JOINTS
from kinema.world.simulate import simulate
from kinema.world.state import WorldState

J = {n: i for i, n in enumerate(HUMAN_JOINTS)}


def _play(actions: list[dict[str, Any]], cast: list[dict[str, Any]] | None = None, place: str = "plain",
          duration: float = 4.0, staging: dict[str, Any] | None = None,
          ) -> Screenplay:
    cast = cast or [{"id": "a", "asset": {"emoji": "🚶‍♀️"}, "archetype": "human"}]
    return Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 24}, "cast": cast,
        "scenes": [{"id": "s", "setting": {"place": place}, "staging": staging or {"a": {"x": -3.0}},
                    "actions": actions,
                    "shots": [{"id": "x", "duration": duration, "size": "full",
                               "subjects": [cast[0]["id"]]}]}]})


def _states(play: Screenplay) -> list[WorldState]:
    return list(simulate(play, play.scenes[0]))


def _world(e: Any, name: str) -> tuple[float, float]:
    x, y = e.joints[J[name]]
    return e.x + e.facing * x, e.y + y


def test_a_walker_has_every_joint_and_its_feet_alternate() -> None:
    states = _states(_play([{"at": 0, "who": "a", "do": "walk", "speed": 1.4}]))
    walking = [s.entity("a") for s in states[12:]]
    assert all(e is not None and len(e.joints) == len(HUMAN_JOINTS) for e in walking)
    # Which foot is ahead flips every half cycle: several times over 3.5 s of walking.
    ahead = [np.sign(_world(e, "foot_r")[0] - _world(e, "foot_l")[0]) for e in walking]
    flips = sum(1 for a, b in itertools.pairwise(ahead) if a != b)
    assert flips >= 5
    lifted = [max(_world(e, "foot_r")[1], _world(e, "foot_l")[1]) - e.y for e in walking]
    assert max(lifted) > 0.05  # a swing foot leaves the ground


@pytest.mark.parametrize("place,speed", [("plain", 1.4), ("mountains", 1.2), ("street", 4.5)])
def test_a_planted_foot_moves_under_2_cm_a_frame(place: str, speed: float) -> None:
    """A foot on the ground (within 1 cm of the ground under it) from one frame to the next stays put."""
    play = _play([{"at": 0, "who": "a", "do": "walk" if speed < 3 else "run", "speed": speed}], place=place)
    world = simulate(play, play.scenes[0])
    states = list(world)
    checked = 0
    for prev, cur in itertools.pairwise(states[12:]):
        p, c = prev.entity("a"), cur.entity("a")
        assert p is not None and c is not None
        for foot in ("foot_l", "foot_r"):
            (px, py), (cx, cy) = _world(p, foot), _world(c, foot)
            on = abs(py - world.terrain.height(px)) < 0.01 and abs(cy - world.terrain.height(cx)) < 0.01
            if on:
                checked += 1
                assert math.hypot(cx - px, cy - py) < 0.02, (place, cur.frame, foot)
    assert checked > 40


@pytest.mark.parametrize("verb", ["walk", "run", "punch", "kick", "throw", "wave", "sit", "lie", "sleep",
                                  "eat", "celebrate", "dance", "tai_chi", "climb", "swim", "fall", "roll",
                                  "shake", "sneak", "dive", "jump"])
def test_bone_lengths_stay_constant(verb: str) -> None:
    play = _play([{"at": 0.2, "who": "a", "do": verb, "to_x": 0.0}])
    lengths: dict[tuple[str, str], list[float]] = {b: [] for b in BONES}
    for s in _states(play):
        e = s.entity("a")
        assert e is not None
        for a, b in BONES:
            (ax, ay), (bx, by) = e.joints[J[a]], e.joints[J[b]]
            lengths[(a, b)].append(math.hypot(bx - ax, by - ay))
    for bone, ls in lengths.items():
        assert max(ls) - min(ls) < 2e-3, (verb, bone, min(ls), max(ls))


def _boxers() -> Screenplay:
    cast = [{"id": "red", "asset": {"emoji": "🧍‍♂️"}, "archetype": "human"},
            {"id": "blue", "asset": {"emoji": "🧍"}, "archetype": "human"}]
    return _play([{"at": 0.5, "who": "red", "do": "punch", "target": "blue"}], cast=cast, place="ring",
                 duration=2.0, staging={"red": {"x": -0.55}, "blue": {"x": 0.55, "facing": "left"}})


def test_the_punch_reaches_the_face_and_the_head_snaps() -> None:
    states = _states(_boxers())
    hit = next(i for i, s in enumerate(states) if "hit:red:blue" in s.events)
    before, at = states[hit - 1], states[hit]
    red, blue0, blue1 = at.entity("red"), before.entity("blue"), at.entity("blue")
    assert red is not None and blue0 is not None and blue1 is not None
    fist, head = _world(red, "hand_r"), _world(blue1, "head")
    head_r = 0.1 * blue1.height
    assert math.hypot(fist[0] - head[0], fist[1] - head[1]) < head_r + 0.12  # the fist at the face
    assert fist[1] > blue1.y + 0.7 * blue1.height  # up at the head, not the belly
    # The struck head snaps back on its neck: displaced from where the body carries it.
    neck0, head0 = _world(blue0, "neck"), _world(blue0, "head")
    neck1 = _world(blue1, "neck")
    rel0 = (head0[0] - neck0[0]) * blue0.facing
    rel1 = (head[0] - neck1[0]) * blue1.facing
    assert rel0 - rel1 > 0.03
    assert blue1.expression == "hit"


def test_kicked_ball_flies_and_lands() -> None:
    cast = [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
            {"id": "ball", "asset": {"emoji": "⚽"}, "archetype": "prop", "appearance": {"scale": 0.25}}]
    play = _play([{"at": 0.5, "who": "a", "do": "kick", "target": "ball"}], cast=cast, duration=4.0,
                 staging={"a": {"x": -3.0}, "ball": {"x": -2.55}})
    states = _states(play)
    kick = next(i for i, s in enumerate(states) if "kick:a:ball" in s.events)
    ys = [s.entity("ball").y for s in states[kick:]]  # type: ignore[union-attr]
    xs = [s.entity("ball").x for s in states[kick:]]  # type: ignore[union-attr]
    assert max(ys) - ys[0] > 0.3 and xs[-1] - xs[0] > 2.0  # up and away
    assert states[-1].entity("ball").grounded  # type: ignore[union-attr]


def test_expressions_follow_the_verb() -> None:
    states = _states(_play([{"at": 0.0, "who": "a", "do": "sleep"}], duration=2.0))
    assert {s.entity("a").expression for s in states} == {"asleep"}  # type: ignore[union-attr]
    states = _states(_play([], duration=12.0))
    faces = [s.entity("a").expression for s in states]  # type: ignore[union-attr]
    assert "blink" in faces and faces.count("blink") < len(faces) // 10


def _draw(play: Screenplay, frame: int) -> np.ndarray:
    job = next(shot_jobs(play, load_sprites(play, None, "test")))
    for i, f in enumerate(VectorBackend().render_shot(job)):
        if i == frame:
            return f[..., :3].copy()
    raise AssertionError


def test_the_figure_has_legs_below_its_head() -> None:
    """Drawn full: the person's drawn pixels run from the head down to the ground, not a floating face."""
    play = _play([{"at": 0, "who": "a", "do": "walk", "speed": 1.0}], place="space", duration=1.0)
    job = next(shot_jobs(play, load_sprites(play, None, "test")))
    e = job.states[10].entity("a")
    assert e is not None
    from kinema.render.camera import placed
    from kinema.render.sprites import draw_entity
    surf = skia.Surface(320, 180)
    c = surf.getCanvas()
    c.clear(skia.Color(0, 0, 0, 0))
    sx, sy, ppm = placed(job.cameras[10], e.x, e.y, e.depth, 320, 180)
    draw_entity(c, job.sprites["a"], job.play.cast[0] if hasattr(job, "play") else play.cast[0], e,
                sx, sy, ppm, 0.0, 1)
    alpha = surf.makeImageSnapshot().toarray()[..., 3]
    rows = np.nonzero((alpha > 128).any(axis=1))[0]
    tall = (rows[-1] - rows[0]) / (e.height * ppm)
    assert 0.9 < tall < 1.15
    assert abs(rows[-1] + 1 - sy) <= 1.5  # the soles on the feet line


def test_a_rider_sits_on_its_mount_and_goes_with_it() -> None:
    cast = [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
            {"id": "bike", "asset": {"emoji": "🚲"}, "archetype": "vehicle", "appearance": {"scale": 0.6}}]
    play = _play([{"at": 0.0, "who": "a", "do": "ride", "target": "bike"},
                  {"at": 0.5, "who": "bike", "do": "drive", "speed": 3.0}], cast=cast, duration=3.0,
                 staging={"a": {"x": -3.0}, "bike": {"x": -3.0}})
    states = _states(play)
    for s in states[12:]:
        a, bike = s.entity("a"), s.entity("bike")
        assert a is not None and bike is not None and a.verb == "ride"
        assert abs(a.x - bike.x) < 0.3  # on it, not beside it
        hips = a.y + a.joints[J["hips"]][1]
        assert bike.y + 0.3 * bike.height < hips < bike.y + 0.6 * bike.height  # seated on it
    assert states[-1].entity("a").x > -1.0  # type: ignore[union-attr]  # carried along


def test_a_thrown_ball_is_caught() -> None:
    cast = [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
            {"id": "b", "asset": {"emoji": "🧍"}, "archetype": "human"},
            {"id": "ball", "asset": {"emoji": "🏀"}, "archetype": "prop", "appearance": {"scale": 0.25}}]
    play = _play([{"at": 0.2, "until": 2.0, "who": "a", "do": "throw", "target": "ball", "to_x": 1.2},
                  {"at": 0.2, "who": "b", "do": "catch", "target": "ball"}], cast=cast, duration=3.0,
                 staging={"a": {"x": -2.0}, "b": {"x": 1.6, "facing": "left"}, "ball": {"x": -1.6}})
    states = _states(play)
    events = [ev for s in states for ev in s.events]
    assert "throw:a:ball" in events and "catch:b:ball" in events
    assert events.index("throw:a:ball") < events.index("catch:b:ball")
    end = states[-1]
    ball, b = end.entity("ball"), end.entity("b")
    assert ball is not None and b is not None
    assert abs(ball.x - b.x) < 0.6 and ball.y > b.y + 0.4 * b.height  # held in b's hands


def test_a_clip_change_moves_the_hand_smoothly() -> None:
    """From standing to waving (at frame 24), the hand rises over several frames, not in one."""
    states = _states(_play([{"at": 1.0, "who": "a", "do": "wave"}], duration=2.0))
    hands = [s.entity("a").joints[J["hand_r"]] for s in states]  # type: ignore[union-attr]
    steps = [math.dist(p, q) for p, q in itertools.pairwise(hands)]
    rise = math.dist(hands[23], hands[34])
    assert rise > 0.8  # hanging to overhead
    assert max(steps) < 0.35 * rise and sum(d > 0.05 for d in steps[23:34]) >= 6
