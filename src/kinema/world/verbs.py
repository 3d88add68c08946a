"""Behaviours by verb and archetype: what a body does each physics step.

A dog leaps with a short take-off crouch and its body stretched out in flight; a cat crouches
low, wiggles its rear and pounces in a higher, tucked arc. Behaviours set velocities and pose
values; pymunk owns the motion under gravity and contact.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from kinema import motions
from kinema.bodies import BODIES
from kinema.screenplay.model import Action, Archetype, Place, Verb
from kinema.vehicles import floats, has_engine
from kinema.world import acts, crowd, effects, lift
from kinema.world.actor import Actor, active
from kinema.world.particles import DUST, SPARK, STAR

if TYPE_CHECKING:
    from kinema.world.simulate import SceneWorld

HOWL_CYCLE = 4.0  # seconds: raise, hold open, lower, rest
PUNCH_CYCLE = 0.9  # seconds: wind-up, strike, follow-through, recover
KNEAD_CYCLE = 0.8  # seconds per pair of paw presses
DANCE_BEAT = 0.5  # seconds: 120 beats a minute
DANCE_STEP = 0.15  # metres either side of where the dance began
ENGAGING = (Verb.CHASE, Verb.FLEE, Verb.PUNCH)  # verbs whose body meets its target's (world/simulate.py)
FLAP_HZ = 7.0
DUSTY = (Place.ROAD, Place.DESERT, Place.MOUNTAINS, Place.PLAIN, Place.BEACH, Place.SNOWFIELD)


def _ease(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return u * u * (3 - 2 * u)


def howl_pose(t_in: float) -> tuple[float, float]:
    """Head raise and mouth opening through one howl cycle, eased."""
    c = t_in % HOWL_CYCLE
    if c < 0.6:
        return _ease(c / 0.6), _ease((c - 0.3) / 0.3)
    if c < 2.4:
        swell = 0.85 + 0.15 * math.sin((c - 0.6) / 1.8 * math.pi)
        return 1.0, swell
    if c < 3.0:
        u = _ease((c - 2.4) / 0.6)
        return 1.0 - u, max(0.0, 1.0 - 2 * u)
    return 0.0, 0.0


def punch_reach(u: float) -> float:
    """Arm extension through one punch cycle (u in 0..1): back, snap out, hold, recover."""
    if u < 0.33:
        return -0.4 * _ease(u / 0.33)
    if u < 0.45:
        return -0.4 + 1.4 * _ease((u - 0.33) / 0.12)
    if u < 0.6:
        return 1.0
    return 1.0 - _ease((u - 0.6) / 0.4)


def _boat(w: SceneWorld, target: str | None) -> bool:
    """The action's target is a vehicle (a row's target is the boat it sits in, not an oar)."""
    other = w.by_id.get(target or "")
    return other is not None and other.member.archetype == Archetype.VEHICLE


def steer(w: SceneWorld, a: Actor, t: float, dt: float) -> None:
    act = active(w.plans[a.member.id], a.member.id, t)
    verb = act.do if act is not None else Verb.IDLE
    if a.carrier is not None and _carried(w, a, dt):
        return
    seated = verb == Verb.RIDE or (verb == Verb.ROW and act is not None and _boat(w, act.target))
    if a.riding and not seated:
        acts.dismount(a)
    a.verb = verb
    if lift.drift(w, a, t):  # let go of: a balloon rises whatever it was doing
        _pin(w, a, t, dt)
        return
    a.glued = False
    a.pose_squash, a.pose_tilt, a.reach, a.paw, a.wiggle, a.arms = 1.0, 0.0, 0.0, 0.0, 0.0, 0.0
    a.target = act.target if act is not None and verb in ENGAGING else None
    a.partner = act.target if act is not None else None
    if a.partner is not None and (other := w.by_id.get(a.partner)) is not None:
        a.lane = other.lane  # bodies that deal with each other do it on one plane
    a.action_at = act.at if act is not None else -1.0
    if a.grounded:
        if a.stretch != 1.0:
            a.stretch += (1.0 - a.stretch) * min(1.0, dt * 12.0)
            if abs(a.stretch - 1.0) < 1e-4:
                a.stretch = 1.0
        a.wing = 0.0
    vx = 0.0
    spec = BODIES[a.member.archetype]
    if act is not None:
        if verb in acts.CARRYING and act.target is not None:
            acts.wield(w, a, act)  # a thing carried on foot is in the hand from the start
        if verb in (Verb.WALK, Verb.RUN, Verb.DRIVE):
            default = spec.walk if verb == Verb.WALK else spec.run if verb == Verb.RUN else 0.6 * spec.run
            vx = _towards(a, act.to_x, act.speed or default)
            if verb == Verb.DRIVE:
                _drive(w, a, dt)
        elif seated and verb in motions.MOTIONS:  # rowing the boat it sits in: carried by it
            if acts.ride(w, a, act, dt):
                _pin(w, a, t, dt)
                return
        elif verb in motions.MOTIONS:  # a person's composed action, its tool in hand
            acts.wield(w, a, act)
            if verb in motions.TRAVELLING:  # march, jog, skate, ski: forward at the action's own pace
                vx = _towards(a, act.to_x, act.speed or motions.MOTIONS[verb].travel)
        elif verb in (Verb.CHASE, Verb.FLEE):
            vx = _pursue(w, a, act, verb == Verb.CHASE, act.speed or spec.run)
        elif verb == Verb.FOLLOW:  # a body length and a bit behind, at up to running pace
            vx = _keep_gap(w, a, act, 1.2 * a.width, act.speed or spec.run)
        elif verb == Verb.APPROACH:  # at walking pace, stopping a step short
            vx = _keep_gap(w, a, act, 0.3 * a.height, act.speed or spec.walk)
        elif verb in (Verb.JUMP, Verb.POUNCE, Verb.CROUCH):
            feline = verb != Verb.JUMP or a.member.archetype == Archetype.FELINE
            if _leap(w, a, act, t, feline):
                return
        elif verb == Verb.PUNCH:
            vx = _punch(w, a, act, t)
        elif verb == Verb.KNEAD:
            u = (t - act.at) / KNEAD_CYCLE
            a.paw = math.sin(2 * math.pi * u)
            a.phase = u % 1.0
            a.pose_squash = 1.0 - 0.05 * abs(a.paw)
            a.pose_tilt = 0.04 * a.paw
        elif verb == Verb.DANCE:
            vx = _dance(a, act, t)
        elif verb in (Verb.FLY, Verb.GLIDE, Verb.SWIM):
            _airborne(w, a, act, t, dt, spec.run)
            _pin(w, a, t, dt)
            return
        elif verb == Verb.IGNITE:
            effects.ignite(w, a, act, dt)
            _pin(w, a, t, dt)
            return
        elif verb in lift.VERBS:  # launch, land, release, melt
            lift.steer(w, a, act, t, dt)
            if verb in lift.AIRBORNE:
                _pin(w, a, t, dt)
                return
        elif verb == Verb.FALL:
            if a.grounded and a.member.archetype == Archetype.HUMAN and not a.rigged:
                a.pose_tilt = -math.pi / 2 * _ease((t - act.at) / 0.6)  # topple over
            _pin(w, a, t, dt)
            return
        elif verb in (Verb.SNEAK, Verb.ROLL):
            vx = _towards(a, act.to_x, act.speed or (0.45 * spec.walk if verb == Verb.SNEAK else 2.0))
        elif verb == Verb.DIVE:
            if _leap(w, a, act, t, False):
                return
        elif verb == Verb.CLIMB:
            acts.climb(a, act, w.surface(a.body.position.x, a.body.position.y - a.foot + 0.05, a))
            _pin(w, a, t, dt)
            return
        elif verb == Verb.RIDE:
            if acts.ride(w, a, act, dt):
                _pin(w, a, t, dt)
                return
        elif verb in (Verb.KICK, Verb.THROW, Verb.CATCH):
            acts.handle(w, a, act, t)
    # On the ground the behaviour sets the pace; a hit or a bump slides.
    if a.grounded and a.recoil < 0.3 and a.knock <= 0.0:
        vx = crowd.give_way(w, a, vx, dt)
        vy = a.body.velocity.y
        pos = a.body.position  # one read: each is a call into pymunk, and this runs every step
        x, foot = pos.x, pos.y - a.foot
        if a.support is not None:  # carried along by the body it stands on, feet kept on its top
            sup = a.support
            vx += sup.body.velocity.x
            # The solver lets a resting contact sink by up to its slop (0.1 m): hold the feet up instead,
            # 5 mm into the top so the contact, and the weight on the body below, stays.
            vy = sup.body.velocity.y + (sup.body.position.y - sup.foot + sup.height - 0.005 - foot) * 10.0
        elif a.on_terrain:
            # Feet on the ground where the body will be next step: over a crest and down a slope
            # the sole keeps to the ground under it instead of sailing off.
            vy = (w.floor(a, x + vx * dt) - foot) / dt
            a.glued = True
        a.body.velocity = (vx, vy)
    _pin(w, a, t, dt)


def _carried(w: SceneWorld, a: Actor, dt: float) -> bool:
    """A body held in someone's hand goes where the hand goes. False once the holder lets go."""
    holder = w.by_id.get(a.carrier or "")
    if holder is None or not acts.holding(w, holder, a):
        a.carrier = None
        return False
    hx, hy = acts.grip(holder, a)
    if holder.verb in motions.MOTIONS:  # a tool in the hand points the way its holder faces
        a.facing = a.track_facing = holder.facing
    p = a.body.position
    a.body.velocity = ((hx - p.x) / dt, (hy - (p.y - a.foot)) / dt)
    a.grounded = False
    return True


