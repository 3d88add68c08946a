"""Bodies that meet: they pass in depth, queue, or stand apart; they never stand inside each other.

The action plane has a few depth planes ("lanes"): 0 is the drawn ground line, 1 and 2 are
nearer the camera (the renderer draws them lower, larger and in front). A body walking into
a slower or oncoming one on its plane steps onto a free plane to pass in front of or behind
it; with no plane free it falls in behind at the other's pace. Bodies that engage (a chase,
a punch, a follow) or stand on one another share a plane; everyone else only meets on it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kinema.world.actor import Actor
    from kinema.world.simulate import SceneWorld

LANES = 3
# A body on a nearer plane is drawn lower in the frame and a little larger: the ground seen
# from a camera a little above it. Per plane: metres of drop, and growth.
PLANE_DROP = 0.3
PLANE_GROW = 0.06
LANE_TIME = 0.5  # seconds to step from one plane onto the next
CLEARANCE = 0.15  # metres kept between two bodies on one plane
PASSES = (1, -1)  # one plane nearer, else one farther: a step across never cuts through a third


def grow(depth: float) -> float:
    """How much larger than it is a body on depth plane `depth` is drawn."""
    return 1.0 + PLANE_GROW * depth


def half_width(a: Actor) -> float:
    """Half the drawn body across, from its sole: the physics box is wider than most artwork."""
    return a.sole.half * grow(a.depth)


def _span(a: Actor) -> tuple[float, float]:
    x, r = a.body.position.x, half_width(a)
    return x - r, x + r


def _paired(a: Actor, b: Actor) -> bool:
    """Bodies that meet by the screenplay: one engages the other, or one stands on the other."""
    return (a.target == b.member.id or b.target == a.member.id or a.support is b or b.support is a
            or a.partner == b.member.id or b.partner == a.member.id)


def place_lanes(actors: list[Actor]) -> None:
    """At the start: bodies staged over one another take different planes, in cast order, so
    two members staged at the same x stand side by side in depth instead of inside each other."""
    placed: list[Actor] = []
    for a in actors:  # a plane the screenplay staged ("in front of", "behind") is kept
        if a.staged_lane is not None:
            a.lane = a.staged_lane
            a.depth = float(a.lane)
            placed.append(a)
    for a in actors:
        if a.staged_lane is not None:
            continue
        lo, hi = _span(a)
        taken = {b.lane for b in placed if _overlaps((lo, hi), _span(b))}
        a.lane = next((k for k in range(LANES) if k not in taken), 0)
        a.depth = float(a.lane)
        placed.append(a)


def _overlaps(s: tuple[float, float], t: tuple[float, float]) -> bool:
    """Spans that share more than a tenth of the narrower body."""
    shared = min(s[1], t[1]) - max(s[0], t[0])
    return shared > 0.1 * min(s[1] - s[0], t[1] - t[0])


def _clear(w: SceneWorld, a: Actor, lane: int, lo: float, hi: float) -> bool:
    for b, bx, _ in w.crowd:
        if b is a or not (b.lane == lane or round(b.depth) == lane):
            continue
        rb = half_width(b)
        if min(hi, bx + rb) > max(lo, bx - rb):
            return False
    return True


def _near(a: Actor, b: Actor) -> bool:
    """b is on a's plane, or on the plane a is stepping onto, or still drawn beside a's depth."""
    return b.lane == a.lane or abs(b.depth - a.depth) < 0.5


def give_way(w: SceneWorld, a: Actor, vx: float, dt: float) -> float:
    """The pace `a` may keep: unchanged; or with a step onto a free plane to pass the body ahead;
    slowed to fall in behind it while it is still drawn on a's plane, or when no plane is free."""
    if vx == 0.0 or a.support is not None or not a.visible_body:
        return vx
    d = 1.0 if vx > 0 else -1.0
    x, r = a.body.position.x, half_width(a)
    ahead: Actor | None = None
    best = math.inf
    speed = abs(vx)
    for b, bx, bvx in w.crowd:  # this step's positions and speeds, read once for every body
        if b is a or not _near(a, b):
            continue
        rb = half_width(b)
        gap = (bx - x) * d - r - rb
        if gap >= best or gap <= -(r + rb):
            continue
        closing = speed - bvx * d
        # Early enough to be across before they meet: the step takes LANE_TIME.
        if closing > 0.05 and gap < closing * LANE_TIME * 2.0 + CLEARANCE + 0.2 and not _paired(a, b):
            ahead, best = b, gap
    if ahead is None:
        return vx
    ahead_vx = ahead.body.velocity.x
    if ahead.lane == a.lane:
        reach = (speed + max(0.0, -ahead_vx * d)) * LANE_TIME * 2.5 + 2 * half_width(ahead)
        lo, hi = (x - r - CLEARANCE, x + r + reach) if d > 0 else (x - r - reach, x + r + CLEARANCE)
        for step in PASSES:
            lane = a.lane + step
            if 0 <= lane < LANES and _clear(w, a, lane, lo, hi):
                a.lane = lane
                break
    if ahead.lane != a.lane and abs(ahead.depth - a.depth) >= 0.5:
        return vx  # stepped across in time: it passes in front or behind
    # Fall in behind at the pace of the body ahead, keeping a little room, until it is clear.
    pace = max(0.0, ahead_vx * d) + max(0.0, best - CLEARANCE) * 2.0
    return d * min(speed, pace)


def ease_depth(a: Actor, dt: float) -> None:
    """The drawn depth follows the plane over LANE_TIME: a body steps across, it does not jump."""
    if a.depth != a.lane:
        step = dt / LANE_TIME
        a.depth = min(a.depth + step, a.lane) if a.depth < a.lane else max(a.depth - step, a.lane)
