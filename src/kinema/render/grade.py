"""The colour grade of a scene: one wash colour and strength from its time of day and weather.

The wash is folded into the vignette-and-grain overlay, which is drawn over every frame
anyway, so grading costs nothing per frame.
"""

from __future__ import annotations

from kinema.render.environment.palette import RGB, mix
from kinema.screenplay.model import Place, Setting, TimeOfDay, Weather

_TIME: dict[TimeOfDay, tuple[RGB, float]] = {
    TimeOfDay.NIGHT: ((40, 30, 110), 0.10),  # cool violet shadows
    TimeOfDay.DAWN: ((255, 170, 150), 0.07),
    TimeOfDay.DAY: ((255, 244, 220), 0.03),
    TimeOfDay.SUNSET: ((255, 130, 70), 0.09),  # warm, golden
}
_WEATHER: dict[Weather, tuple[RGB, float]] = {
    Weather.RAIN: ((70, 90, 120), 0.08),
    Weather.FOG: ((190, 196, 204), 0.10),
    Weather.SNOW: ((200, 215, 240), 0.07),
}
_PLACE: dict[Place, tuple[RGB, float]] = {
    Place.UNDERWATER: ((0, 110, 150), 0.12),
    Place.SPACE: ((20, 20, 60), 0.05),
}


def grade_for(setting: Setting) -> tuple[RGB, float]:
    col, a = _TIME[setting.time]
    for extra in (_WEATHER.get(setting.weather), _PLACE.get(setting.place)):
        if extra is not None:
            share = extra[1] / (a + extra[1])
            col, a = mix(col, extra[0], share), min(0.2, a + extra[1] * 0.7)
    return col, a
