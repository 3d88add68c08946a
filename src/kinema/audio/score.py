"""A short procedural score per film: key, tempo and instrument from each scene's mood, a phrase
that restarts at every scene boundary, and an arrangement that thickens as the action's tension
rises (bass on every beat, quicker melody, drums, the melody doubled).

The score is a list of notes in film samples, built from the screenplay alone (no simulation),
and each note is a pure function of its own time, so any shot's window of the music is rendered
alone and joins its neighbours exactly. Synthesised; each instrument names the General MIDI
program a SoundFont would use for it.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from kinema.audio.rate import SR, at
from kinema.screenplay.model import Place, Scene, Screenplay, TimeOfDay, Weather
from kinema.seeds import rng

MUSIC_LEVEL = 0.2
MAX_NOTE_S = 8.0  # no note (with its release) lasts longer: bounds the window search

GM_PROGRAM = {"piano": 0, "strings": 48, "pad": 89, "harp": 46, "bells": 14, "flute": 73}
MAJOR, MINOR = (0, 2, 4, 5, 7, 9, 11), (0, 2, 3, 5, 7, 8, 10)


@dataclass(frozen=True)
class Mood:
    root: int  # MIDI note of the tonic
    scale: tuple[int, ...]
    tempo: int  # beats a minute
    instrument: str
    progression: tuple[int, ...]  # scale degrees, one chord a bar


MOODS: dict[str, Mood] = {
    "night": Mood(57, MINOR, 66, "pad", (0, 5, 3, 4)),
    "action": Mood(50, MINOR, 132, "strings", (0, 5, 6, 4)),
    "wonder": Mood(62, MAJOR, 84, "bells", (0, 4, 5, 3)),
    "sorrow": Mood(52, MINOR, 60, "piano", (0, 3, 5, 4)),
    "calm": Mood(60, MAJOR, 92, "harp", (0, 5, 3, 4)),
}
_ACTION = frozenset({"punch", "chase", "flee", "run", "drive", "ignite", "explode", "launch", "kick", "pounce",
                     "breathe_fire", "burn"})


@dataclass(frozen=True, order=True)
class Note:
    start: int  # film sample
    length: int  # samples, release included
    hold: float  # seconds before the release
    pitch: int  # MIDI
    velocity: float  # 0..1
    instrument: str


def mood_of(play: Screenplay, scene: Scene) -> str:
    if play.score is not None and play.score.mood is not None:
        return play.score.mood.value
    verbs = {a.do.value for a in scene.actions}
    if verbs & _ACTION:
        return "action"
    if scene.setting.place in (Place.SPACE, Place.UNDERWATER) or "burst" in verbs:
        return "wonder"
    if scene.setting.weather == Weather.RAIN:
        return "sorrow"
    if scene.setting.time == TimeOfDay.NIGHT:
        return "night"
    return "calm"


def tension(scene: Scene, t: float) -> float:
    """0..1: rises over the four seconds before an action verb, holds while it lasts, then eases."""
    level = 0.15
    for a in scene.actions:
        if a.do.value not in _ACTION:
            continue
        end = a.until if a.until is not None else a.at + 3.0
        if t < a.at - 4.0:
            v = 0.0
        elif t < a.at:
            v = 1.0 - (a.at - t) / 4.0
        elif t <= end:
            v = 1.0
        else:
            v = max(0.0, 1.0 - (t - end) / 3.0)
        level = max(level, v)
    return level


def notes(play: Screenplay) -> list[Note]:
    """Every note of the film, sorted by start."""
    from kinema.film.takes import shot_frames

    fps = play.format.fps
    out: list[Note] = []
    frame = 0
    for scene, counts in zip(play.scenes, shot_frames(play), strict=True):
        length = sum(counts)
        out.extend(_scene_notes(play, scene, at(frame, fps), length / fps))
        frame += length
    out.sort()
    return out


def _scene_notes(play: Screenplay, scene: Scene, start: int, seconds: float) -> list[Note]:
    base = MOODS[mood_of(play, scene)]
    tempo = play.score.tempo if play.score is not None and play.score.tempo else base.tempo
    inst = play.score.instrument.value if play.score is not None and play.score.instrument else base.instrument
    beat = 60.0 / tempo
    bar = 4 * beat
    out: list[Note] = []

    def add(t: float, hold: float, pitch: int, vel: float, instrument: str) -> None:
        if t >= seconds:
            return
        hold = min(hold, seconds - t + 0.5)  # rings a little past the scene's end, then lets go
        out.append(Note(start + round(t * SR), int((hold + RELEASE[instrument]) * SR), hold, pitch,
                        min(vel, 1.0), instrument))

    def tone(degree: int, octave: int = 0) -> int:
        s = base.scale
        return base.root + 12 * (octave + degree // len(s)) + s[degree % len(s)]

    for b in range(math.ceil(seconds / bar)):
        t0 = b * bar
        ten = tension(scene, t0)
        g = rng(play.seed, "score", scene.id, b)
        d = base.progression[b % len(base.progression)]
        vel = round((0.35 + 0.45 * ten) * 20) / 20  # in steps, so that repeated chords are the same notes
        for k in (0, 2, 4):  # the chord
            add(t0, bar, tone(d + k), vel * 0.6, inst)
        steps = 1 if ten < 0.3 else 2 if ten < 0.7 else 4
        for s in range(4 * steps // 2 if steps > 1 else 2):  # the bass
            add(t0 + s * bar / max(2, 2 * steps), beat * 0.9, tone(d, -2), 0.5 + 0.3 * ten, "bass")
        n = 2 if ten < 0.3 else 4 if ten < 0.7 else 8  # the melody, a seeded walk on the scale
        deg = d + 7
        for s in range(n):
            deg += int(g.integers(-2, 3))
            deg = max(d + 4, min(d + 13, deg))
            if g.random() < 0.25:
                continue
            add(t0 + s * bar / n, bar / n * 0.95, tone(deg), vel, "flute" if inst == "pad" else inst)
            if ten > 0.8:
                add(t0 + s * bar / n, bar / n * 0.95, tone(deg, 1), vel * 0.5, inst)
        if ten > 0.55:  # drums
            for s in range(4):
                add(t0 + s * beat, 0.1, 36, 0.8 * ten if s % 2 == 0 else 0.5 * ten, "kick")
            if ten > 0.75:
                for s in range(8):
                    add(t0 + s * beat / 2, 0.05, 42, 0.25, "hat")
    return out


RELEASE = {"piano": 0.3, "strings": 0.5, "pad": 1.2, "harp": 0.6, "bells": 1.5, "flute": 0.2, "bass": 0.15,
           "kick": 0.2, "hat": 0.05}


@lru_cache(maxsize=1)
def _hat_noise() -> np.ndarray:
    return rng(0, "hat").standard_normal(int(0.3 * SR))


TABLE = 4096


@lru_cache(maxsize=16)
def _table(partials: tuple[tuple[float, float], ...]) -> np.ndarray:
    """One cycle of a harmonic tone, `partials` (ratio, amplitude); ratios are whole numbers."""
    ph = np.arange(TABLE) / TABLE * 2 * np.pi
    x = sum(a * np.sin(r * ph) for r, a in partials)
    return np.asarray(x) / max(float(np.max(np.abs(x))), 1e-9)


_TONES: dict[str, tuple[tuple[float, float], ...]] = {
    "piano": tuple((k, 1 / k ** 1.5) for k in range(1, 8)),
    "strings": tuple((k, 1 / k) for k in range(1, 10)),
    "pad": ((1, 1.0), (2, 0.3)),
    "harp": tuple((k, 1 / k ** 2) for k in range(1, 6)),
    "flute": ((1, 1.0), (2, 0.2)),
    "bass": ((1, 1.0), (2, 0.3)),
}
_PURE = ((1, 1.0),)


def _osc(inst: str, f: float, t: np.ndarray, vib: np.ndarray | float = 1.0) -> np.ndarray:
    idx = (np.asarray(f * t * vib) * TABLE).astype(np.int64) % TABLE
    return _table(_TONES.get(inst, _PURE))[idx]


def voice(n: Note, t: np.ndarray) -> np.ndarray:
    """The note's samples at `t` seconds after its start (a pure function of t). Wavetables: the
    bright tone fades into the pure one where a real string's upper partials die first."""
    f = 440.0 * 2 ** ((n.pitch - 69) / 12)
    rel = RELEASE[n.instrument]
    env = np.where(t < n.hold, 1.0, np.exp(-(t - n.hold) / max(rel / 4, 1e-3)))
    inst = n.instrument
    if inst == "kick":
        ph = 2 * np.pi * (45 * t + 75 * 0.03 * (1 - np.exp(-t / 0.03)))
        return np.sin(ph) * np.exp(-t / 0.12) * n.velocity
    if inst == "hat":
        idx = np.minimum((t * SR).astype(np.int64), _hat_noise().size - 1)
        return np.diff(_hat_noise(), prepend=0.0)[idx] * np.exp(-t / 0.02) * n.velocity * 0.3
    if inst in ("piano", "harp"):
        bright = np.exp(-t * (3.0 if inst == "piano" else 4.0))
        x = (_osc(inst, f, t) * bright + _osc("pure", f, t) * (1 - bright)) * np.exp(-t * 0.9)
        a = np.clip(t / 0.004, 0, 1)
    elif inst == "strings":
        vib = 1 + 0.004 * np.sin(2 * np.pi * 5.2 * t) * np.clip(t - 0.3, 0, 1)
        x = _osc(inst, f, t, vib) * 0.7
        a = np.clip(t / 0.25, 0, 1)
    elif inst == "pad":
        x = (_osc(inst, f * 0.997, t) + _osc(inst, f * 1.004, t)) * 0.5
        a = np.clip(t / 0.6, 0, 1)
    elif inst == "bells":  # inharmonic: two partials apart, not a table
        x = (np.sin(2 * np.pi * f * t) * np.exp(-t * 1.1)
             + 0.5 * np.sin(2 * np.pi * f * 2.76 * t) * np.exp(-t * 1.7))
        a = np.clip(t / 0.002, 0, 1)
    elif inst == "flute":
        vib = 1 + 0.003 * np.sin(2 * np.pi * 4.8 * t)
        x = _osc(inst, f, t, vib)
        a = np.clip(t / 0.08, 0, 1)
    else:  # bass
        x = _osc("bass", f, t)
        a = np.clip(t / 0.01, 0, 1) * np.exp(-t / 0.8)
    return np.asarray(x) * a * env * n.velocity


