"""The verbs the director's effects need that move a body without legs: a rocket's `launch`,
a flyer's `land`, a balloon let go (`release`), a snowman that `melt`s.

Called by verbs.steer for these verbs; each returns after setting the body's velocity (pymunk
moves it before gravity acts on it), like the other airborne behaviours.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from kinema.screenplay.model import Action, Verb
from kinema.world import effects
from kinema.world.actor import Actor

if TYPE_CHECKING:
    from kinema.world.simulate import SceneWorld

LAUNCH_HEIGHT = 60.0  # metres a launch climbs towards
LAUNCH_ACCEL = 6.0  # m/s² upwards: a slow lift-off that gathers speed
LAND_SPEED = 1.5  # m/s down at most, slowing near the ground
BALLOON_RISE = 1.2  # m/s a released balloon rises, swaying
MELT_S = 6.0  # seconds to melt down to a puddle
MELT_FLOOR = 0.15  # the puddle's height as a share of the body's
VERBS = (Verb.LAUNCH, Verb.LAND, Verb.RELEASE, Verb.MELT)
AIRBORNE = (Verb.LAUNCH, Verb.LAND)  # gravity is theirs to cancel


def steer(w: SceneWorld, a: Actor, act: Action, t: float, dt: float) -> None:
    if act.do == Verb.LAUNCH:
        _launch(w, a, act, t, dt)
    elif act.do == Verb.LAND:
        _land(w, a, act)
    elif act.do == Verb.RELEASE:
        a.body.velocity = (0.0, a.body.velocity.y) if a.grounded else a.body.velocity
        if act.target is not None and (held := w.by_id.get(act.target)) is not None:
            held.released_at = min(held.released_at, t)  # from now on it rises (see `drift`)
    elif act.do == Verb.MELT:
        u = min(1.0, (t - act.at) / MELT_S)
        a.pose_squash = 1.0 - (1.0 - MELT_FLOOR) * (u * u * (3 - 2 * u))  # eased: slow, then sinking
        a.body.velocity = (0.0, a.body.velocity.y)


def _launch(w: SceneWorld, a: Actor, act: Action, t: float, dt: float) -> None:
    """Engines fire (flame and smoke from the tail) and the body climbs, faster and faster."""
    effects.ignite(w, a, act.model_copy(update={"speed": 0.0, "to_x": None, "to_y": None}), dt)
    p = a.body.position
    ground = w.surface(p.x, p.y - a.foot + 0.05, a)
    top = act.to_y if act.to_y is not None else ground + LAUNCH_HEIGHT
    climb = min(LAUNCH_ACCEL * max(0.0, t - act.at), 40.0)
    vy = climb if p.y - a.foot < top else 0.0
    a.body.velocity = (a.body.velocity.x * 0.98, vy)


def _land(w: SceneWorld, a: Actor, act: Action) -> None:
    """Down to the ground below (or to_x first), slowing as it comes close; still once down."""
    p = a.body.position
    foot = p.y - a.foot
    ground = w.surface(p.x, foot + 0.05, a)
    height = foot - ground
    vx = 0.0 if act.to_x is None else max(-3.0, min(3.0, (act.to_x - p.x) * 0.8))
    vy = -min(LAND_SPEED, max(0.3, height)) if height > 0.01 else 0.0
    a.wing = 0.6 * math.sin(2.5 * p.y) if height > 0.3 else 0.0  # a slow beat, settling as it lands
    a.body.velocity = (vx, vy)


def drift(w: SceneWorld, a: Actor, t: float) -> bool:
    """A member let go of rises on the air, swaying: True while it does (gravity is cancelled)."""
    if a.released_at > t:
        return False
    sway = 0.4 * math.sin(1.3 * (t - a.released_at))
    a.body.velocity = (sway + 0.3 * w.wind, BALLOON_RISE)
    return True
