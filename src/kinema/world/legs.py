"""A four-legged body's leg proportions, read off its own artwork and its size in the world.

A dog, a cat or a wolf keeps the skeleton it always had (`DOG`): hips half a body up inside the
body, legs longer than the hips are high, so it trots on bent legs and sits down when idle. A large
animal (one the cast draws bigger than a dog: a horse, a giraffe, a camel) stands on legs as long as
its picture shows them: hips a little above the artwork's belly line, the leg only a little longer
than the hip is high, so it is nearly straight under the body at rest and at the ends of its stride;
its stride is as long as such a leg sweeps while planted (the hips dipping as it swings out), so
its feet do not slide.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kinema.screenplay.model import Archetype

LEGS_NARROW = 0.3  # a row whose every run is narrower than this share of the body's is legs
LEGS_APART = 0.35  # ... or one split in several runs narrower than this (a tail beside a hind leg)
LARGE = 1.3  # a canine drawn this many times its archetype's size or more is a large animal
HIP_IN = 0.12  # a large animal's hip above its belly line, body heights (the thigh inside the body)
LEG_OVER_HIP = 1.07  # its leg's length over its hip's height: nearly straight standing
STRAIGHT = 0.995  # the most a planted leg straightens, of its length (world/skeleton.py dips the hips)
SWEEP = 0.5  # a large animal's planted foot goes this far fore or aft of its hip, of the hip's height
DOG_SPAN = 0.9 / 0.85  # a dog's walking gait cycle, body heights (bodies.py: stride over height)
WALK_DUTY = 0.75  # a large animal's walking foot is down this share of the cycle (world/gait.py)


@dataclass(frozen=True)
class LegBuild:
    """Hip height and each leg bone, body heights; `reach`: the farthest a planted foot is fore or
    aft of its hip; `stride`: the stride's factor on the archetype's; `stands`: idle on four legs."""

    hip: float = 0.5
    bone: float = 0.3
    reach: float = 0.3
    gallop: float = 0.26  # the farthest a galloping foot is fore or aft of its hip while down
    stride: float = 1.0
    stands: bool = False


DOG = LegBuild()


def is_large(archetype: Archetype, scale: float) -> bool:
    """A large animal on its own legs: the canine archetype holds the hoofed animals (a horse, a
    giraffe), cast larger than a dog; a big cat (a lion, a tiger) keeps a cat's crouching gait."""
    return archetype == Archetype.CANINE and scale >= LARGE


def belly_row(opaque: np.ndarray, large: bool = False) -> int:
    """The first row (top down) of an artwork's legs: up from the bottom while the rows are narrow
    runs, not the body over them; the row under the artwork when it shows no legs. A large animal's
    legs may be split rows a little wider (its tail hangs beside a hind leg: a giraffe's); a dog's
    line is left where it always was."""
    apart = LEGS_APART if large else LEGS_NARROW
    runs = [_runs(row) for row in opaque]
    longest = np.array([max(r, default=0) for r in runs])
    filled = np.nonzero(longest)[0]
    if len(filled) == 0:
        return int(opaque.shape[0])
    top, bottom, widest = int(filled[0]), int(filled[-1]), float(longest.max())
    belly = bottom + 1
    while belly - 1 > top and (longest[belly - 1] < LEGS_NARROW * widest
                               or (len(runs[belly - 1]) > 1 and longest[belly - 1] < apart * widest)):
        belly -= 1
    return belly


def _runs(row: np.ndarray) -> list[int]:
    """The lengths of the opaque runs across one row."""
    edges = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
    starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
    return [int(e - s) for s, e in zip(starts, ends, strict=True)]


def build_of(opaque: np.ndarray, archetype: Archetype, scale: float) -> LegBuild:
    """The legs of a whole-body artwork (its alpha, rows top down spanning one body height) for a
    member of `archetype` drawn `scale` times its size: a large animal's its picture's, else a dog's."""
    if not is_large(archetype, scale):
        return DOG
    rows = opaque.shape[0]
    lowest = np.nonzero(opaque.any(axis=1))[0]
    if len(lowest) == 0:
        return DOG
    belly = (int(lowest[-1]) + 1 - belly_row(opaque, True)) / rows  # the belly line over the ground
    hip = max(belly, 0.1) + HIP_IN
    # Farther than a leg of that length reaches from a level body: the hips dip at the ends of
    # the stride (an animal's body falls and rises over its planted legs as it walks).
    reach = SWEEP * hip
    # At walking pace a foot down sweeps 2 reach while the body goes WALK_DUTY of a stride.
    return LegBuild(hip, hip * LEG_OVER_HIP / 2, reach, reach, 2 * reach / WALK_DUTY / DOG_SPAN, True)
