"""Encoding beside the drawing thread (encode/writer.py `Encoder.submit`, render/vector.py's two
buffers): the same bytes as encoding on the drawing thread, a yielded frame left intact while the
next is drawn, and an encoder error raised to the film's thread with no thread left behind."""

from __future__ import annotations

import io
import threading

import numpy as np
import pytest
from conftest import tiny_film

from kinema.encode.writer import Encoder
from kinema.film.render import ShotTask, make_segment
from kinema.film.takes import load_sprites, takes
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Screenplay

W, H = 160, 96


def _frames(n: int) -> list[np.ndarray]:
    rng = np.random.default_rng(5)
    base = rng.integers(0, 256, (H, W * 2, 4), dtype=np.uint8)
    return [np.ascontiguousarray(base[:, 5 * i:5 * i + W]) for i in range(n)]


def _encode(frames: list[np.ndarray], threaded: bool) -> bytes:
    out = io.BytesIO()
    enc = Encoder(out, W, H, 12)
    buffers = [np.empty((H, W, 4), np.uint8) for _ in range(3)]  # as the vector renderer's
    for i, f in enumerate(frames):
        if threaded:
            buf = buffers[i % 3]
            np.copyto(buf, f)
            enc.submit(buf, ahead=2)
        else:
            enc.write(f)
    enc.close()
    assert enc.frames == len(frames)
    return out.getvalue()


def test_submitted_frames_give_the_bytes_of_written_frames() -> None:
    frames = _frames(30)
    assert _encode(frames, True) == _encode(frames, False)


def _encode_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("kinema-encode")]


def test_an_error_on_the_encoders_thread_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    enc = Encoder(io.BytesIO(), W, H, 12)
    calls = {"n": 0}
    real = Encoder.write

    def failing(self: Encoder, rgba: np.ndarray) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real(self, rgba)

    monkeypatch.setattr(Encoder, "write", failing)
    frames = _frames(6)
    with pytest.raises(OSError, match="disk full"):
        for f in frames:
            enc.submit(f)
        enc.close()
    enc.abort()
    assert calls["n"] <= 4  # stopped at the frame after the failure, not at the end
    assert not _encode_threads()


def test_vector_frames_stay_intact_while_the_next_is_drawn() -> None:
    film = tiny_film()
    film["format"] = {"width": W, "height": H, "fps": 12}
    film["scenes"][0]["shots"] = [{"id": "a", "duration": 1.0, "size": "full", "subjects": ["wolf"],
                                   "move": "push-in"}]
    play = Screenplay.model_validate(film)
    take = next(iter(takes(play, load_sprites(play, None, "<test>"))))
    gen = VectorBackend().render_shot(take.job)
    first = next(gen)
    kept = first.copy()
    second = next(gen)
    third = next(gen)
    assert second is not first and third is not first and third is not second
    assert np.array_equal(first, kept)  # the next two were drawn into other buffers
    assert not np.array_equal(first, second)  # a push-in: the frames differ
    assert next(gen) is first  # the fourth frame reuses the first's buffer


def test_a_segment_is_the_same_bytes_on_either_path(monkeypatch: pytest.MonkeyPatch) -> None:
    film = tiny_film()
    film["format"] = {"width": W, "height": H, "fps": 12}
    play = Screenplay.model_validate(film)
    frames = next(iter(takes(play, load_sprites(play, None, "<test>")))).job.frames

    def segment() -> bytes:
        made = make_segment(ShotTask(play, None, "<test>", 0, frames, None, None, None))
        assert isinstance(made.source, bytes) and made.frames == frames
        return made.source

    threaded = segment()
    monkeypatch.setattr(VectorBackend, "frames_intact", 0)
    assert segment() == threaded
    assert not _encode_threads()
