"""One-shot sounds synthesised from noise and partials: every function returns a mono float32 buffer
that starts at its onset (sample 0 is the attack), peak near 1. `g` is the cue's own generator, so
the same cue gives the same samples in any process."""

from __future__ import annotations

import numpy as np

from kinema.audio.rate import SR
from kinema.audio.signal import butter, sosfilt

F32 = np.float32


def _t(seconds: float) -> np.ndarray:
    return np.arange(int(seconds * SR), dtype=np.float64) / SR


def _band(x: np.ndarray, lo: float | None, hi: float | None, order: int = 2) -> np.ndarray:
    if lo and hi:
        sos = butter(order, [lo, min(hi, SR / 2 - 100)], "bandpass", fs=SR, output="sos")
    elif hi:
        sos = butter(order, min(hi, SR / 2 - 100), "lowpass", fs=SR, output="sos")
    elif lo:
        sos = butter(order, lo, "highpass", fs=SR, output="sos")
    else:
        return x
    return np.asarray(sosfilt(sos, x))


def _norm(x: np.ndarray) -> np.ndarray:
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    return (x / peak if peak > 0 else x).astype(F32)


def _env(t: np.ndarray, attack: float, decay: float) -> np.ndarray:
    """A fast linear attack then an exponential decay (time constant `decay`)."""
    a = np.clip(t / max(attack, 1e-4), 0.0, 1.0)
    return a * np.exp(-t / decay)


# Footsteps: the surface sets the band and the length of the scuff.
SURFACES: dict[str, tuple[float, float, float]] = {  # band low, band high, decay (s)
    "snow": (300.0, 3000.0, 0.07), "sand": (500.0, 5000.0, 0.045), "grass": (800.0, 7000.0, 0.035),
    "wood": (80.0, 1200.0, 0.05), "metal": (400.0, 6000.0, 0.12), "wet": (1000.0, 9000.0, 0.06),
    "stone": (150.0, 2500.0, 0.03),
}


def footstep(g: np.random.Generator, surface: str, weight: float) -> np.ndarray:
    lo, hi, decay = SURFACES.get(surface, SURFACES["stone"])
    t = _t(decay * 5)
    x = _band(g.standard_normal(t.size), lo, hi) * _env(t, 0.002, decay)
    thump = np.sin(2 * np.pi * (70 + 40 * g.random()) * t) * _env(t, 0.002, 0.03) * (0.4 + 0.6 * weight)
    if surface == "metal":  # a ring on top
        x = x + 0.3 * np.sin(2 * np.pi * (900 + 300 * g.random()) * t) * _env(t, 0.001, 0.15)
    if surface == "snow":  # the squeak of packed snow: a few grains
        x = x * (1 + 0.8 * np.sin(2 * np.pi * 40 * t))
    return _norm(x + thump)


def thud(g: np.random.Generator, speed: float) -> np.ndarray:
    """A landing: a body's low thump, its length and weight growing with the impact speed."""
    t = _t(0.5)
    f = 55 + 25 * g.random()
    body = np.sin(2 * np.pi * f * t * (1 - 0.3 * t)) * _env(t, 0.003, 0.06 + 0.02 * min(speed, 10))
    grit = _band(g.standard_normal(t.size), 200, 3000) * _env(t, 0.001, 0.03)
    return _norm(body + 0.5 * grit)


def punch(g: np.random.Generator) -> np.ndarray:
    """A hit: a sharp crack over a short low body."""
    t = _t(0.35)
    crack = _band(g.standard_normal(t.size), 1500, 9000) * _env(t, 0.0005, 0.012)
    body = _band(g.standard_normal(t.size), 60, 400) * _env(t, 0.001, 0.05)
    tone = np.sin(2 * np.pi * 90 * t) * _env(t, 0.001, 0.07)
    return _norm(0.9 * crack + body + 0.6 * tone)


def bump(g: np.random.Generator) -> np.ndarray:
    t = _t(0.3)
    return _norm(_band(g.standard_normal(t.size), 80, 900) * _env(t, 0.002, 0.04))


def whoosh(g: np.random.Generator) -> np.ndarray:
    """A jump's take-off: a short swell of air with a scuff at its start."""
    t = _t(0.35)
    air = _band(g.standard_normal(t.size), 400, 4000) * np.sin(np.pi * np.clip(t / 0.35, 0, 1)) * 0.5
    scuff = _band(g.standard_normal(t.size), 300, 5000) * _env(t, 0.001, 0.02)
    return _norm(air + scuff)


