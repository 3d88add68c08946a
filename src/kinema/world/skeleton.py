"""The skeletons of bodies other than people: four-legged, bird, fish and vehicle.

A person's rig is world/rig.py. These are built from the geometry the renderer already draws a
four-legged body with (world/gait.py, render/sprites.py `_creature`), so the trace records what
the picture shows: the hips and paws are the ends of the drawn legs. Joints are metres from the
feet point, x forward along the way the body faces, y up; `_l` is the far side in the picture.
Legs are solved by two-bone IK towards their paw, so every bone keeps its length.
"""

from __future__ import annotations

import math

from kinema.screenplay.model import Archetype
from kinema.world.gait import HIPS, SITTING, Gait, gait, span_of
from kinema.world.legs import DOG, STRAIGHT, LegBuild
from kinema.world.state import ON_FOOT

P = tuple[float, float]
Joints = tuple[P, ...]

QUADRUPED_JOINTS = ("head", "neck", "shoulder", "hip", "tail", "knee_hind_l", "knee_hind_r",
                    "knee_front_l", "knee_front_r", "paw_hind_l", "paw_hind_r", "paw_front_l", "paw_front_r")
BIRD_JOINTS = ("head", "neck", "body", "tail", "wing_l", "wing_r", "foot")
FISH_JOINTS = ("head", "body", "tail")
VEHICLE_JOINTS = ("body", "wheel_back", "wheel_front", "spoke_back", "spoke_front")
SPINE_JOINTS = ("head", "neck", "spine_1", "spine_2", "spine_3", "spine_4", "spine_5", "spine_6", "tail")
SERPENT_JOINTS = SPINE_JOINTS
DRAGON_JOINTS = (*SPINE_JOINTS, "knee_hind_l", "knee_hind_r", "knee_front_l", "knee_front_r", "paw_hind_l",
                 "paw_hind_r", "paw_front_l", "paw_front_r", "wing_elbow_l", "wing_elbow_r", "wing_tip_l",
                 "wing_tip_r")
JOINT_NAMES: dict[Archetype, tuple[str, ...]] = {
    Archetype.CANINE: QUADRUPED_JOINTS, Archetype.FELINE: QUADRUPED_JOINTS, Archetype.BIRD: BIRD_JOINTS,
    Archetype.FISH: FISH_JOINTS, Archetype.VEHICLE: VEHICLE_JOINTS, Archetype.SERPENT: SERPENT_JOINTS,
    Archetype.DRAGON: DRAGON_JOINTS,
}
# The head's radius as drawn, body heights: what a close-up frames (render/camera.py). A serpent's
# and a dragon's height is the thickness of their body, so their heads are large against it.
HEAD_RADIUS: dict[Archetype, float] = {
    Archetype.CANINE: 0.13, Archetype.FELINE: 0.13, Archetype.BIRD: 0.15, Archetype.FISH: 0.2,
    Archetype.SERPENT: 0.3, Archetype.DRAGON: 0.3,
}
# Bones, body heights. A leg's two bones reach 0.6: a hip 0.5 up over a paw 0.3 aft is 0.58, so a
# leg is nearly straight at the ends of its stride; a paw in a hollow further down is pulled in.
UPPER_LEG = LOWER_LEG = DOG.bone
HIP_Y = DOG.hip  # the drawn legs start on the body's underside (render/sprites.py draws them from here)
NECK, HEAD = (0.24, 0.6), (0.36, 0.78)  # the drawn head turns about the neck to howl
TAIL = (-0.78, 0.46)
HOWL_TILT = math.radians(38.0)  # the head's turn up at the peak of a howl (render/sprites.py)
WING = 0.55  # a bird's wing, shoulder to tip
BIRD_SHOULDER = (0.0, 0.62)  # where a bird's wings are hinged
FIN = 0.5  # a fish's body centre to its tail fin
WHEEL_R = 0.17  # a vehicle's wheel radius, roughly, before it is fitted to the stride


def _rot(p: P, a: float) -> P:
    c, s = math.cos(a), math.sin(a)
    return p[0] * c - p[1] * s, p[0] * s + p[1] * c


