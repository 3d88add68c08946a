"""A scene's named effects (`effects:` in the screenplay, and the verbs that make them): fire on a
burning house, smoke, sparks, fireworks, an explosion, lightning, a water jet, bubbles, confetti, ink.

Called once a frame by the world, after the actors have moved. Everything is drawn with the
world's own particle kinds, so the renderer, the trace and the cache need nothing new; counts
come from the pool's rng, so the same scene gives the same particles.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from kinema.screenplay.model import Archetype, Effect, EffectKind, Verb
from kinema.world.actor import Actor
from kinema.world.particles import BUBBLE, FIRE, PETAL, SHELL, SHELL_COLOURS, SMOKE, SPARK, SPLASH, STAR

if TYPE_CHECKING:
    from kinema.world.simulate import SceneWorld

FIREWORK_EVERY = 0.8  # seconds between shells, on average
LIGHTNING_EVERY = 3.0  # seconds between bolts
SKY = 14.0  # metres above the ground where lightning bolts start
JET_SPEED = 9.0  # m/s: a hose's water, a dragon's flame
BLOWN = 6.0  # soap bubbles a second from a person blowing them
# Verbs that are effects on the member doing them.
VERB_FX: dict[Verb, EffectKind] = {Verb.BURN: EffectKind.FIRE, Verb.SPRAY: EffectKind.WATER,
                                   Verb.BREATHE_FIRE: EffectKind.FIRE, Verb.EXPLODE: EffectKind.EXPLOSION}


def emit(w: SceneWorld, t: float) -> None:
    """This frame's particles (and events) for every effect in force at scene time t."""
    dt = 1.0 / w.fps
    for k, fx in enumerate(w.scene.effects):
        if fx.at <= t and (fx.until is None or t < fx.until):
            on = w.by_id.get(fx.on) if fx.on else None
            _one(w, fx.kind, on, fx, t, dt, k)
    for a in w.actors:
        kind = VERB_FX.get(a.verb)
        if kind is None:
            continue
        if a.verb == Verb.BREATHE_FIRE:
            _jet(w, a, FIRE, dt)
        elif a.verb == Verb.SPRAY:
            _jet(w, a, SPLASH, dt)
        else:
            _one(w, kind, a, None, t, dt, -1)


def _where(w: SceneWorld, a: Actor | None, fx: Effect | None) -> tuple[float, float, float]:
    """(x, ground under x, size) of an effect: on its member, at its x, or mid-scene."""
    if a is not None:
        p = a.body.position
        return p.x, p.y - a.foot, max(a.width, a.height)
    xs = [b.body.position.x for b in w.actors]
    x = fx.x if fx is not None and fx.x is not None else (0.5 * (min(xs) + max(xs)) if xs else 0.0)
    return x, float(w.terrain.heights(np.array([x]))[0]), 2.0


