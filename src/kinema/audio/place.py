"""The acoustics of a place: a room's short reverb, a street's slap-back, echoes off mountains,
water's muffle, and space, where nothing carries: only a low rumble of what happens is left.

Impulse responses are synthesised (decaying noise, seeded by the place), the same in every shot.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from kinema.audio.rate import SR
from kinema.audio.signal import butter, oaconvolve, sosfilt
from kinema.screenplay.model import Place
from kinema.seeds import rng


@dataclass(frozen=True)
class Acoustics:
    decay: float  # seconds to fall by 60 dB
    wet: float  # reverb level against the dry sound
    lowpass: float | None = None  # Hz: what the medium lets through
    echoes: tuple[float, ...] = ()  # seconds: discrete reflections (a far slope, a facade)
    dry: float = 1.0


PLACES: dict[Place, Acoustics] = {
    Place.ROOM: Acoustics(0.4, 0.25),
    Place.RING: Acoustics(1.3, 0.3),
    Place.STREET: Acoustics(0.9, 0.18, echoes=(0.09,)),
    Place.CITY: Acoustics(1.0, 0.2, echoes=(0.12, 0.31)),
    Place.WALL: Acoustics(0.8, 0.18, echoes=(0.07,)),
    Place.ROAD: Acoustics(0.5, 0.08),
    Place.MOUNTAINS: Acoustics(2.5, 0.22, echoes=(0.62, 1.35)),
    Place.FOREST: Acoustics(0.7, 0.14),
    Place.BEACH: Acoustics(0.3, 0.05),
    Place.WATER: Acoustics(0.4, 0.06),
    Place.DESERT: Acoustics(0.25, 0.04),
    Place.SNOWFIELD: Acoustics(0.2, 0.03),
    Place.PLAIN: Acoustics(0.3, 0.05),
    Place.UNDERWATER: Acoustics(0.9, 0.35, lowpass=500.0),
    Place.SPACE: Acoustics(0.0, 0.0, lowpass=110.0, dry=0.35),  # no air: a rumble felt, not heard
}


@lru_cache(maxsize=32)
def impulse(place: Place) -> np.ndarray:
    """(n, 2) a decorrelated stereo tail with the place's echoes, the same for every film."""
    a = PLACES[place]
    n = int(max(a.decay, max(a.echoes, default=0.0) + 0.3) * SR)
    t = np.arange(n) / SR
    g = rng(0, "impulse", place.value)
    tail = g.standard_normal((n, 2)) * np.exp(-6.9 * t / max(a.decay, 1e-3))[:, None]
    for k, e in enumerate(a.echoes):
        s = int(e * SR)
        tail[s, :] += (0.5 / (k + 1)) * np.array([1.0, 0.8] if k % 2 == 0 else [0.8, 1.0]) * np.sqrt(n)
    tail /= np.sqrt(np.sum(tail ** 2, axis=0, keepdims=True))
    return tail


def acoustics(x: np.ndarray, place: Place, seed: int) -> np.ndarray:
    """`x` (samples, 2) heard in `place`; as long as `x` (a tail past the shot's end is cut)."""
    a = PLACES.get(place, PLACES[Place.PLAIN])
    if not np.any(x):
        return x
    out = x * a.dry
    if a.wet > 0:
        ir = impulse(place)
        wet = np.stack([oaconvolve(x[:, c], ir[:, c])[: x.shape[0]] for c in range(2)], axis=1)
        out = out + a.wet * wet
    if a.lowpass is not None:
        sos = butter(4, a.lowpass, "lowpass", fs=SR, output="sos")
        out = np.asarray(sosfilt(sos, out, axis=0)) * (3.0 if place == Place.SPACE else 1.5)
    return out
