"""Evaluation: synthetic clips rank as expected on every measure; screenplay-based probes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np
import pytest
from conftest import tiny_film
from typer.testing import CliRunner, Result

from kinema.cli import app
from kinema.evaluate import evaluate
from kinema.film.render import render
from kinema.screenplay.model import Screenplay

W, H, FPS, N = 160, 90, 24, 48


def run_cli(*args: str) -> Result:
    """In process: the command's exit code, stdout and stderr without a fresh interpreter."""
    return CliRunner().invoke(app, list(args))
CUT_AT = 30


def _background(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 256, (9, 16, 3), dtype=np.uint8)
    return np.asarray(cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC))


def _square(bg: np.ndarray, x: float) -> np.ndarray:
    f = bg.copy()
    xi = round(x)
    f[35:60, max(0, xi):max(0, xi + 25)] = (240, 40, 40)
    return f


def _write(path: Path, frames: Iterator[np.ndarray]) -> Path:
    with av.open(str(path), "w") as box:
        s = box.add_stream("libx264", rate=FPS, options={"qp": "0", "preset": "ultrafast"})
        s.width, s.height, s.pix_fmt = W, H, "yuv420p"
        for f in frames:
            box.mux(s.encode(av.VideoFrame.from_ndarray(f, format="rgb24")))
        box.mux(s.encode())
    return path


def _static() -> Iterator[np.ndarray]:
    bg = _background(1)
    for _ in range(N):
        yield _square(bg, 60)


def _smooth() -> Iterator[np.ndarray]:
    bg = _background(1)
    for t in range(N):
        yield _square(bg, 10 + 2.5 * t)


def _jerky() -> Iterator[np.ndarray]:
    bg = _background(1)
    for t in range(N):  # same average speed, but odd frames jump ahead and back
        yield _square(bg, 10 + 2.5 * t + (8 if t % 2 else 0))


def _flicker() -> Iterator[np.ndarray]:
    bg = _square(_background(1), 60).astype(np.int16)
    for t in range(N):
        yield np.clip(bg + (14 if t % 2 else -14), 0, 255).astype(np.uint8)


def _drift() -> Iterator[np.ndarray]:
    bg = _square(_background(1), 60).astype(np.int16)
    for t in range(N):  # colour slides from red towards blue over the clip
        yield np.clip(bg + np.array([-t, 0, t]), 0, 255).astype(np.uint8)


def _cut() -> Iterator[np.ndarray]:
    a, b = _background(1), _background(2)[:, :, ::-1]
    for t in range(N):
        yield _square(a, 60) if t < CUT_AT else _square(b, 20)


CLIPS: dict[str, Callable[[], Iterator[np.ndarray]]] = {
    "static": _static, "smooth": _smooth, "jerky": _jerky, "flicker": _flicker, "drift": _drift, "cut": _cut}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    d = tmp_path_factory.mktemp("clips")
    return {name: evaluate(_write(d / f"{name}.mp4", make())) for name, make in CLIPS.items()}


def test_flicker_ranks_static_drift_flicker(reports: dict[str, dict[str, Any]]) -> None:
    score = {k: r["flicker"]["score"] for k, r in reports.items()}
    static = {k: r["flicker"]["static_score"] for k, r in reports.items()}
    assert score["static"] > score["drift"] > score["flicker"]
    assert static["static"] > static["drift"] > static["flicker"]
    assert score["static"] == pytest.approx(1.0, abs=1e-3)


def test_smoothness_ranks_static_smooth_jerky(reports: dict[str, dict[str, Any]]) -> None:
    s = {k: r["smoothness"]["score"] for k, r in reports.items()}
    assert s["static"] >= s["smooth"] > s["jerky"]


def test_dynamics_sees_motion(reports: dict[str, dict[str, Any]]) -> None:
    d = {k: r["dynamics"] for k, r in reports.items()}
    assert d["static"]["degree"] == 0.0
    assert d["static"]["mean_top_motion_px"] < d["smooth"]["mean_top_motion_px"]
    assert d["smooth"]["degree"] > d["static"]["degree"]


def test_cut_found_at_its_frame_and_nowhere_else(reports: dict[str, dict[str, Any]]) -> None:
    assert reports["cut"]["cuts"]["found"] == [CUT_AT]
    for name in ("static", "smooth", "jerky", "flicker", "drift"):
        assert reports[name]["cuts"]["found"] == [], name


