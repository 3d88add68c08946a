"""Keyframes: pins on a member's x, y or facing at given times, eased between pins.

Between its first and last pin of a coordinate, a member is steered so that it is exactly
at the pinned value at each pin's time. In the LEAD seconds before its first pin it heads
straight there from wherever physics left it; after the last pin, physics and behaviour own it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from kinema.screenplay.model import Keyframe

LEAD = 0.5  # seconds to reach a first pin from wherever the body is


def _ease(u: float) -> float:
    return u * u * (3 - 2 * u)


@dataclass(frozen=True)
class Track:
    xs: tuple[tuple[float, float], ...]  # (time, value), by time
    ys: tuple[tuple[float, float], ...]
    facings: tuple[tuple[float, int], ...]

    @staticmethod
    def of(keys: list[Keyframe], who: str) -> Track | None:
        mine = sorted((k for k in keys if k.who == who), key=lambda k: k.at)
        if not mine:
            return None
        return Track(tuple((k.at, k.x) for k in mine if k.x is not None),
                     tuple((k.at, k.y) for k in mine if k.y is not None),
                     tuple((k.at, 1 if k.facing == "right" else -1) for k in mine if k.facing is not None))

    def x(self, t: float) -> float | None:
        return _value(self.xs, t)

    def y(self, t: float) -> float | None:
        return _value(self.ys, t)

    def lead_x(self, t: float) -> tuple[float, float] | None:
        """(time, value) of the first x pin when t lies in the lead-in before it."""
        return _lead(self.xs, t)

    def lead_y(self, t: float) -> tuple[float, float] | None:
        return _lead(self.ys, t)

    def facing(self, t: float) -> int | None:
        """The latest pinned facing at or before t."""
        out = None
        for at, f in self.facings:
            if at <= t:
                out = f
        return out


def _lead(keys: tuple[tuple[float, float], ...], t: float) -> tuple[float, float] | None:
    if keys and keys[0][0] - LEAD <= t < keys[0][0]:
        return keys[0]
    return None


def _value(keys: tuple[tuple[float, float], ...], t: float) -> float | None:
    if not keys or t < keys[0][0] or t > keys[-1][0]:
        return None
    for (t0, v0), (t1, v1) in pairwise(keys):
        if t0 <= t <= t1:
            return v0 + (v1 - v0) * _ease((t - t0) / (t1 - t0)) if t1 > t0 else v1
    return keys[-1][1]
