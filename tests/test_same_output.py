"""The render's faster paths give what the plain ones gave: a fade by lookup table, the near strip
in two bands over a partly warped backdrop, the sound made on a thread and its AAC encoded ahead."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest
from conftest import tiny_film

from kinema.audio.encode import add_aac, write_aac
from kinema.audio.film import FilmSound, Mix
from kinema.encode.transitions import fade
from kinema.film.render import render
from kinema.film.takes import load_sprites, takes
from kinema.render import vector
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay


@pytest.mark.parametrize("to_white", [False, True])
@pytest.mark.parametrize("level", [0.0, 0.13, 0.5, 0.96])
def test_fade_is_the_integer_blend_and_keeps_alpha(level: float, to_white: bool) -> None:
    frame = np.random.default_rng(3).integers(0, 256, (9, 14, 4), dtype=np.uint8)
    k = round(level * 256)
    rgb = frame[..., :3].astype(np.uint16)
    want = 255 - ((255 - rgb) * k >> 8) if to_white else rgb * k >> 8
    whole, view_of = frame.copy(), np.repeat(frame, 2, axis=1)
    fade(whole, level, to_white)
    fade(view_of[:, ::2], level, to_white)  # a strided view is faded in place too
    for got in (whole, view_of[:, ::2]):
        assert np.array_equal(got[..., :3], want) and np.array_equal(got[..., 3], frame[..., 3])
    assert np.array_equal(view_of[:, 1::2], frame)  # the columns between are left alone


def _street_track() -> Screenplay:
    data = tiny_film()
    data["format"] = {"width": 192, "height": 108, "fps": 12}
    data["cast"] = [{"id": "girl", "asset": {"emoji": "🚶‍♀️"}, "name": {"en": "girl", "zh": "女孩"},
                     "archetype": "human"}]
    data["scenes"] = [{"id": "s1", "setting": {"place": "city", "time": "night"},
                       "actions": [{"at": 0, "who": "girl", "do": "walk"}],
                       "shots": [{"id": "a", "duration": 2.0, "size": "wide", "subjects": ["girl"],
                                  "move": "track"}]}]
    return Screenplay.model_validate(data)


def test_banded_street_strip_draws_the_frames_of_one_blended_strip(monkeypatch: pytest.MonkeyPatch) -> None:
    play = _street_track()
    job = next(takes(play, load_sprites(play, None, "test"))).job
    made: list[vector._Strip] = []
    banded = vector._near_strip

    def spy(*args: object) -> vector._Strip | None:
        strip = banded(*args)  # type: ignore[arg-type]
        if strip is not None:
            made.append(strip)
        return strip

    monkeypatch.setattr(vector, "_near_strip", spy)
    fast = [f.copy() for f in VectorBackend().render_shot(job)]
    assert made and made[0].solid is not None and made[0].opaque < made[0].rows  # the street is opaque below

    def one_band(*args: object) -> vector._Strip | None:  # the whole strip blended, the backdrop warped whole
        strip = banded(*args)  # type: ignore[arg-type]
        assert strip is not None
        assert strip.image is not None and strip.solid is not None
        whole = strip.image  # rebuild the strip's full image from its bands
        import skia

        surf = skia.Surface(strip.cols, strip.rows)
        c = surf.getCanvas()
        c.clear(skia.Color(0, 0, 0, 0))
        c.drawImage(whole, 0, strip.clear)
        c.drawImage(strip.solid, 0, strip.opaque)
        return replace(strip, image=surf.makeImageSnapshot(), solid=None, clear=0, opaque=strip.rows)

    monkeypatch.setattr(vector, "_near_strip", one_band)
    plain = [f.copy() for f in VectorBackend().render_shot(job)]
    assert len(fast) == len(plain) == job.frames
    for a, b in zip(fast, plain, strict=True):
        assert np.array_equal(a, b)


def test_sound_made_beside_the_picture_is_the_sound_made_after_it(tmp_path: Path) -> None:
    play = Screenplay.model_validate(tiny_film())
    render(play, tmp_path / "film.mp4")
    with av.open(str(tmp_path / "film.mp4")) as c:
        film = [bytes(p) for p in c.demux(c.streams.audio[0]) if p.size]
    fs, mix = FilmSound(play), Mix()  # the sound made shot by shot in this thread, encoded after
    for take in takes(play, load_sprites(play, None, "test")):
        mix.add(fs.stems(take))
    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as c:
        write_aac(c, add_aac(c), mix.pieces())
    mix.close()
    buf.seek(0)
    with av.open(buf) as c:
        alone = [bytes(p) for p in c.demux(c.streams.audio[0]) if p.size]
    assert len(film) > 10 and film == alone
