"""A person's 2D skeleton, posed by what the world's verb is doing this frame.

The world poses the rig (it knows the ground under each foot and how long an action has run),
the trace records the joints and the renderer draws limbs between them (render/rig.py): one
source for what a body does. Joints are metres from the feet point, x forward along the way the
body faces, y up. Legs are solved by two-bone IK towards their foot, so every bone keeps its length;
a foot in stance stays where it was put on the ground while the body walks over it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kinema.bodies import BODIES
from kinema.screenplay.model import Archetype, Verb

HUMAN_JOINTS = ("head", "neck", "chest", "hips", "shoulder_l", "shoulder_r", "elbow_l", "elbow_r",
                "hand_l", "hand_r", "knee_l", "knee_r", "foot_l", "foot_r")
# Bone lengths in body heights (`_l` is the far side of the body in the picture).
THIGH, SHIN = 0.245, 0.245
SPINE, NECK, HEAD = 0.2, 0.08, 0.1  # hips to chest, chest to neck, neck to the head's centre
SHOULDER = 0.16  # hips to shoulders, along the spine
UPPER_ARM, FOREARM = 0.175, 0.17
LEG = THIGH + SHIN
STAND_HIPS = 0.485  # knees just off straight
HEAD_R = 0.1  # the head's radius: the emoji is drawn this size
BONES = (("hips", "chest"), ("chest", "neck"), ("neck", "head"), ("shoulder_l", "elbow_l"),
         ("elbow_l", "hand_l"), ("shoulder_r", "elbow_r"), ("elbow_r", "hand_r"), ("hips", "knee_l"),
         ("knee_l", "foot_l"), ("hips", "knee_r"), ("knee_r", "foot_r"))

# The verbs motions.py composes (its MOTIONS keys; listed here so the rig needs no import).
COMPOSED = frozenset({
    "march", "jog", "skateboard", "ski", "skate", "surf", "clap", "strum", "play_violin", "play_piano",
    "drum", "play_flute", "sing", "sweep", "scrub", "cook", "chop", "juggle", "row", "push", "pull", "lift",
    "hammer", "dig", "type", "write", "read", "phone", "paint", "conduct", "jump_rope", "stretch", "box",
    "dribble", "swing", "fish", "spray", "knit", "sew", "text", "fly_kite", "hang_laundry", "peel",
    "hold_up"})

P = tuple[float, float]
Joints = tuple[P, ...]


@dataclass(frozen=True)
class Motion:
    """What the pose reads of one frame of the world (plain numbers: the world builds it)."""

    verb: str
    phase: float  # gait cycle 0..1 (distance / stride), or the action's own cycle
    clock: float  # seconds since the action began
    vx: float
    vy: float
    grounded: bool
    squash: float
    reach: float  # punch: -1 wound up .. 1 extended
    arms: float  # dance: -1 .. 1
    recoil: float  # 1 just hit, decaying
    breath: float
    variant: float  # 0..1, seeded per member: how this person moves
    drop: tuple[float, float] = (0.0, 0.0)  # ground below the feet line, far and near foot, body heights


def stride_of(archetype: Archetype, speed: float, scale: float) -> float:
    """Metres a person or a four-legged body covers in one gait cycle: longer strides, not only
    quicker ones, as the pace rises (a gallop bounds), in proportion to the body's scale; other
    bodies keep their archetype's stride (a wheel's turn is fitted to it)."""
    spec = BODIES[archetype]
    if archetype not in STRIDING:
        return max(spec.stride, 1e-3)
    return float(spec.stride * scale * max(1.0, abs(speed) / spec.walk) ** 0.55)


STRIDING = (Archetype.HUMAN, Archetype.CANINE, Archetype.FELINE, Archetype.DRAGON)


def _ease(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return u * u * (3 - 2 * u)


def _dir(a: float) -> P:
    """Unit vector `a` radians forward of straight up."""
    return math.sin(a), math.cos(a)


def _add(p: P, d: P, k: float) -> P:
    return p[0] + d[0] * k, p[1] + d[1] * k


def _arm(shoulder: P, lean: float, up: float, bend: float) -> tuple[P, P]:
    """Elbow and hand: the upper arm `up` radians forward of hanging straight down (with the
    torso's lean), the forearm bent a further `bend` forward."""
    a = lean + up
    elbow = shoulder[0] + UPPER_ARM * math.sin(a), shoulder[1] - UPPER_ARM * math.cos(a)
    b = a + bend
    return elbow, (elbow[0] + FOREARM * math.sin(b), elbow[1] - FOREARM * math.cos(b))


def _leg(hip: P, foot: P) -> tuple[P, P]:
    """Knee and foot by two-bone IK, the knee bending forward; a foot out of reach is pulled in."""
    dx, dy = foot[0] - hip[0], foot[1] - hip[1]
    d = math.hypot(dx, dy)
    if d >= LEG - 1e-9:
        k = (LEG - 1e-6) / max(d, 1e-9)
        foot = hip[0] + dx * k, hip[1] + dy * k
        dx, dy, d = dx * k, dy * k, LEG - 1e-6
    d = max(d, abs(THIGH - SHIN) + 1e-6)
    cos_a = (THIGH * THIGH + d * d - SHIN * SHIN) / (2 * THIGH * d)
    a = math.acos(max(-1.0, min(1.0, cos_a)))
    base = math.atan2(dy, dx)
    k1 = hip[0] + THIGH * math.cos(base + a), hip[1] + THIGH * math.sin(base + a)
    k2 = hip[0] + THIGH * math.cos(base - a), hip[1] + THIGH * math.sin(base - a)
    return (k1 if k1[0] >= k2[0] else k2), foot


def _reach(foot: P, hip_x: float) -> float:
    """The highest the hips can be over `foot` with the leg just short of straight."""
    dx = foot[0] - hip_x
    return foot[1] + math.sqrt(max(0.0, (LEG * 0.995) ** 2 - dx * dx))


@dataclass
class _Pose:
    hips: P
    lean: float  # the spine, radians forward of upright
    nod: float  # the head on the neck, forward
    arm_l: tuple[float, float]  # up, bend
    arm_r: tuple[float, float]
    foot_l: P
    foot_r: P
    turn: float = 0.0  # the whole body turned about `pivot` (lying, rolling, swimming), radians forward
    pivot: P = (0.0, 0.0)


def _stand(m: Motion) -> _Pose:
    sway = 0.01 * m.breath
    return _Pose((0.0, STAND_HIPS - 0.005 * (1 - m.breath)), 0.02 + sway, 0.0, (0.08, 0.12), (0.1, 0.15),
                 (-0.035, 0.0), (0.035, 0.0))


def _gait(m: Motion, stride: float, duty: float, lift: float) -> tuple[P, P]:
    """Both feet through one gait cycle: in stance a foot moves back under the body exactly as
    fast as the body moves forward (so it stays put on the ground), in swing it lifts and comes
    through to land ahead. `duty` is the share of the cycle a foot is on the ground."""
    feet = []
    for off in (0.5, 0.0):
        p = (m.phase + off) % 1.0
        if p < duty:
            x, y = stride * (duty / 2 - p), 0.0
        else:
            u = (p - duty) / (1 - duty)
            x = stride * (-duty / 2 + duty * _ease(u))
            y = lift * math.sin(math.pi * u)
        feet.append((x, y))
    return feet[0], feet[1]


def _cycle(m: Motion, stride_m: float, h: float, run: bool, sneak: bool) -> _Pose:
    """Walk, run (a flight phase: both feet off the ground between steps) and sneak."""
    stride = stride_m / h
    duty, lift = (0.36, 0.16) if run else (0.5, 0.07 if not sneak else 0.05)
    far, near = _gait(m, stride, duty, lift)
    w = 2 * math.pi * m.phase
    swing = (0.85 if run else 0.38) * (0.85 + 0.3 * m.variant)
    lean = 0.22 if run else 0.45 if sneak else 0.04 + 0.03 * m.variant
    hip_x = 0.02 if run else 0.0
    # The hips ride as high as the legs on the ground allow: the body rises over a planted leg.
    stance = [f for f, p in ((far, (m.phase + 0.5) % 1.0), (near, m.phase % 1.0)) if p < duty]
    top = STAND_HIPS - (0.12 if sneak else 0.0)
    hip_y = min([top] + [_reach(f, hip_x) for f in stance])
    if run and not stance:  # flight: the body at the top of its arc
        hip_y = top - 0.02 + 0.03 * math.sin(math.pi * ((m.phase % 0.5) / 0.5))
    bend = 1.6 if run else 0.25
    arm_r = (-swing * math.sin(w), bend + 0.2 * math.sin(w)) if not sneak else (0.9, 0.8)
    arm_l = (swing * math.sin(w), bend - 0.2 * math.sin(w)) if not sneak else (1.1, 0.6)
    return _Pose((hip_x, hip_y), lean, -lean * 0.5, arm_l, arm_r, far, near)


def _punch(m: Motion) -> _Pose:
    r = m.reach
    out = max(r, 0.0)
    guard = (1.0, 2.3)
    # Wound up: the fist drawn back by the chin; then out at the other's face, straight at full reach.
    arm_r = (1.0 - 0.5 * r, 2.3 - 0.3 * r) if r < 0 else (1.0 + 1.05 * out, 2.3 * (1 - out))
    lunge = 0.2 * out
    hips = (lunge, STAND_HIPS - 0.04 - 0.03 * out)
    return _Pose(hips, 0.05 + 0.12 * r, 0.0, guard, arm_r, (-0.18 + 0.5 * lunge, 0.0), (0.16 + lunge, 0.0))


def _kick(m: Motion) -> _Pose:
    u = (m.clock % 1.0)
    if u < 0.3:
        k = -0.7 * _ease(u / 0.3)  # drawn back
    elif u < 0.45:
        k = -0.7 + 1.7 * _ease((u - 0.3) / 0.15)  # the swing through the ball
    elif u < 0.6:
        k = 1.0
    else:
        k = 1.0 - _ease((u - 0.6) / 0.4)
    hips = (0.0, STAND_HIPS - 0.02)
    a = k * 1.3  # the near leg swings from behind to up in front
    foot = (hips[0] + LEG * 0.98 * math.sin(a), hips[1] - LEG * 0.98 * math.cos(a))
    return _Pose(hips, -0.15 * max(k, 0.0), 0.0, (-0.6 * k, 0.3), (0.7 * k + 0.3, 0.4), (-0.04, 0.0), foot)


def _throw(m: Motion) -> _Pose:
    u = m.clock % 1.2 / 1.2
    if u < 0.35:
        up, bend = 0.3 - 3.3 * _ease(u / 0.35), 1.4  # the hand goes back and up behind the head
    elif u < 0.5:
        v = _ease((u - 0.35) / 0.15)
        up, bend = -3.0 + 5.0 * v, 1.4 * (1 - v)  # over the top and out: the release
    else:
        up, bend = 2.0 - 1.8 * _ease((u - 0.5) / 0.5), 0.2
    lean = -0.12 if u < 0.35 else 0.15 * (1 - _ease((u - 0.5) / 0.5))
    return _Pose((0.0, STAND_HIPS - 0.03), lean, 0.0, (1.2, 0.4), (up, bend), (-0.15, 0.0), (0.14, 0.0))


def _dance(m: Motion) -> _Pose:
    beat = m.clock / 0.5
    k = math.floor(beat)
    f = beat - k
    moves = 4
    move = (k // 4 + int(m.variant * moves)) % moves
    bounce = 0.03 * abs(math.sin(math.pi * f))
    hips = (0.0, STAND_HIPS - 0.02 - bounce)
    side = 1.0 if k % 2 == 0 else -1.0
    feet = ((-0.06 - 0.06 * (side < 0) * math.sin(math.pi * f), 0.04 * (side < 0) * math.sin(math.pi * f)),
            (0.06 + 0.06 * (side > 0) * math.sin(math.pi * f), 0.04 * (side > 0) * math.sin(math.pi * f)))
    if move == 0:  # step-touch, the arm on the stepping side up
        arm_l, arm_r = (2.6 * max(0.0, -m.arms), 0.6), (2.6 * max(0.0, m.arms), 0.6)
    elif move == 1:  # both arms swaying overhead
        s = math.sin(math.pi * beat)
        arm_l, arm_r = (2.8 + 0.3 * s, 0.2), (2.8 - 0.3 * s, 0.2)
    elif move == 2:  # the disco point: one hand up and across, the other on the hip
        up = 2.9 if k % 2 == 0 else 0.6
        arm_l, arm_r = (0.4, 1.8), (up, 0.1)
    else:  # arms pumping at the chest
        s = math.sin(2 * math.pi * beat)
        arm_l, arm_r = (1.2 + 0.4 * s, 1.6), (1.2 - 0.4 * s, 1.6)
    return _Pose(hips, 0.04 * math.sin(math.pi * beat), 0.1 * math.sin(math.pi * beat), arm_l, arm_r,
                 feet[0], feet[1])


def _tai_chi(m: Motion) -> _Pose:
    """Slow arcs: the arms float up in front and part, sink, and the weight shifts between the feet."""
    w = 2 * math.pi * m.clock / 8.0
    rise = 0.5 - 0.5 * math.cos(w)
    shift = 0.04 * math.sin(w)
    hips = (shift, STAND_HIPS - 0.06 - 0.03 * rise)
    arm_l = (0.4 + 1.2 * rise, 0.5 + 0.4 * math.sin(w + 1.0))
    arm_r = (0.3 + 1.3 * (0.5 - 0.5 * math.cos(w + 0.9)), 0.6 + 0.3 * math.sin(w))
    return _Pose(hips, 0.02, 0.05, arm_l, arm_r, (-0.13, 0.0), (0.13, 0.0))


def _sit(m: Motion, lie: bool) -> _Pose:
    """Down to the ground over half a second: seated with knees up, or lying on the back."""
    u = _ease(m.clock / 0.6)
    hips = (-0.08 * u, STAND_HIPS + (0.06 - STAND_HIPS) * u)
    feet = ((0.05 + 0.2 * u, 0.0), (0.1 + 0.26 * u, 0.0))
    if not lie:
        return _Pose(hips, 0.02 + 0.08 * u, 0.05, (0.2 + 0.3 * u, 0.4), (0.3 + 0.4 * u, 0.5), *feet)
    flat = _ease((m.clock - 0.4) / 0.8)
    breathe = 0.005 * m.breath
    pose = _Pose((hips[0], hips[1] + breathe), 0.02 - (math.pi / 2 - 0.05) * flat, 0.1 * flat,
                 (0.2 + 0.1 * flat, 0.3), (0.3, 0.4), (0.05 + 0.4 * flat, 0.0), (0.1 + 0.42 * flat, 0.0))
    return pose


def _fall(m: Motion) -> _Pose:
    """Topples backwards, lies a moment, gets up again."""
    c = m.clock
    if c < 2.0:
        u = _ease(c / 0.5)
        return _Pose((-0.05 * u, STAND_HIPS + (0.07 - STAND_HIPS) * u), 0.02 - 1.45 * u, 0.3 * u,
                     (2.2 * u, 0.3), (2.0 * u, 0.4), (0.05 + 0.3 * u, 0.0), (0.1 + 0.35 * u, 0.0))
    u = _ease((c - 2.0) / 1.0)  # up: sit up, feet under, stand
    v = 1.0 - u
    return _Pose((-0.05 * v, 0.07 + (STAND_HIPS - 0.07) * u), 0.02 - 1.45 * v + 0.5 * math.sin(math.pi * u),
                 0.3 * v, (2.2 * v + 0.5 * u, 0.3), (2.0 * v + 0.6 * u, 0.4), (-0.035 + 0.385 * v, 0.0),
                 (0.035 + 0.415 * v, 0.0))


def _pose(m: Motion, h: float) -> _Pose:
    """The clip's pose with its feet on the ground under each of them: a clip puts a foot at y = 0
    for on the ground; the world says how far below the feet line that ground is (`drop`), and
    the hips come down as far as a leg needs to reach it."""
    pose = _clip(m, h)
    if pose.turn or not any(m.drop):
        return pose
    fl, fr = pose.foot_l, pose.foot_r
    pose.foot_l, pose.foot_r = (fl[0], fl[1] - m.drop[0]), (fr[0], fr[1] - m.drop[1])
    planted = [f for f, was in ((pose.foot_l, fl), (pose.foot_r, fr)) if was[1] <= 1e-6]
    if planted:
        hx, hy = pose.hips
        pose.hips = (hx, min([hy] + [_reach(f, hx) for f in planted]))
    return pose


def _clip(m: Motion, h: float) -> _Pose:
    v = m.verb
    if v in ("walk", "run", "chase", "flee", "follow", "approach", "sneak") and m.grounded:
        stride = stride_of(Archetype.HUMAN, m.vx, h / BODIES[Archetype.HUMAN].height)
        return _cycle(m, stride, h, abs(m.vx) > 2.6, v == "sneak")
    if m.recoil > 0.25 and v not in ("lie", "sleep", "fall", "ride", "swim"):
        # Reeling from a blow: leaning back, arms thrown back and out, feet braced.
        k = min(1.0, m.recoil)
        return _Pose((-0.03 * k, STAND_HIPS - 0.03), -0.22 * k, 0.0, (-0.5 * k, 0.6), (0.6 * k, 1.0),
                     (-0.16, 0.0), (0.1, 0.0))
    if v in COMPOSED:  # an everyday, sport, work or music action: composed from primitives
        from kinema import motions

        return motions.pose(Verb(v), m, h)
    if not m.grounded and v not in ("swim", "climb", "ride", "fly", "glide", "dive"):
        # Jump, leap or thrown: extend rising, tuck falling, arms up for balance.
        tuck = _ease(-m.vy / 3.0)
        hips = (0.0, STAND_HIPS + 0.02 - 0.1 * tuck)
        return _Pose(hips, 0.1 * tuck, 0.0, (2.4 - 1.2 * tuck, 0.3), (2.6 - 1.2 * tuck, 0.3),
                     (-0.06 + 0.12 * tuck, 0.05 + 0.22 * tuck), (0.04 + 0.16 * tuck, 0.02 + 0.24 * tuck))
    if v == "punch":
        return _punch(m)
    if v == "kick":
        return _kick(m)
    if v == "throw":
        return _throw(m)
    if v == "catch":
        return _Pose((0.0, STAND_HIPS - 0.04), 0.08, 0.05, (1.5, 0.5), (1.6, 0.5), (-0.12, 0.0), (0.12, 0.0))
    if v == "wave":
        s = math.sin(2 * math.pi * 2.0 * m.clock)
        return _Pose((0.0, STAND_HIPS), 0.02, 0.0, (0.1, 0.15), (2.5, 0.5 + 0.35 * s),
                     (-0.035, 0.0), (0.035, 0.0))
    if v == "celebrate":
        b = abs(math.sin(2 * math.pi * 1.5 * m.clock))
        pump = 0.3 * math.sin(2 * math.pi * 3.0 * m.clock)
        return _Pose((0.0, STAND_HIPS - 0.06 * b), 0.0, -0.1, (2.9 + pump, 0.2), (2.9 - pump, 0.2),
                     (-0.05, 0.0), (0.05, 0.0))
    if v == "dance":
        return _dance(m)
    if v == "tai_chi":
        return _tai_chi(m)
    if v in ("sit", "eat"):
        pose = _sit(m, False)
        if v == "eat":  # a hand to the mouth and down again, chewing
            u = 0.5 - 0.5 * math.cos(2 * math.pi * m.clock / 1.6)
            pose.arm_r = (0.6 + 1.4 * u, 0.6 + 1.7 * u)
        return pose
    if v in ("lie", "sleep"):
        return _sit(m, True)
    if v == "fall":
        return _fall(m)
    if v == "shake":
        s = math.sin(2 * math.pi * 5.0 * m.clock)
        return _Pose((0.02 * s, STAND_HIPS - 0.04), 0.06 * s, -0.2 * s, (0.6 + 0.4 * s, 0.5),
                     (0.6 - 0.4 * s, 0.5),
                     (-0.08, 0.0), (0.08, 0.0))
    if v == "climb":  # hands over hands up a wall, the feet pushing in turn
        w = 2 * math.pi * m.clock / 1.2
        s = math.sin(w)
        return _Pose((0.04, STAND_HIPS), 0.1, -0.3, (2.6 + 0.4 * s, 0.4), (2.6 - 0.4 * s, 0.4),
                     (0.12, 0.12 + 0.1 * max(0.0, s)), (0.12, 0.12 + 0.1 * max(0.0, -s)))
    if v == "swim" or (v in ("dive", "fly", "glide") and not m.grounded):
        # Face down along the water: a crawl stroke and a flutter kick.
        w = 2 * math.pi * m.clock / 1.4
        kick = 0.04 * math.sin(4 * w)
        pose = _Pose((0.0, STAND_HIPS), 0.0, -0.4, (math.pi + w % (2 * math.pi), 0.1),
                     (math.pi + (w + math.pi) % (2 * math.pi), 0.1), (-0.02 + kick, 0.0), (0.02 - kick, 0.0))
        if v == "dive":
            pose.arm_l, pose.arm_r = (3.1, 0.0), (3.05, 0.0)
        pose.turn, pose.pivot = math.pi / 2 - 0.1 * math.sin(w), (0.0, STAND_HIPS)
        return pose
    if v == "ride":  # seated, the feet turning the pedals (or hanging at the horse's flanks)
        w = 2 * math.pi * m.phase
        r = 0.09
        crank = (0.14, 0.1)
        feet = ((crank[0] + r * math.cos(w + math.pi), crank[1] + r * math.sin(w + math.pi)),
                (crank[0] + r * math.cos(w), crank[1] + r * math.sin(w)))
        return _Pose((-0.05, 0.36), 0.3, -0.2, (1.3, 0.3), (1.3, 0.3), *feet)
    if v == "roll":
        pose = _Pose((0.0, 0.3), 0.9, 0.5, (1.5, 1.8), (1.5, 1.8), (0.15, 0.12), (0.18, 0.15))
        pose.turn, pose.pivot = 2 * math.pi * m.phase, (0.05, 0.25)
        return pose
    if v in ("crouch", "jump", "pounce", "dive") or m.squash < 0.97:
        # The take-off crouch and the landing's absorb: the knees give with the body's squash.
        give = max(0.0, 1.0 - m.squash) * 1.6
        return _Pose((0.0, STAND_HIPS - 0.25 * min(1.0, give)), 0.25 * min(1.0, give), 0.0, (-0.5 * give, 0.3),
                     (-0.4 * give, 0.3), (-0.06, 0.0), (0.06, 0.0))
    return _stand(m)


def human_joints(m: Motion, h: float) -> Joints:
    """The 14 joints of HUMAN_JOINTS, metres from the feet point, x forward, y up."""
    pose = _pose(m, h)
    hips = pose.hips
    up = _dir(pose.lean)
    chest = _add(hips, up, SPINE)
    neck = _add(chest, up, NECK)
    head = _add(neck, _dir(pose.lean + pose.nod), HEAD)
    if m.recoil > 0.01:  # a blow: the head snaps back on the neck
        snap = m.recoil
        head = _add(neck, _dir(pose.lean + pose.nod - 0.9 * snap), HEAD)
        head = (head[0] - 0.05 * snap, head[1] - 0.01 * snap)
    shoulder = _add(hips, up, SHOULDER)
    sh_l = (shoulder[0] - 0.015, shoulder[1])
    sh_r = (shoulder[0] + 0.015, shoulder[1])
    el_l, ha_l = _arm(sh_l, pose.lean, *pose.arm_l)
    el_r, ha_r = _arm(sh_r, pose.lean, *pose.arm_r)
    kn_l, ft_l = _leg(hips, pose.foot_l)
    kn_r, ft_r = _leg(hips, pose.foot_r)
    pts = [head, neck, chest, hips, sh_l, sh_r, el_l, el_r, ha_l, ha_r, kn_l, kn_r, ft_l, ft_r]
    if pose.turn:
        c, s = math.cos(-pose.turn), math.sin(-pose.turn)
        px, py = pose.pivot
        pts = [(px + (x - px) * c - (y - py) * s, py + (x - px) * s + (y - py) * c) for x, y in pts]
        low = min(y for _, y in pts)
        pts = [(x, y - low + 0.04) for x, y in pts] if m.grounded else pts
    return tuple((x * h, y * h) for x, y in pts)


def expression(verb: str, clock: float, recoil: float, t: float, variant: float) -> str:
    """The face's state: asleep, hit (squash and ripple), mouth open (shout, eat), a blink now and
    then (every 3 to 5 s, seeded per member), or neutral."""
    if verb == "sleep":
        return "asleep"
    if recoil > 0.15:
        return "hit"
    if verb in ("howl", "celebrate", "breathe_fire"):
        return "shout"  # the mouth open wide: a howl, a cheer, a dragon's fire
    if verb == "eat":
        return "eat" if (clock % 1.6) > 0.6 else "neutral"
    period = 3.0 + 2.0 * variant
    if (t + variant * period) % period < 0.15:
        return "blink"
    return "neutral"


def gaze(eye: P, facing: int, target: P | None) -> tuple[float, ...]:
    """Where the eyes look, a unit vector in the body's frame (x forward, y up), at the head of the
    member it attends to; () when it attends to none (the emoji's eyes as drawn)."""
    if target is None:
        return ()
    dx, dy = (target[0] - eye[0]) * facing, target[1] - eye[1]
    d = math.hypot(dx, dy)
    return (1.0, 0.0) if d < 1e-6 else (round(dx / d, 6), round(dy / d, 6))


BLEND_S = 0.35  # seconds a new clip takes over from the pose the body was in


def blend(a: Joints, b: Joints, u: float, h: float) -> Joints:
    """Part way (u, eased) from pose a to pose b: joints moved in a straight line, then every bone
    set back to its length along its new direction, and the legs solved again, so a change of
    clip is a movement, not a jump, and no limb stretches on the way."""
    k = _ease(u)
    p = [(ax + (bx - ax) * k, ay + (by - ay) * k) for (ax, ay), (bx, by) in zip(a, b, strict=True)]
    i = {n: j for j, n in enumerate(HUMAN_JOINTS)}

    def along(root: str, tip: str, length: float) -> None:
        (rx, ry), (tx, ty) = p[i[root]], p[i[tip]]
        d = math.hypot(tx - rx, ty - ry)
        if d > 1e-9:
            p[i[tip]] = (rx + (tx - rx) * length * h / d, ry + (ty - ry) * length * h / d)

    def swing(root: str, tip: str, length: float) -> None:
        """The bone turned part way from its angle in a to its angle in b (the short way round)."""
        ra, ta, rb, tb = a[i[root]], a[i[tip]], b[i[root]], b[i[tip]]
        t0 = math.atan2(ta[1] - ra[1], ta[0] - ra[0])
        t1 = math.atan2(tb[1] - rb[1], tb[0] - rb[0])
        turn = (t1 - t0 + math.pi) % (2 * math.pi) - math.pi
        ang = t0 + turn * k
        r = p[i[root]]
        p[i[tip]] = (r[0] + length * h * math.cos(ang), r[1] + length * h * math.sin(ang))

    along("hips", "chest", SPINE)
    along("chest", "neck", NECK)
    along("neck", "head", HEAD)
    for side in ("l", "r"):
        swing("shoulder_" + side, "elbow_" + side, UPPER_ARM)
        swing("elbow_" + side, "hand_" + side, FOREARM)
        hips = (p[i["hips"]][0] / h, p[i["hips"]][1] / h)
        foot = (p[i["foot_" + side]][0] / h, p[i["foot_" + side]][1] / h)
        knee, foot = _leg(hips, foot)
        p[i["knee_" + side]] = (knee[0] * h, knee[1] * h)
        p[i["foot_" + side]] = (foot[0] * h, foot[1] * h)
    return tuple(p)


UPPER = ("head", "neck", "chest", "hips", "shoulder_l", "shoulder_r", "elbow_l", "elbow_r", "hand_l", "hand_r")


def lifts(joints: Joints, drops: tuple[float, float], h: float) -> tuple[float, float]:
    """How high each foot is over its own ground, body heights (0: standing on it)."""
    i, j = HUMAN_JOINTS.index("foot_l"), HUMAN_JOINTS.index("foot_r")
    return max(0.0, joints[i][1] / h + drops[0]), max(0.0, joints[j][1] / h + drops[1])


def plant(joints: Joints, lift: tuple[float, float], drops: tuple[float, float], h: float) -> Joints:
    """The feet put `lift` over the ground under them (that is `drops` below the feet line), the
    body lowered as far as a leg on the ground needs to reach it, the legs solved again."""
    p = list(joints)
    i = {n: k for k, n in enumerate(HUMAN_JOINTS)}
    hx, hy = p[i["hips"]][0] / h, p[i["hips"]][1] / h
    feet = []
    for side, up, drop in (("l", lift[0], drops[0]), ("r", lift[1], drops[1])):
        x = p[i["foot_" + side]][0] / h
        feet.append(((x, up - drop), up))
    low = min([hy] + [_reach(f, hx) for f, up in feet if up < 1e-4])
    dy = (low - hy) * h
    if dy:
        for n in UPPER:
            x, y = p[i[n]]
            p[i[n]] = (x, y + dy)
    for side, (foot, _) in zip(("l", "r"), feet, strict=True):
        knee, ft = _leg((hx, low), foot)
        p[i["knee_" + side]] = (knee[0] * h, knee[1] * h)
        p[i["foot_" + side]] = (ft[0] * h, ft[1] * h)
    return tuple(p)
