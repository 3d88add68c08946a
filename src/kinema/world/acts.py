"""What a person does to another body: kick it, throw it, catch it, ride it; and climbing.

A kicked or thrown body (a ball) leaves with a velocity the physics then owns, so it flies,
lands and slides like anything else; a held one goes where the hand goes (world/verbs.py
`_carried`); a rider's shapes stop meeting anything and its body keeps to the mount's seat.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pymunk

from kinema import motions
from kinema.screenplay.model import Action, Archetype, Verb
from kinema.world.actor import Actor

if TYPE_CHECKING:
    from kinema.world.simulate import SceneWorld

KICK_CYCLE = 1.0  # seconds: draw back, swing through, hold, recover (world/rig.py `_kick`)
THROW_CYCLE = 1.2  # seconds: back, over the top, release at RELEASE of the cycle (world/rig.py `_throw`)
RELEASE = 0.45
# Going on foot with a thing in the hand ("a boy walks holding a balloon": plan/blocking.py `in_hand`):
# a target of these is held, as a composed action's tool is.
CARRYING = frozenset({Verb.WALK, Verb.RUN, Verb.SNEAK})
NO_CONTACT = pymunk.ShapeFilter(categories=0, mask=0)


def hand(a: Actor) -> tuple[float, float]:
    """Where a person's hand holds a body: in front at chest height (metres, the body's feet point)."""
    p = a.body.position
    return p.x + a.facing * (a.width / 2 + 0.1 * a.height), p.y - a.foot + 0.62 * a.height


def holding(w: SceneWorld, holder: Actor, held: Actor) -> bool:
    """Whether `holder` still has `held` in its hand: a throw not yet released, or a catch that lasts."""
    # the action's target, or one of the several it handles along with it (a juggler's other balls)
    if holder.partner != held.member.id and not (held.slot[1] > 1 and held.carrier == holder.member.id):
        return False
    if holder.verb == Verb.THROW:
        return holder.thrown != holder.action_at
    return holder.verb == Verb.CATCH or holder.verb in motions.MOTIONS or holder.verb in CARRYING


def wield(w: SceneWorld, a: Actor, act: Action) -> None:
    """A composed action's tool (`act.target`: a broom, a guitar, skis) is in its hand from the start;
    an action that handles several (a juggler's balls) takes up the others of the same kind too. So
    is a thing carried on foot (CARRYING: a prop, not a body walked towards)."""
    tool = w.by_id.get(act.target or "")
    if tool is None or tool is a or tool.carrier is not None:
        return
    if act.do in CARRYING and tool.member.archetype != Archetype.PROP:
        return
    many = motions.MOTIONS[act.do].many if act.do in motions.MOTIONS else 1
    same = [b for b in w.actors if b is not a and b.carrier is None and b.member.name.en == tool.member.name.en
            and b.member.asset == tool.member.asset]
    held = [tool, *[b for b in same if b is not tool]][:many]
    for k, b in enumerate(held):
        b.carrier = a.member.id
        b.slot = (k, len(held))
        for s in b.body.shapes:  # in the hand it meets nothing (it would shove its holder about)
            s.filter = NO_CONTACT


def grip(holder: Actor, held: Actor) -> tuple[float, float]:
    """Where `held` is centred (metres, world): the rig's near hand for a composed action's tool
    and for a thing caught and kept or carried on foot, else in front at chest height (`hand`)."""
    if holder.verb in motions.MOTIONS and holder.last_joints:
        done = motions.turns(holder.verb, holder.clock, holder.variant)
        x, y = motions.held_at(holder.verb, holder.last_joints, holder.height, held.slot, done)
        p = holder.body.position
        # (a thing held up over the head reaches up from the hand: an umbrella's handle in it)
        centre = {"feet": 0.0, "front": 0.0, "over": 0.1 * held.height}.get(motions.MOTIONS[holder.verb].grip,
                                                                           held.height / 2)
        return p.x + holder.facing * x, p.y - holder.foot + y - centre
    if (holder.verb == Verb.CATCH or holder.verb in CARRYING) and holder.last_joints:
        # kept in the hand: centred on the rig's near hand, so it swings with a walker's arm
        x, y = holder.last_joints[9]
        p = holder.body.position
        return p.x + holder.facing * x, p.y - holder.foot + y - held.height / 2
    return hand(holder)


def handle(w: SceneWorld, a: Actor, act: Action, t: float) -> None:
    """Kick, throw or catch `act.target`; events 'kick:who:target', 'throw:…', 'catch:…'."""
    target = w.by_id.get(act.target or "")
    if target is None or target is a:
        return
    dx = target.body.position.x - a.body.position.x
    if act.do != Verb.THROW or a.thrown != act.at:
        a.facing = 1 if dx >= 0 else -1
    who = f"{a.member.id}:{target.member.id}"
    if act.do == Verb.KICK:
        n = math.floor((t - act.at) / KICK_CYCLE)
        start = act.at + n * KICK_CYCLE
        u = (t - start) / KICK_CYCLE
        reach = (a.width + target.width) / 2 + 0.45 * a.height
        feet, t_feet = a.body.position.y - a.foot, target.body.position.y - target.foot
        if 0.38 <= u < 0.5 and a.kicked != start and abs(dx) <= reach and abs(t_feet - feet) < 0.5 * a.height:
            a.kicked = start
            _send(target, a.facing * 7.0, 4.0)
            a.events.append(f"kick:{who}")
    elif act.do == Verb.THROW and a.thrown != act.at:
        if (t - act.at) / THROW_CYCLE < RELEASE:
            target.carrier = a.member.id
            return
        a.thrown = act.at
        target.carrier = None
        x, y = hand(a)
        to_x = act.to_x if act.to_x is not None else x + a.facing * 6.0
        flight = 1.0
        dy = w.surface(to_x, y, target) - y
        _send(target, (to_x - x) / flight, (dy + 0.5 * w.gravity * flight * flight) / flight)
        a.events.append(f"throw:{who}")
    elif act.do == Verb.CATCH and target.carrier is None:
        hx, hy = hand(a)
        p = target.body.position
        if math.hypot(p.x - hx, p.y - target.foot - hy) < 0.25 * a.height + target.height:
            target.carrier = a.member.id
            target.body.velocity = (0.0, 0.0)
            a.events.append(f"catch:{who}")


def _send(target: Actor, vx: float, vy: float) -> None:
    target.carrier = None
    target.body.velocity = (vx, vy)
    target.grounded = False
    target.knock = 3.0  # the flight, not the body's own behaviour, owns its velocity until it stops


def climb(a: Actor, act: Action, ground: float) -> None:
    """Up (or down) at a steady pace to `to_y` (feet height; default 2 m over the ground), held there."""
    foot = a.body.position.y - a.foot
    top = act.to_y if act.to_y is not None else ground + 2.0
    speed = act.speed or 0.5
    vy = max(-speed, min(speed, (top - foot) * 2.0))
    a.body.velocity = (0.0, vy)
    a.grounded = False
    a.phase = (a.phase + abs(vy) / 60.0) % 1.0


def seat(mount: Actor) -> float:
    """How high on its mount a rider's hips sit, in the mount's body heights."""
    return 0.62 if mount.member.archetype in (Archetype.CANINE, Archetype.FELINE) else 0.45


def ride(w: SceneWorld, a: Actor, act: Action, dt: float) -> bool:
    """Seated on `act.target`, moving with it. False when there is nothing to ride."""
    mount = w.by_id.get(act.target or "")
    if mount is None or mount is a:
        return False
    if not a.riding:
        a.riding = True
        a.saved_filters = [(s, s.filter) for s in a.body.shapes]
        for s in a.body.shapes:
            s.filter = NO_CONTACT
    m = mount.body.position
    hips = 0.36 * a.height  # world/rig.py's seated pose
    want_x = m.x - mount.facing * 0.05 * mount.width
    want_y = m.y - mount.foot + seat(mount) * mount.height - hips + a.foot
    p = a.body.position
    a.body.velocity = ((want_x - p.x) / dt, (want_y - p.y) / dt)
    a.facing = mount.facing
    a.grounded = False
    return True


def dismount(a: Actor) -> None:
    """Back on its own feet: the shapes meet the world again."""
    for s, f in a.saved_filters:
        s.filter = f
    a.saved_filters = []
    a.riding = False