def knee(hip: P, paw: P, bend: int, bone: float = UPPER_LEG) -> tuple[P, P]:
    """Knee and paw by two-bone IK, each bone `bone` long; `bend` +1 puts the knee behind the line
    from hip to paw (a hind leg's hock), -1 ahead of it (a foreleg's knee). A paw out of reach is
    pulled in along the line."""
    return _leg(hip, paw, bend, bone)


def quadruped(verb: str, phase: float, vx: float, run: float, grounded: bool, moving: bool,
              legs: tuple[float, ...], head_up: float, span: float, build: LegBuild = DOG) -> Joints:
    """A four-legged body in body heights: walking, galloping or leaping as world/gait.py moves its
    legs (the body rocked and lifted by the gait), or at rest: a dog sitting on its haunch with its
    forepaws down, a large animal standing on its four legs nearly straight under it (`build`)."""
    if moving or build.stands:
        g = gait(phase, vx, run, grounded, span, build) if moving else STANDING
        pitch, lift = g.pitch, g.lift

        def posed(p: P) -> P:
            x, y = _rot(p, pitch)
            return x, y + lift
        reach = legs if len(legs) == 4 else (0.0,) * 4
        paws = [(hx + dx, up - dn) for hx, dx, up, dn in zip(HIPS, g.legs, g.raised, reach, strict=True)]
        hips = [posed((hx, build.hip)) for hx in HIPS]
        if build.stands:  # the body dips until every foot down is in reach: its feet stay put
            lift += _dip(build, [(h, p) for h, p, up in zip(hips, paws, g.raised, strict=True) if up == 0.0])
            hips = [posed((hx, build.hip)) for hx in HIPS]
        neck, head, tail = posed(NECK), posed(HEAD), posed(TAIL)
    else:  # sitting (world/gait.py SITTING: the haunch and the forepaws along the body)
        haunch, fore_far, fore_near = SITTING
        down = legs if len(legs) == 3 else (0.0,) * 3
        hips = [(haunch, 0.28), (haunch, 0.28), (0.1, 0.42), (0.1, 0.42)]
        paws = [(haunch + 0.16, 0.0), (haunch + 0.2, 0.0), (fore_far, -down[1]), (fore_near, -down[2])]
        neck, head, tail = (0.12, 0.72), (0.12, 0.82), (-0.66, 0.2)
    # The head turns up about the neck to howl (render/sprites.py draws it so).
    rx, ry = _rot((head[0] - neck[0], head[1] - neck[1]), HOWL_TILT * head_up)
    head = neck[0] + rx, neck[1] + ry
    knees, feet = [], []
    for hip, paw, bend in zip(hips, paws, (1, 1, -1, -1), strict=True):
        k, f = knee(hip, paw, bend, build.bone)
        knees.append(k)
        feet.append(f)
    return (head, neck, hips[2], hips[0], tail, *knees, *feet)


def _dip(build: LegBuild, down: list[tuple[P, P]]) -> float:
    """How far (body heights, <= 0) a large animal's body drops so each of its feet `down` (hip,
    paw) is within STRAIGHT of its leg's length: at the ends of a stride the legs swing out."""
    most = (STRAIGHT * 2 * build.bone) ** 2
    drop = 0.0
    for (hx, hy), (px, py) in down:
        dx = px - hx
        drop = min(drop, py + math.sqrt(max(0.0, most - dx * dx)) - hy)
    return drop


# A large animal at rest: its feet a little apart under its hips, fore and aft, the body still.
STANDING = Gait("stand", (-0.03, 0.03, -0.03, 0.03), 0.0, 0.0)


def bird(wing: float, grounded: bool) -> Joints:
    """A bird side on: the wings beat about the shoulder (`wing` −1 down … 1 up), the far one a
    little behind the near; standing, they fold along the back."""
    shoulder = BIRD_SHOULDER
    fold = 0.0 if not grounded or abs(wing) > 0.05 else 1.0
    tips = []
    for lag in (0.15, 0.0):
        a = (1 - fold) * 1.1 * max(-1.0, min(1.0, wing - lag)) - fold * 1.45  # radians above level, backwards
        tips.append((shoulder[0] - WING * math.cos(a), shoulder[1] + WING * math.sin(a)))
    return (0.3, 0.78), (0.18, 0.66), (0.0, 0.5), (-0.45, 0.45), tips[0], tips[1], (0.0, 0.0)


