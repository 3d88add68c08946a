"""The effects stem of one shot: a cue at the sample of each world event and footstep, plus the
continuous sounds (engines with Doppler, fire), each panned by where it is on screen, levelled by
its distance to the camera and the shot size, then given the place's acoustics (place.py).

A cue starts at the first sample of the frame whose state carries its event (docs/trace.md: an
event appears in the first frame sampled after it happened); a footstep between two frames starts
at the sample where the gait's phase crosses a half cycle. Sounds that ring past the shot's end
are cut with the picture.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kinema.audio import synth
from kinema.audio.place import acoustics
from kinema.audio.rate import SR, at
from kinema.audio.table import ACTION_SOUNDS, CALLS, call_of, sound_for, surface
from kinema.film.job import ShotJob
from kinema.render.camera import Camera
from kinema.screenplay.model import Archetype, CastMember, Place, Scene
from kinema.seeds import rng
from kinema.world.particles import FIRE
from kinema.world.state import ON_FOOT, EntityState

SPEED_OF_SOUND = 343.0
LISTENER_DEPTH = 8.0  # metres between the camera and the action plane, for Doppler and delays
EFFECTS_LEVEL = 0.5
ENGINE_TABLE = 2048
_ENGINE_TABLE = sum(np.sin(k * 2 * np.pi * np.arange(ENGINE_TABLE) / ENGINE_TABLE) / k ** 1.2
                    for k in range(1, 8))  # one cycle of the engine's buzz
_QUIET_ARCHETYPES = frozenset({Archetype.VEHICLE, Archetype.BIRD, Archetype.FISH, Archetype.PROP})


@dataclass(frozen=True)
class Cue:
    sample: int  # in the shot
    name: str  # a synth function, or 'land' / 'firework' / 'thunder' with parameters
    x: float  # metres, where it sounds (for pan and level)
    y: float
    strength: float = 1.0  # impact speed, weight
    event: str = ""  # the world event it answers ('' for footsteps and calls)
    frame: int = 0  # the shot frame it belongs to


def _gen(name: str, g: np.random.Generator, c: Cue, scene: Scene) -> np.ndarray:
    """A cue's mono samples."""
    if name == "land":
        if scene.setting.place == Place.UNDERWATER:
            return synth.splash(g, c.strength / 4)
        return synth.thud(g, c.strength)
    if name == "step":
        return synth.footstep(g, surface(scene.setting), c.strength)
    if name == "firework":
        return synth.boom(g, 1.8)
    if name == "thunder":
        return synth.thunder(g, c.strength)
    if name == "splash":
        return synth.splash(g, c.strength)
    fn: Callable[[np.random.Generator], np.ndarray] | None = getattr(synth, name, None)
    return fn(g) if fn is not None else np.zeros(0, np.float32)


def _members(job: ShotJob) -> dict[str, CastMember]:
    return {m.id: m for m in job.cast}


def cues(job: ShotJob, scene: Scene) -> list[Cue]:
    """Every one-shot sound in the shot's frames, in order."""
    fps, out = job.format.fps, []
    members = _members(job)
    prev: dict[str, EntityState] = {}
    tops: dict[str, float] = {}  # each action's stroke signal at its highest since the last stroke
    for i, state in enumerate(job.states):
        now = {e.id: e for e in state.entities}
        for ev in state.events:
            parts = ev.split(":")
            name = sound_for(parts[0])
            if name is None:
                continue
            who = now.get(parts[1]) if len(parts) > 1 else None
            x, y = (who.x, who.y + who.height * 0.5) if who is not None else _fx_spot(scene, parts, job, i)
            strength, sample = 1.0, at(i, fps)
            if name == "land" and parts[1] in prev:
                strength = abs(prev[parts[1]].vy)
            if name == "thunder":  # the flash is now; its sound arrives after the distance
                strength = 150.0 + 2850.0 * float(rng(job.seed, "thunder", scene.id, state.frame).random())
                sample += round(math.hypot(strength, LISTENER_DEPTH) / SPEED_OF_SOUND * SR)
            out.append(Cue(sample, name, x, y, strength, ev, i))
        for e in state.entities:
            p = prev.get(e.id)
            m = members.get(e.id)
            if p is None or m is None or not e.visible:
                continue
            if e.verb in CALLS and p.verb != e.verb:
                call = call_of(m)
                if call is not None:
                    out.append(Cue(at(i, fps), call, e.x, e.top, 1.0, "", i))
            if e.verb in ON_FOOT and e.grounded and p.grounded and m.archetype not in _QUIET_ARCHETYPES:
                step = _step(p.phase, e.phase)
                if step is not None:
                    out.append(Cue(at(i - 1 + step, fps), "step", e.x, e.y, min(e.height / 1.7, 1.5), "", i))
            if m.archetype == Archetype.BIRD and e.verb in ("fly", "glide") and p.wing > 0 >= e.wing:
                out.append(Cue(at(i, fps), "flap", e.x, e.y, 1.0, "", i))
            if e.verb in ACTION_SOUNDS and p.verb == e.verb:
                if _stroke(p, e, tops):
                    hand = e.joints[9] if e.joints else (0.0, e.height * 0.5)
                    out.append(Cue(at(i - 1, fps), ACTION_SOUNDS[e.verb], e.x + e.facing * hand[0],
                                   e.y + hand[1], 1.0, "", i))
            else:
                tops.pop(e.id, None)
        prev = now
    out.sort(key=lambda c: (c.sample, c.name, c.event))
    return out


