"""Fireworks far off, in the sky (world/scene_fx.py, world/particles.py SKY_KINDS, render/particles.py
`sky_camera`): each shell bursts in one colour its stars keep; the stars are drawn as a layer far
behind the action, so a close-up of someone watching shows them in its sky as a wide shot does;
a prompt with fireworks and no time of day is set at night."""

from __future__ import annotations

import numpy as np
import pytest

from kinema.plan import plan
from kinema.render.camera import Camera, reference_camera
from kinema.render.particles import sky_camera
from kinema.screenplay.model import Format, TimeOfDay
from kinema.world.particles import SHELL, SHELL_COLOURS
from kinema.world.simulate import SceneWorld

FMT = Format(width=320, height=180, fps=24)


def test_a_shell_bursts_in_one_colour_in_the_sky() -> None:
    play = plan("Fireworks over the city at night", 6).screenplay
    first = None
    for s in SceneWorld(play, play.scenes[0]):
        stars = s.particles.kind == SHELL
        if stars.sum() >= 100:
            first = s.particles
            break
    assert first is not None
    sizes = first.size[first.kind == SHELL]
    colours = set(((sizes * 1e4).astype(np.int64) % SHELL_COLOURS).tolist())
    assert 1 <= len(colours) <= 2  # one shell, or two overlapping: not a mixed confetti
    ys = first.y[first.kind == SHELL]
    assert float(ys.min()) > 4.0 and float(ys.max()) < 14.0


@pytest.mark.parametrize("zoom,cy", [(1.0, 2.0), (8.0, 1.4), (3.0, 0.8)])
def test_the_sky_shows_the_shells_in_every_shot(zoom: float, cy: float) -> None:
    ref = reference_camera(FMT)
    cam = Camera(5.0, cy, ref.ppm * zoom)
    sky = sky_camera(cam, ref)
    _, y = sky.to_screen(0.0, 8.0, FMT.width, FMT.height)
    assert 0 < y < FMT.height * 0.45  # up in the frame's sky, whatever the shot
    assert sky.ppm <= ref.ppm * zoom ** 0.2  # far off: it hardly grows as the camera closes in


@pytest.mark.parametrize("prompt,time", [
    ("A family watches fireworks", TimeOfDay.NIGHT), ("烟花在城市上空绽放", TimeOfDay.NIGHT),
    ("Fireworks over the lake at sunset", TimeOfDay.SUNSET),
])
def test_fireworks_with_no_time_said_are_at_night(prompt: str, time: TimeOfDay) -> None:
    assert plan(prompt, 6).screenplay.scenes[0].setting.time == time
