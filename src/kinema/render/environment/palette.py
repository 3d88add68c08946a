"""A coherent palette per scene: time of day sets the light, weather greys and darkens it."""

from __future__ import annotations

from dataclasses import dataclass

from kinema.screenplay.model import Place, Setting, TimeOfDay, Weather

RGB = tuple[int, int, int]


def hex_rgb(h: str) -> RGB:
    h = h.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


@dataclass(frozen=True)
class Palette:
    sky_top: RGB
    sky_mid: RGB
    horizon: RGB
    far: RGB  # the farthest ridge, close to the horizon haze
    near: RGB  # the nearest ground, darkest
    light: RGB  # key light colour: moon or sun
    rim: RGB  # rim and crest light
    mist: RGB
    ground_tint: RGB  # the ground's own colour by place (snow, sand, grass)
    shadow: RGB
    stars: bool
    body: str  # 'moon', 'sun', or 'none' (hidden by overcast weather)
    body_height: float  # 0 = on the horizon, 1 = high
    vignette: float  # 0..1


_TIME: dict[TimeOfDay, dict[str, str | bool | float]] = {
    TimeOfDay.NIGHT: dict(sky_top="#070b24", sky_mid="#1d1c4d", horizon="#5a3d78", far="#6f6aa8",
                          near="#15142e", light="#fff4d6", rim="#c9c6ff", mist="#8d86c4",
                          shadow="#05040f", stars=True, body="moon", body_height=0.62,
                          vignette=0.55),
    TimeOfDay.DAWN: dict(sky_top="#243a6e", sky_mid="#7a6a9e", horizon="#f6b38a", far="#9a8fb4",
                         near="#2c2a44", light="#ffe1b0", rim="#ffd0a0", mist="#f2c7b4",
                         shadow="#1a1426", stars=False, body="sun", body_height=0.12,
                         vignette=0.35),
    TimeOfDay.DAY: dict(sky_top="#2f6fc4", sky_mid="#6fa8dc", horizon="#d7ecf7", far="#9fb9d0",
                        near="#3b5a3a", light="#fffbe8", rim="#ffffff", mist="#e6f1f7",
                        shadow="#1d2a1c", stars=False, body="sun", body_height=0.8,
                        vignette=0.25),
    TimeOfDay.SUNSET: dict(sky_top="#2a1b4d", sky_mid="#a8436b", horizon="#f8b15e",
                           far="#b0668a", near="#2a1830", light="#ffd27a", rim="#ffb46b",
                           mist="#f0a07c", shadow="#140a18", stars=False, body="sun",
                           body_height=0.18, vignette=0.45),
}
_GROUND = {
    Place.SNOWFIELD: "#e8eef8", Place.DESERT: "#d9a45f", Place.BEACH: "#e2c48f", Place.WATER: "#2f6e8e",
    Place.FOREST: "#2f5a34", Place.PLAIN: "#5f8f4a", Place.MOUNTAINS: "#4a4f6b",
    Place.ROAD: "#8a6f52",
}


def _num(v: str | bool | float) -> float:
    return float(v)


def palette_for(setting: Setting) -> Palette:
    d = dict(_TIME[setting.time])
    cols = {k: hex_rgb(v) for k, v in d.items() if isinstance(v, str) and v.startswith("#")}
    ground = hex_rgb(_GROUND.get(setting.place, "#5a5a66"))
    # The ground keeps its own colour in daylight and sinks into the night's blue otherwise.
    day_share = {TimeOfDay.DAY: 0.7, TimeOfDay.DAWN: 0.35, TimeOfDay.SUNSET: 0.35,
                 TimeOfDay.NIGHT: 0.12}[setting.time]
    cols["ground_tint"] = mix(cols["near"], ground, day_share)
    body = str(d["body"])
    if setting.weather in (Weather.RAIN, Weather.FOG, Weather.SNOW):
        grey = (128, 132, 142)
        amount = {Weather.RAIN: 0.35, Weather.FOG: 0.5, Weather.SNOW: 0.3}[setting.weather]
        if setting.time != TimeOfDay.NIGHT:
            # Rain, snow and fog come from an overcast sky: by day no sun shows through it, and the
            # sky is the cloud's grey (a moon's glow through night rain is kept: it reads as weather).
            amount += 0.25
            body = "none"
        for k in ("sky_top", "sky_mid", "horizon", "far", "mist"):
            cols[k] = mix(cols[k], grey, amount)
    return Palette(
        sky_top=cols["sky_top"], sky_mid=cols["sky_mid"], horizon=cols["horizon"],
        far=cols["far"], near=cols["near"], light=cols["light"], rim=cols["rim"],
        mist=cols["mist"], ground_tint=cols["ground_tint"], shadow=cols["shadow"],
        stars=bool(d["stars"]) and setting.weather == Weather.CLEAR, body=body,
        body_height=_num(d["body_height"]), vignette=_num(d["vignette"]),
    )