def _towards(a: Actor, to_x: float | None, speed: float) -> float:
    if to_x is None:
        return speed * a.facing
    dx = to_x - a.body.position.x
    return math.copysign(min(speed, abs(dx) * 2.0), dx) if abs(dx) > 0.02 else 0.0


def _pursue(w: SceneWorld, a: Actor, act: Action, chase: bool, speed: float) -> float:
    other = w.by_id.get(act.target or "")
    if other is None:
        return speed * a.facing
    dx = other.body.position.x - a.body.position.x
    if chase:
        feet, o_feet = a.body.position.y - a.foot, other.body.position.y - other.foot
        level = o_feet < feet + a.height and feet < o_feet + other.height
        if level and a.caught != act.at:
            return math.copysign(speed, dx)  # runs into it at full tilt: the bodies bump (world/simulate.py)
        gap = abs(dx) - (a.width + other.width) / 2
        return math.copysign(min(speed, max(gap, 0.0) * 2.0), dx) if gap > 0.02 else 0.0
    return -math.copysign(speed, dx if dx != 0 else -a.facing)


def _keep_gap(w: SceneWorld, a: Actor, act: Action, gap: float, speed: float) -> float:
    """Towards the spot `gap` short of the target's near side (or of to_x), easing in as it
    gets close so it arrives without overshooting; facing the target once there."""
    other = w.by_id.get(act.target or "")
    if other is None:  # no one to keep to: a walk to to_x, or stay put
        return _towards(a, act.to_x, speed) if act.to_x is not None else 0.0
    x, ox = a.body.position.x, other.body.position.x
    side = 1.0 if ox >= x else -1.0
    spot = ox - side * ((a.width + other.width) / 2 + gap)
    if abs(spot - x) <= 0.02:
        a.facing = int(side)
        return 0.0
    return math.copysign(min(speed, abs(spot - x) * 1.5), spot - x)