def _one(w: SceneWorld, kind: EffectKind, a: Actor | None, fx: Effect | None, t: float, dt: float,
         k: int) -> None:
    pool, g = w.particles, w.particles.rng
    x, ground, size = _where(w, a, fx)
    y0 = ground + (fx.y if fx is not None and fx.y is not None else 0.0)
    if kind == EffectKind.FIRE and a is not None and fx is not None and fx.target is not None:
        _jet(w, a, FIRE, dt, fx)  # breathed at something: a stream of flame from the front
    elif kind == EffectKind.FIRE:
        # Flames lick up from the upper half of what burns (a house's windows and roof, a fire's
        # base on the ground), tongues a fifth of its size at most; smoke rises above them.
        top = a.height if a is not None else 0.0
        n = int(g.poisson(40.0 * min(size, 6.0) * dt))
        if n:
            xs = x + (g.random(n) - 0.5) * 0.7 * size
            ys = y0 + (0.45 + 0.5 * g.random(n)) * top if a is not None else y0 + 0.1 * g.random(n)
            pool.emit(FIRE, n, xs, ys, (-0.3, 0.3), (0.6, 1.8), (0.06 * size, 0.16 * size), (0.3, 0.7))
        _smoke(w, x, y0 + top * 0.95 + 0.3 * size, size, 3.0 * min(size, 6.0) * dt)
    elif kind == EffectKind.SMOKE:
        _smoke(w, x, y0 + 0.5 * size, size, 14.0 * size * dt)
    elif kind == EffectKind.SPARKS:
        n = int(g.poisson(60.0 * dt))
        if n:
            pool.emit(SPARK, n, x, y0 + 0.5 * size, (-3.0, 3.0), (1.0, 5.0), (0.03, 0.06), (0.4, 0.9))
    elif kind == EffectKind.FIREWORKS:
        if g.random() < dt / FIREWORK_EVERY:
            # In the sky's own metres (world/particles.py SKY_KINDS): the reference view shows
            # 20 m from y -8 to 12, so shells burst in its upper third, near its middle (a tall
            # frame is 11 m wide), each a colour of its own that its stars keep.
            bx, by = (g.random() - 0.5) * 10.0, 6.5 + 4.0 * g.random()
            base = int((0.2 + 0.04 * g.random()) * 1e4) // SHELL_COLOURS * SHELL_COLOURS
            star = (base + int(g.integers(SHELL_COLOURS)) + 0.5) * 1e-4  # size % colours: its colour
            _burst(w, SHELL, bx, by, 150, 5.5, (star, star), (1.4, 2.2))
            w.fx_events.append(f"fireworks:{k}")
    elif kind == EffectKind.EXPLOSION:
        start = fx.at if fx is not None else a.action_at if a is not None else 0.0
        if start <= t < start + dt:  # one blast, the frame it starts
            cy = y0 + 0.5 * size
            _burst(w, FIRE, x, cy, 160, 6.0 * size, (0.2 * size, 0.4 * size), (0.3, 0.7))
            _burst(w, SPARK, x, cy, 120, 9.0 * size, (0.04, 0.08), (0.5, 1.2))
            _burst(w, SMOKE, x, cy, 40, 2.0 * size, (0.3 * size, 0.6 * size), (2.0, 4.0))
            w.fx_events.append(f"explosion:{a.member.id if a is not None else k}")
    elif kind == EffectKind.LIGHTNING:
        if g.random() < dt / LIGHTNING_EVERY:
            _bolt(w, x + (g.random() - 0.5) * 40.0, ground)
            w.fx_events.append(f"lightning:{k}")
    elif kind == EffectKind.WATER and a is not None:
        _jet(w, a, SPLASH, dt, fx)
    elif kind == EffectKind.BUBBLES and a is not None and a.member.archetype == Archetype.HUMAN:
        # Blown: from the mouth, drifting ahead of the face and up, each a soap bubble.
        n = int(g.poisson(BLOWN * dt))
        if n:
            mouth_x = x + a.facing * (0.5 * a.width + 0.05)
            pool.emit(BUBBLE, n, mouth_x, y0 + 0.88 * a.height, (0.3 * a.facing, 0.9 * a.facing), (0.05, 0.45),
                      (0.06, 0.16), (3.0, 5.0))
    elif kind == EffectKind.BUBBLES:
        n = int(g.poisson(20.0 * dt))
        if n:
            pool.emit(STAR, n, x + (g.random(n) - 0.5) * 4.0, y0, (-0.2, 0.2), (0.6, 1.5), (0.05, 0.1),
                      (2.0, 4.0))
    elif kind == EffectKind.CONFETTI:
        n = int(g.poisson(40.0 * dt))
        if n:
            pool.emit(PETAL, n, x + (g.random(n) - 0.5) * 16.0, y0 + 8.0, (-0.5, 0.5), (-0.5, 0.0), (0.06, 0.1),
                      (5.0, 8.0))
    elif kind == EffectKind.INK:
        _smoke(w, x, y0 + 0.5 * size, size, 20.0 * dt)


