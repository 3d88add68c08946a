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
    # A gallop: the hind pair lands, then the front pair half a cycle on, each leading leg a little
    # after the other. A foot down moves back under the body exactly as fast as the body moves on
    # (planted), for as long as a leg can reach: its sweep under the hip is at most GALLOP_SWEEP.
    duty = min(0.45, 2 * GALLOP_SWEEP / max(span, 1e-6))
    feet = [_gallop_foot((phase - off) % 1.0, span, duty) for off in GALLOP_BEATS]
    down = sum(1 for _, up in feet if up == 0.0)
    lift = 0.0 if down else 0.04 * math.sin(math.pi * ((phase % 0.5) / 0.5))  # aloft between the beats
    legs = tuple(x for x, _ in feet)
    raised = tuple(up for _, up in feet)
    return Gait("gallop", (legs[0], legs[1], legs[2], legs[3]), 0.06 * math.cos(a), lift,
                (raised[0], raised[1], raised[2], raised[3]))


GALLOP_BEATS = (0.0, 0.1, 0.5, 0.6)  # when each foot lands in the cycle: hind far, hind near, front
GALLOP_SWEEP = 0.26  # the farthest a galloping foot is fore or aft of its hip while down, body heights
GALLOP_LIFT = 0.12  # how high a galloping foot tucks as it swings through, body heights


def _gallop_foot(p: float, span: float, duty: float) -> tuple[float, float]:
    """One galloping foot: down for `duty` of the cycle, moving back span × duty under the body
    (the body's own travel, so it stays put), then swung through, tucked, to land ahead."""
    half = span * duty / 2
    if p < duty:
        return half - span * p, 0.0
    # Swung through on a Hermite curve that leaves and lands moving back as fast as a planted foot,
    # so the foot is still over the ground as it lifts and as it touches down.
    u = (p - duty) / (1 - duty)
    slope = -span * (1 - duty)
    x = -half * (2 * u ** 3 - 3 * u * u + 1) + half * (3 * u * u - 2 * u ** 3) + slope * (u ** 3 - u * u) \
        + slope * (u ** 3 - 2 * u * u + u)
    return x, GALLOP_LIFT * math.sin(math.pi * u) ** 2


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