def _drive(w: SceneWorld, a: Actor, dt: float) -> None:
    """Suspension as a damped spring fed by the change in vertical speed; dust off the wheels."""
    v, p = a.body.velocity, a.body.position
    jolt = (v.y - a.last_vy) / dt if a.grounded else 0.0
    a.last_vy = v.y
    hull = floats(a.member)
    # Ruts under tyres; a hull rides a slow swell instead.
    road = 0.15 * math.sin(p.x * 0.35) if hull else 0.4 * math.sin(p.x * 0.9) + 0.25 * math.sin(p.x * 2.3)
    acc = -150.0 * a.suspension - 7.0 * a.suspension_v - 0.01 * jolt + road * abs(v.x) * 0.25
    a.suspension_v += acc * dt
    a.suspension += a.suspension_v * dt
    a.pose_squash = 1.0 + max(-0.08, min(0.08, a.suspension))
    a.squash = a.pose_squash
    x, foot = p.x, p.y - a.foot
    if foot - w.floor(a, x) < 0.6:  # tyres hold the road over a crest instead of taking off
        a.body.velocity = (v.x, min(v.y, (w.floor(a, x + v.x * dt) - foot) / dt))
        a.grounded = True
    if has_engine(a.member):  # a bicycle, a canoe or a sailboat puffs no exhaust
        effects.exhaust(w, a, dt)
    if a.grounded and abs(v.x) > 2.0 and w.scene.setting.place in DUSTY and not hull:
        a.dust_due += abs(v.x) * dt * 10.0
        if a.dust_due >= 4.0:
            n = int(a.dust_due)
            a.dust_due -= n
            back = a.body.position.x - math.copysign(a.width * 0.45, v.x)
            # Thrown back off the tyres and up; the cloud billows (grows) as it drifts and fades.
            w.particles.emit(DUST, n, back, a.body.position.y - a.foot + 0.1,
                             (-0.35 * v.x - 1.0, -0.1 * v.x + 1.0), (0.5, 2.2),
                             (0.3 * a.height, 0.7 * a.height), (2.0, 4.5))


