"""One ground: the painter draws the terrain the world stands bodies on, through every camera;
big bodies rest on slopes under their own feet; a crowd passes in depth instead of piling up."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np
import pytest
import skia

from kinema.evaluate.footing import OFF_PX, Footing, footing_frames, frame_footing
from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.camera import Camera, reference_camera
from kinema.render.environment import build_environment
from kinema.render.environment.landscape import GROUND, Environment, Layer, ground_layer, record
from kinema.render.vector import VectorBackend, layer_matrix
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Format, Place, Setting
from kinema.world import simulate
from kinema.world.particles import EMPTY
from kinema.world.terrain import Terrain

PLACES = [p.value for p in Place]


def _bumpy() -> Terrain:
    """A test ground no painter was written for: hills a metre high every twelve metres."""
    xs = np.arange(-400.0, 400.5, 0.5)
    return Terrain(xs, np.sin(xs / 12.0 * 2 * math.pi) * 1.0 + np.sin(xs / 3.1) * 0.3)


def _top_edge(alpha: np.ndarray) -> np.ndarray:
    """Per column, the first row from the top that is mostly painted (sub-pixel, by coverage)."""
    cov = alpha.astype(np.float64) / 255.0
    full = cov > 0.5
    rows = np.argmax(full, axis=0).astype(np.float64)
    rows[~full.any(axis=0)] = np.nan
    return rows


def _terrain_rows(terrain: Terrain, cam: Camera, w: int, h: int) -> np.ndarray:
    cols = np.arange(w) + 0.5
    xs = cam.cx + (cols - w / 2 - cam.shake_x) / cam.ppm
    return h / 2 - (terrain.heights(xs) - cam.cy) * cam.ppm + cam.shake_y


@pytest.mark.parametrize("place", PLACES)
def test_every_painter_draws_the_terrain_it_is_given_as_its_ground(place: str) -> None:
    """Each place's last layer is its ground, and its top edge is the terrain, whatever terrain it
    is given, seen through wide, close and shifted cameras in 16:9 and 9:16."""
    terrain = _bumpy()
    env = build_environment(Setting(place=Place(place)), 3, terrain)
    assert env.layers[-1].name == GROUND and env.layers[-1].parallax == 1.0
    assert env.ground is terrain
    for w, h in ((320, 180), (180, 320)):
        ref = reference_camera(Format(width=w, height=h, fps=24))
        views = ((-37.0, 2.5, 0.0), (14.2, 11.0, 0.0), (101.3, 0.7, 3.0))
        for cam in (ref, *(Camera(x, terrain.height(x), ref.ppm * zoom, shake_x=sh, shake_y=-sh)
                           for x, zoom, sh in views)):
            surf = skia.Surface(w, h)
            c = surf.getCanvas()
            c.clear(skia.Color(0, 0, 0, 0))
            c.concat(layer_matrix(cam, ref, 1.0, w, h))
            c.drawPicture(env.layers[-1].picture)
            alpha = surf.makeImageSnapshot().toarray()[..., 3]
            drawn, want = _top_edge(alpha), _terrain_rows(terrain, cam, w, h)
            inside = (want > 1) & (want < h - 2)  # the line is in frame there
            assert inside.sum() > w // 4
            assert np.nanmax(np.abs(drawn[inside] - np.floor(want[inside]))) <= 1.0, (place, w, h, cam)


def _crowd(place: str, fmt: dict[str, Any], seed: int = 4) -> Screenplay:
    """Twelve bodies of mixed sizes crossing the whole frame both ways, at their own paces; four
    shots on the one world: wide and full, static and sweeping."""
    members = [("walker", "🚶", "human", 1.0), ("dog", "🐕", "canine", 1.0), ("horse", "🐎", "canine", 2.0),
               ("elephant", "🐘", "canine", 3.0), ("cat", "🐈", "feline", 1.0), ("wolf", "🐺", "canine", 1.0),
               ("camel", "🐪", "canine", 2.2), ("car", "🚗", "vehicle", 1.0), ("hen", "🐓", "bird", 1.5),
               ("child", "🧒", "human", 0.7), ("pig", "🐖", "canine", 1.0), ("bear", "🐻", "canine", 1.5)]
    cast, staging, actions = [], {}, []
    for i, (mid, emoji, arche, scale) in enumerate(members):
        cast.append({"id": mid, "asset": {"emoji": emoji}, "archetype": arche, "appearance": {"scale": scale}})
        right = i % 3 != 2  # a third come the other way
        x0 = -16.0 + 1.3 * i if right else 16.0 - 1.3 * i
        staging[mid] = {"x": x0, "facing": "right" if right else "left"}
        verb = "drive" if arche == "vehicle" else "walk"
        actions.append({"at": 0.2 * (i % 4), "who": mid, "do": verb, "to_x": -x0 * 1.2,
                        "speed": 1.2 + 0.3 * (i % 5)})
    shots = [{"id": f"{size}-{move}", "duration": 3.0, "size": size, "move": move,
              "subjects": ["elephant"] if size == "full" else []}
             for size in ("wide", "full") for move in ("static", "sweep")]
    return Screenplay.model_validate({
        "kinema": 1, "title": f"crowd in the {place}", "seed": seed, "format": fmt, "cast": cast,
        "scenes": [{"id": "s", "setting": {"place": place}, "staging": staging, "actions": actions,
                    "shots": shots}]})


@pytest.mark.parametrize("place", PLACES)
def test_a_crowd_stands_on_the_drawn_ground_and_passes_in_depth(place: str) -> None:
    """At 720p, wide and full, static and sweeping: no grounded body more than 2 px off the drawn
    ground in any frame, and two bodies on one depth plane overlap in under 1 % of frames."""
    play = _crowd(place, {"width": 1280, "height": 720, "fps": 12})
    footing = Footing()
    for f in footing_frames(play):
        footing.add(f)
    s = footing.summary()
    assert footing.frames == 144 and sum(footing.grounded.values()) > 144 * 6  # most bodies measured
    assert s["feet_off_ground_px_max"] <= OFF_PX, (place, s)
    assert s["overlap_frame_share"] < 0.01, (place, s)


def test_the_metric_sees_a_floating_body() -> None:
    """The footing metric is not blind: a body lifted 10 cm off the ground is reported off it."""
    play = _crowd("plain", {"width": 1280, "height": 720, "fps": 12})
    sprites = load_sprites(play, None, "test")
    job = next(shot_jobs(play, sprites))
    lifted = tuple(dataclasses.replace(s, entities=tuple(dataclasses.replace(e, y=e.y + 0.1) if e.id == "dog"
                                                         else e for e in s.entities)) for s in job.states)
    honest = frame_footing(job, 5)
    moved = frame_footing(dataclasses.replace(job, states=lifted), 5)
    assert abs(honest.gaps["dog"]) <= OFF_PX
    ppm = job.cameras[5].ppm
    assert moved.gaps["dog"] == pytest.approx(honest.gaps["dog"] + 0.1 * ppm, abs=0.6)


def test_a_big_body_on_a_slope_tilts_with_the_ground_under_its_feet() -> None:
    """An elephant on the flank of the peak leans with the slope (within its limit) and both its
    ends are on the ground, not one point under its centre."""
    play = _crowd("mountains", {"width": 320, "height": 180, "fps": 12})
    world = simulate(play, play.scenes[0])
    states = list(world)
    sole = world.by_id["elephant"].sole
    for s in states[::6]:
        e = s.entity("elephant")
        assert e is not None
        if not e.grounded or abs(e.x) < 3:
            continue
        slope = math.atan(world.terrain.slope(e.x))
        assert abs(e.tilt * e.facing - slope) < math.radians(8), (e.x, e.tilt, slope)
        assert abs(e.tilt) <= sole.max_tilt + 1e-9


def test_bodies_staged_on_one_spot_stand_side_by_side_in_depth() -> None:
    """Three members staged at the same x take three depth planes instead of one body."""
    play = _crowd("plain", {"width": 320, "height": 180, "fps": 12})
    data = play.model_dump(mode="json", exclude_none=True)
    for mid in ("dog", "pig", "cat"):
        data["scenes"][0]["staging"][mid] = {"x": 0.0}
    data["scenes"][0]["actions"] = []
    staged = Screenplay.model_validate(data)
    world = simulate(staged, staged.scenes[0])
    first = next(iter(world))
    depths = sorted(e.depth for e in first.entities if e.id in ("dog", "pig", "cat"))
    assert depths == [0.0, 1.0, 2.0]


@pytest.mark.parametrize("move", ["static", "sweep", "zoom", "push-in", "track", "crane"])
def test_the_renderer_composites_the_ground_where_the_feet_are(move: str) -> None:
    """Through the backend's own paths (a baked backdrop, a zoom over a detailed layer baked at
    its tightest view, a pre-drawn strip, a plain layer replayed per frame in a zoom), the
    ground's edge is the terrain line."""
    play = _crowd("plain", {"width": 320, "height": 180, "fps": 12})
    data = play.model_dump(mode="json", exclude_none=True)
    data["scenes"][0]["shots"] = [{"id": "x", "duration": 1.0, "size": "full", "move": move,
                                   "subjects": ["dog"]}]
    play = Screenplay.model_validate(data)
    job = next(shot_jobs(play, {}))
    terrain = job.environment.ground  # the rolling plain the cameras were framed on
    green = ground_layer(terrain, lambda c: c.drawPaint(skia.Paint(Color=skia.Color(0, 255, 0))),
                         detailed=move == "zoom")
    black = Layer("sky", 0.04, record(lambda c: c.drawPaint(skia.Paint(Color=skia.Color(0, 0, 0)))))
    env = Environment(job.environment.palette, black, (green,), 0.0, terrain)
    job = dataclasses.replace(job, environment=env, states=tuple(
        dataclasses.replace(s, entities=(), particles=EMPTY) for s in job.states))
    for i, frame in enumerate(VectorBackend().render_shot(job)):
        if i % 4:
            continue
        g = frame[..., 1].astype(np.int32) - frame[..., 0].astype(np.int32)
        drawn = _top_edge(((g > 60) * 255).astype(np.uint8))
        want = _terrain_rows(terrain, job.cameras[i], 320, 180)
        inside = (want > 2) & (want < 178)
        assert inside.sum() > 40
        assert np.nanmax(np.abs(drawn[inside] - np.floor(want[inside]))) <= 1.5, (move, i)


