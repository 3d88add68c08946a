"""An actor: one cast member's rigid body and the pose state its behaviour drives."""

from __future__ import annotations

from dataclasses import dataclass, field

import pymunk

from kinema.screenplay.model import Action, CastMember, Verb
from kinema.world.keyframes import Track


@dataclass
class Actor:
    member: CastMember
    body: pymunk.Body
    height: float
    width: float
    foot: float  # radius of the foot circle; the body's position is its centre
    facing: int
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
    grounded: bool = True
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
    events: list[str] = field(default_factory=list)


def active(actions: list[Action], who: str, t: float) -> Action | None:
    """The latest-starting action of `who` covering time t (an open-ended one lasts on)."""
    best = None
    for a in actions:
        covers = a.who == who and a.at <= t and (a.until is None or t < a.until)
        if covers and (best is None or a.at >= best.at):
            best = a
    return best
