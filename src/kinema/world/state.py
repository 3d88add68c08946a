"""World states: what the renderer reads. Plain frozen data, no physics objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from kinema.world.particles import EMPTY, ParticleFrame
from kinema.world.props import Prop


@dataclass(frozen=True, slots=True)
class EntityState:
    id: str
    x: float  # feet, metres
    y: float
    vx: float
    vy: float
    facing: int  # +1 right, -1 left
    height: float  # body height in metres (before squash)
    verb: str
    phase: float  # gait or action cycle, 0..1
    head: float  # head raise, 0 (level) .. 1 (muzzle up)
    mouth: float  # 0 closed .. 1 open
    squash: float  # vertical scale: < 1 squashed, > 1 stretched
    breath: float  # -1..1
    grounded: bool
    tilt: float  # body tilt in radians, positive = nose up
    stretch: float = 1.0  # horizontal scale: > 1 stretched out in a leap
    reach: float = 0.0  # punch arm: -1 wound up .. 1 fully extended
    paw: float = 0.0  # kneading: -1 left paw pressing .. 1 right paw pressing
    wing: float = 0.0  # wings or tail: -1 .. 1 through a flap or a swim stroke
    wiggle: float = 0.0  # a crouching cat's rear wiggle, metres sideways
    recoil: float = 0.0  # 1 just hit, decaying to 0
    visible: bool = True  # False while a formation is drawn by its pieces instead
    contacts: tuple[str, ...] = ()  # what the body touches: 'ground', 'sill', 'post', ...

    @property
    def top(self) -> float:
        return self.y + self.height * self.squash


@dataclass(frozen=True, slots=True)
class WorldState:
    frame: int  # frame index in scene time
    t: float  # seconds of scene time
    entities: tuple[EntityState, ...]
    events: tuple[str, ...] = field(default=())  # 'kind:who' or 'hit:who:target', see docs/trace.md
    particles: ParticleFrame = field(default_factory=lambda: EMPTY)  # every live particle and formation piece
    props: tuple[Prop, ...] = ()  # the scene's static scenery, the same tuple in every state

    def entity(self, eid: str) -> EntityState | None:
        for e in self.entities:
            if e.id == eid:
                return e
        return None