def fish(wing: float) -> Joints:
    """A fish side on: the tail fin sweeps about the body's centre with the stroke (`wing`)."""
    a = 0.45 * max(-1.0, min(1.0, wing))
    return (0.45, 0.5), (0.0, 0.5), (-FIN * math.cos(a), 0.5 + FIN * math.sin(a))


# A serpent's spine: bones of one length, body heights, each turned by a wave that travels back
# along the body as it goes (phase: distance over stride), the head held up on the neck.
SPINE_BONE = 0.34
WAVE = 0.38  # the wave's largest turn of a bone, radians, along the ground
WAVES = 1.2  # waves along the body
NECK_RISE = 0.9  # the neck's bone, radians above level
DRAGON_SHOULDER, DRAGON_HIP = 3, 6  # the spine joints the dragon's legs hang from (spine_2, spine_5)
DRAGON_LEG = 0.3  # each bone of a dragon's leg, body heights
DRAGON_BELLY = 0.45  # a standing dragon's spine over the ground
DRAGON_WING = 1.1  # shoulder to wingtip


def spine(phase: float, amplitude: float, rise: float) -> list[P]:
    """The spine joints (SPINE_JOINTS) from the head back, before being set on the ground: each bone
    SPINE_BONE long at its angle of the travelling wave, the neck rising `rise` to the head."""
    head: P = (0.0, 0.0)
    pts = [head]
    x, y = head
    bones = len(SPINE_JOINTS) - 1
    for i in range(bones):
        a = rise if i == 0 else amplitude * math.sin(2 * math.pi * (WAVES * i / bones + phase))
        x, y = x - SPINE_BONE * math.cos(a), y - SPINE_BONE * math.sin(a)
        pts.append((x, y))
    return pts


def serpent(phase: float, moving: bool) -> Joints:
    """A snake along the ground: the wave travels back down it as it goes, the head up off the ground;
    lying still, the wave is frozen where it was. The body's middle is over the feet point."""
    pts = spine(phase if moving else 0.0, WAVE, NECK_RISE)
    mid = (pts[0][0] + pts[-1][0]) / 2
    low = min(y for _, y in pts[1:])
    return tuple((x - mid, y - low) for x, y in pts)


def dragon(phase: float, vx: float, run: float, grounded: bool, moving: bool, wing: float, span: float,
           ) -> Joints:
    """A dragon: a serpent's spine carried on four legs, two wings at the shoulders. On the ground
    it walks on its legs (the four-legged gait: a paw down stays put) with its wings folded; aloft
    the spine ripples, the legs are drawn up and the wings beat with the stroke (`wing`)."""
    aloft = not grounded
    rise = 0.7
    pts = spine(phase if moving or aloft else 0.0, 0.3 if aloft else 0.1, rise)
    # Centred, and the paws placed, by the spine at rest (straight): the wave moves the body over its
    # feet, not the feet over the ground.
    rest = spine(0.0, 0.0, rise)
    mid = (rest[0][0] + rest[-1][0]) / 2
    base = pts[DRAGON_HIP][1] if not aloft else min(y for _, y in pts)
    lift = DRAGON_BELLY if not aloft else 0.0
    pts = [(x - mid, y - base + lift) for x, y in pts]
    hips = [pts[DRAGON_HIP], pts[DRAGON_HIP], pts[DRAGON_SHOULDER], pts[DRAGON_SHOULDER]]
    under = [rest[k][0] - mid for k in (DRAGON_HIP, DRAGON_HIP, DRAGON_SHOULDER, DRAGON_SHOULDER)]
    if aloft:  # tucked back under the body
        paws = [(hx - 0.3, hy - 0.3) for hx, hy in hips]
    elif moving:
        g = gait(phase, vx, run, True, span)
        paws = [(ux + dx, up) for ux, dx, up in zip(under, g.legs, g.raised, strict=True)]
    else:
        paws = [(ux + k, 0.0) for ux, k in zip(under, (-0.05, 0.05, -0.05, 0.05), strict=True)]
    knees, feet = [], []
    for hip, paw, bend in zip(hips, paws, (1, 1, -1, -1), strict=True):
        k, f = _leg(hip, paw, bend, DRAGON_LEG)
        knees.append(k)
        feet.append(f)
    root = pts[DRAGON_SHOULDER]
    elbows, tips = [], []
    for lag in (0.2, 0.0):  # the far wing a little behind the near
        if aloft:
            a = 1.1 * max(-1.0, min(1.0, wing - lag))
            reach = DRAGON_WING
        else:
            a, reach = 0.5, 0.6 * DRAGON_WING  # folded along the back
        elbows.append((root[0] - 0.15 * reach, root[1] + 0.5 * reach * (0.4 + 0.6 * math.sin(a + 0.4))))
        tips.append((root[0] - reach * math.cos(a) * 0.8, root[1] + reach * math.sin(a)))
    return (*pts, *knees, *feet, elbows[0], elbows[1], tips[0], tips[1])


