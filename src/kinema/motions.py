"""A grammar of human actions: each named action is legs + arms + torso + tempo (+ travel).

The world's older verbs (walk, punch, dance ...) each have a hand-made clip in world/rig.py.
Everyday, sport, work and music actions are composed here from a few primitives instead, so a
new action is one line of MOTIONS: which legs (stand, march, skate, ski, crouch, kneel, sit, hop,
lunge, a boxing stance), which arms (clap, strum, sweep, stir, juggle, row, hammer, type ...), how
far the torso bends, how quickly it cycles, and how fast it travels. Arms are placed by where the
hands go (two-bone IK from the shoulder), so a clap's hands meet and a sweep's hands hold a
long handle low; legs are placed by where the feet go (the rig's leg IK), so a foot on the
ground stays where it is put. Seeded variation (`Motion.variant`) changes tempo and amplitude a
little per person.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kinema.screenplay.model import Verb

if TYPE_CHECKING:
    from kinema.world.rig import Motion, _Pose

P = tuple[float, float]


@dataclass(frozen=True)
class Recipe:
    legs: str  # a key of LEGS
    arms: str  # a key of ARMS
    lean: float = 0.0  # the torso bent forward, radians
    tempo: float = 1.0  # cycles a second (the arms' and an in-place leg pattern's)
    travel: float = 0.0  # m/s the body goes forward at when the action travels; 0 stays in place
    props: tuple[str, ...] = ()  # what the hands hold, catalog names: "play" with one named picks this
    grip: str = "hand"  # where the held thing is: the near hand, between both hands (a guitar, a broom),
    # under the feet (skis, a board), on the ground in front (a piano, a drum), or up in the sky on
    # its line ("sky": a kite), or up over the head from the near hand ("over": an umbrella)
    size: float = 0.4  # metres: how big the held thing is drawn
    many: int = 1  # how many of the held thing (a juggler's balls)
    activity: str = ""  # its class, a key of ACTIVITY_PLACES: where it is done when the prompt names no place
    # games played with the motion, catalog names: "play" (打) with one named picks this and holds its
    # picture (a racket game's swing), but none is cast for the motion unnamed (a golfer holds no racket)
    games: tuple[str, ...] = ()


# One line an action: legs, arms, torso lean (rad), tempo (cycles/s), travel (m/s), the things held
# (catalog names), where (hand, feet, front) and how big (m).
MOTIONS: dict[Verb, Recipe] = {
    Verb.MARCH: Recipe("march", "march", 0.0, 0.9, 1.3),
    Verb.JOG: Recipe("jog", "jog", 0.1, 1.4, 2.2),
    Verb.SKATEBOARD: Recipe("skateboard", "balance", 0.12, 0.5, 3.0, ("skateboard",), "feet", 0.8),
    Verb.SKI: Recipe("ski", "pole", 0.35, 0.8, 4.0, ("skis",), "feet", 1.0, activity="snow sport"),
    Verb.SKATE: Recipe("skate", "skate", 0.3, 0.7, 3.0),
    Verb.SURF: Recipe("surf", "balance", 0.2, 0.3, 0.0, ("surfboard",), "feet", 2.0, activity="water sport"),
    Verb.CLAP: Recipe("stand", "clap", 0.0, 2.2),
    Verb.STRUM: Recipe("stand", "strum", 0.05, 2.0, 0.0, ("guitar", "banjo", "ukulele", "harp"), "hands", 0.9),
    Verb.PLAY_VIOLIN: Recipe("stand", "bow", 0.05, 0.8, 0.0, ("violin", "cello", "viola", "double bass"),
                             "hands", 0.6),
    Verb.PLAY_PIANO: Recipe("sit", "keys", 0.1, 2.5, 0.0, ("piano", "keyboard", "organ", "accordion"),
                            "front", 0.6),
    Verb.DRUM: Recipe("sit", "drum", 0.1, 2.5, 0.0, ("drum", "drums", "long drum", "tambourine"), "front", 0.6),
    Verb.PLAY_FLUTE: Recipe("stand", "flute", 0.0, 1.5, 0.0,
                            ("flute", "trumpet", "saxophone", "clarinet", "horn", "trombone"), "hands", 0.5),
    Verb.SING: Recipe("stand", "sing", 0.0, 0.5, 0.0, ("microphone",), "hand", 0.25),
    Verb.SWEEP: Recipe("stand", "sweep", 0.3, 0.9, 0.0, ("broom",), "hands", 1.2, activity="housework"),
    Verb.SCRUB: Recipe("stand", "scrub", 0.35, 1.5, activity="housework"),
    Verb.COOK: Recipe("stand", "stir", 0.15, 1.0, 0.0, ("frying pan",), "hand", 0.4, activity="housework"),
    Verb.CHOP: Recipe("stand", "chop", 0.2, 2.5, 0.0, ("kitchen knife",), "hand", 0.3, activity="housework"),
    Verb.JUGGLE: Recipe("stand", "juggle", 0.0, 1.6, 0.0, ("ball",), "hand", 0.14, many=3),
    Verb.ROW: Recipe("sit", "row", 0.0, 0.6, 0.0, ("oar",), "hands", 1.4, activity="boating"),
    # Pushing and pulling step forward, driving with the legs: a cart pushed goes along with them
    # (plan/compose.py), at a pace below a walk's.
    Verb.PUSH: Recipe("march", "push", 0.4, 0.5, 0.9),
    Verb.PULL: Recipe("march", "pull", -0.3, 0.5, 0.9, ("rope",), "hands", 1.0),
    Verb.LIFT: Recipe("crouch", "lift", 0.0, 0.4),
    Verb.HAMMER: Recipe("kneel", "hammer", 0.3, 1.5, 0.0, ("hammer",), "hand", 0.35),
    Verb.DIG: Recipe("lunge", "dig", 0.35, 0.6, 0.0, ("shovel",), "hands", 1.1),
    Verb.TYPE: Recipe("sit", "type", 0.1, 3.0, 0.0, ("laptop", "desktop computer"), "hands", 0.35,
                      activity="desk work"),
    Verb.WRITE: Recipe("sit", "write", 0.3, 1.2, 0.0, ("pencil",), "hand", 0.18),
    Verb.READ: Recipe("sit", "read", 0.15, 0.1, 0.0, ("book", "newspaper", "closed book"), "hands", 0.28),
    Verb.PHONE: Recipe("stand", "phone", 0.0, 0.4, 0.0, ("mobile phone", "telephone"), "hand", 0.16),
    Verb.PAINT: Recipe("stand", "paint", 0.05, 0.8, 0.0, ("paintbrush",), "hand", 0.3),
    Verb.CONDUCT: Recipe("stand", "conduct", 0.0, 1.0),
    Verb.JUMP_ROPE: Recipe("hop", "rope", 0.0, 2.0),
    Verb.STRETCH: Recipe("lunge", "stretch", 0.0, 0.12),
    Verb.BOX: Recipe("boxing", "combo", 0.1, 1.2),
    Verb.DRIBBLE: Recipe("boxing", "dribble", 0.2, 1.8, 0.0, ("basketball",), "hand", 0.25),
    Verb.SWING: Recipe("stand", "swing", 0.2, 0.4, 0.0, ("golf club",), "hands", 1.0,
                       games=("badminton", "tennis", "ping pong", "cricket game", "field hockey", "ice hockey",
                              "baseball", "softball", "lacrosse")),
    Verb.FISH: Recipe("stand", "cast", 0.0, 0.2, 0.0, ("fishing pole",), "hands", 1.8, activity="angling"),
    # Hand work: the hands close together at the lap or chest, small quick cycles, the head bowed to them.
    Verb.KNIT: Recipe("sit", "knit", 0.25, 2.2, 0.0, ("yarn",), "hands", 0.2, activity="hand work"),
    Verb.SEW: Recipe("sit", "sew", 0.3, 0.9, 0.0, ("sewing needle", "thread"), "hand", 0.12,
                     activity="hand work"),
    Verb.TEXT: Recipe("stand", "text", 0.1, 3.5, 0.0, ("mobile phone", "telephone"), "hands", 0.16),
    # A hose braced in both hands (the world poses the person a water jet leaves: scene effects).
    Verb.SPRAY: Recipe("lunge", "hose", 0.1, 0.3),
    # Everyday outdoor and kitchen work (fifth round of issue 20): a kite's line worked from below,
    # washing pegged on a line above the head, fruit peeled strip by strip before the chest.
    Verb.FLY_KITE: Recipe("stand", "kite", -0.12, 0.6, 0.0, ("kite",), "sky", 0.7),
    Verb.HANG_LAUNDRY: Recipe("stand", "hang", 0.0, 0.35, 0.0, ("woman’s clothes", "t-shirt", "dress"), "hands",
                              0.5),
    Verb.PEEL: Recipe("stand", "peel", 0.1, 0.8, 0.0, ("tangerine", "banana", "potato"), "hand", 0.12),
    # A walk with the near hand up before the face, holding its target over the head (an umbrella:
    # no thing of its own, so no light verb takes it; plan/overhead.py gives the target).
    Verb.HOLD_UP: Recipe("stroll", "hold_up", 0.0, 0.9, 1.2, (), "over", 1.0),
}
TRAVELLING = frozenset(v for v, r in MOTIONS.items() if r.travel > 0)


def _ease(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return u * u * (3 - 2 * u)


def _wave(u: float) -> float:
    return math.sin(2 * math.pi * u)


def _arm_to(shoulder: P, lean: float, hand: P, elbow_down: bool = True) -> tuple[float, float]:
    """The (up, bend) of world/rig.py `_arm` that puts the hand at `hand` (pulled in when out of
    reach): two-bone IK, the elbow below the line from shoulder to hand."""
    from kinema.world.rig import FOREARM, UPPER_ARM

    dx, dy = hand[0] - shoulder[0], hand[1] - shoulder[1]
    d = min(max(math.hypot(dx, dy), abs(UPPER_ARM - FOREARM) + 1e-4), UPPER_ARM + FOREARM - 1e-4)
    phi = math.atan2(dx, -dy)  # the line to the hand, radians forward of hanging down
    alpha = math.acos((UPPER_ARM ** 2 + d * d - FOREARM ** 2) / (2 * UPPER_ARM * d))
    a = phi - alpha if elbow_down else phi + alpha
    ex, ey = shoulder[0] + UPPER_ARM * math.sin(a), shoulder[1] - UPPER_ARM * math.cos(a)
    b = math.atan2(hand[0] - ex, -(hand[1] - ey))
    return a - lean, b - a


@dataclass
class _Legs:
    hips: P
    foot_l: P
    foot_r: P
    lean: float = 0.0  # added to the recipe's
    bob: float = 0.0  # a beat's dip, for the arms to ride with


def _legs(kind: str, m: Motion, u: float, travelling: bool, stride: float) -> _Legs:
    """Where the hips and feet are. `u` is the cycle 0..1 (the gait phase when travelling)."""
    from kinema.world.rig import STAND_HIPS, _gait, _reach

    moving = replace_phase(m, u)
    if kind in ("march", "jog") or (kind == "stroll" and travelling):  # (a stroll at rest stands)
        # a march brings the knee up to the hip line; a stroll barely lifts it
        lift = {"march": 0.2, "jog": 0.12, "stroll": 0.06}[kind]
        if travelling:
            far, near = _gait(moving, stride, 0.4 if kind == "jog" else 0.55, lift)
        else:  # in place: each foot straight up and down in turn
            far = (-0.03, lift * max(0.0, _wave(u)))
            near = (0.03, lift * max(0.0, -_wave(u)))
        down = [f for f in (far, near) if f[1] <= 1e-6]
        hip_y = min([STAND_HIPS] + [_reach(f, 0.0) for f in down])
        return _Legs((0.0, hip_y), far, near, 0.12 if kind == "jog" else 0.02)
    if kind in ("skate", "ski", "skateboard", "surf"):
        crouch = {"skate": 0.07, "ski": 0.1, "skateboard": 0.05, "surf": 0.1}[kind]
        hips = (0.0, STAND_HIPS - crouch)
        if kind == "ski":  # parallel, a boot's length apart, sliding together (the body carries them)
            return _Legs(hips, (-0.02, 0.0), (0.04, 0.0), 0.0, 0.02 * _wave(u))
        if kind == "surf":  # side-on, feet wide on the board, knees soft
            return _Legs((0.0, hips[1] - 0.02 * _wave(u)), (-0.17, 0.0), (0.17, 0.0))
        if kind == "skateboard":  # the front foot on the board, the back foot kicks back off the ground
            push = max(0.0, _wave(u))
            back = (-0.05 - 0.35 * push, 0.04 * max(0.0, -_wave(u)))  # pushes, then lifts to come back
            return _Legs(hips, back, (0.12, 0.0), 0.05 * push)
        # skate: one blade glides under the body while the other pushes out behind and comes back
        side = u < 0.5
        w = (u % 0.5) / 0.5
        out = (0.05 - 0.35 * math.sin(math.pi * w), 0.06 * math.sin(math.pi * w) ** 2)
        glide = (0.05, 0.0)
        return _Legs(hips, out if side else glide, glide if side else out)
    if kind == "crouch":  # a squat that rises: down at the start of the cycle, up by its middle
        k = 0.5 + 0.5 * math.cos(2 * math.pi * u)
        return _Legs((-0.03 * k, STAND_HIPS - 0.22 * k), (-0.1, 0.0), (0.1, 0.0), 0.25 * k)
    if kind == "kneel":
        return _Legs((-0.02, 0.27), (-0.3, 0.0), (0.15, 0.0))
    if kind == "sit":  # on the ground (or a low seat), knees up, as world/rig.py's `sit` ends
        return _Legs((-0.08, 0.06), (0.25, 0.0), (0.36, 0.0))
    if kind == "hop":  # both feet leave the ground together on every beat
        h = 0.06 * max(0.0, math.sin(2 * math.pi * u)) ** 0.7
        return _Legs((0.0, STAND_HIPS - 0.03 + h), (-0.03, h), (0.03, h))
    if kind == "lunge":  # feet apart front and back, the front knee bent
        return _Legs((0.02, STAND_HIPS - 0.08), (-0.25, 0.0), (0.22, 0.0))
    if kind == "boxing":  # side-on, weight on the balls of the feet, a bounce
        b = 0.015 * abs(math.sin(2 * math.pi * u))
        return _Legs((0.0, STAND_HIPS - 0.05 - b), (-0.16, 0.0), (0.13, 0.0), 0.0, b)
    breathe = 0.004 * m.breath
    return _Legs((0.0, STAND_HIPS - 0.005 + breathe), (-0.05, 0.0), (0.05, 0.0))


def replace_phase(m: Motion, phase: float) -> Motion:
    from dataclasses import replace

    return replace(m, phase=phase)


def _hands(kind: str, u: float, m: Motion, shoulder: P, hips: P) -> tuple[P, P]:
    """Where the far and the near hand go (body heights, x forward from the feet, y up)."""
    sx, sy = shoulder
    chest = sy - 0.05
    waist = hips[1] + 0.05
    w = _wave(u)
    amp = 0.9 + 0.2 * m.variant
    if kind == "clap":  # the near hand swings in to meet the far one in front of the chest
        meet = (sx + 0.24, chest)
        k = 0.5 - 0.5 * math.cos(2 * math.pi * u)  # 0 at the clap
        return meet, (meet[0] + 0.16 * k * amp, meet[1] + 0.05 * k)
    if kind == "strum":  # the far hand on the neck out in front; the near hand strums at the hip
        return (sx + 0.33, waist + 0.12), (sx + 0.12, waist + 0.06 + 0.07 * w * amp)
    if kind == "bow":  # violin under the chin: the far hand holds its neck, the near hand bows across
        return (sx + 0.28, sy + 0.02), (sx + 0.05 + 0.18 * (0.5 + 0.5 * w), sy - 0.02 - 0.06 * (0.5 + 0.5 * w))
    if kind == "keys":  # fingers on a keyboard at table height, the hands moving along it in turn
        return (sx + 0.28 + 0.04 * w, waist + 0.08 + 0.02 * max(0.0, w)), \
               (sx + 0.3 - 0.04 * w, waist + 0.08 + 0.02 * max(0.0, -w))
    if kind == "drum":  # sticks up and down on the drum in turn
        return (sx + 0.3, waist + 0.1 + 0.12 * max(0.0, w)), (sx + 0.32, waist + 0.1 + 0.12 * max(0.0, -w))
    if kind == "flute":  # both hands by the mouth, fingers working
        return (sx + 0.2, sy + 0.08 + 0.01 * w), (sx + 0.3, sy + 0.08 - 0.01 * w)
    if kind == "sing":  # a microphone at the mouth; the free arm sweeps out with the phrase
        return (sx + 0.12, sy + 0.1), (sx + 0.2 + 0.1 * w, sy - 0.05 + 0.15 * (0.5 + 0.5 * w))
    if kind == "sweep":  # a long handle held low in both hands, brushed forward and back over the floor
        x = sx + 0.12 + 0.16 * w * amp
        return (x - 0.02, chest - 0.22), (x + 0.08, chest - 0.32)
    if kind == "scrub":  # a hand circling on a surface at table height
        return (sx + 0.3, waist + 0.02), (sx + 0.34 + 0.07 * w, waist + 0.04 + 0.05 * math.cos(2 * math.pi * u))
    if kind == "stir":  # the far hand holds the pan's handle, the near hand stirs circles in it
        c = math.cos(2 * math.pi * u)
        return (sx + 0.25, waist + 0.02), (sx + 0.32 + 0.05 * w, waist + 0.06 + 0.03 * c)
    if kind == "chop":  # a knife hand up and down on a board, the other hand holding what is cut
        return (sx + 0.34, waist - 0.01), (sx + 0.26, waist + 0.0 + 0.09 * max(0.0, w))
    if kind == "juggle":  # both hands scooping and tossing up in turn in front of the chest
        return (sx + 0.25 + 0.05 * math.cos(2 * math.pi * u), chest - 0.08 + 0.06 * w), \
               (sx + 0.25 - 0.05 * math.cos(2 * math.pi * u), chest - 0.08 - 0.06 * w)
    if kind == "row":  # both hands reach forward together and draw the oar back to the ribs
        k = 0.5 + 0.5 * w
        p = (sx + 0.05 + 0.28 * k, chest - 0.1)
        return p, (p[0] + 0.02, p[1])
    if kind in ("push", "pull"):  # both hands at chest height pressing forward (or hauling back)
        k = 0.5 + 0.5 * w
        reach = 0.3 + 0.03 * k if kind == "push" else 0.12 + 0.2 * k
        return (sx + reach, chest), (sx + reach + 0.01, chest + 0.02)
    if kind == "lift":  # a bar from the chest to overhead and down again, both hands
        k = 0.5 - 0.5 * math.cos(2 * math.pi * u)
        p = (sx + 0.06, sy + 0.02 + 0.3 * (1 - k))
        return p, (p[0] + 0.01, p[1])
    if kind == "hammer":  # the far hand holds a nail on the ground, the near hand hammers down on it
        k = max(0.0, w)
        return (sx + 0.3, hips[1] - 0.1), (sx + 0.26, hips[1] - 0.05 + 0.22 * k)
    if kind == "dig":  # both hands on a spade: thrust down and forward, then lever up and back
        k = 0.5 + 0.5 * w
        p = (sx + 0.15 + 0.12 * k, chest - 0.2 - 0.12 * k)
        return (p[0] - 0.1, p[1] + 0.1), p
    if kind == "type":  # both hands low on a keyboard in the lap, pattering
        return (sx + 0.27, waist + 0.06 + 0.015 * max(0.0, w)), (sx + 0.29, waist + 0.06 + 0.015 * max(0.0, -w))
    if kind == "write":  # one hand holding the page, the other writing in small loops along it
        loop = 0.015 * math.cos(6 * math.pi * u)
        along = 0.03 * (0.5 - 0.5 * math.cos(2 * math.pi * u))
        return (sx + 0.27, waist + 0.06), (sx + 0.3 + along, waist + 0.07 + loop)
    if kind == "read":  # a book held open in both hands at chest height, a page turned now and then
        turn = max(0.0, math.sin(2 * math.pi * u)) ** 8
        return (sx + 0.25, chest - 0.05), (sx + 0.27 - 0.08 * turn, chest - 0.04 + 0.04 * turn)
    if kind == "phone":  # a phone at the ear, the free hand gesturing now and then
        return (sx + 0.03, sy + 0.14), (sx + 0.18 + 0.06 * w, waist + 0.1 + 0.06 * max(0.0, w))
    if kind == "paint":  # brush strokes up and down on an easel in front, the palette hand low
        return (sx + 0.15, waist + 0.08), (sx + 0.36, chest - 0.04 + 0.14 * w)
    if kind == "conduct":  # a beat pattern drawn in the air by the near hand, the far hand shaping
        return (sx + 0.22, chest + 0.04 + 0.05 * math.sin(math.pi * u)), \
               (sx + 0.26 + 0.07 * math.sin(4 * math.pi * u), sy + 0.05 + 0.12 * w)
    if kind == "rope":  # hands low at the sides turning the rope in small circles
        c, s = math.cos(2 * math.pi * u), w
        return (sx + 0.08 + 0.04 * c, waist - 0.04 + 0.04 * s), (sx + 0.1 + 0.04 * c, waist - 0.04 + 0.04 * s)
    if kind == "stretch":  # a slow reach to the sky and a bend down over the front leg
        k = 0.5 - 0.5 * math.cos(2 * math.pi * u)
        up = (sx + 0.03, sy + 0.32)
        down = (sx + 0.3, hips[1] - 0.25)
        p = (up[0] + (down[0] - up[0]) * k, up[1] + (down[1] - up[1]) * k)
        return p, (p[0] + 0.02, p[1])
    if kind == "combo":  # a guard, and jab, jab, cross in turn
        beat = int(u * 3) % 3
        f = math.sin(math.pi * ((u * 3) % 1.0))
        guard_l, guard_r = (sx + 0.15, sy + 0.06), (sx + 0.1, sy + 0.08)
        if beat < 2:
            return (guard_l[0] + 0.18 * f, guard_l[1] - 0.02 * f), guard_r
        return guard_l, (guard_r[0] + 0.25 * f, guard_r[1] - 0.02 * f)
    if kind == "dribble":  # the near hand pats the ball down at the hip, the far arm guarding
        return (sx + 0.2, chest - 0.02), (sx + 0.22, waist - 0.02 + 0.08 * abs(w))
    if kind == "swing":  # a club back over the shoulder, down through the ball and up to the finish
        a = -1.3 * math.cos(2 * math.pi * u)  # radians about the shoulder: back (-) to through (+)
        r = 0.32
        p = (sx + r * math.sin(a), sy - 0.05 - r * math.cos(a))
        return p, (p[0] + 0.02, p[1] + 0.01)
    if kind == "cast":  # a rod drawn back over the shoulder, flicked forward, held out
        k = _ease(u / 0.2) if u < 0.2 else 1.0 - _ease((u - 0.2) / 0.15) if u < 0.35 else 0.0
        p = (sx + 0.3 - 0.35 * k, sy + 0.02 + 0.15 * k)
        return (sx + 0.2, chest - 0.08), p
    if kind == "hose":  # both hands on a hose at the hip, the front one aiming, swaying a little
        aim = (sx + 0.4, chest - 0.04 + 0.03 * w * amp)
        return (sx + 0.16, waist + 0.22), aim
    if kind == "knit":  # two needle tips circling round each other at the lap, the near one quicker
        c, sn = math.cos(2 * math.pi * u), math.sin(2 * math.pi * u)
        base = (sx + 0.2, waist + 0.14)
        return (base[0] + 0.012 * c, base[1] + 0.01 * sn), \
               (base[0] + 0.045 - 0.02 * c, base[1] + 0.015 * math.sin(4 * math.pi * u))
    if kind == "sew":  # the far hand holds the cloth; the near hand draws the thread up and away, then back
        k = _ease(2 * u) if u < 0.5 else 1.0 - _ease(2 * u - 1)
        cloth = (sx + 0.22, waist + 0.1)
        return cloth, (cloth[0] + 0.04 + 0.1 * k, cloth[1] + 0.02 + 0.16 * k)
    if kind == "text":  # a phone in both hands before the chest, the thumbs tapping in turn
        base = (sx + 0.2, chest - 0.1)
        return (base[0] + 0.004 * max(0.0, w), base[1] + 0.01 * max(0.0, w)), \
               (base[0] + 0.035, base[1] + 0.01 * max(0.0, -w))
    if kind == "kite":  # the line held up before the face, the near hand tugging it down and letting it up
        k = max(0.0, w) ** 2
        return (sx + 0.2, chest + 0.02), (sx + 0.3, sy + 0.24 - 0.14 * k * amp)
    if kind == "hang":  # both hands from the basket at the waist up to the line above the head, pegging
        k = 0.5 - 0.5 * math.cos(2 * math.pi * u)  # 0 at the basket, 1 at the line
        p = (sx + 0.3 - 0.12 * k, waist - 0.02 + (sy + 0.32 - waist + 0.02) * k)
        return p, (p[0] + 0.08, p[1] + 0.01)
    if kind == "peel":  # the far hand holds the fruit; the near hand pulls a strip down and off it, and back
        k = _ease(2 * u) if u < 0.5 else 1.0 - _ease(2 * u - 1)
        fruit = (sx + 0.24, chest - 0.12)
        return fruit, (fruit[0] + 0.03 + 0.06 * k, fruit[1] + 0.04 - 0.14 * k)
    if kind == "balance":  # arms out wide for balance, adjusting
        return (sx - 0.2 + 0.05 * w, sy - 0.03 + 0.05 * w), (sx + 0.25 - 0.05 * w, sy - 0.02 - 0.05 * w)
    if kind == "pole":  # ski poles: both hands forward low, planting and pushing back together
        k = 0.5 + 0.5 * w
        p = (sx + 0.05 + 0.2 * k, chest - 0.2)
        return p, (p[0] + 0.03, p[1])
    if kind == "skate":  # arms swinging wide across the body with the stride
        return (sx + 0.25 * w, chest - 0.15), (sx - 0.25 * w, chest - 0.15)
    if kind == "hold_up":  # the near hand up before the face on the handle, the far arm swinging a little
        a = 0.4 * w
        return (sx - 0.22 * math.sin(a), sy - 0.3 * math.cos(a)), (sx + 0.1, sy + 0.17)
    if kind in ("march", "jog"):  # arms swinging opposite the legs (a march's straight and high)
        r = 0.33 if kind == "march" else 0.25
        a = (0.9 if kind == "march" else 0.7) * w
        h = r if kind == "march" else 0.22
        return (sx + r * math.sin(a), sy - h * math.cos(a)), (sx - r * math.sin(a), sy - h * math.cos(a))
    return (sx + 0.02, sy - 0.33), (sx + 0.03, sy - 0.33)


def turns(verb: Verb, clock: float, variant: float) -> float:
    """How many cycles an in-place action has made: its tempo, a little quicker or slower per person."""
    return clock * MOTIONS[verb].tempo * (0.92 + 0.16 * variant) + variant


def cycle(verb: Verb, clock: float, variant: float) -> float:
    """Where an in-place action is in its cycle, 0..1."""
    return turns(verb, clock, variant) % 1.0


def pose(verb: Verb, m: Motion, h: float) -> _Pose:
    """The composed pose of `verb` (a key of MOTIONS) at this frame."""
    from kinema.world.rig import SHOULDER, _dir, _Pose, stride_of

    r = MOTIONS[verb]
    # A march or a jog steps by the ground covered, so a foot on the ground stays put (and a
    # switch between stepping in place and going would jump): always the gait's phase.
    # (one who strolls stands where they stop: holding an umbrella up, not marking time)
    travelling = r.legs in ("march", "jog") or (r.legs == "stroll" and abs(m.vx) > 0.05)
    if travelling:
        u = m.phase
        from kinema.bodies import BODIES
        from kinema.screenplay.model import Archetype

        stride = stride_of(Archetype.HUMAN, m.vx, h / BODIES[Archetype.HUMAN].height) / h
    else:
        u = cycle(verb, m.clock, m.variant)
        stride = 0.0
    legs = _legs(r.legs, m, u, travelling, stride)
    lean = r.lean + legs.lean
    if r.arms == "stretch":  # the torso folds with the reach down
        lean += 0.9 * (0.5 - 0.5 * math.cos(2 * math.pi * u))
    if r.arms == "row":  # lean back as the oar comes in
        lean += 0.35 * math.sin(2 * math.pi * u) - 0.1
    if r.arms == "swing":  # the turn through the ball
        lean += 0.1 * math.sin(2 * math.pi * u)
    up = _dir(lean)
    shoulder = (legs.hips[0] + up[0] * SHOULDER, legs.hips[1] + up[1] * SHOULDER)
    far, near = _hands(r.arms, u, m, shoulder, legs.hips)
    sh_l, sh_r = (shoulder[0] - 0.015, shoulder[1]), (shoulder[0] + 0.015, shoulder[1])
    arm_l = _arm_to(sh_l, lean, far)
    arm_r = _arm_to(sh_r, lean, near)
    nod = {"read": 0.35, "write": 0.4, "type": 0.25, "keys": 0.2, "chop": 0.3, "stir": 0.25, "knit": 0.45,
           "sew": 0.45, "text": 0.45, "peel": 0.4}.get(r.arms, 0.0)
    if r.arms in ("kite", "hang"):  # the eyes on the kite, on the line
        nod = -0.35
    return _Pose(legs.hips, lean, nod - 0.3 * min(lean, 0.5) * (r.legs in ("ski", "skate")),
                 arm_l, arm_r, legs.foot_l, legs.foot_r)


def held_at(verb: Verb, joints: tuple[tuple[float, float], ...], height: float,
            slot: tuple[int, int] = (0, 1), done: float = 0.0) -> tuple[float, float]:
    """Where `verb`'s held thing is centred, metres from the feet point (x forward, y up): at the
    near hand, or between the feet a little over the ground. `joints` are world/rig.py's. One of
    several (`slot`: this one's index and how many, `done` cycles made) is a juggler's ball."""
    grip = MOTIONS[verb].grip
    if slot[1] > 1:
        return _in_the_air(joints, height, slot, done)
    if grip == "feet":
        return (joints[12][0] + joints[13][0]) / 2, 0.03 * height
    if grip == "front":  # on the ground before the hands (a piano, a drum)
        return joints[9][0] + 0.1 * height, 0.0
    if grip == "sky":  # at the end of its line, high and ahead, rising and dipping with the tugs
        bob = 0.1 * height * math.sin(math.pi * done)
        return joints[9][0] + 1.4 * height, joints[9][1] + 1.8 * height + bob
    if grip == "hands":
        return (joints[8][0] + joints[9][0]) / 2, (joints[8][1] + joints[9][1]) / 2
    return joints[9]  # "hand", and "over": the near hand, the thing above it (world/acts.py grip)


def _in_the_air(joints: tuple[tuple[float, float], ...], height: float, slot: tuple[int, int],
                done: float) -> tuple[float, float]:
    """A cascade: each ball a throw behind the one before, flying from one hand to the other in an
    arc above the hands for most of its turn, then carried low in the catching hand to be thrown."""
    k, n = slot
    s = (done * 2 / n + k / n) % 1.0  # a ball goes there and back while the hands throw n times
    a, b = (joints[8], joints[9]) if s < 0.5 else (joints[9], joints[8])
    w = (s % 0.5) / 0.5
    fly = min(w / 0.8, 1.0)  # the last fifth of the crossing rests in the hand
    x = a[0] + (b[0] - a[0]) * fly
    y = a[1] + (b[1] - a[1]) * fly + 0.35 * height * math.sin(math.pi * fly)
    return x, y
