"""The film's style (screenplay `style`, render/style.py), camera moves with a direction, and shot
speed (slow motion, time-lapse).

Golden frames at 160x90, one per style, with test_golden.py's tolerances; regenerate after an
intended change of a look: KINEMA_REGEN_GOLDEN=1 pytest tests/test_style.py (then look at them).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import run_cli, tiny_film
from goldens import golden_diff

from kinema.cache.keys import Neighbours, shot_key
from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.camera import solve
from kinema.render.vector import VectorBackend
from kinema.screenplay import CameraMove, Screenplay, Style
from kinema.world.simulate import simulate


def _film(style: Style = Style.PLAIN, **shot: Any) -> Screenplay:
    data: dict[str, Any] = {
        "kinema": 1, "seed": 3, "format": {"width": 160, "height": 90, "fps": 12}, "style": style.value,
        "cast": [{"id": "a", "asset": {"emoji": "🐕"}, "archetype": "canine"},
                 {"id": "b", "asset": {"emoji": "🧍"}, "archetype": "human"}],
        "scenes": [{"id": "s", "setting": {"place": "forest", "time": "day"},
                    "staging": {"a": {"x": -2.0}, "b": {"x": 1.5, "facing": "left"}},
                    "actions": [{"at": 0, "who": "a", "do": "walk", "speed": 1.0}],
                    "shots": [{"id": "x", "duration": 2.0, "size": "full", "subjects": ["a", "b"], **shot}]}],
    }
    return Screenplay.model_validate(data)


def _frame(play: Screenplay, index: int = 12) -> np.ndarray:
    job = next(shot_jobs(play, load_sprites(play, None, "style")))
    job = replace(job, picks=(index,))
    return next(iter(VectorBackend().render_shot(job)))[..., :3].copy()


@pytest.fixture(scope="module")
def frames() -> dict[Style, np.ndarray]:
    return {s: _frame(_film(s)) for s in Style}


@pytest.mark.parametrize("style", list(Style))
def test_style_golden(style: Style, frames: dict[Style, np.ndarray]) -> None:
    golden_diff(f"style_{style.value}", frames[style])


def test_styles_are_distinct(frames: dict[Style, np.ndarray]) -> None:
    """Every look changes the picture, and no two looks are near each other: each reads on its own."""
    for a, b in combinations(Style, 2):
        d = float(np.abs(frames[a].astype(int) - frames[b].astype(int)).mean())
        assert d > 6.0, f"{a.value} and {b.value} differ by only {d:.1f}"


def test_monochrome_styles_have_no_colour(frames: dict[Style, np.ndarray]) -> None:
    noir = frames[Style.NOIR].astype(int)
    assert np.abs(noir[..., 0] - noir[..., 2]).max() <= 2  # grey: black and white
    sepia = frames[Style.SEPIA].astype(int)
    assert (sepia[..., 0] >= sepia[..., 2]).mean() > 0.98  # every tone warm brown


def test_pixel_style_is_blocky(frames: dict[Style, np.ndarray]) -> None:
    f = frames[Style.PIXEL].astype(int)
    same = float((np.abs(np.diff(f, axis=1)).max(axis=2) == 0).mean())
    plain = float((np.abs(np.diff(frames[Style.PLAIN].astype(int), axis=1)).max(axis=2) == 0).mean())
    assert same > plain + 0.2, (same, plain)  # neighbours share a big pixel's colour


def test_scene_style_wins_and_reaches_the_cache_key() -> None:
    play = _film(Style.NOIR)
    job = next(shot_jobs(play, load_sprites(play, None, "style")))
    assert job.style == Style.NOIR
    scene = play.scenes[0].model_copy(update={"style": Style.INK})
    inked = play.model_copy(update={"scenes": [scene]})
    ink_job = next(shot_jobs(inked, load_sprites(inked, None, "style")))
    assert ink_job.style == Style.INK
    near = Neighbours(None, 0, None)
    assert shot_key(job, near) != shot_key(ink_job, near)
    assert shot_key(job, near) == shot_key(next(shot_jobs(play, load_sprites(play, None, "style"))), near)


def test_unknown_style_is_exit_2_naming_the_values(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tiny_film()
    data["style"] = "vaporwave"
    proc = run_cli("validate", str(tmp_film(data)))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert "style" in proc.stderr and "'watercolour'" in proc.stderr and "vaporwave" in proc.stderr


@pytest.mark.parametrize(("move", "axis", "sign"), [
    (CameraMove.PAN_LEFT, "cx", -1), (CameraMove.PAN_RIGHT, "cx", 1), (CameraMove.TILT_DOWN, "cy", -1),
    (CameraMove.TILT, "cy", 1), (CameraMove.ZOOM_OUT, "ppm", -1), (CameraMove.ZOOM, "ppm", 1)])
def test_moves_go_the_way_they_say(move: CameraMove, axis: str, sign: int) -> None:
    play = _film(move=move.value)
    states = list(simulate(play, play.scenes[0]))
    cams = solve(play.scenes[0].shots[0], states, play.format)
    start, end = getattr(cams[0], axis), getattr(cams[-1], axis)
    assert (end - start) * sign > 0, (move, start, end)


@pytest.mark.parametrize("speed", [0.25, 4.0])
def test_shot_speed_runs_the_world_slower_or_faster(speed: float) -> None:
    """Slow motion and time-lapse: the same film frames show `speed` times the world's time, and
    a walker covers that much more (or less) ground."""
    base, fast = _film(), _film(speed=speed)
    a = list(simulate(base, base.scenes[0]))
    b = list(simulate(fast, fast.scenes[0]))
    assert len(a) == len(b) == 24
    assert b[-1].t == pytest.approx(a[-1].t * speed, rel=1e-6)
    walked = [s[-1].entity("a").x - s[0].entity("a").x for s in (a, b)]  # type: ignore[union-attr]
    assert walked[1] == pytest.approx(walked[0] * speed, rel=0.2), walked


def test_a_neural_backend_is_told_the_look_and_the_timing() -> None:
    from kinema.neural.prompts import compose_prompt

    play = _film(Style.WATERCOLOUR, speed=0.25)
    job = next(shot_jobs(play, load_sprites(play, None, "style")))
    text = compose_prompt(job)
    assert "watercolour" in text and "slow motion" in text and "photorealistic" not in text
