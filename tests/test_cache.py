"""The shot cache: keys follow what a shot depends on, entries verify, films assemble by copy."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from conftest import decode, run_cli, tiny_film

from kinema.cache import Store
from kinema.film.loop import film_frames as frames
from kinema.film.render import SEGMENT
from kinema.film.render import render as render_cached
from kinema.film.takes import load_sprites, shot_jobs
from kinema.screenplay import Screenplay


def _film() -> dict[str, Any]:
    """Two scenes; the wolf walks in the first so later windows differ; an owl far away."""
    film = tiny_film()
    film["cast"].append({"id": "owl", "asset": {"emoji": "🦉"}, "archetype": "bird"})
    film["scenes"] = [
        {"id": "s1", "setting": {"place": "plain", "time": "day"},
         "staging": {"wolf": {"x": 0.0}, "owl": {"x": 120.0}},
         "actions": [{"at": 0, "who": "wolf", "do": "walk", "speed": 1.5}],
         "shots": [{"id": "a", "duration": 0.5, "size": "wide", "subjects": ["wolf"]},
                   {"id": "b", "duration": 0.5, "size": "close-up", "subjects": ["owl"], "transition": "fade"},
                   {"id": "c", "duration": 0.5, "size": "full", "subjects": ["wolf"], "move": "push-in"},
                   {"id": "d", "duration": 0.5, "size": "medium", "subjects": ["wolf"],
                    "transition": "dissolve"}]},
        {"id": "s2", "setting": {"place": "mountains", "time": "night"},
         "actions": [{"at": 0, "who": "wolf", "do": "howl"}],
         "shots": [{"id": "e", "duration": 0.5, "size": "wide", "subjects": ["wolf"]},
                   {"id": "f", "duration": 1.0, "size": "close-up", "subjects": ["wolf"]}]},
    ]
    return film


def _play(data: dict[str, Any]) -> Screenplay:
    return Screenplay.model_validate(data)


def _render(data: dict[str, Any], cache: Path, out: Path) -> tuple[set[str], set[str]]:
    done = render_cached(_play(data), out, Store(cache))
    return set(done.reused), set(done.rendered)


def _shots(data: dict[str, Any]) -> set[str]:
    return {s["id"] for sc in data["scenes"] for s in sc["shots"]}


def test_unchanged_render_hits_every_shot_and_is_byte_identical(tmp_path: Path) -> None:
    data = _film()
    hits, rendered = _render(data, tmp_path / "c", tmp_path / "1.mp4")
    assert hits == set() and rendered == _shots(data)
    hits, rendered = _render(data, tmp_path / "c", tmp_path / "2.mp4")
    assert hits == _shots(data) and rendered == set()
    assert (tmp_path / "1.mp4").read_bytes() == (tmp_path / "2.mp4").read_bytes()


def test_assembled_film_meets_the_contract_and_matches_the_pipeline(tmp_path: Path) -> None:
    play = _play(_film())
    out = tmp_path / "f.mp4"
    render_cached(play, out, Store(tmp_path / "c"))
    raw = [f[..., :3].copy() for f in frames(play, load_sprites(play, None, "t"))]
    with av.open(str(out)) as c:
        s = c.streams.video[0]
        assert s.codec_context.name == "h264" and s.codec_context.pix_fmt == "yuv420p"
        assert (s.width, s.height) == (160, 90) and s.average_rate == 12
        assert "Twemoji" in c.metadata.get("comment", "") and c.metadata.get("title") == "tiny"
    got = list(decode(out))
    assert len(got) == len(raw) == round(play.duration * 12)
    # Every frame, transitions included, is the pipeline's frame up to H.264's loss.
    for i, (a, b) in enumerate(zip(got, raw, strict=True)):
        assert np.abs(a.astype(int) - b.astype(int)).mean() < 4, f"frame {i}"


def test_changed_duration_rerenders_that_shot_and_shots_whose_states_changed(tmp_path: Path) -> None:
    data = _film()
    _render(data, tmp_path / "c", tmp_path / "1.mp4")
    edited = copy.deepcopy(data)
    edited["scenes"][0]["shots"][1]["duration"] = 1.0
    before = {j.shot.id: j.states for j in shot_jobs(_play(data), load_sprites(_play(data), None, "t"))}
    after = {j.shot.id: j.states for j in shot_jobs(_play(edited), load_sprites(_play(edited), None, "t"))}
    changed_states = {k for k in before if before[k] != after[k]}
    hits, rendered = _render(edited, tmp_path / "c", tmp_path / "2.mp4")
    assert rendered == {"b"} | changed_states
    assert {"a", "e", "f"} <= hits  # earlier in the scene, and the other scene
    assert len(list(decode(tmp_path / "2.mp4"))) == round(_play(edited).duration * 12)


def test_changed_tint_rerenders_exactly_the_shots_showing_that_entity(tmp_path: Path) -> None:
    data = _film()
    _render(data, tmp_path / "c", tmp_path / "1.mp4")
    edited = copy.deepcopy(data)
    edited["cast"][1]["appearance"] = {"tint": "#8a8f99"}
    hits, rendered = _render(edited, tmp_path / "c", tmp_path / "2.mp4")
    assert rendered == {"b"}  # the only shot framing the owl, 120 m from the wolf
    assert hits == _shots(data) - {"b"}
    wolf = copy.deepcopy(data)
    wolf["cast"][0]["appearance"] = {"tint": "#8a8f99"}
    _, rendered = _render(wolf, tmp_path / "c", tmp_path / "3.mp4")
    assert rendered == _shots(data) - {"b"}


def test_edit_then_cached_render_equals_a_cold_render(tmp_path: Path) -> None:
    data = _film()
    _render(data, tmp_path / "warm", tmp_path / "1.mp4")
    edited = copy.deepcopy(data)
    edited["scenes"][0]["shots"][2]["size"] = "wide"  # c: the next shot dissolves from it
    _, rendered = _render(edited, tmp_path / "warm", tmp_path / "warm.mp4")
    assert rendered == {"c", "d"}
    _render(edited, tmp_path / "cold", tmp_path / "cold.mp4")
    # The same keys, so the same inputs; the same frames up to the encoder (libx264's frame
    # threads are not bit-exact when the CPU is contended, so bytes are not compared here).
    assert _keys(tmp_path / "cold") <= _keys(tmp_path / "warm")
    _same_frames(tmp_path / "warm.mp4", tmp_path / "cold.mp4")


def _keys(cache: Path) -> set[str]:
    return {p.parent.name for p in cache.rglob(SEGMENT)}


def _same_frames(a: Path, b: Path) -> None:
    fa, fb = list(decode(a)), list(decode(b))
    assert fa and len(fa) == len(fb)  # two empty films would compare equal
    for i, (x, y) in enumerate(zip(fa, fb, strict=True)):
        assert np.abs(x.astype(int) - y.astype(int)).mean() < 2, f"frame {i}"


@pytest.mark.parametrize("damage", ["flip", "truncate", "manifest", "missing"])
def test_corrupted_entry_is_detected_and_rebuilt(tmp_path: Path, damage: str) -> None:
    data = _film()
    _render(data, tmp_path / "c", tmp_path / "1.mp4")
    seg = sorted((tmp_path / "c").rglob(SEGMENT))[0]
    if damage == "flip":
        b = bytearray(seg.read_bytes())
        b[len(b) // 2] ^= 0xFF
        seg.write_bytes(bytes(b))
    elif damage == "truncate":
        seg.write_bytes(seg.read_bytes()[:100])
    elif damage == "manifest":
        (seg.parent / "manifest.json").write_text("{", encoding="utf-8")
    else:
        seg.unlink()
    hits, rendered = _render(data, tmp_path / "c", tmp_path / "2.mp4")
    assert len(rendered) == 1 and hits == _shots(data) - rendered
    _same_frames(tmp_path / "1.mp4", tmp_path / "2.mp4")
    assert _render(data, tmp_path / "c", tmp_path / "3.mp4")[1] == set()


def test_cli_cache_dir_reuse_and_clear(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(tiny_film())
    cache = tmp_path / "cache"
    first = run_cli("render", str(film), "-o", str(tmp_path / "a.mp4"), "--cache", str(cache))
    assert first.returncode == 0, first.stderr
    assert "0 reused, 2 rendered" in first.stderr
    second = run_cli("render", str(film), "-o", str(tmp_path / "b.mp4"), "--cache", str(cache))
    assert "2 reused, 0 rendered" in second.stderr
    cleared = run_cli("cache", "clear", "--cache", str(cache))
    assert cleared.returncode == 0 and "removed 2 shot(s)" in cleared.stdout
    assert not list(cache.rglob(SEGMENT))
    plain = run_cli("render", str(film), "-o", str(tmp_path / "c.mp4"), "--no-cache", "--cache", str(cache))
    assert plain.returncode == 0 and not list(cache.rglob(SEGMENT))
