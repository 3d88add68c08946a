"""Groups (appearance.count > 1): flocks, schools, fields and herds in the world, the trace and the renderer."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from typing import Any

import numpy as np
import pytest
import skia
from conftest import scene_film, scene_states

from kinema.bodies import BODIES
from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.camera import Camera
from kinema.render.flock import draw_group
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Archetype
from kinema.world.flock import WATER_SURFACE, stats
from kinema.world.simulate import SceneWorld
from kinema.world.state import GroupFrame, WorldState
from kinema.world.trace import trace_records


def _film(cast: list[dict[str, Any]], scene: dict[str, Any], duration: float = 3.0, fps: int = 12,
          seed: int = 5, size: str = "wide", move: str = "static") -> Screenplay:
    return scene_film(cast, scene, duration, fps, seed, size=size, move=move)


_states = scene_states


def _group(s: WorldState, gid: str) -> GroupFrame:
    g = s.group(gid)
    assert g is not None
    return g


def _min_distance(g: GroupFrame) -> float:
    p = np.stack([g.x, g.y], axis=1).astype(np.float64)
    d = np.sqrt(((p[:, None] - p[None]) ** 2).sum(axis=2))
    np.fill_diagonal(d, np.inf)
    return float(d.min())


def _birds(n: int, seed: int = 5, duration: float = 4.0) -> Screenplay:
    return _film([{"id": "b", "asset": {"emoji": "🐦"}, "archetype": "bird", "appearance": {"count": n}}],
                 {"setting": {"place": "plain"}, "staging": {"b": {"x": -20, "y": 6}},
                  "actions": [{"at": 0, "who": "b", "do": "fly", "to_x": 80, "to_y": 7}]}, duration, seed=seed)


def _field(gravity: float, ship: bool = True, n: int = 150) -> Screenplay:
    cast = [{"id": "rocks", "asset": {"emoji": "🪨"}, "archetype": "prop", "appearance": {"count": n}}]
    staging: dict[str, Any] = {"rocks": {"x": 0, "y": 6 if gravity == 0 else None}}
    actions = []
    if ship:
        cast.append({"id": "ship", "asset": {"emoji": "🚀"}, "archetype": "vehicle"})
        staging["ship"] = {"x": -30, "y": 6}
        actions.append({"at": 0, "who": "ship", "do": "fly", "to_x": 40, "to_y": 6, "speed": 15})
    place = "space" if gravity == 0 else "plain"
    setting = {"place": place, "gravity": gravity}
    return _film(cast, {"setting": setting, "staging": staging, "actions": actions}, 5.0)


def test_a_flock_follows_its_flying_leader_cohesive_aligned_and_separated() -> None:
    states = _states(_birds(60))
    start = stats(_group(states[0], "b"))
    leader = [s.entity("b") for s in states]
    assert all(e is not None and not e.visible for e in leader)  # the group is drawn instead
    for s in states[12:]:  # after the first second the leader flies straight and level
        g = _group(s, "b")
        k = stats(g)
        e = s.entity("b")
        assert e is not None
        assert len(g) == 60
        assert k["spread"] < 1.5 * start["spread"]  # cohesive
        assert k["polarisation"] > 0.8  # aligned
        assert abs(k["heading"]) < 0.3  # heading the leader's way (right)
        assert abs(k["x"] - e.x) < 6.0  # following, not left behind
        assert _min_distance(g) > 0.3  # separated: birds are 0.3 m tall
        assert (g.facing == 1).mean() > 0.9
    phases = np.array([_group(s, "b").phase for s in states[12:16]])
    assert np.ptp(phases, axis=0).min() > 0.0  # every wing beats


def test_a_large_flock_stays_separated_through_the_neighbour_grid() -> None:
    states = _states(_birds(400, duration=1.5))
    g = _group(states[-1], "b")
    assert len(g) == 400
    assert _min_distance(g) > 0.15
    assert stats(g)["polarisation"] > 0.8


def test_birds_stay_above_the_ground() -> None:
    play = _film([{"id": "b", "asset": {"emoji": "🐦"}, "archetype": "bird", "appearance": {"count": 80}}],
                 {"setting": {"place": "plain"}, "staging": {"b": {"x": 0, "y": 1}},
                  "actions": [{"at": 0, "who": "b", "do": "fly", "to_x": 20, "to_y": 0.5}]}, 3.0)
    world = SceneWorld(play, play.scenes[0])
    states = list(world)
    assert len(states) == 36  # 3 s at 12 fps
    for s in states:
        g = _group(s, "b")
        ground = np.interp(g.x, world.terrain.xs, world.terrain.ys)
        assert (g.y - g.height * g.scale / 2 >= ground - 1e-3).all()


def test_a_fish_school_stays_under_the_surface_and_above_the_floor() -> None:
    play = _film([{"id": "f", "asset": {"emoji": "🐟"}, "archetype": "fish", "appearance": {"count": 90}}],
                 {"setting": {"place": "underwater"}, "staging": {"f": {"x": -5, "y": 6}},
                  "actions": [{"at": 0, "until": 2, "who": "f", "do": "swim", "to_x": 10, "to_y": 13.5},
                              {"at": 2, "who": "f", "do": "swim", "to_x": 20, "to_y": 0.0}]}, 4.0)
    world = SceneWorld(play, play.scenes[0])
    states = list(world)
    tops, lows = [], []
    for s in states:
        g = _group(s, "f")
        half = g.height * g.scale / 2
        floor = np.interp(g.x, world.terrain.xs, world.terrain.ys)
        assert (g.y + half <= WATER_SURFACE + 1e-3).all()
        assert (g.y - half >= floor - 1e-3).all()
        tops.append(float((g.y + half).max()))
        lows.append(float((g.y - half).min()))
    assert max(tops) > WATER_SURFACE - 0.5  # the leader did push the school up against the surface
    assert min(lows) < 0.8  # and down to the floor
    angles = np.array([_group(s, "f").angle for s in states[6:18]])
    assert np.ptp(angles, axis=0).mean() > 0.1  # the tail stroke swings each body


def test_an_asteroid_field_tumbles_drifts_and_parts_for_a_ship() -> None:
    states = _states(_field(0.0))
    first, last = _group(states[0], "rocks"), _group(states[-1], "rocks")
    assert first.y.min() > 1.0 and first.y.max() > 8.0  # floating around the body, not on the ground
    assert np.ptp(first.x) > 15.0  # a field a few tens of metres wide
    assert np.ptp(first.scale) > 0.5  # sizes vary
    assert (np.abs(last.angle - first.angle) > 0.05).mean() > 0.9  # they tumble
    rocks = states[0].entity("rocks")
    assert rocks is not None and not rocks.visible
    ship = states[-1].entity("ship")
    assert ship is not None and ship.x > 30.0  # it flew through
    body = BODIES[Archetype.VEHICLE]
    path_y = 6.0 + body.height / 2  # the ship's centre line
    r = 0.5 * body.height * body.aspect
    inside = (np.abs(first.y - path_y) < r * 0.8) & (np.abs(first.x) < 10)
    assert inside.sum() >= 5
    # The copies on its path were pushed off it; the far ones only drifted a little.
    assert (np.abs(last.y[inside] - path_y) > r * 0.8).mean() > 0.8
    far = np.abs(first.y - path_y) > r + 1.5
    moved = np.hypot(last.x - first.x, last.y - first.y)
    assert 0.05 < float(np.median(moved[far])) < 2.0


def test_a_field_rests_on_the_terrain_under_earth_gravity() -> None:
    play = _field(9.81, ship=False, n=60)
    world = SceneWorld(play, play.scenes[0])
    states = list(world)
    assert len(states) == 60  # 5 s at 12 fps
    for s in states:
        g = _group(s, "rocks")
        ground = np.interp(g.x, world.terrain.xs, world.terrain.ys)
        assert g.y - g.height * g.scale / 2 == pytest.approx(ground, abs=1e-3)


def test_a_herd_walks_on_the_terrain_behind_and_around_its_leader() -> None:
    play = _film([{"id": "d", "asset": {"emoji": "🐕"}, "archetype": "canine", "appearance": {"count": 30}}],
                 {"setting": {"place": "plain"}, "staging": {"d": {"x": -10}},
                  "actions": [{"at": 0, "who": "d", "do": "run", "to_x": 15}]}, 4.0)
    world = SceneWorld(play, play.scenes[0])
    states = list(world)
    for s in states:
        g = _group(s, "d")
        ground = np.interp(g.x, world.terrain.xs, world.terrain.ys)
        assert g.y - g.height * g.scale / 2 == pytest.approx(ground, abs=1e-3)
    first, last = _group(states[0], "d"), _group(states[-1], "d")
    assert float(last.x.mean() - first.x.mean()) > 15.0  # the herd came along
    assert np.ptp(last.x) > 8.0  # spaced out, not piled on the leader
    leader = states[-1].entity("d")
    assert leader is not None and last.x.min() < leader.x < last.x.max() + 1.0


def test_the_same_seed_gives_the_same_groups_and_another_seed_others() -> None:
    a = [s.groups for s in _states(_birds(40, seed=3, duration=1.0))]
    b = [s.groups for s in _states(_birds(40, seed=3, duration=1.0))]
    c = [s.groups for s in _states(_birds(40, seed=4, duration=1.0))]
    assert a == b
    assert a != c


def test_the_trace_reports_each_group() -> None:
    frames = [r for r in trace_records(_birds(30, duration=1.0)) if r["type"] == "frame"]
    rec = frames[-1]["groups"][0]
    assert rec["id"] == "b" and rec["kind"] == "flock" and rec["count"] == 30
    assert set(rec) >= {"x", "y", "spread", "heading", "polarisation"}
    assert rec["spread"] > 0 and rec["polarisation"] > 0.8
    bird = {"id": "b", "asset": {"emoji": "🐦"}, "archetype": "bird"}
    plain = _film([bird], {"staging": {"b": {"x": 0}}}, 0.5)
    assert all("groups" not in r for r in trace_records(plain) if r["type"] == "frame")


@pytest.mark.parametrize("emoji,archetype", [("🐦", "bird"), ("🪨", "prop"), ("🐺", "canine")])
def test_a_group_is_one_draw_call_with_pixels_where_its_copies_are(emoji: str, archetype: str) -> None:
    play = _film([{"id": "g", "asset": {"emoji": emoji}, "archetype": archetype,
                   "appearance": {"count": 40, "tint": "#ff0000"}}],
                 {"setting": {"place": "space", "gravity": 0}, "staging": {"g": {"x": 0, "y": 4}},
                  "actions": [{"at": 0, "who": "g", "do": "walk", "to_x": 5}]}, 0.5)
    g = _group(_states(play)[-1], "g")
    sprites = load_sprites(play, None, "t")
    w, h = 320, 180
    cam = Camera(float(g.x.mean()), float(g.y.mean()), h / (float(np.ptp(g.y)) + 6.0))
    rec = skia.PictureRecorder()
    canvas = rec.beginRecording(skia.Rect.MakeWH(w, h))
    assert draw_group(canvas, g, sprites["g"], play.cast[0], cam, w, h) == 1
    pic = rec.finishRecordingAsPicture()
    assert pic.approximateOpCount() == 1  # one drawAtlas for every copy
    surf = skia.Surface(w, h)
    surf.getCanvas().clear(skia.Color4f(0, 0, 0, 0))
    surf.getCanvas().drawPicture(pic)
    alpha = surf.makeImageSnapshot().toarray()[:, :, 3]
    sx = np.round((g.x - cam.cx) * cam.ppm + w / 2).astype(int)
    sy = np.round(h / 2 - (g.y - cam.cy) * cam.ppm).astype(int)
    on = (sx >= 1) & (sx < w - 1) & (sy >= 1) & (sy < h - 1)
    assert on.sum() > 20
    hits = [alpha[y - 1:y + 2, x - 1:x + 2].max() > 0 for x, y in zip(sx[on], sy[on], strict=True)]
    assert np.mean(hits) > 0.9
    assert alpha.mean() < 200  # copies, not a filled frame


def test_a_wide_shot_shows_the_whole_flock_and_the_renderer_draws_it() -> None:
    play = _birds(120, duration=1.0)
    job = next(shot_jobs(play, load_sprites(play, None, "t")))
    w, h = play.format.width, play.format.height
    i = job.frames - 1
    g = _group(job.states[i], "b")
    cam = job.cameras[i]
    sx = (g.x - cam.cx) * cam.ppm + w / 2
    sy = h / 2 - (g.y - cam.cy) * cam.ppm
    assert ((sx > 0) & (sx < w) & (sy > 0) & (sy < h)).mean() > 0.95
    backend = VectorBackend()
    with_ = next(islice(backend.render_shot(job), i, None)).copy()
    without = next(islice(backend.render_shot(replace(job, sprites={})), i, None))
    diff = np.abs(with_.astype(int) - without.astype(int)).sum(axis=2) > 30
    assert diff.any()
    ys, xs = np.nonzero(diff)
    # The drawn pixels lie where the copies are.
    assert sx.min() - 4 <= xs.min() and xs.max() <= sx.max() + 4
    assert sy.min() - 4 <= ys.min() and ys.max() <= sy.max() + 4


@pytest.mark.parametrize("size", ["medium", "close-up"])
def test_a_close_shot_of_a_group_films_one_copy_in_the_frame(size: str) -> None:
    """Closer than full, the camera follows one copy (nearest the middle halfway through the
    shot) instead of the invisible leader: every frame has that copy in view, at its size."""
    play = _film([{"id": "f", "asset": {"emoji": "🐟"}, "archetype": "fish", "appearance": {"count": 60}}],
                 {"setting": {"place": "underwater"}, "staging": {"f": {"x": -6, "y": 4}},
                  "actions": [{"at": 0, "who": "f", "do": "swim", "to_x": 6, "speed": 2, "to_y": 4}]},
                 duration=3.0, size=size, move="track")
    job = next(shot_jobs(play, load_sprites(play, None, "t")))
    w, h = play.format.width, play.format.height
    mid = _group(job.states[job.frames // 2], "f")
    k = int(np.argmin((mid.x - mid.x.mean()) ** 2 + (mid.y - mid.y.mean()) ** 2))
    assert job.frames == 36  # 3 s at 12 fps: every frame is checked below
    for st, cam in zip(job.states, job.cameras, strict=True):
        g = _group(st, "f")
        sx, sy = cam.to_screen(float(g.x[k]), float(g.y[k]), w, h)
        assert 0 <= sx <= w and 0 <= sy <= h
        # Framed at the copy's own size: its body is a good part of the frame height.
        assert g.height * float(g.scale[k]) * cam.ppm > 0.25 * h