def _leap(w: SceneWorld, a: Actor, act: Action, t: float, feline: bool) -> bool:
    """A crouch then a ballistic launch to to_x. True when it set the velocity itself."""
    if not a.grounded:
        if a.jump_started == act.at:  # in flight: a dog stretches out, a cat stays tucked
            want = 1.1 if feline else 1.3
            a.stretch += (want - a.stretch) * 0.05
        return False
    if act.do == Verb.CROUCH or a.jump_started != act.at:
        if a.crouch_from < act.at:
            a.crouch_from = t
        held = t - a.crouch_from
        crouch_s = 0.55 if feline else 0.12
        a.pose_squash = 0.68 if feline else 0.88
        if feline:  # the rear wiggles side to side before the spring
            a.wiggle = 0.04 * a.height * math.sin(2 * math.pi * 6.0 * held) * _ease(held / 0.15)
        a.body.velocity = (0.0, a.body.velocity.y)
        if act.do == Verb.CROUCH or held < crouch_s:
            return True
        _launch(w, a, act, feline)
        return True
    return False


def _launch(w: SceneWorld, a: Actor, act: Action, feline: bool) -> None:
    a.jump_started = act.at
    x = a.body.position.x
    target = act.to_x if act.to_x is not None else x + 2 * a.facing * a.height
    foot = a.body.position.y - a.foot
    dx = target - x
    dy = w.landing(a, target) - foot
    g = w.gravity
    flight = max(0.45, math.sqrt(abs(dx) / 3.0)) if feline else max(0.35, math.sqrt(abs(dx) / 4.0))
    vy = (dy + 0.5 * g * flight * flight) / flight
    a.body.velocity = (dx / flight, vy)
    a.grounded = False
    a.squash = 1.1
    a.events.append(f"takeoff:{a.member.id}")


def _punch(w: SceneWorld, a: Actor, act: Action, t: float) -> float:
    """Wind-up, strike, follow-through; a 'hit' event when the fist meets the target's body."""
    n = math.floor((t - act.at) / PUNCH_CYCLE)
    start = act.at + n * PUNCH_CYCLE
    u = (t - start) / PUNCH_CYCLE
    a.reach = punch_reach(u)
    a.pose_tilt = -0.12 * a.reach  # lean back to wind up, into the blow to follow through
    a.phase = u
    target = w.by_id.get(act.target or "") or _nearest(w, a)
    if target is None:
        return 0.0
    a.target = target.member.id  # the two bodies cannot overlap
    dx = target.body.position.x - a.body.position.x
    a.facing = 1 if dx >= 0 else -1
    arm = 0.45 * a.height
    fist = a.body.position.x + a.facing * (a.width / 2 + arm * max(a.reach, 0.0))
    near_side = target.body.position.x - a.facing * target.width / 2
    level = abs(target.body.position.y - a.body.position.y) < 0.5 * a.height
    if a.reach > 0.2 and a.punch_hit != start and level and a.facing * (fist - near_side) >= 0:
        a.punch_hit = start
        a.events.append(f"hit:{a.member.id}:{target.member.id}")
        target.recoil = 1.0
        tv = target.body.velocity
        target.body.velocity = (tv.x + a.facing * 3.0, tv.y + 1.0)
        hx, hy = near_side, target.body.position.y - target.foot + 0.85 * target.height
        w.particles.emit(SPARK, 40, hx, hy, (a.facing * 2.0, a.facing * 8.0), (-3.0, 4.0),
                         (0.02, 0.05), (0.2, 0.5))
        w.particles.emit(STAR, 6, hx, hy, (-1.5, 1.5), (-1.0, 2.0), (0.08, 0.16), (0.3, 0.6))
    gap = abs(dx) - (a.width + target.width) / 2
    if u > 0.6 and gap > arm * 0.8:  # step back in while recovering
        return a.facing * BODIES[a.member.archetype].walk
    return 0.0


