"""Particle effects tied to actions and settings: exhaust, engine jets, fireflies, falling leaves.

Behaviours call these each physics step (world/verbs.py) and the world once a frame
(world/simulate.py). Particles are stepped once a frame, so an emitter owes its particles over
the substeps and emits them in one batch a frame, spread along their first frame of travel so a
jet is a stream rather than a clump per frame. Counts come from the pool's rng: deterministic.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from kinema.screenplay.model import Action, Archetype, Place, TimeOfDay, Weather
from kinema.world.actor import Actor
from kinema.world.particles import FIRE, FIREFLY, LEAF, SMOKE

if TYPE_CHECKING:
    from kinema.world.simulate import SceneWorld

NO_EXHAUST = (Place.UNDERWATER, Place.SPACE)
SPOOL_S = 1.5  # an igniting body reaches its speed with this time constant
BIG_SCALE = 8.0  # a prop this scaled (a planet) fires many engines over its trailing half
BIG_JETS = 14
FIREFLY_PLACES = (Place.FOREST, Place.PLAIN)  # meadows and woods, not a wind-swept peak
FIREFLY_TIMES = (TimeOfDay.NIGHT, TimeOfDay.SUNSET)  # night and dusk
FIREFLIES = 36  # kept alive around the actors
LEAVES_PER_S = {Weather.WIND: 14.0}  # in a forest; 2.5 otherwise


def _owed(w: SceneWorld, a: Actor, dt: float) -> float:
    """Seconds of emission owed, once a frame's worth has built up; 0 until then."""
    a.fx_due += dt
    if a.fx_due < 1.0 / w.fps - 1e-9:
        return 0.0
    owed, a.fx_due = a.fx_due, 0.0
    return owed


def exhaust(w: SceneWorld, a: Actor, dt: float) -> None:
    """A driving vehicle's exhaust: grey puffs at its rear that billow, drift back and rise."""
    if w.scene.setting.place in NO_EXHAUST:
        return
    owed = _owed(w, a, dt)
    if owed == 0.0:
        return
    v = a.body.velocity
    n = int(w.particles.rng.poisson((5.0 + 1.5 * abs(v.x)) * owed))
    # The picture is a square of the body's height (an emoji), narrower than a car's physics box.
    rear = a.body.position.x - a.facing * 0.45 * min(a.width, a.height)
    y = a.body.position.y - a.foot + 0.22 * a.height
    h = a.height
    # Some of the car's speed, then drag holds the puff back: the trail stays behind the car.
    w.particles.emit(SMOKE, n, rear, y, (0.3 * v.x - a.facing * 1.0, 0.3 * v.x - a.facing * 0.3), (0.1, 0.5),
                     (0.08 * h, 0.15 * h), (1.2, 2.2))


def ignite(w: SceneWorld, a: Actor, act: Action, dt: float) -> None:
    """Engines fire: the body holds its height like a thruster, speeds up smoothly towards
    `speed` (0: fires in place) along its facing or to `to_x`, and jets flame and smoke back."""
    if a.ignited != act.at:
        a.ignited = act.at
        a.events.append(f"ignite:{a.member.id}")
    p, v = a.body.position, a.body.velocity
    foot = p.y - a.foot
    speed = act.speed or 0.0
    if act.to_x is None:
        want = speed * a.facing
    else:
        dx = act.to_x - p.x
        want = math.copysign(min(speed, abs(dx) * 0.8), dx) if abs(dx) > 0.02 else 0.0
    vx = v.x + (want - v.x) * min(1.0, dt / SPOOL_S)
    # Thrust cancels gravity: pymunk moves the body by this velocity before gravity acts on it.
    vy = 0.0 if act.to_y is None else max(-3.0, min(3.0, (act.to_y - foot) * 1.5))
    ground = w.surface(p.x, foot + 0.05, a)
    if foot <= ground + 0.05:  # skimming the ground: ride over rises rather than hold height through them
        vy = max(vy, vx * w.terrain.slope(p.x) + (ground - foot) * 10.0)
    a.body.velocity = (vx, vy)
    owed = _owed(w, a, dt)
    if owed > 0.0:
        _jets(w, a, vx, owed)


