"""How a drawn four-legged body moves its legs, and where its feet are.

The renderer draws the legs (render/sprites.py); the world reads the same feet to measure the
ground under each one, so every foot of a body on a crest or in a hollow stands on the ground.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kinema.world.legs import DOG, WALK_DUTY, LegBuild
from kinema.world.state import ON_FOOT


@dataclass(frozen=True)
class Gait:
    name: str  # 'walk' (a large animal's), 'trot', 'gallop', 'leap' or 'stand'
    legs: tuple[float, float, float, float]  # feet fore (+) or aft: hind far, hind near, front far, front near
    pitch: float  # body rock, radians, nose up positive
    lift: float  # body raised off the ground, body heights
    raised: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # each foot off the ground, body heights


TROT_REACH = 0.3  # the farthest a trotting foot goes fore or aft of its hip, body heights
TROT_LIFT = 0.06  # how high a trotting foot lifts as it swings through, body heights
WALK_OF_RUN = 0.2  # a large animal walks below this share of its running speed, then trots
WALK_BEATS = (0.0, 0.5, 0.25, 0.75)  # when each walking foot lands: hind far, hind near, front far, near


def _trot_foot(p: float, reach: float, duty: float = 0.5) -> tuple[float, float]:
    """One foot through a trot cycle: `duty` of it on the ground moving back under the body exactly
    as fast as the body moves on (so the paw stays put), the rest in the air swinging through to
    land ahead. Below half a cycle down, both pairs are up between the beats: a flying trot."""
    if p < duty:
        return reach * (1 - 2 * p / duty), 0.0
    u = (p - duty) / (1 - duty)
    return reach * (-1 + 2 * u * u * (3 - 2 * u)), TROT_LIFT * math.sin(math.pi * u)


def span_of(stride: float, height: float) -> float:
    """A gait cycle's length in body heights: what a planted foot travels back under the body."""
    return stride / max(height, 1e-6)


def gait(phase: float, vx: float, run: float, grounded: bool, span: float = 1.0, build: LegBuild = DOG) -> Gait:
    """How a four-legged body moves its legs: a trot (diagonal pairs together, each paw planted
    while it bears weight: `span` is the cycle's length in body heights) at walking and
    trotting pace; from about half its running speed a gallop (the hind pair, then the front
    pair, a beat apart, the body rocking and briefly off the ground); a leap in the air. A foot
    down goes no farther fore or aft of its hip than the body's legs reach (`build`)."""
    a = 2 * math.pi * phase
    if not grounded:  # stretched fore and aft
        return Gait("leap", (-0.25, -0.25, 0.25, 0.25), 0.0, 0.0)
    if build.stands and abs(vx) < WALK_OF_RUN * run:
        # A large animal walks in four beats (hind, fore on the same side, then the other side's),
        # each foot down WALK_DUTY of the cycle; its stride is fitted to that (world/legs.py).
        reach = min(span * WALK_DUTY / 2, build.reach)
        duty = min(WALK_DUTY, 2 * reach / max(span, 1e-6))
        feet = [_trot_foot((phase - off) % 1.0, reach, duty) for off in WALK_BEATS]
        return Gait("walk", (feet[0][0], feet[1][0], feet[2][0], feet[3][0]), 0.0, 0.0,
                    (feet[0][1], feet[1][1], feet[2][1], feet[3][1]))
    if abs(vx) < 0.45 * run:
        most = TROT_REACH if build is DOG else build.reach
        reach = min(span / 4, most)
        # A dog's trot keeps half the cycle down (as it always has); a long leg that cannot sweep
        # the whole stride while down is down for less of it, and the body flies between the beats.
        duty = 0.5 if build is DOG else min(0.5, 2 * reach / max(span, 1e-6))
        (s, up), (o, up_o) = _trot_foot(phase % 1.0, reach, duty), _trot_foot((phase + 0.5) % 1.0, reach, duty)
        return Gait("trot", (s, o, o, s), 0.0, 0.0, (up, up_o, up_o, up))
    # A gallop: the hind pair lands, then the front pair half a cycle on, each leading leg a little
    # after the other. A foot down moves back under the body exactly as fast as the body moves on
    # (planted), for as long as a leg can reach: its sweep under the hip is at most `build.gallop`.
    duty = min(0.45, 2 * build.gallop / max(span, 1e-6))
    feet = [_gallop_foot((phase - off) % 1.0, span, duty) for off in GALLOP_BEATS]
    down = sum(1 for _, up in feet if up == 0.0)
    lift = 0.0 if down else 0.04 * math.sin(math.pi * ((phase % 0.5) / 0.5))  # aloft between the beats
    legs = tuple(x for x, _ in feet)
    raised = tuple(up for _, up in feet)
    return Gait("gallop", (legs[0], legs[1], legs[2], legs[3]), 0.06 * math.cos(a), lift,
                (raised[0], raised[1], raised[2], raised[3]))


GALLOP_BEATS = (0.0, 0.1, 0.5, 0.6)  # when each foot lands in the cycle: hind far, hind near, front
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
                span: float = 1.0, build: LegBuild = DOG) -> tuple[float, ...]:
    """Where the feet of a four-legged body are along it, body heights facing right: the four
    feet as it walks or leaps, or its haunch and forepaws as it sits."""
    if not (verb in ON_FOOT or verb == "jump" or not grounded):
        return SITTING
    g = gait(phase, vx, run, grounded, span, build)
    return tuple(hip + dx for hip, dx in zip(HIPS, g.legs, strict=True))
