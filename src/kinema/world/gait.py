"""How a drawn four-legged body moves its legs, and where its feet are.

The renderer draws the legs (render/sprites.py); the world reads the same feet to measure the
ground under each one, so every foot of a body on a crest or in a hollow stands on the ground.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kinema.world.state import ON_FOOT


@dataclass(frozen=True)
class Gait:
    name: str  # 'trot', 'gallop' or 'leap'
    legs: tuple[float, float, float, float]  # feet fore (+) or aft: hind far, hind near, front far, front near
    pitch: float  # body rock, radians, nose up positive
    lift: float  # body raised off the ground, body heights
    raised: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # each foot off the ground, body heights


TROT_REACH = 0.3  # the farthest a trotting foot goes fore or aft of its hip, body heights
TROT_LIFT = 0.06  # how high a trotting foot lifts as it swings through, body heights


def _trot_foot(p: float, reach: float) -> tuple[float, float]:
    """One foot through a trot cycle: half of it on the ground moving back under the body exactly as
    fast as the body moves on (so the paw stays put), half in the air swinging through to land ahead."""
    if p < 0.5:
        return reach * (1 - 4 * p), 0.0
    u = (p - 0.5) * 2
    return reach * (-1 + 2 * u * u * (3 - 2 * u)), TROT_LIFT * math.sin(math.pi * u)


def span_of(stride: float, height: float) -> float:
    """A gait cycle's length in body heights: what a planted foot travels back under the body."""
    return stride / max(height, 1e-6)


def gait(phase: float, vx: float, run: float, grounded: bool, span: float = 1.0) -> Gait:
    """How a four-legged body moves its legs: a trot (diagonal pairs together, each paw planted
    while it bears weight: `span` is the cycle's length in body heights) at walking and
    trotting pace; from about half its running speed a gallop (the hind pair, then the front
    pair, a beat apart, the body rocking and briefly off the ground); a leap in the air."""
    a = 2 * math.pi * phase
    if not grounded:  # stretched fore and aft
        return Gait("leap", (-0.25, -0.25, 0.25, 0.25), 0.0, 0.0)
    if abs(vx) < 0.45 * run:
        reach = min(span / 4, TROT_REACH)
        (s, up), (o, up_o) = _trot_foot(phase % 1.0, reach), _trot_foot((phase + 0.5) % 1.0, reach)
        return Gait("trot", (s, o, o, s), 0.0, 0.0, (up, up_o, up_o, up))
    hind, front = math.sin(a), math.sin(a + math.pi)
    lead = 0.35  # the leading leg of each pair lands a little after the other
    legs = (0.22 * hind, 0.22 * math.sin(a + lead), 0.22 * front, 0.22 * math.sin(a + math.pi + lead))
    return Gait("gallop", legs, 0.09 * math.cos(a), 0.05 * max(0.0, math.sin(2 * a)))


HIPS = (-0.32, -0.32, 0.22, 0.22)  # a four-legged body's hips, body heights: hind far, hind near, front
SITTING = (-0.18, 0.06, 0.17)  # a sitting body's haunch and forepaws, body heights


def feet_across(verb: str, phase: float, vx: float, run: float, grounded: bool,
                span: float = 1.0) -> tuple[float, ...]:
    """Where the feet of a four-legged body are along it, body heights facing right: the four
    feet as it walks or leaps, or its haunch and forepaws as it sits."""
    if not (verb in ON_FOOT or verb == "jump" or not grounded):
        return SITTING
    g = gait(phase, vx, run, grounded, span)
    return tuple(hip + dx for hip, dx in zip(HIPS, g.legs, strict=True))