@pytest.mark.parametrize("emoji,archetype,verb,tilt,depth", [
    ("🐘", "canine", "walk", 0.3, 0.0), ("🐪", "canine", "idle", -0.5, 2.0),
    ("🧍", "human", "walk", 0.1, 1.0), ("🐺", "canine", "walk", 0.35, 0.0),
    ("🐺", "canine", "idle", -0.2, 1.0), ("🚗", "vehicle", "drive", 0.25, 0.0),
])
def test_drawn_sole_is_where_the_picture_ends(emoji: str, archetype: str, verb: str, tilt: float,
                                              depth: float) -> None:
    """The sole the footing metric measures is the picture's own lowest edge: drawn alone, the body's
    lowest opaque pixel is the sole's lowest point, within a pixel and a half."""
    from kinema.assets import resolve
    from kinema.render.camera import placed
    from kinema.render.sprites import draw_entity, drawn_sole, load_sprite
    from kinema.screenplay.model import CastMember
    from kinema.world.state import EntityState

    member = CastMember.model_validate({"id": "a", "asset": {"emoji": emoji}, "archetype": archetype})
    sprite = load_sprite(member, resolve(member.asset))
    e = EntityState(id="a", x=0.0, y=0.0, vx=1.2 if verb != "idle" else 0.0, vy=0.0, facing=-1, height=1.5,
                    verb=verb, phase=0.3, head=0.0, mouth=0.0, squash=0.93, breath=0.7, grounded=True,
                    tilt=tilt, depth=depth, legs=(0.02, 0.05, 0.0, 0.08) if sprite.face_only and verb != "idle"
                    else (0.0, 0.03, 0.01) if sprite.face_only else ())
    cam = Camera(0.0, 0.5, 160.0)
    surf = skia.Surface(480, 480)
    c = surf.getCanvas()
    c.clear(skia.Color(0, 0, 0, 0))
    sx, sy, ppm = placed(cam, e.x, e.y, e.depth, 480, 480)
    draw_entity(c, sprite, member, e, sx, sy, ppm, 0.0, 1)
    alpha = surf.makeImageSnapshot().toarray()[..., 3]
    rows = np.nonzero((alpha > 128).any(axis=1))[0]
    sole = drawn_sole(sprite, e, sx, sy, ppm)
    assert abs((rows[-1] + 1) - sole[:, 1].max()) <= 1.5
