"""Camera moves, impact shake, the painted world's edge, title cards and subtitles in the safe area."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import pairwise

import numpy as np
import pytest
from conftest import tiny_film

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.camera import PAINTED_X, solve
from kinema.render.environment import build_environment
from kinema.render.text import SAFE
from kinema.render.vector import VectorBackend
from kinema.screenplay import CameraMove, Screenplay, Setting, Shot, ShotSize
from kinema.world import build_terrain, simulate


def _states():  # type: ignore[no-untyped-def]
    play = Screenplay.model_validate(tiny_film())
    return play, list(simulate(play, play.scenes[0]))


def _solve(move: CameraMove, size: ShotSize = ShotSize.MEDIUM, sid: str = "m"):  # type: ignore[no-untyped-def]
    play, states = _states()
    return solve(Shot(id=sid, duration=2, size=size, subjects=["wolf"], move=move), states, play.format)


def test_tilt_and_crane_rise_onto_the_framing() -> None:
    still = _solve(CameraMove.STATIC)[0]
    for move in (CameraMove.TILT, CameraMove.CRANE):
        cams = _solve(move)
        assert cams[0].cy < cams[-1].cy
        assert all(a.cy <= b.cy + 1e-9 for a, b in pairwise(cams))
        assert cams[-1].cy == pytest.approx(still.cy)
    crane = _solve(CameraMove.CRANE)
    assert crane[0].ppm > crane[-1].ppm  # it draws back as it rises


def test_zoom_magnifies_twice_and_sweep_slides() -> None:
    zoom = _solve(CameraMove.ZOOM)
    assert zoom[-1].ppm == pytest.approx(2 * zoom[0].ppm)
    sweep, pan = _solve(CameraMove.SWEEP), _solve(CameraMove.PAN)
    assert abs(sweep[-1].cx - sweep[0].cx) > abs(pan[-1].cx - pan[0].cx) > 0
    assert {c.ppm for c in sweep} == {sweep[0].ppm}


def test_handheld_drifts_a_little_and_repeats() -> None:
    a, b = _solve(CameraMove.HANDHELD), _solve(CameraMove.HANDHELD)
    assert a == b
    shakes = [abs(c.shake_x) + abs(c.shake_y) for c in a]
    assert max(shakes) > 0.05
    assert max(shakes) < 0.02 * 90  # a breath, not an earthquake (the frame is 90 px high)
    assert _solve(CameraMove.HANDHELD, sid="other") == a  # the shot cache ignores ids
    play, states = _states()
    later = solve(Shot(id="m", duration=2, size=ShotSize.MEDIUM, subjects=["wolf"], move=CameraMove.HANDHELD),
                  states[3:], play.format)
    assert [c.shake_x for c in later] != [c.shake_x for c in a[3:]]


def test_impact_shakes_then_settles() -> None:
    play, states = _states()
    hit = 5
    states = [replace(s, events=("hit:wolf:wolf",)) if s.frame == hit else s for s in states]
    cams = solve(Shot(id="p", duration=2, size=ShotSize.FULL, subjects=["wolf"]), states, play.format)
    jolt = [abs(c.shake_x) + abs(c.shake_y) for c in cams]
    assert max(jolt[:hit]) == 0
    assert max(jolt[hit:hit + 3]) > 0.5
    assert jolt[-1] < max(jolt[hit:hit + 3]) * 0.1
    # A decaying wobble that rises from rest, not a random jump every frame.
    steps = [math.hypot(b.shake_x - a.shake_x, b.shake_y - a.shake_y) for a, b in pairwise(cams)]
    assert max(steps) < 0.02 * 90 * 1.2


def test_camera_never_leaves_the_painted_world() -> None:
    data = tiny_film()
    data["scenes"][0]["staging"] = {"wolf": {"x": 380.0}}
    play = Screenplay.model_validate(data)
    states = list(simulate(play, play.scenes[0]))
    for move in CameraMove:
        cams = solve(Shot(id="e", duration=2, size=ShotSize.EXTREME_WIDE, subjects=["wolf"], move=move),
                     states, play.format)
        assert len(cams) == len(states) == 24, move  # 2 s at 12 fps: no empty shot passes
        for cam in cams:
            assert cam.cx + play.format.width / cam.ppm / 2 <= PAINTED_X + 1e-6


def test_every_place_has_its_painter_and_a_grade() -> None:
    from kinema.screenplay import Place, TimeOfDay

    grades = set()
    for place in Place:
        for time in (TimeOfDay.DAY, TimeOfDay.NIGHT):
            setting = Setting(place=place, time=time)
            env = build_environment(setting, 1, build_terrain(setting, 1))
            assert env.layers and env.layers[-1].parallax == 1.0
            grades.add(env.grade)
    assert len(grades) > 2


def _job(fmt: tuple[int, int], **shot: object):  # type: ignore[no-untyped-def]
    data = tiny_film()
    data["format"] = {"width": fmt[0], "height": fmt[1], "fps": 12}
    data["scenes"][0]["shots"] = [{"id": "t", "duration": 1.0, "subjects": ["wolf"], **shot}]
    play = Screenplay.model_validate(data)
    return next(shot_jobs(play, load_sprites(play, None, "t")))


@pytest.mark.parametrize("fmt", [(320, 180), (180, 320), (240, 240)])
def test_subtitles_sit_in_the_safe_area(fmt: tuple[int, int]) -> None:
    job = _job(fmt, subtitle="月亮升起来了 The moon is rising over the ridge tonight")
    plain = replace(job, shot=job.shot.model_copy(update={"subtitle": ""}))
    with_ = next(iter(VectorBackend().render_shot(job))).copy()
    without = next(iter(VectorBackend().render_shot(plain))).copy()
    ys, xs = np.nonzero(np.abs(with_.astype(int) - without.astype(int)).max(axis=2) > 40)
    w, h = fmt
    m = SAFE * min(w, h)
    assert len(xs) > 50
    assert xs.min() >= m - 1 and xs.max() <= w - m and ys.max() <= h - m
    assert ys.min() > h * 0.55  # at the foot of the frame


def test_title_card_replaces_the_world_and_holds() -> None:
    job = _job((320, 180), title="月夜狼嚎\nMoon howl")
    frames = [f.copy() for f in VectorBackend().render_shot(job)]
    assert len(frames) == job.frames
    assert all(np.array_equal(frames[0], f) for f in frames)
    world = next(iter(VectorBackend().render_shot(_job((320, 180)))))
    assert np.abs(frames[0].astype(int) - world.astype(int)).mean() > 10
    bright = frames[0][..., :3].max(axis=2) > 200  # the lettering
    xs = np.nonzero(bright)[1]
    assert len(xs) > 100 and abs(xs.mean() - 160) < 20


def test_a_short_film_steps_from_the_landscape_to_a_face_through_a_shot_of_the_bodies() -> None:
    """Three shots once a scene has 9 s for them (plan/shots.py ROOM_FOR_THREE): not a landscape
    cut straight to a face."""
    from kinema.plan.director import plan as plan_film
    from kinema.plan.shots import LADDER

    for prompt in ("Two children fly kites in a park while a puppy runs around them", "一个女孩在雨中遛狗"):
        shots = plan_film(prompt, 12).screenplay.scenes[0].shots
        sizes = [LADDER.index(s.size) for s in shots]
        assert len(shots) == 3 and sizes == sorted(sizes), (prompt, [s.size for s in shots])
        assert LADDER.index(ShotSize.WIDE) < sizes[1] < LADDER.index(ShotSize.CLOSE_UP), prompt


def test_a_body_action_opens_wide_not_extreme_wide() -> None:
    """Someone sweeping or skiing is filmed wide then full (plan/shots.py): no third of the film
    spent on a figure a few pixels tall in an extreme-wide shot."""
    from kinema.plan.director import plan as plan_film

    for prompt in ("a woman sweeping the floor", "a man skiing"):
        shots = plan_film(prompt, 10).screenplay.scenes[0].shots
        assert shots[0].size == ShotSize.WIDE and shots[-1].size == ShotSize.FULL, (
            prompt, [s.size for s in shots])


def test_a_whole_body_verb_is_never_cut_to_a_face() -> None:
    """A kick, a climb or a dance is read on the whole figure: the plan never ends on a close-up of
    the face, which would cut the action out of the film (plan/blocking.py WHOLE_BODY). A verb
    carried by the face (a howl) still gets its close-up."""
    from kinema.plan.director import plan as plan_film
    from kinema.plan.shots import LADDER

    for prompt in ("A footballer kicks a ball across the grass", "一个男孩在爬树",
                   "A couple dances on a beach"):
        shots = plan_film(prompt, 12).screenplay.scenes[0].shots
        assert max(LADDER.index(s.size) for s in shots) <= LADDER.index(ShotSize.FULL), (
            prompt, [s.size for s in shots])
    howl = plan_film("A wolf howls at the moon on a hill", 12).screenplay.scenes[0].shots
    assert howl[-1].size == ShotSize.CLOSE_UP


def test_a_film_of_one_shot_shows_its_subject_whole_and_follows_a_traveller() -> None:
    """A short film has room for one shot: it is a full shot (not the close-up a longer film ends
    on), tracking a subject that travels and still on one that does not (plan/shots.py)."""
    from kinema.plan.director import plan as plan_film

    gallop = plan_film("A horse gallops across a meadow", 8).screenplay.scenes[0].shots
    assert [(s.size, s.move) for s in gallop] == [(ShotSize.FULL, CameraMove.TRACK)]
    nap = plan_film("a cat sleeps on a sofa", 8).screenplay.scenes[0].shots
    assert [(s.size, s.move) for s in nap] == [(ShotSize.FULL, CameraMove.STATIC)]
    asked = plan_film("close-up of a cat sleeping on a sofa", 8).screenplay.scenes[0].shots
    assert [s.size for s in asked] == [ShotSize.CLOSE_UP]  # a size the prompt names still wins


def test_a_large_animal_is_cast_whole_a_small_one_as_a_face() -> None:
    """A horse or a cow is cast as its whole-body picture, which walks on legs read from its art
    (world/legs.py); a dog keeps the face on the procedural body (plan/catalog.py cast_emoji)."""
    from kinema.plan.director import plan as plan_film

    assert plan_film("A horse grazes in a field", 8).screenplay.cast[0].asset.emoji == "🐎"
    assert plan_film("一头奶牛在农场吃草", 8).screenplay.cast[0].asset.emoji == "🐄"
    assert plan_film("A dog sits on the grass", 8).screenplay.cast[0].asset.emoji == "🐶"
