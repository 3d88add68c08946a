"""World states: what the renderer reads. Plain frozen data, no physics objects."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kinema.world.particles import EMPTY, ParticleFrame
from kinema.world.props import Prop

# Verbs that carry a body across the ground on its own feet or wheels. Once it has arrived the
# world shows it as "idle"; on foot, the renderer bobs the body and strides its legs.
ON_FOOT = frozenset({"walk", "run", "chase", "flee", "follow", "approach", "sneak", "roll"})
TRAVELLING = ON_FOOT | {"drive"}


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
    arms: float = 0.0  # dance: -1 left arm raised .. 1 right arm raised
    visible: bool = True  # False while a formation is drawn by its pieces instead
    depth: float = 0.0  # depth plane (world/crowd.py): 0 on the drawn ground line, up to 2 nearer the camera
    legs: tuple[float, ...] = ()  # a four-legged body's legs: ground below its feet line (world/footing.py)
    engaged: str | None = None  # the member its action deals with (a punch, a chase, a follow)
    contacts: tuple[str, ...] = ()  # what the body touches: 'ground', 'sill', 'post', another's cast id
    # A person's skeleton (world/rig.py HUMAN_JOINTS order): metres from the feet point, x forward, y up.
    joints: tuple[tuple[float, float], ...] = ()
    expression: str = ""  # a person's face: neutral, blink, asleep, hit, shout, eat ('' without a rig)
    # Eyes (a person's, an animal's) on whom it attends to: unit (x forward, y up), or ().
    gaze: tuple[float, ...] = ()
    # Any other body's skeleton (world/skeleton.py JOINT_NAMES of its archetype), the same units.
    skeleton: tuple[tuple[float, float], ...] = ()

    @property
    def top(self) -> float:
        return self.y + self.height * self.squash


@dataclass(frozen=True, eq=False, slots=True)
class GroupFrame:
    """A member drawn as `count` copies (world/flock.py): arrays of equal length, one entry a copy."""

    id: str  # the member: its own EntityState is the group's leader
    kind: str  # 'flock' (birds), 'school' (fish), 'field' (props), 'herd' (walkers)
    height: float  # a copy's body height at scale 1, metres
    x: np.ndarray  # float32: the copy's centre, metres
    y: np.ndarray
    vx: np.ndarray  # m/s
    vy: np.ndarray
    angle: np.ndarray  # radians counterclockwise, applied after mirroring: nose up for either facing
    scale: np.ndarray  # size against `height`: depth variation
    facing: np.ndarray  # int8: +1 right, -1 left
    phase: np.ndarray  # 0..1: wing beat (flock), tail stroke (school), gait (herd)

    def __len__(self) -> int:
        return int(self.x.shape[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupFrame):
            return NotImplemented
        return (self.id, self.kind, self.height) == (other.id, other.kind, other.height) and all(
            np.array_equal(getattr(self, k), getattr(other, k)) for k in _GROUP_ARRAYS)

    __hash__ = None  # type: ignore[assignment]


_PIECE_ARRAYS = ("x", "y", "vx", "vy", "size", "alpha", "z", "tone", "home_x", "home_y")


@dataclass(frozen=True, eq=False, slots=True)
class FormationFrame:
    """A member drawn as pieces of a material (world/formation.py): arrays of equal length, one a piece."""

    id: str
    material: str  # materials.py name, or 'emoji'
    emoji: str  # the piece's picture when material is 'emoji'
    palette: tuple[tuple[int, int, int], ...]  # the subject's colours; tone // 2 indexes it
    phase: str  # 'formed', 'burst' (in the air) or 'reform' (flying home)
    x: np.ndarray  # float32 metres: the piece's centre
    y: np.ndarray
    vx: np.ndarray  # m/s: the renderer's motion trails
    vy: np.ndarray
    size: np.ndarray  # diameter, metres (depth included)
    alpha: np.ndarray  # 0..1
    z: np.ndarray  # depth -1 (far) .. 1 (near): near pieces are drawn soft
    tone: np.ndarray  # uint8: palette index * 2 + shade (0 darker, 1 lighter)
    home_x: np.ndarray  # float32: where the piece sits in the formed shape this frame
    home_y: np.ndarray

    def __len__(self) -> int:
        return int(self.x.shape[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FormationFrame):
            return NotImplemented
        return (self.id, self.material, self.emoji, self.palette, self.phase) == (
            other.id, other.material, other.emoji, other.palette, other.phase) and all(
            np.array_equal(getattr(self, k), getattr(other, k)) for k in _PIECE_ARRAYS)

    __hash__ = None  # type: ignore[assignment]


_GROUP_ARRAYS = ("x", "y", "vx", "vy", "angle", "scale", "facing", "phase")


@dataclass(frozen=True, slots=True)
class WorldState:
    frame: int  # frame index in scene time
    t: float  # seconds of scene time
    entities: tuple[EntityState, ...]
    events: tuple[str, ...] = field(default=())  # 'kind:who' or 'hit:who:target', see docs/trace.md
    particles: ParticleFrame = field(default_factory=lambda: EMPTY)  # every live particle
    props: tuple[Prop, ...] = ()  # the scene's static scenery, the same tuple in every state
    groups: tuple[GroupFrame, ...] = ()  # members drawn as many copies (appearance.count > 1)
    formations: tuple[FormationFrame, ...] = ()  # members drawn as pieces (appearance.made_of)

    def entity(self, eid: str) -> EntityState | None:
        for e in self.entities:
            if e.id == eid:
                return e
        return None

    def formation(self, eid: str) -> FormationFrame | None:
        for f in self.formations:
            if f.id == eid:
                return f
        return None

    def group(self, eid: str) -> GroupFrame | None:
        for g in self.groups:
            if g.id == eid:
                return g
        return None
