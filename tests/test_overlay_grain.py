"""Where the finishing overlay puts its film grain (render/overlay.py): the plain look only in the
vignette's dark edge, looks defined by grain (noir, sepia) over the whole frame; and the film's
encoder settings (encode/writer.py): the same bytes for the same frames, fewer than veryfast's
for the plain look's grain."""

from __future__ import annotations

import io
from dataclasses import replace

import av
import cv2
import numpy as np
import pytest
import skia

from kinema.encode import writer
from kinema.encode.writer import Encoder
from kinema.render import style
from kinema.render.overlay import VIGNETTE_INNER, finish_overlay
from kinema.screenplay.model import Style

W, H = 320, 180


def _pixels(look: Style) -> np.ndarray:
    return finish_overlay(W, H, 0.5, 7, (40, 30, 110), 0.1, look).premul


def _middle(a: np.ndarray) -> np.ndarray:
    """The pixels well inside the vignette's clear radius."""
    y, x = np.ogrid[:H, :W]
    r = (W**2 + H**2) ** 0.5 / 2
    return a[np.hypot(x + 0.5 - W / 2, y + 0.5 - H / 2) < 0.9 * VIGNETTE_INNER * r]


def test_plain_grain_only_in_the_vignette() -> None:
    plain = _pixels(Style.PLAIN)
    middle = _middle(plain)
    assert (middle == middle[0]).all()  # the wash alone: one colour, no specks
    corner = plain[:12, :12].reshape(-1, 4)
    assert len(np.unique(corner, axis=0)) > 20  # grain where the vignette darkens


@pytest.mark.parametrize("look", [Style.NOIR, Style.SEPIA])
def test_grain_looks_keep_grain_everywhere(look: Style) -> None:
    middle = _middle(_pixels(look))
    assert middle[..., 3].std() > 2.0  # specks over the whole picture, as before


def _encode(frames: list[np.ndarray], preset: str, params: str) -> bytes:
    saved = writer.PRESET, writer.FILM_PARAMS
    writer.PRESET, writer.FILM_PARAMS = preset, params
    try:
        buf = io.BytesIO()
        enc = Encoder(buf, W, H, 24)
        for f in frames:
            enc.write(f)
        enc.close()
        return buf.getvalue()
    finally:
        writer.PRESET, writer.FILM_PARAMS = saved


def _moving_picture(look: Style) -> list[np.ndarray]:
    """A soft gradient panning under the style's overlay, as the renderer composes it."""
    y, x = np.mgrid[:H, : W * 2]
    field = (96 + 60 * np.sin(x / 23.0) * np.cos(y / 17.0)).astype(np.uint8)
    over = finish_overlay(W, H, 0.5, 7, (40, 30, 110), 0.1, look)
    frames = []
    for i in range(24):
        buf = np.dstack([np.roll(field, -3 * i, axis=1)[:, :W]] * 3 + [np.full((H, W), 255, np.uint8)])
        buf = np.ascontiguousarray(buf)
        over.apply(buf)
        frames.append(buf)
    return frames


def test_film_encoder_is_deterministic_and_decodes() -> None:
    frames = _moving_picture(Style.PLAIN)
    a = _encode(frames, writer.PRESET, writer.FILM_PARAMS)
    assert a == _encode(frames, writer.PRESET, writer.FILM_PARAMS)
    with av.open(io.BytesIO(a)) as c:
        decoded = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    assert len(decoded) == len(frames)
    err = np.abs(decoded[12].astype(int) - frames[12][..., :3].astype(int)).mean()
    assert err < 3.0, err


def test_plain_grain_costs_fewer_bytes_than_whole_frame_grain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Static grain over a moving picture is residual the encoder must code every frame."""
    edge = _encode(_moving_picture(Style.PLAIN), writer.PRESET, writer.FILM_PARAMS)
    finish_overlay.cache_clear()
    monkeypatch.setitem(style.STYLES, Style.PLAIN, replace(style.STYLES[Style.PLAIN], grain_centre=1.0))
    try:
        whole = _encode(_moving_picture(Style.PLAIN), writer.PRESET, writer.FILM_PARAMS)
    finally:
        finish_overlay.cache_clear()
    assert len(edge) < 0.8 * len(whole), (len(edge), len(whole))


class _FreshFrames(Encoder):
    """The plain path: a new I420 array and a new frame for every picture."""

    def write(self, rgba: np.ndarray) -> None:
        yuv = cv2.cvtColor(rgba, cv2.COLOR_RGBA2YUV_I420)
        frame = av.VideoFrame.from_ndarray(yuv, format="yuv420p")
        frame.pts, frame.time_base = self.frames, self._time_base
        for packet in self._stream.encode(frame):
            self._container.mux(packet)
        self.frames += 1


@pytest.mark.parametrize("size", [(320, 180), (720, 404), (1280, 720)])
def test_reused_frame_gives_the_bytes_of_fresh_frames(size: tuple[int, int]) -> None:
    """`Encoder.write` converts into one scratch and refills one frame: x264 has copied the
    picture by the time encode() returns, so the film is the same bytes as with a new frame."""
    w, h = size
    rng = np.random.default_rng(3)
    base = rng.integers(0, 256, (h, w * 2, 4), dtype=np.uint8)
    frames = [np.ascontiguousarray(base[:, 7 * i:7 * i + w]) for i in range(30)]
    out = []
    for cls in (Encoder, _FreshFrames):
        buf = io.BytesIO()
        enc = cls(buf, w, h, 24)
        for f in frames:
            enc.write(f)
        enc.close()
        out.append(buf.getvalue())
    assert out[0] == out[1]


@pytest.mark.parametrize("look", [Style.PLAIN, Style.NOIR, Style.WATERCOLOUR])
def test_overlay_pass_is_skias_src_over(look: Style) -> None:
    """The OpenCV pass gives what skia's src-over image draw gives, to one level of rounding."""
    over = finish_overlay(W, H, 0.7, 5, (255, 130, 70), 0.09, look)
    rng = np.random.default_rng(11)
    frame = rng.integers(0, 256, (H, W, 4), dtype=np.uint8)
    frame[..., 3] = 255
    before, want = frame.copy(), frame.copy()
    surf = skia.Surface(want, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
    surf.getCanvas().drawImage(over.image, 0, 0)
    surf.flushAndSubmit()
    over.apply(frame)
    diff = np.abs(frame.astype(int) - want.astype(int))
    assert diff.max() <= 1 and (frame[..., 3] == 255).all()
    assert np.abs(frame[:10, :10].astype(int) - before[:10, :10].astype(int)).mean() > 5  # vignette corner
