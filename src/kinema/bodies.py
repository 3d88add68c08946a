"""Body sizes and gait by archetype, so a creature moves like its kind.

A leaf module (it reads only the screenplay model), so the planner can size bodies without
loading the world's physics (pymunk) or the renderer (skia).
"""

from __future__ import annotations

from dataclasses import dataclass

from kinema.screenplay.model import Archetype


@dataclass(frozen=True)
class Body:
    height: float  # metres
    aspect: float  # width / height of the collision box
    walk: float  # m/s
    run: float  # m/s
    stride: float  # metres per gait cycle at walking pace
    mass: float


BODIES: dict[Archetype, Body] = {
    Archetype.CANINE: Body(0.85, 1.3, 1.4, 9.0, 0.9, 35.0),
    Archetype.FELINE: Body(0.45, 1.4, 1.0, 8.0, 0.5, 4.5),
    Archetype.BIRD: Body(0.3, 1.2, 0.6, 10.0, 0.2, 0.5),
    Archetype.FISH: Body(0.4, 2.0, 0.8, 4.0, 0.6, 2.0),
    Archetype.HUMAN: Body(1.7, 0.35, 1.4, 5.0, 1.4, 65.0),
    Archetype.VEHICLE: Body(1.8, 2.3, 8.0, 25.0, 6.0, 1800.0),
    Archetype.SERPENT: Body(0.3, 4.0, 0.8, 2.5, 0.7, 3.0),
    Archetype.DRAGON: Body(1.2, 2.6, 1.4, 9.0, 1.4, 400.0),
    Archetype.PROP: Body(1.0, 1.0, 0.0, 0.0, 1.0, 10.0),
}
