"""An actor: one cast member's rigid body and the pose state its behaviour drives."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pymunk

from kinema.screenplay.model import Action, Archetype, CastMember, Verb
from kinema.world.footing import RestTable, Sole
from kinema.world.keyframes import Track


@dataclass(eq=False)  # identity: actors are keys of the world's contact map
class Actor:
    member: CastMember
    body: pymunk.Body
    height: float
    width: float
    foot: float  # radius of the foot circle; the body's position is its centre
    facing: int
    sole: Sole  # the underside that rests on the terrain (world/footing.py)
    track: Track | None = None
    stride: float = 1.0  # metres per gait cycle
    verb: Verb = Verb.IDLE
    phase: float = 0.0
    squash: float = 1.0
    pose_squash: float = 1.0  # what squash relaxes towards: < 1 in a crouch
    pose_tilt: float = 0.0
    stretch: float = 1.0
    reach: float = 0.0
    paw: float = 0.0
    wing: float = 0.0
    wiggle: float = 0.0
    recoil: float = 0.0
    reel: float = 0.0  # the recoil as the body shows it: follows `recoil` within a few frames
    grounded: bool = True
    on_terrain: bool = True  # resting on the terrain (not a prop, not another body)
    prop_top: float = 0.0  # the top of the prop it stands on (a sill, a blanket), when not on the terrain
    rest_tables: dict[tuple[int, int], RestTable] = field(default_factory=dict)  # by facing and plane
    glued: bool = False  # this step's behaviour kept the sole on the ground (a walk, not a take-off)
    rest_y: float = 0.0  # where the sole rests on the terrain under the body, as of the last step
    rest_angle: float = 0.0  # and its angle, radians, right side up positive
    mouth: tuple[float, float] | None = None  # the skeleton's snout as last posed (metres): a flame's source
    was_grounded: bool = True
    fall_speed: float = 0.0
    jump_started: float = -1.0  # `at` of the jump action already launched
    crouch_from: float = -1.0  # when the take-off crouch of the current jump began
    punch_hit: float = -1.0  # start of the punch cycle that already landed
    track_facing: int | None = None
    suspension: float = 0.0  # vehicle body offset, body heights
    suspension_v: float = 0.0
    last_vy: float = 0.0
    dust_due: float = 0.0  # particles owed to the dust trail, emitted in batches
    fx_due: float = 0.0  # exhaust or engine particles owed, emitted in batches (world/effects.py)
    ignited: float = -1.0  # `at` of the ignite action whose event was sent
    arms: float = 0.0  # dance: -1 left arm up .. 1 right arm up
    target: str | None = None  # whom the current chase, flee or punch engages: the pair collides
    partner: str | None = None  # whom the current action is about (a follow, an approach too): one plane
    lane: int = 0  # the depth plane it walks on (world/crowd.py): 0 the drawn ground line, higher nearer
    staged_lane: int | None = None  # the plane the screenplay's staging asked for (Staging.depth)
    depth: float = 0.0  # the plane as drawn: eases towards `lane` when the body steps across
    visible_body: bool = True  # False for a group's leader or a formation: its copies or pieces meet others
    action_at: float = -1.0  # `at` of the action steered this step
    caught: float = -1.0  # `at` of the chase that has bumped into its target: it follows from then on
    knock: float = 0.0  # seconds left in which a bump, not the behaviour, owns the velocity
    support: Actor | None = None  # the actor this one stands on, if any
    home_x: float = 0.0  # where the current dance began
    dance_from: float = -1.0  # `at` of the dance whose home_x is set
    hop_beat: int = -1  # the dance beat whose hop already launched
    released_at: float = math.inf  # when a member holding this one let it go (world/lift.py): it rises
    variant: float = 0.0  # 0..1, seeded per member: the rig's own way of moving (world/rig.py)
    carrier: str | None = None  # who holds this body in a hand (a ball before a throw, after a catch)
    slot: tuple[int, int] = (0, 1)  # which of the carrier's held things this is, and of how many (juggling)
    clock: float = 0.0  # seconds into the action in force (a person's composed motion keeps time by it)
    thrown: float = -1.0  # `at` of the throw whose release happened
    kicked: float = -1.0  # start of the kick cycle that already struck
    last_x: float = 0.0  # where the body was after the previous step: a person's gait runs on distance
    clip: str = ""  # the rig's clip (the verb it shows) and the pose it blends from since clip_since
    clip_from: tuple[tuple[float, float], ...] = ()
    clip_since: float = 0.0
    last_joints: tuple[tuple[float, float], ...] = ()
    last_lifts: tuple[float, float] = (0.0, 0.0)  # its feet over the ground under them, body heights
    riding: bool = False  # seated on its mount: its own shapes meet nothing
    saved_filters: list[tuple[pymunk.Shape, pymunk.ShapeFilter]] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    @property
    def rigged(self) -> bool:
        """A person drawn on a skeleton (world/rig.py, render/rig.py)."""
        return self.member.archetype == Archetype.HUMAN


def active(actions: list[Action], who: str, t: float) -> Action | None:
    """The latest-starting action of `who` covering time t (an open-ended one lasts on)."""
    best = None
    for a in actions:
        covers = a.who == who and a.at <= t and (a.until is None or t < a.until)
        if covers and (best is None or a.at >= best.at):
            best = a
    return best
