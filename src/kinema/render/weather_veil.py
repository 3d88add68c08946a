"""Rain and snow in front of the lens: streaks and flakes drawn in screen space.

The world's rain and snow are particles over the action, sized in metres: a wide shot shows
sheets of them, but a close-up frames a metre or two of air, where a few drops fall, and
"in the rain" reads as a dry day. Films shoot rain with drops between the lens and the actors
too. The veil is that near rain: a fixed number of streaks (flakes) per frame area at any shot
size, falling at a screen speed, slanting with the wind, sliding against a camera move, in two
depths (far ones finer and fainter). One batched draw call per depth, so it costs little.
"""

from __future__ import annotations

import math

import numpy as np
import skia

from kinema.render.camera import Camera
from kinema.render.environment.landscape import color
from kinema.render.environment.palette import RGB, Palette, mix
from kinema.screenplay.model import Place, Setting, TimeOfDay, Weather
from kinema.seeds import rng

RAIN_PER_MPX = 420  # streaks per million pixels of frame, near and far together
SNOW_PER_MPX = 300
SHELTERED = (Place.ROOM, Place.RING, Place.SPACE, Place.UNDERWATER)  # no rain falls in front of the lens
FAR_SHARE = 0.6  # of the drops, those farther from the lens: finer, fainter, slower


class Veil:
    def __init__(self, setting: Setting, palette: Palette, seed: int, shot_id: str, w: int, h: int) -> None:
        weather, time = setting.weather, setting.time
        outdoors = setting.place not in SHELTERED
        self.kind = weather if weather in (Weather.RAIN, Weather.SNOW) and outdoors else None
        self.w, self.h = w, h
        if self.kind is None:
            return
        per = RAIN_PER_MPX if self.kind == Weather.RAIN else SNOW_PER_MPX
        n = max(8, round(per * w * h / 1e6))
        g = rng(seed, "veil", shot_id)
        self.x = g.uniform(0.0, 1.0, n)  # share of the frame's width
        self.phase = g.uniform(0.0, 1.0, n)  # where in its fall each one is at t = 0
        self.far = np.arange(n) < round(n * FAR_SHARE)
        self.sway = g.uniform(0.0, 2 * math.pi, n)
        rain = self.kind == Weather.RAIN
        # Per drop, fixed for the shot: a screen fall per second (rain crosses the frame in about
        # half a second, snow in seven), its streak in pixels, and how much of a camera move its
        # air takes (the near air almost as the action plane).
        self.fall = np.where(self.far, 1.3, 2.1) if rain else np.where(self.far, 0.1, 0.16)
        self.length = (np.where(self.far, 0.035, 0.07) if rain else np.zeros(n)) * h
        self.slide = np.where(self.far, 0.5, 0.9) / w
        # Lit drops: the key light's colour, whiter by day, and brighter at night under lamps.
        base: RGB = mix(palette.light, (205, 215, 230), 0.5)
        alpha = 0.42 if time == TimeOfDay.NIGHT else 0.3
        scale = h / 720
        self.paints = []
        for far in (True, False):
            p = skia.Paint(AntiAlias=True, Color=color(base, alpha * (0.55 if far else 1.0)))
            p.setStyle(skia.Paint.kStroke_Style)
            if self.kind == Weather.RAIN:
                p.setStrokeWidth(0)  # hairlines: a third of the cost of 2 px strokes (measured 0.7 vs 2.3 ms)
            else:
                p.setStrokeWidth(max(1.5, (3.0 if far else 6.0) * scale))
                p.setStrokeCap(skia.Paint.kRound_Cap)
            self.paints.append(p)

    @property
    def active(self) -> bool:
        return self.kind is not None

    def draw(self, canvas: skia.Canvas, t: float, cam: Camera) -> None:
        """The drops at world time `t` (slow motion slows them), against camera `cam`."""
        if self.kind is None:
            return
        w, h = self.w, self.h
        rain = self.kind == Weather.RAIN
        y01 = (self.phase + t * self.fall) % 1.0
        slide = -cam.cx * cam.ppm * self.slide
        if rain:
            x01 = (self.x + slide + 0.12 * y01) % 1.0  # a slant: the wind carries them
        else:
            x01 = (self.x + slide + 0.02 * np.sin(self.sway + 1.7 * t)) % 1.0
        length = self.length
        top = float(length.max())
        xs, ys = x01 * w, y01 * (h + top) - top
        for far, paint in zip((True, False), self.paints, strict=True):
            pick = self.far == far
            x, y = xs[pick], ys[pick]
            if rain:  # one line per drop: its top, then its foot down the slant
                ends = np.stack([x, y, x + 0.12 * length[pick], y + length[pick]], axis=1).reshape(-1, 2)
                canvas.drawPoints(skia.Canvas.kLines_PointMode,
                                  list(map(skia.Point, ends[:, 0].tolist(), ends[:, 1].tolist())), paint)
            else:
                pts = list(map(skia.Point, x.tolist(), y.tolist()))
                canvas.drawPoints(skia.Canvas.kPoints_PointMode, pts, paint)