def _dance(a: Actor, act: Action, t: float) -> float:
    """A step to one side each beat with the weight shifting onto it, a sway into the step, arms up in
    turn and a hop every fourth beat; other kinds bounce in place. Returns the horizontal speed."""
    if a.dance_from != act.at:
        a.dance_from, a.home_x = act.at, a.body.position.x
    u = (t - act.at) / DANCE_BEAT
    k = math.floor(u)
    f = u - k
    a.phase = f
    human = a.member.archetype == Archetype.HUMAN
    hop_every, hop_vy = (4, 1.5) if human else (1, 1.0)
    if a.grounded and k % hop_every == hop_every - 1 and a.hop_beat != k and f < 0.2:
        a.hop_beat = k
        a.body.velocity = (a.body.velocity.x, hop_vy)
        a.grounded = False  # the tail of steer() leaves a body in the air alone
    if not human:
        a.pose_tilt = 0.06 * math.sin(math.pi * u)
        return (a.home_x - a.body.position.x) * 5.0
    side = 1.0 if k % 2 == 0 else -1.0
    before = 0.0 if k == 0 else -side
    at = before + (side - before) * _ease(f / 0.45)  # -1..1: where the feet are between the two spots
    a.pose_tilt = -0.1 * at * a.facing  # the body sways into the step (tilt is nose-up positive)
    a.pose_squash = 1.0 - 0.06 * math.sin(math.pi * f)  # the knees give as the weight lands
    a.arms = math.sin(math.pi * u)  # the arm on the stepping side goes up, then the other
    dx = a.home_x + DANCE_STEP * at - a.body.position.x
    return max(-1.5, min(1.5, dx * 10.0))


def _nearest(w: SceneWorld, a: Actor) -> Actor | None:
    others = [o for o in w.actors if o is not a]
    return min(others, key=lambda o: abs(o.body.position.x - a.body.position.x), default=None)


def _airborne(w: SceneWorld, a: Actor, act: Action, t: float, dt: float, run: float) -> None:
    """Fly flaps, glide sinks on spread wings, swim undulates; gravity is cancelled each step."""
    p = a.body.position
    foot = p.y - a.foot
    ground = w.surface(p.x, foot + 0.05, a)
    speed = act.speed or 0.6 * run
    vx = _towards(a, act.to_x, speed)
    if act.do == Verb.FLY:
        # Bigger wings beat slower (a sparrow's rate at 0.3 m tall); a big body flies higher than itself.
        a.wing = math.sin(2 * math.pi * FLAP_HZ * min(1.0, math.sqrt(0.3 / max(a.height, 1e-3))) * t)
        alt = act.to_y if act.to_y is not None else ground + max(3.0, 1.5 * a.height)
        vy = max(-3.0, min(3.0, (alt - foot) * 2.0)) + 0.3 * a.wing
    elif act.do == Verb.GLIDE:
        a.wing = 0.9
        vy = -1.0 if act.to_y is None else max(-1.5, min(0.5, (act.to_y - foot) * 1.0))
    else:
        stroke = 2 * math.pi * 1.5 * (t - act.at)
        a.wing = math.sin(stroke)
        a.pose_tilt = 0.15 * math.cos(stroke)
        depth = act.to_y if act.to_y is not None else foot
        vy = (depth - foot) * 2.0 + 0.25 * math.cos(stroke)
    a.phase = (a.phase + abs(vx) * dt) % 1.0
    if foot <= ground + 0.01 and vy < 0:
        vy = 0.0  # never through the ground
    a.body.velocity = (vx, vy)  # pymunk moves the body by this before gravity acts on it


def _pin(w: SceneWorld, a: Actor, t: float, dt: float) -> None:
    """Keyframes win over behaviour: steer exactly onto the pinned values."""
    if a.track is None:
        return
    a.track_facing = a.track.facing(t + dt)
    if a.track_facing is not None:
        a.facing = a.track_facing
    v = a.body.velocity
    p = a.body.position
    vx, vy = v.x, v.y
    x, y = a.track.x(t + dt), a.track.y(t + dt)
    if x is not None:
        vx = (x - p.x) / dt
    elif (lead := a.track.lead_x(t + dt)) is not None:
        vx = (lead[1] - p.x) / max(lead[0] - t, dt)
    # pymunk moves a body with the velocity set here and only then adds gravity to it.
    if y is not None:
        vy = (y + a.foot - p.y) / dt
    elif (lead := a.track.lead_y(t + dt)) is not None:
        vy = (lead[1] + a.foot - p.y) / max(lead[0] - t, dt)
    a.body.velocity = (vx, vy)
