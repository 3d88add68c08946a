"""Each shot's stems in the shot cache: an edit makes again only the sound of the shots it reached,
and the film's sound equals a render without the cache."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import av
import numpy as np
from test_cache import _film

from kinema.audio.cache import sound_key
from kinema.audio.film import FilmSound
from kinema.cache import Store
from kinema.film.render import render
from kinema.film.takes import load_sprites, takes
from kinema.screenplay import Screenplay


def _audio(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray() for f in c.decode(c.streams.audio[0])], axis=1)


def _voiced() -> dict[str, Any]:
    data = _film()
    data["voice"] = {"language": "en"}
    data["scenes"][1]["shots"][1]["narration"] = "Night."  # f, the last shot
    return data


def _render(data: dict[str, Any], out: Path, cache: Path | None) -> tuple[set[str], set[str]]:
    done = render(Screenplay.model_validate(data), out, Store(cache) if cache is not None else None)
    return set(done.sound_made), set(done.rendered)


def test_an_edit_remakes_only_the_sound_it_reaches_and_equals_a_render_without_cache(tmp_path: Path) -> None:
    data = _voiced()
    shots = {s["id"] for sc in data["scenes"] for s in sc["shots"]}
    cache = tmp_path / "c"
    assert _render(data, tmp_path / "0.mp4", cache)[0] == shots
    assert _render(data, tmp_path / "1.mp4", cache) == (set(), set())  # everything from the cache
    assert np.array_equal(_audio(tmp_path / "0.mp4"), _audio(tmp_path / "1.mp4"))

    framed = copy.deepcopy(data)
    framed["scenes"][0]["shots"][2]["size"] = "wide"  # c: its camera, so its effects' pan and level
    made, drawn = _render(framed, tmp_path / "2.mp4", cache)
    assert made == {"c"} and drawn == {"c", "d"}  # d dissolves from c's picture, not from its sound
    _render(framed, tmp_path / "2cold.mp4", None)
    assert np.array_equal(_audio(tmp_path / "2.mp4"), _audio(tmp_path / "2cold.mp4"))

    spoken = copy.deepcopy(framed)
    spoken["scenes"][1]["shots"][1]["narration"] = "The wolf howls."  # f: heard, not seen
    made, drawn = _render(spoken, tmp_path / "3.mp4", cache)
    assert made == {"f"} and drawn == set()
    _render(spoken, tmp_path / "3cold.mp4", None)
    assert np.array_equal(_audio(tmp_path / "3.mp4"), _audio(tmp_path / "3cold.mp4"))
    assert not np.array_equal(_audio(tmp_path / "2.mp4"), _audio(tmp_path / "3.mp4"))


def _keys(data: dict[str, Any]) -> dict[str, str]:
    play = Screenplay.model_validate(data)
    fs = FilmSound(play)
    return {t.job.shot.id: sound_key(fs, t) for t in takes(play, load_sprites(play, None, "t"))}


def test_sound_keys_follow_what_the_stems_depend_on() -> None:
    data = _voiced()
    base = _keys(data)
    assert len(set(base.values())) == len(base)
    score = copy.deepcopy(data)
    score["score"] = {"mood": "wonder"}  # every shot's music
    assert all(base[k] != v for k, v in _keys(score).items())
    weather = copy.deepcopy(data)
    weather["scenes"][1]["setting"]["weather"] = "rain"  # the second scene's ambience
    changed = {k for k, v in _keys(weather).items() if v != base[k]}
    assert {"e", "f"} <= changed and not changed & {"a", "b"}
    longer = copy.deepcopy(data)
    longer["scenes"][1]["shots"][1]["duration"] = 1.5  # the film's end (the final fade) moves
    changed = {k for k, v in _keys(longer).items() if v != base[k]}
    assert "f" in changed and not changed & {"a", "b", "c"}  # d and e lie in the last 2 s: they fade
    renamed = copy.deepcopy(data)
    renamed["scenes"][0]["shots"][0]["id"] = "first"  # an id is a name: nothing is heard of it
    assert _keys(renamed)["first"] == base["a"]