STROKE_DEPTH = 0.006  # metres a stroke's signal falls from its last high (more than the rig's jitter)


def _stroke_signal(e: EntityState) -> float:
    """What bottoms out at each stroke: the gap between the hands for a clap, else the near hand's height."""
    if len(e.joints) < 10:
        return e.y
    if e.verb == "clap":
        return math.dist(e.joints[8], e.joints[9])
    return e.joints[9][1]


def _stroke(p: EntityState, e: EntityState, tops: dict[str, float]) -> bool:
    """Whether frame `p` is a stroke's bottom: the signal has fallen STROKE_DEPTH or more from its
    last high and falls no further (a hammer rests on the nail a moment: the first frame of rest is
    the blow). `tops` keeps each body's high since its last stroke."""
    sp, se = _stroke_signal(p), _stroke_signal(e)
    top = max(tops.get(e.id, sp), sp)
    hit = se >= sp - 1e-6 and top - sp >= STROKE_DEPTH
    tops[e.id] = max(sp if hit else top, se)
    return hit


def _step(p0: float, p1: float) -> float | None:
    """Where between two frames (0..1) a foot comes down: the gait's phase crossing 0 or 0.5."""
    d = (p1 - p0) % 1.0
    if d <= 0 or d >= 0.5:
        return None
    for b in (0.5, 1.0):
        if p0 < b <= p0 + d:
            return (b - p0) / d
    return None


def _fx_spot(scene: Scene, parts: list[str], job: ShotJob, i: int) -> tuple[float, float]:
    """Where a scene effect's event sounds: the effect's x when it has one, else mid-frame."""
    if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < len(scene.effects):
        fx = scene.effects[int(parts[1])]
        if fx.x is not None:
            return fx.x, fx.y or 10.0
    cam = job.cameras[i]
    return cam.cx, cam.cy


def placement(cam: Camera, x: float, y: float, width: int, height: int) -> tuple[float, float]:
    """(pan −1..1, gain) of a sound at (x, y) metres seen by `cam`."""
    sx, _ = cam.to_screen(x, y, width, height)
    pan = 2.0 * sx / width - 1.0
    visible = height / max(cam.ppm, 1e-6)  # metres of world the frame shows top to bottom
    gain = min(max(math.sqrt(8.0 / visible), 0.35), 1.3)  # a close-up is loud, an extreme wide far off
    if abs(pan) > 1.0:  # off screen: quieter the further out
        gain *= 0.6 / abs(pan)
    return max(-1.0, min(1.0, pan)), gain


def _pan(mono: np.ndarray, pan: float | np.ndarray, gain: float | np.ndarray) -> np.ndarray:
    a = (np.asarray(pan) + 1.0) * math.pi / 4  # constant power
    return np.stack([mono * np.cos(a) * gain, mono * np.sin(a) * gain], axis=1)


