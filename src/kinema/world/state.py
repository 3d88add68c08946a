"""World states: what the renderer reads. Plain frozen data, no physics objects."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def top(self) -> float:
        return self.y + self.height * self.squash


@dataclass(frozen=True, slots=True)
class WorldState:
    frame: int  # frame index in scene time
    t: float  # seconds of scene time
    entities: tuple[EntityState, ...]
    events: tuple[str, ...] = field(default=())

    def entity(self, eid: str) -> EntityState | None:
        for e in self.entities:
            if e.id == eid:
                return e
        return None
