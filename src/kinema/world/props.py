"""Static scenery the bodies collide with: a building wall's window sills, a ring's corner posts.

Each place that has props gets them here, as plain boxes; the simulator turns the solid ones
into pymunk static shapes and the renderer draws all of them, so what a paw lands on is
exactly what is painted.
"""

from __future__ import annotations

from dataclasses import dataclass

from kinema.screenplay.model import Place

WINDOW_X = (-2.5, 2.5)  # centres of the two windows of a 'wall' place
SILL_Y = 3.0  # top of each sill, metres above the street
SILL_W, SILL_H = 1.7, 0.15
WINDOW_W, WINDOW_H = 1.3, 1.6
RING_HALF = 4.5  # the ring's posts stand at x = ±RING_HALF
BLANKET_X = (-1.3, 1.3)  # a folded blanket on a room's floor
BLANKET_TOP = 0.1
ROPE_YS = (0.55, 1.0, 1.45)


@dataclass(frozen=True, slots=True)
class Prop:
    kind: str  # "wall", "window", "sill", "post", "rope", "blanket"
    x0: float
    y0: float
    x1: float
    y1: float
    solid: bool  # a static body in the physics; otherwise scenery only

    def contains(self, x: float, y: float, margin: float = 0.0) -> bool:
        """True when (x, y) lies inside the box by more than `margin`."""
        return self.x0 + margin < x < self.x1 - margin and self.y0 + margin < y < self.y1 - margin


def build_props(place: Place) -> tuple[Prop, ...]:
    if place == Place.WALL:
        out = [Prop("wall", -9.0, 0.0, 9.0, 9.0, False)]
        for cx in WINDOW_X:
            out.append(Prop("window", cx - WINDOW_W / 2, SILL_Y, cx + WINDOW_W / 2, SILL_Y + WINDOW_H, False))
            out.append(Prop("sill", cx - SILL_W / 2, SILL_Y - SILL_H, cx + SILL_W / 2, SILL_Y, True))
        return tuple(out)
    if place == Place.RING:
        out = [Prop("post", s * RING_HALF - 0.08, 0.0, s * RING_HALF + 0.08, 1.6, True) for s in (-1, 1)]
        out += [Prop("rope", -RING_HALF, y - 0.025, RING_HALF, y + 0.025, False) for y in ROPE_YS]
        return tuple(out)
    if place == Place.ROOM:  # soft but solid enough to stand on; the renderer dents it under paws
        return (Prop("blanket", BLANKET_X[0], 0.0, BLANKET_X[1], BLANKET_TOP, True),)
    return ()


def surface(props: tuple[Prop, ...], ground: float, x: float, below: float) -> float:
    """The highest top at x, of the ground or a solid prop, that is no higher than `below`."""
    best = ground
    for p in props:
        if p.solid and p.x0 <= x <= p.x1 and best < p.y1 <= below:
            best = p.y1
    return best
