"""Particle effects tied to actions and settings: engine jets, exhaust, splashes, fireflies, leaves."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import numpy as np
import pytest
import skia
from conftest import scene_film, scene_states

from kinema.render.camera import Camera
from kinema.render.particles import SPRITE_MIN, atlas_for, draw_particles
from kinema.screenplay import Screenplay
from kinema.world import simulate
from kinema.world.particles import (
    DUST,
    FIRE,
    FIREFLY,
    LEAF,
    RAIN,
    SMOKE,
    SNOW,
    SPARK,
    SPLASH,
    ParticleFrame,
)
from kinema.world.state import WorldState

SHIP = {"id": "ship", "asset": {"emoji": "🚀"}, "archetype": "prop"}
EARTH = {"id": "earth", "asset": {"emoji": "🌍"}, "archetype": "prop", "appearance": {"scale": 10}}
CAR = {"id": "car", "asset": {"emoji": "🚙"}, "archetype": "vehicle"}
FOX = {"id": "fox", "asset": {"emoji": "🦊"}, "archetype": "canine"}


def _film(cast: list[dict[str, Any]], scene: dict[str, Any], duration: float = 3.0,
          seed: int = 5) -> Screenplay:
    return scene_film(cast, scene, duration, fps=12, seed=seed)


_states = scene_states


def _of(s: WorldState, kind: int) -> tuple[np.ndarray, np.ndarray]:
    m = s.particles.kind == kind
    return s.particles.x[m], s.particles.y[m]


@pytest.mark.parametrize("facing", ["right", "left"])
def test_ignite_jets_fire_behind_and_smoke_that_rises_and_spreads(facing: str) -> None:
    play = _film([SHIP], {"setting": {"place": "plain"},
                          "staging": {"ship": {"x": 0, "y": 3.0, "facing": facing}},
                          "actions": [{"at": 0.5, "who": "ship", "do": "ignite"}]}, 3.0)
    states = _states(play)
    back = 1 if facing == "left" else -1
    events = [ev for s in states for ev in s.events]
    assert events.count("ignite:ship") == 1
    assert all(len(_of(s, FIRE)[0]) == 0 for s in states[: 6])  # nothing before the engines fire
    last = states[-1]
    ship = last.entity("ship")
    assert ship is not None
    fx, _ = _of(last, FIRE)
    assert len(fx) > 20
    assert np.all(back * (fx - ship.x) > 0)  # the flame is behind the body, opposite its facing
    sx, sy = _of(last, SMOKE)
    assert len(sx) > 20 and np.all(back * (sx - ship.x) > 0)
    mid = ship.y + ship.height / 2
    assert np.median(sy) > mid + 0.2  # smoke is buoyant
    assert np.ptp(sy) > 1.0  # and spreads
    lit = next(s for s in states if "ignite:ship" in s.events).entity("ship")
    assert lit is not None  # it fell until the engines fired; from then on they hold its height, in place
    assert abs(ship.y - lit.y) < 0.05 and abs(ship.x) < 0.05 and ship.y > 1.0


def test_ignite_with_speed_moves_forward_holding_height() -> None:
    play = _film([SHIP], {"staging": {"ship": {"x": 0, "y": 2.0}},
                          "actions": [{"at": 0, "who": "ship", "do": "ignite", "speed": 6}]}, 4.0)
    ships = [s.entity("ship") for s in _states(play)]
    xs = [e.x for e in ships if e is not None]
    vxs = [e.vx for e in ships if e is not None]
    assert all(abs(e.y - 2.0) < 0.05 for e in ships if e is not None)
    assert xs[-1] > 5.0 and all(b >= a for a, b in pairwise(xs))
    assert 0 < vxs[12] < vxs[24] < vxs[-1] <= 6.0 + 1e-6  # speeds up smoothly, never past `speed`


def test_a_planet_fires_many_jets_across_its_trailing_half() -> None:
    play = _film([EARTH], {"setting": {"place": "space", "gravity": 0},
                           "staging": {"earth": {"x": 0, "y": 0.0, "facing": "right"}},
                           "actions": [{"at": 0, "who": "earth", "do": "ignite"}]}, 2.0)
    last = _states(play)[-1]
    earth = last.entity("earth")
    assert earth is not None
    fx, fy = _of(last, FIRE)
    assert np.all(fx < earth.x)
    # Engines along the whole height of the trailing half, not one nozzle.
    assert np.ptp(fy) > 0.7 * earth.height
    assert len(np.unique(np.round(fy / (earth.height / 20)))) >= 8
    sx, _ = _of(last, SMOKE)
    assert 0 < len(sx) < len(fx)  # thin smoke in space


def test_driving_car_leaves_exhaust_smoke_behind_its_rear() -> None:
    play = _film([CAR], {"setting": {"place": "city"}, "staging": {"car": {"x": 0}},
                         "actions": [{"at": 0, "who": "car", "do": "drive", "speed": 8}]}, 3.0)
    last = _states(play)[-1]
    car = last.entity("car")
    assert car is not None
    sx, _ = _of(last, SMOKE)
    assert len(sx) > 10
    assert np.all(sx < car.x - 0.5)  # behind the rear of a car driving right
    assert np.count_nonzero(last.particles.kind == DUST) == 0  # a paved city: exhaust, no dust


@pytest.mark.parametrize("emoji,place,smoke,dust", [
    ("🚲", "road", False, True),  # pedalled: dust off the tyres, no exhaust
    ("⛵", "beach", False, False),  # a hull under sail: neither
    ("🚤", "beach", True, False),  # a motor boat: its engine, but no dust
    ("🚙", "beach", True, True),
])
def test_what_moves_a_vehicle_and_what_it_rides_on(emoji: str, place: str, smoke: bool, dust: bool) -> None:
    craft = {"id": "v", "asset": {"emoji": emoji}, "archetype": "vehicle"}
    play = _film([craft], {"setting": {"place": place}, "staging": {"v": {"x": 0}},
                           "actions": [{"at": 0, "who": "v", "do": "drive", "speed": 8}]}, 3.0)
    states = _states(play)
    assert (sum(len(_of(s, SMOKE)[0]) for s in states) > 0) == smoke, emoji
    assert (sum(np.count_nonzero(s.particles.kind == DUST) for s in states) > 0) == dust, emoji


def test_no_exhaust_underwater() -> None:
    play = _film([CAR], {"setting": {"place": "underwater"}, "staging": {"car": {"x": 0}},
                         "actions": [{"at": 0, "who": "car", "do": "drive"}]}, 1.0)
    states = _states(play)
    assert len(states) == 12  # 1 s at 12 fps: all() of nothing would pass
    assert all(len(_of(s, SMOKE)[0]) == 0 for s in states)


def test_rain_splashes_at_ground_level() -> None:
    play = _film([FOX], {"setting": {"place": "plain", "weather": "rain"}, "staging": {"fox": {"x": 0}}}, 2.0)
    world = simulate(play, play.scenes[0])
    states = list(world)
    xs, ys = _of(states[-1], SPLASH)
    assert len(xs) > 20
    ground = np.interp(xs, world.terrain.xs, world.terrain.ys)
    assert np.all(ys >= ground - 1e-3) and np.all(ys < ground + 0.5)  # thrown up a little from the ground
    assert np.count_nonzero(states[-1].particles.kind == RAIN) > 100
    assert max(len(s.particles) for s in states) <= 8000  # the pool stays bounded


@pytest.mark.parametrize("time", ["night", "day"])
def test_fireflies_glow_in_a_forest_at_night_not_by_day(time: str) -> None:
    play = _film([FOX], {"setting": {"place": "forest", "time": time}, "staging": {"fox": {"x": 0}}}, 2.0)
    states = _states(play)
    counts = [len(_of(s, FIREFLY)[0]) for s in states[1:]]
    if time == "day":
        assert max(counts) == 0
        return
    assert min(counts) >= 24 and max(counts) <= 40  # a steady few dozen
    xs, ys = _of(states[-1], FIREFLY)
    assert np.all(np.abs(xs) < 12) and np.all(ys > -1) and np.all(ys < 5)  # around the fox, near the ground
    # They blink, each at its own phase: dim and bright ones at once, and each changes over time.
    last = states[-1].particles.alpha[states[-1].particles.kind == FIREFLY]
    assert last.min() < 0.5 * last.max()
    before = states[-7].particles.alpha[states[-7].particles.kind == FIREFLY]
    assert np.abs(last[:10] - before[:10]).max() > 0.1


def test_more_leaves_fall_in_a_windy_forest_none_elsewhere() -> None:
    counts = {}
    for place, weather in (("forest", "clear"), ("forest", "wind"), ("plain", "wind")):
        setting = {"place": place, "weather": weather}
        play = _film([FOX], {"setting": setting, "staging": {"fox": {"x": 0}}}, 4.0)
        counts[place, weather] = len(_of(_states(play)[-1], LEAF)[0])
    assert counts["forest", "wind"] > 2 * counts["forest", "clear"] > 0
    assert counts["plain", "wind"] == 0


def test_leaves_move_downwind() -> None:
    play = _film([FOX], {"setting": {"place": "forest", "weather": "wind"}, "staging": {"fox": {"x": 0}}}, 4.0)
    world = simulate(play, play.scenes[0])
    pool_x = []
    for s in world:
        pool_x.append((s.t, world.particles.pos[:, 0].copy(), world.particles.pos[:, 1].copy(),
                       (world.particles.kind == LEAF) & (world.particles.life > 0)))
    _, x0, y0, m0 = pool_x[-25]
    _, x1, y1, m1 = pool_x[-1]
    both = m0 & m1  # the same slots a second apart (the pool is far from full here)
    assert both.sum() > 5
    assert np.median(x1[both] - x0[both]) > 2.0  # carried by the 5 m/s wind
    assert np.median(y1[both] - y0[both]) < 0.0  # and falling


def test_same_seed_same_particles() -> None:
    scene = {"setting": {"place": "forest", "time": "night", "weather": "rain"},
             "staging": {"ship": {"x": 0, "y": 2.0}},
             "actions": [{"at": 0, "who": "ship", "do": "ignite", "speed": 3}]}
    a = [s.particles for s in _states(_film([SHIP], scene, 1.5))]
    b = [s.particles for s in _states(_film([SHIP], scene, 1.5))]
    c = [s.particles for s in _states(_film([SHIP], scene, 1.5, seed=6))]
    assert a == b
    assert a != c


def _canvas(w: int = 320, h: int = 180) -> tuple[np.ndarray, skia.Canvas, skia.Surface]:
    buf = np.zeros((h, w, 4), np.uint8)
    surf = skia.Surface(buf, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
    return buf, surf.getCanvas(), surf


def test_one_draw_call_per_kind_for_every_new_kind() -> None:
    kinds = [SMOKE, FIRE, FIREFLY, SPLASH, LEAF, SNOW, SPARK]
    n = 300 * len(kinds)
    g = np.random.default_rng(1)
    parts = ParticleFrame(g.uniform(-3, 3, n).astype(np.float32), g.uniform(-1.5, 1.5, n).astype(np.float32),
                          np.full(n, 0.15, np.float32), g.uniform(0.1, 1, n).astype(np.float32),
                          np.repeat(np.array(kinds, np.uint8), 300))
    buf, canvas, surf = _canvas()
    assert draw_particles(canvas, parts, Camera(0.0, 0.0, 40.0), 320, 180) == len(kinds)  # 6 px cells
    surf.flushAndSubmit()
    assert buf[:, :, 3].mean() > 20


def test_big_cells_drawn_as_sprites_match_the_atlas_pixels() -> None:
    """Cells from SPRITE_MIN px are trimmed to their visible pixels and drawn in one batch: the
    same pixels as drawAtlas gives with the whole cells."""
    parts = ParticleFrame(np.array([-2.0, 0.0, 2.0], np.float32), np.zeros(3, np.float32),
                          np.full(3, 1.0, np.float32), np.array([1.0, 0.6, 0.3], np.float32),
                          np.full(3, SMOKE, np.uint8))
    cam = Camera(0.0, 0.0, 40.0)  # 40 px cells, apart
    assert SPRITE_MIN <= 40
    buf, canvas, surf = _canvas()
    assert draw_particles(canvas, parts, cam, 320, 180) == 1  # one call for the three
    surf.flushAndSubmit()
    ref, rc, rsurf = _canvas()
    atlas = atlas_for(SMOKE)
    xf = [skia.RSXform(1.0, 0.0, 160 + dx - 22.0, 90 - 22.0) for dx in (-80, 0, 80)]
    tex = [atlas.rects[9][3], atlas.rects[9][2], atlas.rects[9][1]]  # 45 px bucket, alpha levels
    rc.drawAtlas(atlas.image, xf, tex, [], skia.BlendMode.kModulate, skia.SamplingOptions(), None, None)
    rsurf.flushAndSubmit()
    assert buf[:, :, 3].sum() > 0
    assert np.array_equal(buf, ref)


def test_a_thruster_skims_the_ground_and_never_presses_a_prop_through_it() -> None:
    rocket = {"id": "rocket", "asset": {"emoji": "🚀"}, "archetype": "vehicle"}
    box = {"id": "box", "asset": {"emoji": "📦"}, "archetype": "prop"}
    play = _film([rocket, box], {"setting": {"place": "space", "gravity": 0},
                                 "staging": {"rocket": {"x": -20.0}, "box": {"x": 0.0}},
                                 "actions": [{"at": 0, "who": "rocket", "do": "ignite", "speed": 25.0}]}, 3.0)
    world = simulate(play, play.scenes[0])
    for s in world:
        for e in s.entities:
            assert e.y >= world.terrain.height(e.x) - 0.03, (s.frame, e.id, e.y)
    assert s.entity("rocket").x > 20.0  # type: ignore[union-attr]
