"""Eyes that look at what the member attends to: the world's gaze points at the target's head, and
the drawn face's eyes move that way inside their sockets (and shut to blink)."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np
import skia

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.camera import placed
from kinema.render.sprites import draw_entity
from kinema.screenplay import Screenplay
from kinema.world.simulate import simulate


def _play(actions: list[dict[str, Any]], b_scale: float = 1.0) -> Screenplay:
    return Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 24},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
                 {"id": "b", "asset": {"emoji": "🧍"}, "archetype": "human", "appearance": {"scale": b_scale}}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": -1.0}, "b": {"x": 1.5}},
                    "actions": actions,
                    "shots": [{"id": "x", "duration": 1.0, "size": "close-up", "subjects": ["a"]}]}]})


def test_the_gaze_points_at_the_attended_head() -> None:
    play = _play([{"at": 0, "who": "a", "do": "look", "target": "b"}], b_scale=1.5)
    states = list(simulate(play, play.scenes[0]))
    a, b = states[12].entity("a"), states[12].entity("b")
    assert a is not None and b is not None
    gx, gy = a.gaze
    assert abs(math.hypot(gx, gy) - 1.0) < 1e-5
    # From a's eyes (0.9 of its height) to b's: b is ahead of where a faces, and taller.
    dx, dy = (b.x - a.x) * a.facing, 0.9 * (b.height - a.height) + (b.y - a.y)
    assert abs(math.atan2(gy, gx) - math.atan2(dy, dx)) < 0.02
    assert gx > 0 and gy > 0.1
    assert b.gaze == ()  # attends to no one: the emoji's eyes as drawn


def _eye_x(play: Screenplay, gaze: tuple[float, ...], face: str = "neutral") -> tuple[float, int]:
    """The dark pixels' mean x across the drawn head, and how many there are."""
    job = next(shot_jobs(play, load_sprites(play, None, "test")))
    e = job.states[12].entity("a")
    assert e is not None
    e = dataclasses.replace(e, gaze=gaze, expression=face)
    surf = skia.Surface(320, 180)
    c = surf.getCanvas()
    c.clear(skia.Color(255, 255, 255, 255))
    sx, sy, ppm = placed(job.cameras[12], e.x, e.y, e.depth, 320, 180)
    draw_entity(c, job.sprites["a"], play.cast[0], e, sx, sy, ppm, 0.0, 1)
    px = surf.makeImageSnapshot().toarray()[..., :3].astype(int)
    head = e.joints[0]
    hx, hy = sx + e.facing * head[0] * ppm, sy - head[1] * ppm
    r = 0.1 * e.height * ppm
    ys, xs = np.mgrid[0:180, 0:320]
    near = (np.abs(xs - hx) < r * 0.8) & (ys > hy - r * 0.6) & (ys < hy + r * 0.1)  # the eyes' band
    dark = near & (px.sum(axis=2) < 300)
    return float(xs[dark].mean()) if dark.any() else math.nan, int(dark.sum())


def test_the_drawn_eyes_look_towards_the_target_and_shut_to_blink() -> None:
    play = _play([{"at": 0, "who": "a", "do": "look", "target": "b"}])
    ahead, n_ahead = _eye_x(play, (1.0, 0.0))
    back, n_back = _eye_x(play, (-1.0, 0.0))
    plain, n_plain = _eye_x(play, ())
    assert n_ahead > 10 and n_back > 10 and n_plain > 10
    facing = next(iter(simulate(play, play.scenes[0]))).entity("a").facing  # type: ignore[union-attr]
    # The eyes move a few pixels towards where it looks; as drawn they sit between.
    assert (ahead - back) * facing > 2.0
    assert min(ahead, back) < plain < max(ahead, back)
    _, n_shut = _eye_x(play, (1.0, 0.0), "blink")
    assert n_shut < 0.6 * n_ahead  # lids over the eyes


def test_a_face_sprite_covers_the_head_by_the_shots_size_not_its_pixels() -> None:
    """A dog with a face sprite: the shot draws the face in a close-up and not in a medium shot; the
    shot's size decides even where the dog is drawn only a few pixels tall."""
    from kinema.render.vector import VectorBackend

    def shot(size: str, face: bool) -> np.ndarray:
        member: dict[str, Any] = {"id": "d", "asset": {"emoji": "🐕"}, "archetype": "canine"}
        if face:
            member["face"] = {"emoji": "🐶"}
        play = Screenplay.model_validate({
            "kinema": 1, "seed": 3, "format": {"width": 96, "height": 54, "fps": 12}, "cast": [member],
            "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"d": {"x": 0.0}},
                        "actions": [{"at": 0, "who": "d", "do": "idle"}],
                        "shots": [{"id": "x", "duration": 0.25, "size": size, "subjects": ["d"]}]}]})
        job = next(shot_jobs(play, load_sprites(play, None, "test")))
        return next(iter(VectorBackend().render_shot(job)))[..., :3].astype(int)

    assert np.abs(shot("close-up", True) - shot("close-up", False)).max() > 64
    assert np.abs(shot("medium", True) - shot("medium", False)).max() == 0

    dog = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 96, "height": 54, "fps": 12},
        "cast": [{"id": "d", "asset": {"emoji": "🐕"}, "face": {"emoji": "🐶"}, "archetype": "canine"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"d": {"x": 0.0}},
                    "shots": [{"id": "x", "duration": 0.25, "size": "wide", "subjects": ["d"]}]}]})
    job = next(shot_jobs(dog, load_sprites(dog, None, "test")))
    e = job.states[0].entity("d")
    assert e is not None
    drawn = []
    for close in (True, False):  # a body 20 px tall: the pixel rule alone would never draw the face
        surf = skia.Surface(96, 54)
        surf.getCanvas().clear(skia.Color(0, 0, 0, 0))
        ppm = 20.0 / e.height
        draw_entity(surf.getCanvas(), job.sprites["d"], dog.cast[0], e, 48.0, 40.0, ppm, 0.0, 1, close)
        drawn.append(surf.makeImageSnapshot().toarray().astype(int))
    assert np.abs(drawn[0] - drawn[1]).max() > 32


def test_the_trace_records_the_gaze(tmp_path: Any) -> None:
    import json

    from kinema.world.trace import write_trace

    play = _play([{"at": 0, "who": "a", "do": "look", "target": "b"}], b_scale=1.5)
    write_trace(play, tmp_path / "t.jsonl")
    frames = [json.loads(line) for line in (tmp_path / "t.jsonl").read_text().splitlines()
              if '"type":"frame"' in line]
    ents = {e["id"]: e for e in frames[12]["entities"]}
    gx, gy = ents["a"]["gaze"]
    assert gx > 0 and gy > 0.1 and abs(math.hypot(gx, gy) - 1) < 1e-4
    assert "gaze" not in ents["b"]  # attends to no one