def effects(job: ShotJob, scene: Scene, samples: int) -> np.ndarray:
    """The shot's effects stem, (samples, 2) float32, acoustics applied."""
    out = np.zeros((samples, 2), np.float64)
    if job.shot.title:
        return out.astype(np.float32)
    fmt = job.format
    for k, c in enumerate(cues(job, scene)):
        if c.sample >= samples:
            continue
        g = rng(job.seed, "sfx", scene.id, job.states[c.frame].frame, c.name, c.event, k)
        mono = _gen(c.name, g, c, scene)[: samples - c.sample]
        pan, gain = placement(job.cameras[c.frame], c.x, c.y, fmt.width, fmt.height)
        level = 0.7 if c.name == "step" else 0.5 + 0.1 * min(c.strength, 5) if c.name == "land" else 1.0
        out[c.sample:c.sample + mono.size] += _pan(mono, pan, gain * level)
    out += _engines(job, scene, samples)
    out += _fire(job, scene, samples)
    return (acoustics(out, scene.setting.place, job.seed) * EFFECTS_LEVEL).astype(np.float32)


def _frame_curve(values: list[float], samples: int, fps: int) -> np.ndarray:
    """Per-frame values as a per-sample curve, linear between frame starts."""
    xs = np.array([at(i, fps) for i in range(len(values))], np.float64)
    return np.interp(np.arange(samples), xs, np.asarray(values, np.float64))


def _engines(job: ShotJob, scene: Scene, samples: int) -> np.ndarray:
    """A hum per moving vehicle: its pitch follows speed, shifted by Doppler against the camera."""
    out = np.zeros((samples, 2))
    fmt = job.format
    for m in job.cast:
        if m.archetype != Archetype.VEHICLE:
            continue
        freq, amp, pan = [], [], []
        for i, state in enumerate(job.states):
            e = state.entity(m.id)
            cam = job.cameras[i]
            if e is None:
                freq.append(40.0)
                amp.append(0.0)
                pan.append(0.0)
                continue
            prev_cx = job.cameras[i - 1].cx if i > 0 else cam.cx
            v_cam = (cam.cx - prev_cx) * fmt.fps
            speed = math.hypot(e.vx, e.vy)
            dx = e.x - cam.cx
            v_r = (e.vx - v_cam) * dx / math.hypot(dx, LISTENER_DEPTH)  # > 0 moving away
            running = e.verb in ("drive", "ignite", "launch") or speed > 0.3
            freq.append((38.0 + 4.0 * speed) * SPEED_OF_SOUND / (SPEED_OF_SOUND + v_r))
            p, gain = placement(cam, e.x, e.y + e.height * 0.3, fmt.width, fmt.height)
            amp.append(gain * (0.15 + 0.05 * min(speed, 12.0)) if running else 0.0)
            pan.append(p)
        if max(amp, default=0.0) <= 0:
            continue
        f = _frame_curve(freq, samples, fmt.fps)
        cycles = np.cumsum(f) / SR
        tone = _ENGINE_TABLE[(cycles * ENGINE_TABLE).astype(np.int64) % ENGINE_TABLE]
        phase = 2 * np.pi * cycles
        g = rng(job.seed, "engine", scene.id, m.id, job.states[0].frame)
        noise = g.standard_normal(samples) * (0.5 + 0.5 * np.sin(phase * 0.5))
        mono = 0.6 * tone + 0.15 * synth._band(noise, 60, 900)
        out += _pan(mono, _frame_curve(pan, samples, fmt.fps), _frame_curve(amp, samples, fmt.fps))
    return out


def _fire(job: ShotJob, scene: Scene, samples: int) -> np.ndarray:
    """Fire crackles as densely as there are flames, from where they burn; seeded per frame."""
    fmt = job.format
    out = np.zeros((samples, 2))
    for i, state in enumerate(job.states):
        pf = state.particles
        if len(pf) == 0:
            continue
        lit = pf.kind == FIRE
        n = int(np.count_nonzero(lit))
        if n == 0:
            continue
        a, b = at(i, fmt.fps), min(at(i + 1, fmt.fps), samples)
        g = rng(job.seed, "crackle", scene.id, state.frame)
        chunk = synth.crackle(g, (b - a) / SR, min(4.0 + n * 0.6, 80.0))
        pan, gain = placement(job.cameras[i], float(pf.x[lit].mean()), float(pf.y[lit].mean()),
                              fmt.width, fmt.height)
        out[a:a + chunk.size] += _pan(chunk, pan, gain * min(0.3 + n / 60.0, 1.0))
    return out