_PAN = {"bass": 0.0, "kick": 0.0, "hat": 0.3, "flute": -0.25, "piano": 0.15, "strings": -0.1, "pad": 0.0,
        "harp": 0.2, "bells": -0.2}


@lru_cache(maxsize=96)
def _rendered(n: Note) -> np.ndarray:
    """A whole note, float32: a score repeats its chords bar after bar, so most notes are reused."""
    return voice(n, np.arange(n.length) / SR).astype(np.float32)


class Score:
    """The film's notes and a window renderer."""

    def __init__(self, play: Screenplay) -> None:
        self.notes = notes(play)
        self._starts = [n.start for n in self.notes]

    def window(self, a: int, b: int) -> list[Note]:
        """The notes that may sound in film samples [a, b): all that the window's music depends on."""
        lo = bisect_left(self._starts, a - int(MAX_NOTE_S * SR))
        return self.notes[lo:bisect_left(self._starts, b)]

    def render(self, a: int, b: int) -> np.ndarray:
        """Film samples [a, b) of the music, (b - a, 2)."""
        out = np.zeros((b - a, 2))
        for n in self.window(a, b):
            s, e = max(a, n.start), min(b, n.start + n.length)
            if s >= e:
                continue
            x = _rendered(replace(n, start=0))[s - n.start:e - n.start]
            ang = (_PAN.get(n.instrument, 0.0) + 1) * math.pi / 4
            out[s - a:e - a, 0] += x * math.cos(ang)
            out[s - a:e - a, 1] += x * math.sin(ang)
        return out * MUSIC_LEVEL
