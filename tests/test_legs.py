"""A large four-legged animal on its own legs (world/legs.py): a horse is not a long dog. Its legs
are drawn as long a share of its height as its picture shows them, stand nearly straight under it
at rest, walk in four beats with its feet planted, and fly between the beats of a fast trot and a
gallop; a dog keeps its bent legs and sits down."""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
import pytest
import skia

from kinema.assets import resolve
from kinema.bodies import BODIES
from kinema.plan.sets import HEIGHT_M
from kinema.render.sprites import draw_entity, load_sprite
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Archetype
from kinema.world.legs import belly_row
from kinema.world.simulate import simulate
from kinema.world.skeleton import QUADRUPED_JOINTS
from kinema.world.state import EntityState

Q = {n: i for i, n in enumerate(QUADRUPED_JOINTS)}
PAWS = ("paw_hind_l", "paw_hind_r", "paw_front_l", "paw_front_r")
LEGS = (("hip", "hind_l"), ("hip", "hind_r"), ("shoulder", "front_l"), ("shoulder", "front_r"))
HORSE_SCALE = HEIGHT_M["horse"] / BODIES[Archetype.CANINE].height  # as the planner casts a horse


def _play(emoji: str, scale: float, act: dict[str, Any], fps: int = 24, duration: float = 4.0) -> Screenplay:
    return Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": fps},
        "cast": [{"id": "a", "asset": {"emoji": emoji}, "archetype": "canine", "appearance": {"scale": scale}}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": -6.0}},
                    "actions": [{"at": 0, "who": "a", **act}],
                    "shots": [{"id": "x", "duration": duration, "size": "full", "subjects": ["a"]}]}]})


def _states(play: Screenplay) -> tuple[Any, list[EntityState]]:
    world = simulate(play, play.scenes[0])
    return world, [e for s in world if (e := s.entity("a")) is not None]


def _at(e: EntityState, name: str) -> tuple[float, float]:
    x, y = e.skeleton[Q[name]]
    return e.x + e.facing * x, e.y + y


def _drawn_leg_share(emoji: str, scale: float) -> float:
    """The legs' share of the height of the body as drawn walking: the rows under its belly line
    (read off the drawn silhouette as off an artwork) over all its rows."""
    play = _play(emoji, scale, {"do": "walk", "speed": 1.2})
    _, states = _states(play)
    e = states[30]
    member = play.cast[0]
    sprite = load_sprite(member, resolve(member.asset))
    size = 240
    surf = skia.Surface(size, size)
    canvas = surf.getCanvas()
    canvas.clear(skia.ColorTRANSPARENT)
    draw_entity(canvas, sprite, member, e, size / 2, size * 0.9, size * 0.7 / e.height, 0.0, 1)
    opaque = np.asarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType))[..., 3] > 200
    rows = np.nonzero(opaque.any(axis=1))[0]
    top, bottom = int(rows[0]), int(rows[-1]) + 1
    return (bottom - belly_row(opaque, True)) / (bottom - top)


def test_a_horse_is_drawn_on_longer_legs_than_a_dog() -> None:
    horse, dog = _drawn_leg_share("🐎", HORSE_SCALE), _drawn_leg_share("🐕", 1.0)
    assert horse > dog + 0.08, (horse, dog)


def test_a_horse_stands_on_straight_legs_and_a_dog_sits() -> None:
    """At rest a horse's legs are nearly straight, each paw under its hip (the hind hock bent back,
    the foreleg's knee forward); a dog sits on its haunch, its hind leg folded."""
    def legs(emoji: str, scale: float) -> list[tuple[float, float, float]]:
        _, states = _states(_play(emoji, scale, {"do": "idle"}, duration=1.0))
        e = states[-1]
        c, s = math.cos(-e.tilt), math.sin(-e.tilt)  # in the body's own frame, the slope taken off
        own = [(x * c - y * s, x * s + y * c) for x, y in e.skeleton]
        out = []
        for top, side in LEGS:
            (hx, hy), (kx, ky), (px, py) = (own[Q[n]] for n in (top, f"knee_{side}", f"paw_{side}"))
            bones = math.hypot(kx - hx, ky - hy) + math.hypot(px - kx, py - ky)
            # how straight (hip to paw over the bones), how far the paw is off under the hip, and
            # which side of the hip-paw line the knee is (+ behind)
            side_of = (kx - hx) * (py - hy) - (ky - hy) * (px - hx)
            out.append((math.hypot(px - hx, py - hy) / bones, abs(px - hx) / e.height, side_of))
        return out
    horse = legs("🐎", HORSE_SCALE)
    assert all(straight > 0.92 and off < 0.05 for straight, off, _ in horse), horse
    # the hind hock behind the line from hip to paw, the foreleg's knee ahead of it
    assert horse[0][2] > 0 and horse[1][2] > 0 and horse[2][2] < 0 and horse[3][2] < 0
    dog = legs("🐕", 1.0)
    assert dog[1][0] < 0.8  # the haunch folded


@pytest.mark.parametrize("speed,fps", [(1.2, 24), (3.2, 60), (8.0, 60)])
def test_a_horse_plants_its_feet_and_flies_when_it_goes_fast(speed: float, fps: int) -> None:
    """Walking, trotting or galloping, a horse's foot that is down (within 1 mm of the ground) does
    not slide (under 2 cm a frame, as a dog's: tests/test_skeleton.py); at a walk three feet are
    down at times (four beats), at a fast trot and a gallop none are at times (a flight phase)."""
    world, states = _states(_play("🐎", HORSE_SCALE, {"do": "walk" if speed < 3 else "run", "speed": speed},
                                  fps=fps, duration=3.0))
    going = [e for e in states[fps:] if e.grounded and abs(e.vx) > 0.9 * speed]
    assert len(going) > fps

    def down(e: EntityState, paw: str) -> bool:
        x, y = _at(e, paw)
        return abs(y - world.terrain.height(x)) < 0.001
    checked, landed = 0, set()
    for p, c in itertools.pairwise(going):
        for paw in PAWS:
            if down(p, paw) and down(c, paw):
                checked += 1
                landed.add(paw)
                (px, py), (cx, cy) = _at(p, paw), _at(c, paw)
                assert math.hypot(cx - px, cy - py) < 0.02, (speed, paw, c.x)
    assert checked > len(going) / 2 and landed == set(PAWS)
    feet_down = [sum(down(e, paw) for paw in PAWS) for e in going]
    if speed < 3:  # a four-beat walk: mostly three feet down, never fewer than two
        assert feet_down.count(3) > len(going) / 3 and min(feet_down) >= 2, feet_down
    else:
        assert feet_down.count(0) > 2, feet_down


def test_a_giraffe_takes_longer_slower_strides_than_a_horse() -> None:
    """Over the same ground at the same pace, a giraffe's longer legs take fewer steps."""
    def steps_per_metre(emoji: str, animal: str) -> float:
        scale = HEIGHT_M[animal] / BODIES[Archetype.CANINE].height
        _, states = _states(_play(emoji, scale, {"do": "walk", "speed": 1.2}))
        walking = [e for e in states if e.verb == "walk" and abs(e.vx) > 1.0]
        xs = [e.skeleton[Q["paw_hind_r"]][0] for e in walking]
        lands = sum(1 for a, b, c in zip(xs, xs[1:], xs[2:], strict=False) if b > a and c < b)
        return lands / abs(walking[-1].x - walking[0].x)
    assert steps_per_metre("🦒", "giraffe") < 0.6 * steps_per_metre("🐎", "horse")