def _jets(w: SceneWorld, a: Actor, vx: float, owed: float) -> None:
    pool = w.particles
    g = pool.rng
    big = a.member.archetype == Archetype.PROP and a.member.appearance.scale >= BIG_SCALE
    space = w.scene.setting.place == Place.SPACE
    back = -a.facing
    px, cy = a.body.position.x, a.body.position.y - a.foot + a.height / 2
    if big:  # engines over the trailing half of the disc, across its height
        r = min(a.height, a.width) / 2
        ang = np.linspace(-1.3, 1.3, BIG_JETS)
        ox, oy = px + back * r * 0.97 * np.cos(ang), cy + r * 0.97 * np.sin(ang)
        size, speed, fire_rate, smoke_rate = 0.2 * r, 5.0 * r, 150.0, 6.0
    else:  # one nozzle at the tail
        ox, oy = np.array([px + back * 0.5 * min(a.width, a.height)]), np.array([cy])
        size, speed, fire_rate, smoke_rate = 0.2 * a.height, 8.0 * a.height, 200.0, 25.0
    jets = len(ox)
    n = int(g.poisson(fire_rate * owed * jets))
    if n:
        which = g.integers(0, jets, n)
        # Spread along the first frame of travel; across the nozzle a little.
        along = g.random(n) * speed * owed
        x = ox[which] + back * along
        y = oy[which] + (g.random(n) - 0.5) * size * 0.6
        pool.emit(FIRE, n, x, y, (vx + back * speed * 0.7, vx + back * speed * 1.2),
                  (-0.12 * speed, 0.12 * speed), (0.7 * size, 1.2 * size), (0.2, 0.45))
    # Smoke trails off the end of the flame; thin and short-lived in space.
    rate, life = (smoke_rate * 0.3, (0.6, 1.2)) if space else (smoke_rate, (1.5, 3.0))
    n = int(g.poisson(rate * owed * jets))
    if n:
        which = g.integers(0, jets, n)
        x = ox[which] + back * speed * (0.15 + 0.15 * g.random(n))
        y = oy[which] + (g.random(n) - 0.5) * size
        pool.emit(SMOKE, n, x, y, (vx + back * speed * 0.2, vx + back * speed * 0.4), (-0.3, 0.6),
                  (0.9 * size, 1.5 * size), life)


def ambient(w: SceneWorld) -> None:
    """Once a frame: fireflies at night or dusk in the open country, leaves falling in a forest."""
    if not w.actors:
        return
    s = w.scene.setting
    pool, g = w.particles, w.particles.rng
    xs = [a.body.position.x for a in w.actors]
    lo, hi = min(xs), max(xs)
    if s.place in FIREFLY_PLACES and s.time in FIREFLY_TIMES and s.weather not in (Weather.RAIN, Weather.SNOW):
        n = FIREFLIES - int(np.count_nonzero((pool.life > 0) & (pool.kind == FIREFLY)))
        if n > 0:
            x = lo - 8.0 + g.random(n) * (hi - lo + 16.0)
            y = w.terrain.heights(x) + 0.3 + g.random(n) * 2.5
            pool.emit(FIREFLY, n, x, y, (-0.3, 0.3), (-0.2, 0.2), (0.03, 0.05), (6.0, 12.0))  # glow, not bug
    if s.place == Place.FOREST:
        n = int(g.poisson(LEAVES_PER_S.get(s.weather, 2.5) / w.fps))
        if n:
            # From the canopy, upwind of the actors so the wind carries the leaves past them.
            x = lo - 15.0 - 3.0 * pool.wind + g.random(n) * (hi - lo + 30.0)
            y = w.terrain.heights(x) + 2.5 + g.random(n) * 5.0
            pool.emit(LEAF, n, x, y, (-0.3, 0.3), (-0.5, 0.0), (0.09, 0.15), (10.0, 14.0))