def clap(g: np.random.Generator) -> np.ndarray:
    """Two palms meeting: a bright burst of air with a short hollow body under it."""
    t = _t(0.15)
    air = _band(g.standard_normal(t.size), 900, 6000) * _env(t, 0.0005, 0.012)
    body = np.sin(2 * np.pi * (450 + 150 * g.random()) * t) * _env(t, 0.0005, 0.01)
    return _norm(air + 0.4 * body)


def knock(g: np.random.Generator) -> np.ndarray:
    """A tool striking wood or earth (a hammer, a knife on a board, a spade): a click and a knock."""
    t = _t(0.2)
    f = 180 + 120 * g.random()
    body = np.sin(2 * np.pi * f * t) * _env(t, 0.0005, 0.03)
    click = _band(g.standard_normal(t.size), 2000, 8000) * _env(t, 0.0003, 0.004)
    return _norm(body + 0.7 * click)


def tap(g: np.random.Generator) -> np.ndarray:
    """A fingertip or needle tapping (a key, a phone's glass, knitting needles): a tiny high click."""
    t = _t(0.05)
    x = _band(g.standard_normal(t.size), 2500, 9000) * _env(t, 0.0002, 0.003)
    tick = np.sin(2 * np.pi * (1800 + 900 * g.random()) * t) * _env(t, 0.0002, 0.004)
    return _norm(0.35 * (x + 0.5 * tick))  # quiet: hand work is heard close to, not across a room


def swish(g: np.random.Generator) -> np.ndarray:
    """A brush, a broom or a thread drawn through cloth: a soft rise and fall of filtered noise."""
    t = _t(0.25)
    x = _band(g.standard_normal(t.size), 1500, 7000) * np.sin(np.pi * np.clip(t / 0.25, 0, 1)) ** 2
    return _norm(0.5 * x)


def splash(g: np.random.Generator, size: float) -> np.ndarray:
    t = _t(0.9)
    x = _band(g.standard_normal(t.size), 400, 8000) * _env(t, 0.002, 0.12 + 0.05 * size)
    drops = (g.random(t.size) < 0.002) * g.standard_normal(t.size) * np.exp(-t / 0.4)
    plop = np.sin(2 * np.pi * (180 + 200 * np.exp(-t / 0.05)) * t) * _env(t, 0.001, 0.05)
    return _norm(x + 2.0 * _band(drops, 1500, 6000) + 0.6 * plop)


def roar(g: np.random.Generator) -> np.ndarray:
    """Ignition: a burst of flame noise over a low rumble, 1.5 s."""
    t = _t(1.6)
    swell = np.clip(t / 0.02, 0, 1) * np.exp(-t / 0.9)
    x = _band(g.standard_normal(t.size), 40, 1800) * swell
    crack = _band(g.standard_normal(t.size), 2000, 9000) * _env(t, 0.0005, 0.03)
    return _norm(x + 0.6 * crack)


def boom(g: np.random.Generator, length: float = 2.5) -> np.ndarray:
    """An explosion or a firework's burst: a crack, then a long low rolling decay."""
    t = _t(length)
    crack = _band(g.standard_normal(t.size), 1000, 9000) * _env(t, 0.0003, 0.02)
    low = _band(g.standard_normal(t.size), 25, 250, 4) * _env(t, 0.003, length / 4)
    return _norm(0.7 * crack + 3.0 * low)


def thunder(g: np.random.Generator, distance: float) -> np.ndarray:
    """Thunder: a near strike cracks, a far one only rolls (the air eats the highs)."""
    t = _t(4.0)
    roll = _band(g.standard_normal(t.size), 20, 400 if distance > 1500 else 1500, 2)
    mod = 0.6 + 0.4 * np.sin(2 * np.pi * (1.3 + g.random()) * t + g.random() * 6)
    x = roll * mod * _env(t, 0.05 if distance > 1500 else 0.005, 1.0)
    if distance < 1500:
        x = x + _band(g.standard_normal(t.size), 1500, 8000) * _env(t, 0.0005, 0.05)
    return _norm(x)


def crackle(g: np.random.Generator, seconds: float, density: float) -> np.ndarray:
    """Fire: pops at `density` a second over a soft roar."""
    n = int(seconds * SR)
    pops = np.zeros(n)
    k = g.poisson(density * seconds)
    if k:
        pos = g.integers(0, n, k)
        pops[pos] = g.standard_normal(k) * (0.5 + g.random(k))
    pops = _band(pops, 1200, 9000)
    hiss = _band(g.standard_normal(n), 100, 1200) * 0.05
    return (pops * 3 + hiss).astype(F32)