def _leg(hip: P, paw: P, bend: int, bone: float) -> tuple[P, P]:
    """`knee` for a leg of two bones `bone` long."""
    dx, dy = paw[0] - hip[0], paw[1] - hip[1]
    d = math.hypot(dx, dy)
    reach = 2 * bone - 1e-6
    if d > reach:
        paw = hip[0] + dx * reach / d, hip[1] + dy * reach / d
        dx, dy, d = paw[0] - hip[0], paw[1] - hip[1], reach
    d = max(d, 1e-6)
    off = math.sqrt(max(0.0, bone * bone - d * d / 4))
    ux, uy = dx / d, dy / d
    nx, ny = uy, -ux
    return (hip[0] + ux * d / 2 + bend * nx * off, hip[1] + uy * d / 2 + bend * ny * off), paw


def wheel_radius(stride: float, height: float) -> float:
    """A radius near WHEEL_R that turns a whole number of times per gait cycle, so the spokes'
    turn follows the phase without a jump where it wraps."""
    turns = max(1, round(stride / (2 * math.pi * WHEEL_R * height)))
    return stride / (2 * math.pi * turns) / height


def vehicle(phase: float, stride: float, height: float) -> Joints:
    """Two wheels rolling without slipping: a spoke's tip turns by the distance covered over the
    radius (`phase` is distance over `stride`), clockwise as it drives forward."""
    r = wheel_radius(stride, height)
    turn = phase * stride / (r * height)
    back, front = (-0.32, r), (0.32, r)
    spoke = (r * math.sin(turn), r * math.cos(turn))
    return ((0.0, 0.45), back, front, (back[0] + spoke[0], back[1] + spoke[1]),
            (front[0] + spoke[0], front[1] + spoke[1]))


def skeleton(archetype: Archetype, verb: str, phase: float, vx: float, run: float, stride: float,
             grounded: bool, legs: tuple[float, ...], head_up: float, wing: float, tilt: float,
             height: float, build: LegBuild = DOG) -> Joints:
    """The body's joints in metres for its archetype (JOINT_NAMES order); () for a person or a prop.
    The body is turned by `tilt` (nose up) about its feet point, as it is drawn; the picture's
    squash and stretch are not in it, so bones keep their length."""
    if archetype in (Archetype.CANINE, Archetype.FELINE):
        moving = verb in ON_FOOT or verb == "jump" or not grounded  # else it sits (world/gait.py)
        unit = quadruped(verb, phase, vx, run, grounded, moving, legs, head_up, span_of(stride, height), build)
    elif archetype == Archetype.BIRD:
        unit = bird(wing, grounded)
    elif archetype == Archetype.FISH:
        unit = fish(wing)
    elif archetype == Archetype.VEHICLE:
        unit = vehicle(phase, stride, height)
    elif archetype == Archetype.SERPENT:
        unit = serpent(phase, verb in ON_FOOT or verb in ("swim", "fly") or not grounded)
    elif archetype == Archetype.DRAGON:
        moving = verb in ON_FOOT or not grounded
        unit = dragon(phase, vx, run, grounded, moving, wing, span_of(stride, height))
    else:
        return ()
    return tuple((x * height, y * height) for x, y in (_rot(p, tilt) for p in unit))
