"""An animal's face acts in a close-up as a person's does: its eyes close asleep (lids over the
emoji's own eyes), its mouth opens as it eats; the world records the expression in the trace.
A whole-body animal (a dog, a horse, a dragon, a snake) acts on its own art seen side on, and
turns its eyes and head towards whom it attends to."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import skia

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.sprites import draw_entity
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay
from kinema.world.rig import expression


def _close_up(verb: str, frame: int = 24) -> tuple[np.ndarray, str]:
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 9, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🐺"}, "archetype": "canine"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": verb}],
                    "shots": [{"id": "x", "duration": 3.0, "size": "close-up", "subjects": ["a"]}]}]})
    job = next(shot_jobs(play, load_sprites(play, None, "face")))
    for i, f in enumerate(VectorBackend().render_shot(job)):
        if i == frame:
            e = job.states[i].entity("a")
            assert e is not None
            return f[..., :3].astype(int), e.expression
    raise AssertionError("shot too short")


def test_a_sleeping_wolf_closes_its_eyes() -> None:
    awake, face = _close_up("idle")
    asleep, shut = _close_up("sleep")
    assert face == "neutral" and shut == "asleep"
    dark = (awake.max(axis=2) < 60).sum(), (asleep.max(axis=2) < 60).sum()
    assert dark[1] < 0.7 * dark[0]  # the emoji's dark eyes are under the lids


def test_an_eating_wolf_opens_its_mouth() -> None:
    idle, _ = _close_up("idle", 18)
    eating, face = _close_up("eat", 18)
    assert face == "eat"
    red = (eating[..., 0] - eating[..., 1:].max(axis=2) > 40).sum() - \
        (idle[..., 0] - idle[..., 1:].max(axis=2) > 40).sum()
    assert red > 10  # the open mouth's red


def _whole(emoji: str, archetype: str, target: bool = False) -> tuple[Any, Any, Any]:
    """A whole-body animal's sprite, cast entry and its state at frame 6 of a close-up (a target
    staged ahead and above it when `target`: whom it attends to)."""
    cast = [{"id": "a", "asset": {"emoji": emoji}, "archetype": archetype}]
    staging: dict[str, Any] = {"a": {"x": 0.0}}
    act: dict[str, Any] = {"at": 0, "who": "a", "do": "look" if target else "idle"}
    if target:
        cast.append({"id": "b", "asset": {"emoji": "🦅"}, "archetype": "bird"})
        staging["b"] = {"x": 4.0, "y": 6.0}
        act["target"] = "b"
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 9, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": cast,
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": staging, "actions": [act],
                    "shots": [{"id": "x", "duration": 1.0, "size": "close-up", "subjects": ["a"]}]}]})
    job = next(shot_jobs(play, load_sprites(play, None, "face")))
    return job.sprites["a"], play.cast[0], job.states[6].entity("a")


def _drawn(sprite: Any, member: Any, e: Any) -> np.ndarray:
    """The body alone on a 900x300 canvas, 120 px tall, feet at the bottom middle."""
    surf = skia.Surface(900, 300)
    canvas = surf.getCanvas()
    canvas.clear(skia.ColorWHITE)
    draw_entity(canvas, sprite, member, e, 450.0, 280.0, 120.0 / e.height, 0.5, 1, close=True)
    return np.asarray(surf.makeImageSnapshot().toarray())[..., :3].astype(int)


@pytest.mark.parametrize(("emoji", "archetype"), [("🐕", "canine"), ("🐎", "canine"), ("🐉", "dragon"),
                                                  ("🐍", "serpent")])
def test_a_whole_animals_face_acts_at_its_head(emoji: str, archetype: str) -> None:
    """Eyes shut asleep, the jaw open to howl or breathe fire: changed pixels only round the head,
    at the end of the body it faces, the same every time it is drawn."""
    sprite, member, e = _whole(emoji, archetype)
    plain = _drawn(sprite, member, replace(e, expression="neutral"))
    body = np.nonzero((plain < 250).any(axis=2).any(axis=0))[0]
    for face in ("asleep", "shout", "eat"):
        acted = _drawn(sprite, member, replace(e, expression=face))
        assert (acted == _drawn(sprite, member, replace(e, expression=face))).all()  # deterministic
        cols = np.nonzero((np.abs(acted - plain).max(axis=2) > 40).any(axis=0))[0]
        assert len(cols) >= 3, (emoji, face)
        span = body[-1] - body[0]
        assert cols[-1] - cols[0] < 0.45 * span, (emoji, face)  # a face's width, not the body's
        lead = body[-1] if e.facing > 0 else body[0]
        assert abs(float(cols.mean()) - lead) < 0.5 * span, (emoji, face)  # at the front: the head


def test_an_animal_attends_with_its_eyes_and_head() -> None:
    """The world gives an animal a gaze at whom it attends to (in the trace); a dragon's head turns
    up towards a bird above it, its eye with it."""
    sprite, member, e = _whole("🐉", "dragon", target=True)
    assert len(e.gaze) == 2 and e.gaze[1] > 0.3  # up, towards the bird
    looking = _drawn(sprite, member, e)
    ahead = _drawn(sprite, member, replace(e, gaze=()))
    changed = np.abs(looking - ahead).max(axis=2) > 40
    assert changed.sum() > 200
    rows = np.nonzero(changed.any(axis=1))[0]
    assert rows[0] < 220  # the head, high on the body


def test_breathing_fire_opens_the_mouth() -> None:
    assert expression("breathe_fire", 0.5, 0.0, 0.5, 0.3) == "shout"


def test_a_dragon_breathes_its_fire_from_its_drawn_mouth() -> None:
    """The flame starts at the snout the skeleton puts the head at (a head's radius ahead of its
    head joint), not at a share of the body's box: on a slope the neck lowers the head."""
    from kinema.screenplay.model import Archetype
    from kinema.world.particles import FIRE
    from kinema.world.simulate import simulate
    from kinema.world.skeleton import HEAD_RADIUS, JOINT_NAMES

    play = Screenplay.model_validate({
        "kinema": 1, "seed": 9, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🐉"}, "archetype": "dragon"}],
        "scenes": [{"id": "s", "setting": {"place": "mountains"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": "breathe_fire"}],
                    "shots": [{"id": "x", "duration": 1.0, "size": "close-up", "subjects": ["a"]}]}]})
    states = list(simulate(play, play.scenes[0]))
    e, s = states[5].entity("a"), states[6]
    assert e is not None and e.expression == "shout"
    hx, hy = e.skeleton[JOINT_NAMES[Archetype.DRAGON].index("head")]
    r = HEAD_RADIUS[Archetype.DRAGON] * e.height
    snout = e.x + e.facing * (hx + r), e.y + hy
    fire = s.particles.kind == FIRE
    xs, ys = s.particles.x[fire], s.particles.y[fire]
    assert len(xs) > 5
    d = np.hypot(xs - snout[0], ys - snout[1])
    assert d.min() < 0.6 * r and float(np.median(d)) < 1.5 * r  # the flame starts at the mouth
    assert (np.sign(xs - e.x) == e.facing).all()  # all of it ahead of the body
