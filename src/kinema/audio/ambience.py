"""Ambience per place, time and weather, as a pure function of the scene's sample index.

Nothing loops: every layer is noise drawn in fixed blocks keyed by (seed, scene, layer, block),
filtered with a finite filter over the samples just before, and modulated by slow sines of
incommensurate periods; chirps and crickets start at times drawn per block. So any shot's window
of the bed is computed alone and joins its neighbours without a seam, at any length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from kinema.audio import synth
from kinema.audio.rate import SR
from kinema.audio.signal import firwin, oaconvolve
from kinema.screenplay.model import Place, Setting, TimeOfDay, Weather
from kinema.seeds import rng

BLOCK = 8192
TAPS = 511
SWELL_HOP = 480
AMBIENCE_LEVEL = 0.35


@dataclass(frozen=True)
class Bed:
    name: str
    lo: float | None  # Hz: the noise band
    hi: float | None
    level: float
    swell: float = 0.3  # depth of the slow modulation
    period: float = 9.0  # seconds: the slowest swell (waves, gusts)


_OUTDOOR = frozenset({Place.MOUNTAINS, Place.FOREST, Place.PLAIN, Place.BEACH, Place.WATER, Place.DESERT,
                      Place.SNOWFIELD, Place.ROAD})


def beds(setting: Setting) -> list[Bed]:
    p, w = setting.place, setting.weather
    out: list[Bed] = []
    if p == Place.SPACE:
        return [Bed("rumble", 18.0, 70.0, 0.5, 0.2, 23.0)]
    if p == Place.UNDERWATER:
        return [Bed("deep", 20.0, 300.0, 0.5, 0.3, 11.0)]
    if p in (Place.MOUNTAINS, Place.SNOWFIELD, Place.DESERT):
        out.append(Bed("wind", 90.0, 900.0, 0.35, 0.6, 13.0))
    if p in (Place.FOREST, Place.PLAIN):
        out.append(Bed("leaves", 1200.0, 6000.0, 0.08, 0.5, 7.0))
        out.append(Bed("air", 60.0, 400.0, 0.12, 0.3, 17.0))
    if p == Place.BEACH:
        out.append(Bed("waves", 150.0, 3500.0, 0.4, 0.9, 7.3))
    if p == Place.WATER:  # out on the water: a lapping nearer and softer than the surf on a shore
        out.append(Bed("lapping", 200.0, 2500.0, 0.25, 0.7, 3.1))
    if p in (Place.CITY, Place.STREET, Place.WALL, Place.ROAD):
        out.append(Bed("traffic", 35.0, 320.0, 0.35, 0.4, 19.0))
        out.append(Bed("hiss", 800.0, 5000.0, 0.05, 0.3, 5.0))
    if p == Place.ROOM:
        out.append(Bed("tone", 40.0, 200.0, 0.08, 0.1, 29.0))
    if p == Place.RING:
        out.append(Bed("crowd", 250.0, 2500.0, 0.3, 0.5, 6.0))
    if w == Weather.RAIN:
        inside = p in (Place.ROOM, Place.RING)
        out.append(Bed("rain", 1500.0 if not inside else 300.0, 11000.0 if not inside else 2500.0,
                       0.35 if not inside else 0.12, 0.15, 4.0))
    if w == Weather.WIND:
        out.append(Bed("gusts", 120.0, 1500.0, 0.5, 0.8, 6.5))
    if w == Weather.SNOW:  # snow hushes the world
        out = [Bed(b.name, b.lo, b.hi, b.level * 0.5, b.swell, b.period) for b in out]
    if not out:
        out.append(Bed("air", 60.0, 500.0, 0.12, 0.3, 17.0))
    return out


@lru_cache(maxsize=64)
def _kernel(lo: float | None, hi: float | None) -> np.ndarray:
    k = (firwin(TAPS, [lo, hi], pass_zero=False, fs=SR) if lo and hi
         else firwin(TAPS, hi or lo, pass_zero=hi is not None, fs=SR))
    return np.asarray(k, np.float64)


def noise(seed: int, names: tuple[str | int, ...], a: int, b: int) -> np.ndarray:
    """White noise for samples [a, b) of an endless stream: the same samples whoever asks."""
    first, last = a // BLOCK, (b - 1) // BLOCK
    parts = [rng(seed, "noise", *names, k).standard_normal(BLOCK, np.float32).astype(np.float64)
             for k in range(first, last + 1)]
    whole = np.concatenate(parts)
    return whole[a - first * BLOCK: b - first * BLOCK]


def _bed(seed: int, scene: str, bed: Bed, a: int, b: int) -> np.ndarray:
    k = _kernel(bed.lo, bed.hi)
    # The swell is slow: computed every 10 ms on a grid fixed in scene time, interpolated between.
    grid = np.arange(a // SWELL_HOP, b // SWELL_HOP + 2) * SWELL_HOP
    t = grid / SR
    g = rng(seed, "swell", scene, bed.name)
    ph = g.random(3) * 2 * math.pi
    coarse = 1.0 + bed.swell * (0.6 * np.sin(2 * math.pi * t / bed.period + ph[0])
                                + 0.3 * np.sin(2 * math.pi * t / (bed.period * 2.618) + ph[1])
                                + 0.1 * np.sin(2 * math.pi * t / (bed.period * 0.382) + ph[2]))
    swell = np.interp(np.arange(a, b), grid, coarse)
    chans = []
    for c in range(2):  # the filter reads the TAPS - 1 samples before `a`: no seam at a cut
        raw = noise(seed, (scene, bed.name, c), a - TAPS + 1, b)
        chans.append(oaconvolve(raw, k, mode="valid"))
    rms = math.sqrt(float(np.sum(k ** 2)))  # white noise through the filter: unit level after this
    out: np.ndarray = np.stack(chans, axis=1) * (swell * bed.level / rms)[:, None]
    return out


def _calls(seed: int, scene: str, what: str, a: int, b: int, per_block: float) -> np.ndarray:
    """Birds by day, crickets at night: each block of the stream draws its own calls."""
    out = np.zeros((b - a, 2))
    span = int(1.3 * SR)  # the longest call
    for k in range(max(a - span, 0) // BLOCK, (b - 1) // BLOCK + 1):
        g = rng(seed, "calls", scene, what, k)
        for _ in range(int(g.poisson(per_block))):
            start = k * BLOCK + int(g.integers(0, BLOCK))
            pan, level = float(g.uniform(-0.8, 0.8)), float(g.uniform(0.04, 0.12))
            if what == "birds":
                s = synth.birdsong(g)
            else:
                n = int(0.25 * SR)
                tt = np.arange(n) / SR
                s = (np.sin(2 * math.pi * 4400 * tt) * (np.sin(2 * math.pi * 30 * tt) > 0.3)).astype(np.float32)
            lo, hi = max(start, a), min(start + s.size, b)
            if lo >= hi:
                continue
            seg = s[lo - start: hi - start]
            ang = (pan + 1) * math.pi / 4
            out[lo - a: hi - a, 0] += seg * level * math.cos(ang)
            out[lo - a: hi - a, 1] += seg * level * math.sin(ang)
    return out


def ambience(setting: Setting, seed: int, scene: str, a: int, b: int) -> np.ndarray:
    """The bed of scene `scene` from its sample `a` to `b`, (b - a, 2) float64."""
    out = np.zeros((b - a, 2))
    if b <= a:
        return out
    for bed in beds(setting):
        out += _bed(seed, scene, bed, a, b)
    if setting.place in _OUTDOOR and setting.weather != Weather.RAIN:
        if setting.time in (TimeOfDay.DAY, TimeOfDay.DAWN) and setting.place != Place.SNOWFIELD:
            out += _calls(seed, scene, "birds", a, b, 0.12)
        elif setting.time == TimeOfDay.NIGHT:
            out += _calls(seed, scene, "crickets", a, b, 0.6)
    return out * AMBIENCE_LEVEL
