"""Rain and snow near the lens (render/weather_veil.py): present at any shot size, spread over the
frame, falling from frame to frame, the same for the same seed, and never indoors."""

from __future__ import annotations

import numpy as np
import skia

from kinema.render.camera import reference_camera
from kinema.render.environment.palette import palette_for
from kinema.render.weather_veil import Veil
from kinema.screenplay.model import Format, Place, Setting, TimeOfDay, Weather

W, H = 320, 180


def _drawn(setting: Setting, t: float, seed: int = 1) -> np.ndarray:
    veil = Veil(setting, palette_for(setting), seed, "s1-1", W, H)
    surface = skia.Surface(W, H)
    surface.getCanvas().clear(skia.ColorBLACK)
    veil.draw(surface.getCanvas(), t, reference_camera(Format(width=W, height=H, fps=24)))
    return np.asarray(surface.makeImageSnapshot().toarray())[..., :3].max(axis=2)


def test_rain_falls_over_the_whole_frame_and_moves() -> None:
    rain = Setting(place=Place.PLAIN, time=TimeOfDay.DAY, weather=Weather.RAIN)
    a, b = _drawn(rain, 1.0), _drawn(rain, 1.0 + 1 / 24)
    lit = a > 20
    bands = [lit[:, i * W // 8:(i + 1) * W // 8].any() for i in range(8)]
    assert all(bands)  # left to right
    assert lit[: H // 2].any() and lit[H // 2:].any()  # top and bottom
    assert (a != b).any()  # the next frame's drops are elsewhere
    assert np.array_equal(a, _drawn(rain, 1.0))  # deterministic
    assert not np.array_equal(a, _drawn(rain, 1.0, seed=2))


def test_snow_drifts_and_nothing_falls_indoors_or_in_clear_weather() -> None:
    snow = Setting(place=Place.SNOWFIELD, time=TimeOfDay.DAWN, weather=Weather.SNOW)
    assert (_drawn(snow, 0.5) > 20).sum() > 10  # some 17 flakes of 1.5-3 px at this size
    for place, weather in ((Place.ROOM, Weather.RAIN), (Place.UNDERWATER, Weather.SNOW),
                           (Place.PLAIN, Weather.CLEAR), (Place.PLAIN, Weather.FOG)):
        setting = Setting(place=place, time=TimeOfDay.DAY, weather=weather)
        assert not Veil(setting, palette_for(setting), 1, "s1-1", W, H).active
        assert not _drawn(setting, 0.5).any()