def test_motion_measures_skip_the_cut(reports: dict[str, dict[str, Any]]) -> None:
    # Without a screenplay the detected cut is the boundary: both halves are static.
    r = reports["cut"]
    assert r["flicker"]["pairs"] == N - 2
    assert r["flicker"]["score"] == pytest.approx(1.0, abs=1e-3)


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Screenplay]:
    import yaml

    d = tmp_path_factory.mktemp("film")
    data = tiny_film(
        cast=[{"id": "wolf", "asset": {"emoji": "🐺"}, "archetype": "canine"},
              {"id": "cat", "asset": {"emoji": "🐱"}, "archetype": "feline",
               "appearance": {"tint": "#f0a020"}}],
        scenes=[{
            "id": "s1", "setting": {"place": "plain", "time": "day", "gravity": 6.0},
            "staging": {"wolf": {"x": 0.0}, "cat": {"x": 2.0}},
            "actions": [{"at": 0.5, "who": "wolf", "do": "jump", "to_x": 3.0}],
            "shots": [
                {"id": "a", "duration": 1.5, "size": "full", "subjects": ["wolf", "cat"]},
                {"id": "b", "duration": 1.0, "size": "full", "subjects": ["wolf"]},
                {"id": "c", "duration": 1.0, "size": "full", "subjects": ["cat"], "transition": "dissolve"},
            ]}])
    path = d / "film.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    play = Screenplay.model_validate(data)
    video = d / "film.mp4"
    render(play, video)
    return path, video, play


def test_screenplay_measures(film: tuple[Path, Path, Screenplay]) -> None:
    _, video, play = film
    r = evaluate(video, play, "film.yaml")
    cuts = r["cuts"]
    assert cuts["planned"] == [18]  # shot b starts after 1.5 s at 12 fps; c dissolves in
    assert cuts["recall"] == 1.0 and cuts["precision"] == 1.0
    (phys,) = r["physics"]
    assert phys["fitted_gravity"] == pytest.approx(6.0, rel=0.05)
    assert phys["max_penetration_m"] < 0.01
    cov = r["coverage"]
    assert all(e["ok"] for e in cov["entities"].values())
    assert [s["id"] for s in cov["shots"]] == ["a", "b", "c"]
    con = r["consistency"]
    assert con["across_shots"] > con["between_entities"]
    assert con["same_minus_different"] > 0


def test_cli_json_and_mismatch(film: tuple[Path, Path, Screenplay], tmp_path: Path) -> None:
    path, video, _ = film
    done = run_cli("eval", str(video), "--screenplay", str(path), "--json")
    assert done.exit_code == 0, done.stderr
    r = json.loads(done.stdout)
    assert r["video"]["frames"] == 42 and r["coverage"]["ok"] in (True, False)
    other = tmp_path / "other.yaml"
    other.write_text(path.read_text(encoding="utf-8").replace("width: 160", "width: 320"), encoding="utf-8")
    bad = run_cli("eval", str(video), "--screenplay", str(other))
    assert bad.exit_code == 2 and "other.yaml" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_cli("eval", str(tmp_path / "nope.mp4"))
    assert missing.exit_code == 2 and "nope.mp4" in missing.stderr
    garbage = tmp_path / "garbage.mp4"
    garbage.write_bytes(b"not a video at all" * 100)
    broken = run_cli("eval", str(garbage))
    assert broken.exit_code == 2 and "garbage.mp4" in broken.stderr and "Traceback" not in broken.stderr


def _ballistic_trace(path: Path, g: float) -> Path:
    recs: list[dict[str, Any]] = [
        {"type": "trace", "version": 1, "seed": 0, "fps": 24},
        {"type": "scene", "scene": "s1", "frames": 24, "gravity": g, "place": "plain"}]
    for f in range(24):
        t = f / 24
        vy = 4.0 - g * t  # thrown up at 4 m/s from 1 m: airborne the whole second
        y = 1.0 + 4.0 * t - g * t * t / 2
        recs.append({"type": "frame", "scene": "s1", "frame": f, "t": t,
                     "entities": [{"id": "ball", "x": 0.0, "y": y, "vx": 0.0, "vy": vy,
                                   "grounded": False, "verb": "fall"}]})
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return path


def test_trace_physics(tmp_path: Path) -> None:
    from kinema.evaluate.tracefile import physics_from_trace

    (scene,) = physics_from_trace(_ballistic_trace(tmp_path / "t.jsonl", 5.0))
    assert scene["fitted_gravity"] == pytest.approx(5.0, rel=1e-3)
    assert scene["penetration_share"] == 0.0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "trace", "seed": 0}\n{"type": "frame", "scene": "s9"}\n', encoding="utf-8")
    from kinema.evaluate import EvaluationError

    with pytest.raises(EvaluationError, match=r"bad\.jsonl:2: scene"):
        physics_from_trace(bad)


def test_trace_from_simulate_matches_screenplay(film: tuple[Path, Path, Screenplay], tmp_path: Path) -> None:
    trace_mod = pytest.importorskip("kinema.world.trace")
    _, video, play = film
    trace = tmp_path / "trace.jsonl"
    trace_mod.write_trace(play, trace)
    done = run_cli("eval", str(video), "--trace", str(trace), "--json")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["physics"] == evaluate(video, play, "film.yaml")["physics"]
