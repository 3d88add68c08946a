"""Bodies meeting bodies: landing on a back, passing at depth, a chase's bump; a dance; kneading paws."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import numpy as np
import pytest
import skia
from conftest import EXAMPLES, scene_film, scene_states

from kinema.assets import resolve
from kinema.bodies import BODIES
from kinema.render.blanket import forepaws
from kinema.render.sprites import draw_entity, load_sprite
from kinema.screenplay import Screenplay, load
from kinema.world import simulate
from kinema.world.state import EntityState, WorldState
from kinema.world.trace import trace_records

DOG = {"id": "dog", "asset": {"emoji": "🐕"}, "archetype": "canine"}
CAT = {"id": "cat", "asset": {"emoji": "🐈"}, "archetype": "feline"}
ANN = {"id": "ann", "asset": {"emoji": "🧍‍♀️"}, "archetype": "human"}
BOB = {"id": "bob", "asset": {"emoji": "🚶"}, "archetype": "human"}


def _film(cast: list[dict[str, Any]], scene: dict[str, Any], duration: float,
          place: str = "plain") -> Screenplay:
    return scene_film(cast, {"setting": {"place": place}, **scene}, duration)


_states = scene_states


def _e(s: WorldState, eid: str) -> EntityState:
    e = s.entity(eid)
    assert e is not None
    return e


def _width(e: EntityState, archetype: str) -> float:
    return e.height * next(b.aspect for a, b in BODIES.items() if a.value == archetype)


def _cat_onto_dog() -> Screenplay:
    return _film([DOG, CAT], {"staging": {"dog": {"x": 0.0}, "cat": {"x": -2.0}},
                              "actions": [{"at": 0.3, "who": "cat", "do": "jump", "to_x": 0.0},
                                          {"at": 2.5, "who": "dog", "do": "walk", "to_x": 1.0}]}, 5.0)


def test_cat_jumps_onto_a_standing_dog_and_rides_on_its_back() -> None:
    states = _states(_cat_onto_dog())
    landed = None
    for s in states:
        cat, dog = _e(s, "cat"), _e(s, "dog")
        top = dog.y + dog.height
        side_by_side = abs(cat.x - dog.x) < (_width(cat, "feline") + _width(dog, "canine")) / 2 - 0.01
        if side_by_side:  # never inside the dog: over it, feet on or above its back
            assert cat.y > top - 0.03, (s.t, cat.y, top)
        if landed is None and cat.grounded and "dog" in cat.contacts:
            landed = s.t
    assert landed is not None and landed < 2.0
    at_rest = next(s for s in states if s.t >= 2.4)
    cat, dog = _e(at_rest, "cat"), _e(at_rest, "dog")
    assert cat.y == pytest.approx(dog.y + dog.height, abs=0.03)  # on its back, within 3 cm
    assert cat.grounded and "dog" in cat.contacts and "cat" in dog.contacts
    assert abs(dog.y) < 0.02  # the dog carries the load on its own feet
    end_cat, end_dog = _e(states[-1], "cat"), _e(states[-1], "dog")
    assert end_dog.x == pytest.approx(1.0, abs=0.05)  # the dog walked on
    assert end_cat.x - end_dog.x == pytest.approx(cat.x - dog.x, abs=0.05)  # and carried the cat along
    assert end_cat.y == pytest.approx(end_dog.y + end_dog.height, abs=0.03) and end_cat.grounded


def test_walkers_at_ground_level_pass_each_other_at_depth() -> None:
    states = _states(_film([ANN, BOB], {"staging": {"ann": {"x": -2.0}, "bob": {"x": 2.0}},
                                        "actions": [{"at": 0, "who": "ann", "do": "walk", "to_x": 2.0},
                                                    {"at": 0, "who": "bob", "do": "walk", "to_x": -2.0}]}, 4.0))
    assert _e(states[-1], "ann").x == pytest.approx(2.0, abs=0.05)
    assert _e(states[-1], "bob").x == pytest.approx(-2.0, abs=0.05)
    assert all("bob" not in _e(s, "ann").contacts and not s.events for s in states)


def test_chase_bumps_into_its_target_without_overlap() -> None:
    states = _states(_film([DOG, CAT], {"staging": {"dog": {"x": -3.0}, "cat": {"x": 0.0}},
                                        "actions": [{"at": 0, "who": "dog", "do": "chase", "target": "cat",
                                                     "speed": 4.0}]}, 3.0))
    bumps = [(i, ev) for i, s in enumerate(states) for ev in s.events if ev.startswith("bump:")]
    assert [ev for _, ev in bumps] == ["bump:dog:cat"]  # once: then the dog follows rather than rams
    i = bumps[0][0]
    before, after = states[i - 1], states[i]
    assert _e(before, "cat").vx == 0.0 and _e(after, "cat").vx > 3.0  # knocked forwards
    assert _e(after, "dog").vx < _e(before, "dog").vx - 0.3  # and the dog slowed by the blow
    reach = (_width(_e(before, "dog"), "canine") + _width(_e(before, "cat"), "feline")) / 2
    gaps = [_e(s, "cat").x - _e(s, "dog").x - reach for s in states]
    assert min(gaps) > -0.02  # never through each other
    assert 0.0 <= gaps[-1] < 0.1  # caught: it stays at its target's side


def test_same_seed_same_trace_with_bodies_meeting() -> None:
    play = _cat_onto_dog()
    a = [json.dumps(r) for r in trace_records(play)]
    assert a == [json.dumps(r) for r in trace_records(play)]


def test_a_human_dances_a_rhythm_around_its_spot_and_a_dog_bounces() -> None:
    fps = 24
    states = _states(_film([ANN, DOG], {"staging": {"ann": {"x": 1.0}, "dog": {"x": 4.0}},
                                        "actions": [{"at": 0, "who": "ann", "do": "dance"},
                                                    {"at": 0, "who": "dog", "do": "dance"}]}, 4.0))
    ann = [_e(s, "ann") for s in states[1:]]
    xs = np.array([e.x for e in ann])
    assert np.abs(xs - 1.0).max() < 0.25  # small steps around where it began
    assert xs.min() < 0.9 and xs.max() > 1.1  # to both sides
    assert all(e.verb == "dance" for e in ann)
    # The sway alternates with the steps: a tilt to each side every beat, 1 s a full period.
    tilt = np.array([e.tilt for e in ann if e.grounded])
    assert tilt.min() < -0.08 and tilt.max() > 0.08
    arms = np.array([e.arms for e in ann])
    crossings = np.nonzero(np.diff(np.sign(arms)) != 0)[0]
    period = 2 * float(np.diff(crossings).mean()) / fps
    assert period == pytest.approx(1.0, abs=0.1)
    assert arms.min() < -0.9 and arms.max() > 0.9  # left arm up, then the right
    # A hop on the beat now and then: the feet leave the ground and come back.
    air = [e for e in ann if not e.grounded]
    assert 0 < len(air) < len(ann) // 3
    ground = min(e.y for e in ann)
    assert max(e.y for e in air) > ground + 0.08
    dog = [_e(s, "dog") for s in states[1:]]
    assert sum(not e.grounded for e in dog) > 10  # a bounce each beat
    assert all(abs(e.x - 4.0) < 0.05 for e in dog)  # in place


def _render(e: EntityState, sprite: Any, member: Any, ppm: float, size: int = 160) -> np.ndarray:
    surf = skia.Surface(size, size)
    canvas = surf.getCanvas()
    canvas.clear(skia.ColorTRANSPARENT)
    draw_entity(canvas, sprite, member, e, size / 2, size * 0.75, ppm, 0.0, 1)
    return np.asarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType))


def test_kneading_paws_are_drawn_pressing_in_turn_at_the_dents() -> None:
    play = load(EXAMPLES / "cat.yaml")
    world = simulate(play, play.scenes[0])
    cats = [_e(s, "cat") for s, _ in zip(world, range(24), strict=False)]
    left = min(cats, key=lambda e: e.paw)  # the left paw pressing
    right = max(cats, key=lambda e: e.paw)
    assert left.paw < -0.9 and right.paw > 0.9
    member = play.cast[0]
    sprite = load_sprite(member, resolve(member.asset))
    ppm, size = 200.0, 160
    # The same body pose at both moments, so whatever differs is the paws.
    pose = {"tilt": 0.0, "squash": 1.0, "breath": 0.0}
    a = _render(dataclasses.replace(left, **pose), sprite, member, ppm, size)
    b = _render(dataclasses.replace(right, **pose), sprite, member, ppm, size)
    diff = np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 40
    ys, xs = np.nonzero(diff)
    assert len(xs) > 30
    (lx, _), (rx, _) = forepaws(left)
    lcol, rcol = size / 2 + (lx - left.x) * ppm, size / 2 + (rx - left.x) * ppm
    half = 0.06 * left.height * ppm  # a paw's half width, and its foreleg's
    near = (np.abs(xs - lcol) < half + 3) | (np.abs(xs - rcol) < half + 3)
    assert near.mean() > 0.97  # the difference is at the paws' columns
    assert ys.min() > size * 0.75 - 0.3 * left.height * ppm  # below the chest: legs and paws only

    def lowest(img: np.ndarray, col: float) -> int:  # the lowest drawn pixel in a paw's columns
        band = img[:, round(col - half / 2):round(col + half / 2), 3] > 128
        return int(np.nonzero(band.any(axis=1))[0].max())

    # With the left paw pressing, it sinks below the feet into its dent and the right one is lifted.
    assert lowest(a, lcol) > size * 0.75 + 2 and lowest(a, lcol) > lowest(b, lcol) + 2
    assert lowest(b, rcol) > size * 0.75 + 2 and lowest(b, rcol) > lowest(a, rcol) + 2


def test_follow_keeps_its_distance_and_approach_stops_a_step_short_facing() -> None:
    states = _states(_film([DOG, BOB], {"staging": {"dog": {"x": -6.0}, "bob": {"x": 0.0}},
                                        "actions": [{"at": 0, "who": "bob", "do": "walk", "to_x": 8.0},
                                                    {"at": 0, "who": "dog", "do": "follow", "target": "bob"}]},
                           8.0))
    dog0 = _e(states[0], "dog")
    reach = (_width(dog0, "canine") + _width(_e(states[0], "bob"), "human")) / 2
    gaps = [_e(s, "bob").x - _e(s, "dog").x - reach for s in states]
    assert min(gaps) > 0.5  # never closer than about a body length: it follows, it does not catch
    walking = gaps[3 * 24:5 * 24]  # bob walks until about 5.7 s; the dog has settled in by 3 s
    want = 1.2 * _width(dog0, "canine")
    assert max(walking) - min(walking) < 0.1  # a steady distance behind a steady walker
    assert abs(gaps[-1] - want) < 0.05  # and closes to it once he stops
    assert all(not s.events for s in states)  # no bump, no contact
    assert _e(states[len(states) // 2], "dog").verb == "follow"

    meet = {"at": 0, "who": "ann", "do": "approach", "target": "bob"}
    states = _states(_film([ANN, BOB], {"staging": {"ann": {"x": -5.0}, "bob": {"x": 1.0, "facing": "left"}},
                                        "actions": [meet]}, 8.0))
    ann, bob = _e(states[-1], "ann"), _e(states[-1], "bob")
    gap = bob.x - ann.x - (_width(ann, "human") + _width(bob, "human")) / 2
    assert gap == pytest.approx(0.3 * ann.height, abs=0.05) and ann.facing == 1 and ann.verb == "idle"
    speeds = [abs(_e(s, "ann").vx) for s in states]
    assert max(speeds) <= 1.4 + 1e-6  # walking pace (the human's walk)
    assert max(speeds[-24:]) < 0.05  # arrived and still: it eased in, no overshoot
    assert all(_e(s, "ann").x <= ann.x + 0.01 for s in states)
