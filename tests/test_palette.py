"""A scene's palette (render/environment/palette.py): the weather darkens and hides the sky's body."""

from __future__ import annotations

import numpy as np

from kinema.render.environment.palette import palette_for
from kinema.screenplay.model import Place, Setting, TimeOfDay, Weather


def test_rain_by_day_falls_from_an_overcast_sky_with_no_sun() -> None:
    clear = palette_for(Setting(place=Place.PLAIN, time=TimeOfDay.DAY, weather=Weather.CLEAR))
    for weather in (Weather.RAIN, Weather.SNOW, Weather.FOG):
        grey = palette_for(Setting(place=Place.PLAIN, time=TimeOfDay.DAY, weather=weather))
        assert clear.body == "sun" and grey.body == "none", weather
        # nearer a neutral grey: the blue of the clear sky is mostly gone
        assert np.ptp(grey.sky_top) < 0.6 * np.ptp(clear.sky_top), weather


def test_a_moon_still_glows_through_night_rain() -> None:
    night = palette_for(Setting(place=Place.STREET, time=TimeOfDay.NIGHT, weather=Weather.RAIN))
    assert night.body == "moon"
