"""The one shot loop: the same bytes in every process and on every path, picked frames that are
the film's own, the executor seam, unwrapped summary lines, a light planner import."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from conftest import run_cli, tiny_film

from kinema.cache import Store
from kinema.film.executor import ProcessExecutor
from kinema.film.loop import draw, film_frames, middle, picked_frames
from kinema.film.render import render
from kinema.film.takes import load_sprites, take_at, takes
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Screenplay


def _film() -> dict[str, Any]:
    """An odd picture width (x264 once read uninitialised look-ahead memory at widths that are
    not a multiple of 64), a walk, a fade, a dissolve inside a scene and one across scenes."""
    film = tiny_film()
    film["format"] = {"width": 200, "height": 112, "fps": 12}
    film["scenes"] = [
        {"id": "s1", "setting": {"place": "plain", "time": "day"},
         "actions": [{"at": 0, "who": "wolf", "do": "walk", "speed": 1.5}],
         "shots": [{"id": "a", "duration": 1.0, "size": "wide", "subjects": ["wolf"]},
                   {"id": "b", "duration": 1.0, "size": "full", "subjects": ["wolf"], "move": "push-in",
                    "transition": "dissolve"}]},
        {"id": "s2", "setting": {"place": "mountains", "time": "night"},
         "actions": [{"at": 0, "who": "wolf", "do": "howl"}],
         "shots": [{"id": "c", "duration": 1.0, "size": "close-up", "subjects": ["wolf"],
                    "transition": "dissolve"},
                   {"id": "d", "duration": 1.0, "size": "medium", "subjects": ["wolf"], "transition": "fade"}]},
    ]
    return film


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _decode(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def test_same_bytes_in_two_processes_with_different_string_hashing(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(_film())
    outs = []
    for hashseed in ("1", "2"):
        out = tmp_path / f"h{hashseed}.mp4"
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out),
                               "--no-cache", "-q"], capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    assert _sha(outs[0]) == _sha(outs[1])
    assert len(_decode(outs[0])) == 48


def test_cached_uncached_and_process_pool_renders_are_the_same_bytes(tmp_path: Path) -> None:
    play = Screenplay.model_validate(_film())
    plain = render(play, tmp_path / "plain.mp4")
    cold = render(play, tmp_path / "cold.mp4", Store(tmp_path / "c"))
    warm = render(play, tmp_path / "warm.mp4", Store(tmp_path / "c"))
    pool = render(play, tmp_path / "pool.mp4", executor=ProcessExecutor(2))
    assert cold.rendered == ("a", "b", "c", "d") and warm.reused == ("a", "b", "c", "d")
    assert plain.frames == pool.frames == 48
    digests = {_sha(tmp_path / f"{n}.mp4") for n in ("plain", "cold", "warm", "pool")}
    assert len(digests) == 1


def test_a_take_rebuilt_alone_draws_the_same_frames(tmp_path: Path) -> None:
    """What a worker in another process does: rebuild shot c (which dissolves from the last shot
    of the scene before) from the screenplay alone, and draw it."""
    play = Screenplay.model_validate(_film())
    sprites = load_sprites(play, None, "t")
    backend = VectorBackend()
    in_film = [take for take in takes(play, sprites)]
    assert [t.job.shot.id for t in in_film] == ["a", "b", "c", "d"]
    alone = take_at(play, sprites, 2)
    assert alone.previous is not None and alone.previous.job.shot.id == "b"
    a = [f.copy() for _, f in draw(in_film[2], backend)]
    b = [f.copy() for _, f in draw(alone, backend)]
    assert len(a) == len(b) == 12
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_picked_frames_are_the_films_own_pixels() -> None:
    play = Screenplay.model_validate(_film())
    sprites = load_sprites(play, None, "t")
    whole = [f.copy() for f in film_frames(play, sprites)]
    assert len(whole) == 48
    picked = [(t.index, i, f.copy()) for t, i, f in picked_frames(play, sprites, VectorBackend(), middle)]
    assert [(s, i) for s, i, _ in picked] == [(0, 6), (1, 6), (2, 6), (3, 6)]
    for shot, i, frame in picked:
        assert np.array_equal(frame, whole[12 * shot + i])
    # The first frame of a dissolve blends the previous shot's last frame, drawn again alone.
    first = [(t.index, f.copy()) for t, _, f in picked_frames(play, sprites, VectorBackend(), lambda t: (0,))]
    assert len(first) == 4
    for shot, frame in first:
        assert np.array_equal(frame, whole[12 * shot])


def test_summary_lines_are_never_wrapped(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(tiny_film())
    cache = tmp_path / ("a-long-folder-name-that-is-wider-than-the-terminal" * 2) / "cache"
    env = {**os.environ, "COLUMNS": "40"}
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(tmp_path / "a.mp4"),
                           "--cache", str(cache)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert f"shot cache {cache}: 0 reused, 2 rendered (a, b)" in lines
    assert any(line.startswith("wrote ") and line.endswith("MB)") for line in lines)
    missing = tmp_path / ("missing" * 12) / "f.yaml"
    bad = subprocess.run([sys.executable, "-m", "kinema", "render", str(missing)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_importing_the_planner_loads_neither_physics_nor_skia() -> None:
    code = ("import sys, kinema.plan; "
            "print(sorted(m for m in ('pymunk', 'skia', 'av', 'cv2') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


@pytest.mark.parametrize(("aspect", "resolution", "size"), [("9:16", "1080p", (1080, 1920)),
                                                            ("21:9", "480p", (1120, 480)),
                                                            (None, "320x240", (320, 240))])
def test_plan_chooses_the_picture(tmp_path: Path, aspect: str | None, resolution: str,
                                  size: tuple[int, int]) -> None:
    args = ["plan", "A dog runs on the beach", "-o", str(tmp_path / "f.yaml"), "--duration", "4",
            "--resolution", resolution, "--fps", "30"] + (["--aspect", aspect] if aspect else [])
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    from kinema.screenplay import load

    play = load(tmp_path / "f.yaml")
    assert (play.format.width, play.format.height, play.format.fps) == (*size, 30)


@pytest.mark.parametrize("args", [["--aspect", "5:4"], ["--resolution", "huge"], ["--fps", "0"],
                                  ["--aspect", "9:16", "--resolution", "1920x1080"]])
def test_bad_picture_options_exit_2(tmp_path: Path, args: list[str]) -> None:
    proc = run_cli("plan", "A dog runs", "-o", str(tmp_path / "f.yaml"), *args)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: --") and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "f.yaml").exists()


def test_generate_a_vertical_1080p_film_in_one_command(tmp_path: Path) -> None:
    out = tmp_path / "v.mp4"
    proc = run_cli("generate", "A cat sleeps on a sofa", "-o", str(out), "--duration", "2",
                   "--aspect", "9:16", "--resolution", "1080p", "--fps", "12", "--json",
                   "--cache", str(tmp_path / "c"))
    assert proc.returncode == 0, proc.stderr
    with av.open(str(out)) as c:
        s = c.streams.video[0]
        assert (s.width, s.height, s.average_rate) == (1080, 1920, 12) and s.frames == 24
    assert (tmp_path / "v.yaml").is_file() and (tmp_path / "v.storyboard.png").is_file()
    # The storyboard was drawn from the render's own shots: a second run reuses them all.
    again = run_cli("generate", "A cat sleeps on a sofa", "-o", str(out), "--duration", "2",
                    "--aspect", "9:16", "--resolution", "1080p", "--fps", "12", "--json",
                    "--cache", str(tmp_path / "c"))
    assert again.returncode == 0, again.stderr
    import json

    assert json.loads(again.stdout)["rendered"] == []


def test_a_killed_cached_render_leaves_nothing_the_next_one_does_not_clean(  # type: ignore[no-untyped-def]
        tmp_film, tmp_path: Path) -> None:
    """SIGKILL mid-shot leaves a build directory in the cache and a part beside the output; the
    next render to the same output and cache removes both (their writers' locks died)."""
    import signal
    import time

    root = Path(__file__).resolve().parents[1]
    cache, out = tmp_path / "cache", tmp_path / "film.mp4"
    film = root / "examples" / "dog_square.yaml"
    proc = subprocess.Popen([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out),
                             "--cache", str(cache), "-q"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((cache / "v1").glob(".build-*/segment.mp4")):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert list((cache / "v1").glob(".build-*")), "the killed render left no build directory to clean"
    again = run_cli("render", str(tmp_film(tiny_film())), "-o", str(out), "--cache", str(cache), "-q")
    assert again.returncode == 0, again.stderr
    assert not list((cache / "v1").glob(".build-*"))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_encoder_gives_one_result_for_the_same_frames() -> None:
    """x264's macroblock tree read memory it had not written at some widths (176 px: four
    encodes of the same frames in one process gave four results); the encoder's fixed
    settings must give one."""
    import io
    from itertools import islice

    from kinema.encode.writer import Encoder
    from kinema.screenplay import load

    dog = Path(__file__).resolve().parents[1] / "examples" / "dog_square.yaml"
    play = load(dog)
    play = play.model_copy(update={"format": play.format.model_copy(update={"width": 176, "height": 176})})
    frames = [f.copy() for f in islice(film_frames(play, load_sprites(play, dog.parent, dog.name)), 48)]
    assert len(frames) == 48
    digests = set()
    for _ in range(4):
        buf = io.BytesIO()
        enc = Encoder(buf, 176, 176, 24)
        for f in frames:
            enc.write(f)
        enc.close()
        digests.add(hashlib.sha256(buf.getvalue()).hexdigest())
    assert len(digests) == 1