def flap(g: np.random.Generator) -> np.ndarray:
    t = _t(0.12)
    return _norm(_band(g.standard_normal(t.size), 150, 2500) * _env(t, 0.01, 0.03))


def chime(g: np.random.Generator) -> np.ndarray:
    """A formation assembled: a soft bell."""
    t = _t(1.2)
    f = 660 * 2 ** (g.integers(0, 5) / 12)
    x = sum(np.sin(2 * np.pi * f * r * t) * a for r, a in ((1, 1), (2.76, 0.4), (5.4, 0.2)))
    return _norm(np.asarray(x) * _env(t, 0.002, 0.4))


def scatter(g: np.random.Generator) -> np.ndarray:
    """A formation bursting: a spray of tiny clicks."""
    t = _t(0.6)
    clicks = (g.random(t.size) < 0.01) * g.standard_normal(t.size) * np.exp(-t / 0.2)
    puff = _band(g.standard_normal(t.size), 500, 3000) * _env(t, 0.002, 0.05)
    return _norm(_band(clicks, 2000, 9000) + 0.3 * puff)


def _voice(t: np.ndarray, f0: np.ndarray, formants: tuple[float, ...], breath: float,
           g: np.random.Generator) -> np.ndarray:
    """A voiced call: harmonics of a gliding pitch shaped by formant bands."""
    phase = 2 * np.pi * np.cumsum(f0) / SR
    src = sum(np.sin(k * phase) / k for k in range(1, 12))
    x = np.asarray(src) + breath * g.standard_normal(t.size)
    return sum(_band(x, f * 0.7, f * 1.3) for f in formants) if formants else x  # type: ignore[return-value]


def howl(g: np.random.Generator) -> np.ndarray:
    t = _t(2.6)
    f0 = 420 + 260 * np.sin(np.pi * np.clip(t / 2.4, 0, 1)) ** 0.6 + 6 * np.sin(2 * np.pi * 5.5 * t)
    env = np.clip(t / 0.25, 0, 1) * np.clip((2.6 - t) / 0.5, 0, 1)
    return _norm(_voice(t, f0, (700.0, 1400.0), 0.05, g) * env)


def bark(g: np.random.Generator) -> np.ndarray:
    out = np.zeros(int(1.0 * SR))
    for k in range(2):  # two barks
        t = _t(0.18)
        f0 = 520 - 900 * t + 40 * g.random()
        x = _voice(t, f0, (900.0, 2100.0), 0.4, g) * _env(t, 0.004, 0.05)
        s = int(k * 0.32 * SR)
        out[s:s + t.size] += x
    return _norm(out)


def meow(g: np.random.Generator) -> np.ndarray:
    t = _t(0.8)
    f0 = 600 + 300 * np.sin(np.pi * np.clip(t / 0.8, 0, 1)) + 20 * g.random()
    env = np.clip(t / 0.05, 0, 1) * np.clip((0.8 - t) / 0.2, 0, 1)
    return _norm(_voice(t, f0, (1000.0, 2600.0), 0.05, g) * env)


def roar_animal(g: np.random.Generator) -> np.ndarray:
    t = _t(1.4)
    f0 = 140 - 40 * t + 8 * g.standard_normal(1)[0]
    env = np.clip(t / 0.1, 0, 1) * np.exp(-t / 0.7)
    return _norm(_voice(t, f0, (350.0, 900.0), 0.6, g) * env)


def birdsong(g: np.random.Generator) -> np.ndarray:
    """A phrase of chirps: each a fast pitch sweep, the phrase seeded per cue."""
    out = np.zeros(int(1.2 * SR))
    pos = 0.0
    for _ in range(int(g.integers(3, 7))):
        d = 0.05 + 0.08 * g.random()
        t = _t(d)
        f0 = 2500 + 2000 * g.random()
        f = f0 * (1 + (0.5 * g.random() - 0.25) * t / d)
        x = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.sin(np.pi * t / d)
        s = int(pos * SR)
        if s + t.size > out.size:
            break
        out[s:s + t.size] += x
        pos += d + 0.03 + 0.08 * g.random()
    return _norm(out)


def speech_blip(g: np.random.Generator) -> np.ndarray:
    """A human's exclamation where a calling verb has no words: a short vowel."""
    t = _t(0.4)
    f0 = 180 + 40 * np.sin(np.pi * t / 0.4)
    return _norm(_voice(t, f0, (700.0, 1200.0), 0.1, g) * _env(t, 0.02, 0.15))