def _smoke(w: SceneWorld, x: float, y: float, size: float, rate: float) -> None:
    g = w.particles.rng
    n = int(g.poisson(rate))
    if n:
        w.particles.emit(SMOKE, n, x + (g.random(n) - 0.5) * 0.5 * size, y, (-0.3, 0.3), (0.6, 1.4),
                         (0.2 * size, 0.4 * size), (2.5, 4.5))


def _burst(w: SceneWorld, kind: int, x: float, y: float, n: int, speed: float, size: tuple[float, float],
           life: tuple[float, float]) -> None:
    """n particles thrown out in every direction from one point, each at its own speed."""
    g = w.particles.rng
    ang = g.random(n) * 2.0 * math.pi
    sp = speed * (0.4 + 0.6 * g.random(n))
    for k in range(n):  # emit takes ranges: one particle each keeps every direction exact
        vx, vy = float(sp[k] * math.cos(ang[k])), float(sp[k] * math.sin(ang[k]))
        w.particles.emit(kind, 1, x, y, (vx, vx), (vy, vy), size, life)


def _bolt(w: SceneWorld, x: float, ground: float) -> None:
    """A jagged line of bright sparks from the sky to the ground that lives two frames."""
    g = w.particles.rng
    steps = 40
    ys = np.linspace(ground + SKY * 1.3, ground, steps)
    xs = x + np.cumsum((g.random(steps) - 0.5) * 1.2)
    for bx, by in zip(xs, ys, strict=True):
        w.particles.emit(SPARK, 3, float(bx), float(by), (0.0, 0.0), (0.0, 0.0), (0.08, 0.12), (0.08, 0.1))


def _jet(w: SceneWorld, a: Actor, kind: int, dt: float, fx: Effect | None = None) -> None:
    """A stream from the member's front (a hose's water, a dragon's flame), aimed at a target
    when there is one, arcing under gravity (water) or rising (flame)."""
    g = w.particles.rng
    p = a.body.position
    mouth_x = p.x + a.facing * 0.5 * a.width
    mouth_y = p.y - a.foot + 0.7 * a.height
    if kind == SPLASH and a.member.archetype == Archetype.HUMAN and a.last_joints:
        hx, hy = a.last_joints[9]  # the hose's nozzle, a little ahead of the aiming hand
        mouth_x, mouth_y = p.x + a.facing * (hx + 0.15), p.y - a.foot + hy
    elif a.mouth is not None:  # a body on a skeleton breathes from its drawn head, wherever the neck put it
        mouth_x, mouth_y = a.mouth
    target_id = fx.target if fx is not None else a.partner
    tgt = w.by_id.get(target_id) if target_id else None
    if tgt is not None:
        tp = tgt.body.position
        dx, dy = tp.x - mouth_x, (tp.y - tgt.foot + 0.6 * tgt.height) - mouth_y
        dist = max(0.5, math.hypot(dx, dy))
        flight = dist / JET_SPEED
        vx = dx / flight
        vy = dy / flight + 0.5 * w.gravity * flight * (1.0 if kind == SPLASH else 0.0)
    else:
        vx, vy = a.facing * JET_SPEED, 1.0
    if a.mouth is not None:  # the pool moves what it emits a step before it is seen: first seen at the snout
        mouth_x, mouth_y = mouth_x - vx * dt, mouth_y - vy * dt
    n = int(g.poisson(150.0 * dt))
    if n:
        size = (0.12, 0.22) if kind == SPLASH else (0.15 * a.height, 0.3 * a.height)
        life = (0.8, 1.4) if kind == SPLASH else (0.25, 0.5)
        w.particles.emit(kind, n, mouth_x, mouth_y, (0.9 * vx, 1.1 * vx), (0.9 * vy - 0.3, 1.1 * vy + 0.3),
                         size, life)
