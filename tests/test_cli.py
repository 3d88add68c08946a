"""The command line: exit codes, messages without tracebacks, no partial output, --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli, tiny_film


def _assert_clean_failure(proc, out: Path, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    for f in fragments:
        assert f in proc.stderr, proc.stderr
    assert not out.exists()
    assert not list(out.parent.glob("*.part.mp4"))


@pytest.mark.parametrize(("mutate", "fragments"), [
    (lambda d: d["scenes"][0]["shots"][0].update(duration=-3),
     ["film.yaml", "scenes[0].shots[0].duration", "must be > 0, got -3"]),
    (lambda d: d["scenes"][0]["shots"][0].update(size="giant"), ["scenes[0].shots[0].size", "giant"]),
    (lambda d: d["scenes"][0]["shots"][0].update(subjects=["cat"]), ["'cat' is not in the cast"]),
    (lambda d: d["cast"][0].update(asset={"emoji": "zz"}), ["cast[0].asset.emoji", "unknown emoji"]),
    (lambda d: d["cast"][0].update(asset={"file": "missing.svg"}), ["cast[0].asset.file", "not found"]),
    (lambda d: d["scenes"][0]["shots"][0].update(duration=2000), ["cap is 1800 s"]),
])
def test_bad_screenplay_exit_2_no_output(tmp_film, tmp_path: Path, mutate, fragments) -> None:  # type: ignore[no-untyped-def]
    data = tiny_film()
    mutate(data)
    film = tmp_film(data)
    out = tmp_path / "out.mp4"
    _assert_clean_failure(run_cli("render", str(film), "-o", str(out)), out, *fragments)


def test_unparseable_yaml(tmp_path: Path) -> None:
    film = tmp_path / "film.yaml"
    film.write_text("kinema: 1\nscenes:\n  - id: [unclosed\n", encoding="utf-8")
    out = tmp_path / "out.mp4"
    proc = run_cli("render", str(film), "-o", str(out))
    _assert_clean_failure(proc, out, "film.yaml:", "YAML does not parse")


def test_missing_output_directory(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(tiny_film())
    out = tmp_path / "nope" / "out.mp4"
    _assert_clean_failure(run_cli("render", str(film), "-o", str(out)), out, "does not exist")


def test_missing_screenplay(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    _assert_clean_failure(run_cli("render", str(tmp_path / "none.yaml"), "-o", str(out)), out, "file not found")


def test_render_json(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(tiny_film())
    out = tmp_path / "out.mp4"
    proc = run_cli("render", str(film), "-o", str(out), "--json", "--seed", "9")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert set(report) == {"output", "duration_s", "frames", "width", "height", "fps", "shots", "wall_s",
                           "realtime_factor", "peak_rss_mb", "reused", "rendered", "sound_made"}
    assert report["frames"] == 24 and report["shots"] == 2 and report["fps"] == 12
    assert report["duration_s"] == 2.0 and report["realtime_factor"] > 0 and report["peak_rss_mb"] > 0
    assert out.stat().st_size > 0


def test_schema_and_validate(tmp_film) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["title"] == "Screenplay"
    ok = run_cli("validate", str(tmp_film(tiny_film())))
    assert ok.returncode == 0 and "2 shot(s)" in ok.stdout
