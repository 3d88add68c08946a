"""The camera solver: shot size, subjects and move become one camera per frame.

A camera is a centre in world metres and a scale in pixels per metre. Framing follows the
subjects' bounding boxes over the whole shot, so a static shot never loses its subject.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from kinema.screenplay.model import CameraMove, Format, Shot, ShotSize
from kinema.seeds import rng
from kinema.world.crowd import PLANE_DROP, grow
from kinema.world.rig import HEAD_R, HUMAN_JOINTS
from kinema.world.skeleton import DRAGON_SHOULDER, HEAD_RADIUS, JOINT_NAMES, QUADRUPED_JOINTS
from kinema.world.state import EntityState, WorldState

# Fraction of the frame height the subject's body fills, per shot size.
SUBJECT_FILL: dict[ShotSize, float] = {
    ShotSize.EXTREME_WIDE: 0.045,
    ShotSize.WIDE: 0.14,
    ShotSize.FULL: 0.62,
    ShotSize.MEDIUM: 1.05,
    ShotSize.MEDIUM_CLOSE: 1.5,
    ShotSize.CLOSE_UP: 2.1,
    ShotSize.EXTREME_CLOSE_UP: 3.6,
}
# Where the point of interest sits vertically (fraction of frame height from the top).
EYE_LINE: dict[ShotSize, float] = {
    ShotSize.EXTREME_WIDE: 0.62,
    ShotSize.WIDE: 0.6,
    ShotSize.FULL: 0.5,
    ShotSize.MEDIUM: 0.4,
    ShotSize.MEDIUM_CLOSE: 0.36,
    ShotSize.CLOSE_UP: 0.38,
    ShotSize.EXTREME_CLOSE_UP: 0.45,
}
HEAD, HIPS = HUMAN_JOINTS.index("head"), HUMAN_JOINTS.index("hips")
# Which joint is the head in each other body's skeleton and the head's radius, by the skeleton's joint
# count (each archetype's differs).
SKELETON_HEADS = {len(names): (names.index("head"), HEAD_RADIUS[kind]) for kind, names in JOINT_NAMES.items()
                  if "head" in names}
# The shoulder and the front knees of each skeleton with forelegs (a four-legged body, a dragon),
# by joint count: an animal's medium shot is its head and forelegs.
SKELETON_FORE = {len(names): (names.index("shoulder") if "shoulder" in names else DRAGON_SHOULDER,
                              names.index("knee_front_l"), names.index("knee_front_r"))
                 for names in JOINT_NAMES.values() if "knee_front_l" in names}
TWO_SHOT_MARGIN = 1.0  # metres beside the outermost subjects in a medium two-shot
HEADROOM = 0.08  # of a medium shot's height, above the crown
FACE_FILL = 0.55  # of a close-up's height, the face from chin to crown
# Wide sizes: the fraction of the frame height a group's (appearance.count > 1) extent may fill.
GROUP_FILL: dict[ShotSize, float] = {
    ShotSize.EXTREME_WIDE: 0.4,
    ShotSize.WIDE: 0.75,
    ShotSize.FULL: 0.95,
}
# Reference view of a scene: the establishing camera every parallax layer is painted for.
REF_VIEW_HEIGHT = 20.0  # metres visible top to bottom
REF_CENTER_Y = 2.0
PAINTED_X = 290.0  # every painter covers at least x in ±300 m; the camera stays inside
SHAKE_S = 0.45  # an impact's shake decays over this long
SHAKE_AMP = 0.018  # of the frame's short side, at the moment of impact
SHAKE_HZ = (7.0, 9.0)  # the wobble across and up and down
HANDHELD_AMP = 0.006
# Which way a pan travels: 0 follows the first subject's gaze.
PAN_WAY = {CameraMove.PAN: 0, CameraMove.PAN_LEFT: -1, CameraMove.PAN_RIGHT: 1}


@dataclass(frozen=True, slots=True)
class Camera:
    cx: float  # world metres at the frame centre
    cy: float
    ppm: float  # pixels per metre on the action plane
    shake_x: float = 0.0  # pixels
    shake_y: float = 0.0

    def to_screen(self, x: float, y: float, width: int, height: int) -> tuple[float, float]:
        return ((x - self.cx) * self.ppm + width / 2 + self.shake_x,
                height / 2 - (y - self.cy) * self.ppm + self.shake_y)


def placed(cam: Camera, x: float, y: float, depth: float, width: int, height: int
           ) -> tuple[float, float, float]:
    """Screen x, y and pixels per metre of a body's feet on depth plane `depth` (world/crowd.py):
    0 is the drawn ground line; a nearer plane is drawn lower and larger about the feet."""
    sx, sy = cam.to_screen(x, y, width, height)
    if not depth:
        return sx, sy, cam.ppm
    return sx, sy + depth * PLANE_DROP * cam.ppm, cam.ppm * grow(depth)


def reference_camera(fmt: Format) -> Camera:
    return Camera(0.0, REF_CENTER_Y, fmt.height / REF_VIEW_HEIGHT)


def ease(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return u * u * (3.0 - 2.0 * u)


def _bounds(states: Sequence[WorldState], subjects: Sequence[str]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for s in states:
        for e in s.entities:
            if not subjects or e.id in subjects:
                half = e.height * 0.6
                xs += [e.x - half, e.x + half]
                ys += [e.y, e.y + e.height]
        for g in s.groups:  # a flock, school, field or herd: every copy, not only its leader
            if len(g) and (not subjects or g.id in subjects):
                half = g.height * float(g.scale.max()) * 0.6
                xs += [float(g.x.min()) - half, float(g.x.max()) + half]
                ys += [float(g.y.min()) - half, float(g.y.max()) + half]
    if not xs:
        return -1.0, 0.0, 1.0, 1.7
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Figure:
    """The shot's subject by its body, averaged over the shot: metres over its feet to its waist
    (None for a body with no waist: an animal) and to its head's centre, the head's radius, and the
    head's x from the body's middle, the way it faces (a dragon's head is well ahead of it)."""

    id: str
    waist: float | None
    head: float
    radius: float
    ahead: float
    group: bool = False  # one of several subjects: a medium two-shot is centred on them all
    span: float = 0.0  # how far apart the subjects stand, metres: a two-shot is as wide as that
    # An animal's forelegs: its shoulder's x from the body's middle (forward) and its front knees'
    # height over its feet; None for a body without them (a person, a bird, a snake).
    fore: tuple[float, float] | None = None
    top: float = 0.0  # an animal's artwork's top over its feet: a giraffe's head is higher than its skeleton's


def _by_body(size: ShotSize, y0: float, body: Figure) -> tuple[float, float] | None:
    """A person's medium shot and close-up framed by its own body: `medium` from just below the waist
    to just over the head, `close-up` the face (chin to crown) filling FACE_FILL of the frame.
    Returns the view's height and centre, or None for other sizes (framed by the body's height)."""
    waist, head, radius = body.waist, body.head, body.radius
    head = max(head, body.top - 1.2 * radius)  # where the artwork's own head is, when it is higher
    crown = y0 + head + radius
    if size == ShotSize.MEDIUM and waist is not None:
        bottom = y0 + waist - 0.35 * radius
        view_h = (crown - bottom) / (1 - HEADROOM)
        return view_h, bottom + view_h / 2
    if size == ShotSize.MEDIUM and body.fore is not None:  # an animal: its head down to its front knees
        bottom = y0 + min(body.fore[1] - 0.5 * radius, head - radius)  # just under the knees
        view_h = (crown + 0.5 * radius - bottom) / (1 - HEADROOM)  # ears and horns over the head's round
        return view_h, bottom + view_h / 2
    if size == ShotSize.CLOSE_UP:
        view_h = 2 * radius / FACE_FILL
        return view_h, y0 + head - 0.06 * view_h  # the eyes a little above the middle
    return None


def _frame_for(size: ShotSize, fmt: Format, box: tuple[float, float, float, float],
               subj_h: float, facing: int, contain: bool = True,
               body: Figure | None = None) -> Camera:
    x0, y0, x1, y1 = box
    fill = SUBJECT_FILL[size]
    # Sizes are defined on the frame's short side, so 9:16 frames a close-up as 16:9 does.
    aspect = fmt.width / fmt.height
    view_h = max(subj_h / fill, 0.3) / min(aspect, 1.0)
    framed = _by_body(size, y0, body) if body is not None else None
    if body is not None and framed is not None:  # its waist or forelegs and its face, not a share of its height
        view_h = framed[0] / min(aspect, 1.0)
        face = body.ahead if size == ShotSize.CLOSE_UP else 0.0  # a close-up centres the face
        if size == ShotSize.MEDIUM and body.waist is None and body.fore is not None:
            # An animal's medium shot holds its head and its shoulder side by side, centred between.
            reach = abs(body.ahead - body.fore[0]) + 2 * body.radius
            view_h = max(view_h, 1.3 * reach / aspect)
            face = (body.ahead + body.fore[0]) / 2
        two_shot = body.group and size != ShotSize.CLOSE_UP
        lead = 0.0 if fmt.width < fmt.height or two_shot else view_h * aspect / 6.0
        cy = framed[1]
        if two_shot and body.span + TWO_SHOT_MARGIN > view_h * aspect:
            # Everyone in it: wider, the top edge kept over the heads, the frame reaching lower.
            top = cy + view_h / 2
            view_h = (body.span + TWO_SHOT_MARGIN) / aspect
            cy = top - view_h / 2
        return Camera((x0 + x1) / 2 + (face + lead) * facing, cy, fmt.height / view_h)
    # Wide enough for the whole group's travel in a static framing.
    view_w = view_h * aspect
    wide = size in (ShotSize.EXTREME_WIDE, ShotSize.WIDE, ShotSize.FULL)
    if contain and wide and x1 - x0 > view_w * 0.8:
        view_h *= (x1 - x0) / (view_w * 0.8)
        view_w = view_h * fmt.width / fmt.height
    ppm = fmt.height / view_h
    # Point of interest: the head for tight sizes, the body centre otherwise.
    tight = fill >= 1.0
    poi_y = y0 + subj_h * 0.82 if tight else (y0 + y1) / 2
    poi_x = (x0 + x1) / 2 + (body.ahead * facing if tight and body is not None else 0.0)  # the face's x
    cy = poi_y + (EYE_LINE[size] - 0.5) * view_h
    # Lead room: put the subject on the third behind its gaze.
    portrait = fmt.width < fmt.height
    # Lead room from full shots in; wide shots keep the subject centred on the world.
    third = 0.0 if portrait or fill < 0.5 else view_w / 6.0
    cx = poi_x + third * facing
    return Camera(cx, cy, ppm)


def solve(shot: Shot, states: Sequence[WorldState], fmt: Format) -> list[Camera]:
    """One camera per state of the shot: the move, then handheld drift and impact shake."""
    cams = _moves(shot, states, fmt)
    cams = _shake(shot, states, fmt, cams)
    return [_inside(c, fmt) for c in cams]


def _inside(cam: Camera, fmt: Format) -> Camera:
    """Keep the view over the painted world, whatever the move asked for."""
    half = fmt.width / cam.ppm / 2
    lim = max(PAINTED_X - half, 0.0)
    cx = min(max(cam.cx, -lim), lim)
    return cam if cx == cam.cx else Camera(cx, cam.cy, cam.ppm, cam.shake_x, cam.shake_y)


def _smooth_noise(g_seed: int, name: str, n: int, period: float) -> list[float]:
    """Seeded 1-D value noise in -1..1, smooth over `period` frames."""
    g = rng(g_seed, "camera", name)
    knots = g.uniform(-1, 1, int(n / period) + 3)
    out = []
    for i in range(n):
        u = i / period
        k = int(u)
        f = ease(u - k)
        out.append(float(knots[k] * (1 - f) + knots[k + 1] * f))
    return out


def _shake(shot: Shot, states: Sequence[WorldState], fmt: Format, cams: list[Camera]) -> list[Camera]:
    """Handheld: two octaves of seeded drift. Impacts ('hit' events): a sharp, decaying shake."""
    n = len(cams)
    short = min(fmt.width, fmt.height)
    fps = float(fmt.fps)  # film frames: world time runs slower than this after a punch lands
    dx = [0.0] * n
    dy = [0.0] * n
    # Seeded by where the shot starts in scene time, not by its id: the shot cache ignores ids.
    seed = states[0].frame if states else 0
    if shot.move == CameraMove.HANDHELD:
        amp = HANDHELD_AMP * short
        for name, period, k in (("slow", fps * 1.6, 1.0), ("fast", fps * 0.35, 0.3)):
            xs = _smooth_noise(seed, name + "x", n, period)
            ys = _smooth_noise(seed, name + "y", n, period)
            for i in range(n):
                dx[i] += amp * k * xs[i]
                dy[i] += amp * k * 0.7 * ys[i]
    hits = [i for i, st in enumerate(states) if any(ev.startswith("hit") for ev in st.events)]
    if hits:
        # A struck camera rings: a quick rise, then a decaying wobble at a few hertz on each axis.
        # Random jumps every frame read as cuts to a shot detector (and to the eye).
        phase = rng(seed, "camera", "jolt").uniform(0, 2 * math.pi, (len(hits), 2))
        for k, h in enumerate(hits):
            for i in range(h, min(n, h + round(fps * SHAKE_S * 3))):  # gone (e^-9) after three lengths
                u = (i - h) / fps
                env = SHAKE_AMP * short * (1.0 - math.exp(-u / 0.03)) * math.exp(-u / (SHAKE_S / 3))
                dx[i] += env * math.sin(2 * math.pi * SHAKE_HZ[0] * u + phase[k, 0])
                dy[i] += env * 0.7 * math.sin(2 * math.pi * SHAKE_HZ[1] * u + phase[k, 1])
    if not any(dx) and not any(dy):
        return cams
    return [Camera(c.cx, c.cy, c.ppm, c.shake_x + x, c.shake_y + y)
            for c, x, y in zip(cams, dx, dy, strict=True)]


def _hero(states: Sequence[WorldState], subjects: Sequence[str]) -> list[WorldState]:
    """Closer than a full shot, a group is filmed through one of its copies: the one nearest the
    group's middle halfway through the shot stands in for the leader, which nobody sees."""
    mid = states[len(states) // 2]
    picks: dict[str, int] = {}
    for g in mid.groups:
        if len(g) and (not subjects or g.id in subjects):
            picks[g.id] = int(np.argmin((g.x - g.x.mean()) ** 2 + (g.y - g.y.mean()) ** 2))
    if not picks:
        return list(states)
    out = []
    for st in states:
        ents = list(st.entities)
        for g in st.groups:
            k = picks.get(g.id)
            lead = next((i for i, e in enumerate(ents) if e.id == g.id), None)
            if k is None or lead is None or k >= len(g):
                continue
            h = g.height * float(g.scale[k])
            # Not the leader's skeleton: the copy is framed by its box, not by a body it does not have.
            ents[lead] = replace(ents[lead], x=float(g.x[k]), y=float(g.y[k]) - h / 2, height=h,
                                 facing=int(g.facing[k]), joints=(), skeleton=())
        out.append(replace(st, entities=tuple(ents), groups=()))
    return out


def _body(states: Sequence[WorldState], ents: Sequence[EntityState], subjects: Sequence[str]) -> Figure | None:
    """The shot's subject by its body: the first subject that is a person (world/rig.py), in a group
    too; else a lone subject whose skeleton has a head (world/skeleton.py: an animal, a dragon)."""
    order = {sid: k for k, sid in enumerate(subjects)}
    ranked = sorted(ents, key=lambda e: order.get(e.id, len(order)))
    person = next((e for e in ranked if e.joints), None)
    if person is not None:
        poses = [e for s in states if (e := s.entity(person.id)) is not None and e.joints]
        waist = sum(e.joints[HIPS][1] for e in poses) / len(poses)
        head = sum(e.joints[HEAD][1] for e in poses) / len(poses)
        ahead = sum(e.joints[HEAD][0] for e in poses) / len(poses)
        xs = [e.x for s in states for e in s.entities if e.id in {x.id for x in ents}]
        return Figure(person.id, waist, head, HEAD_R * person.height, ahead, len(ents) > 1, max(xs) - min(xs))
    if len(ents) != 1 or SKELETON_HEADS.get(len(ents[0].skeleton)) is None:
        return None
    n = len(ents[0].skeleton)
    k, r = SKELETON_HEADS[n]
    poses = [e for s in states if (e := s.entity(ents[0].id)) is not None and len(e.skeleton) == n]
    head = sum(e.skeleton[k][1] for e in poses) / len(poses)
    ahead = sum(e.skeleton[k][0] for e in poses) / len(poses)
    fore = None
    if n in SKELETON_FORE:
        sh, kl, kr = SKELETON_FORE[n]
        fore = (sum(e.skeleton[sh][0] for e in poses) / len(poses),  # the lowest a knee comes in the shot
                min(min(e.skeleton[kl][1], e.skeleton[kr][1]) for e in poses))
    # A four-legged body stands its height tall, its head at the top of its artwork; a dragon's
    # height is its body's thickness, its head where the skeleton's is.
    top = ents[0].height if n == len(QUADRUPED_JOINTS) else 0.0
    return Figure(ents[0].id, None, head, r * ents[0].height, ahead, fore=fore, top=top)


def _moves(shot: Shot, states: Sequence[WorldState], fmt: Format) -> list[Camera]:
    n = len(states)
    if n == 0:
        return []
    if shot.size not in GROUP_FILL:
        states = _hero(states, shot.subjects)
    box = _bounds(states, shot.subjects)
    first = states[0]
    ents = [e for e in first.entities if not shot.subjects or e.id in shot.subjects]
    subj_h = max((e.height for e in ents), default=1.7)
    if shot.size in GROUP_FILL:  # wide sizes show a whole group: its height fills part of the frame
        aspect = fmt.width / fmt.height
        spans = [max(float(g.y.max() - g.y.min()), float(g.x.max() - g.x.min()) / aspect)
                 + g.height * float(g.scale.max())
                 for s in states for g in s.groups if len(g) and (not shot.subjects or g.id in shot.subjects)]
        if spans:
            subj_h = max(subj_h, SUBJECT_FILL[shot.size] * max(spans) / GROUP_FILL[shot.size])
    facing = ents[0].facing if ents else 1
    body = _body(states, ents, shot.subjects)
    if body is not None and len(ents) > 1 and shot.size == ShotSize.CLOSE_UP:
        box = _bounds(states, [body.id])  # a close-up in a group: the subject's face, not the group's middle
    # A tracking shot frames the subject, not its whole path.
    base = _frame_for(shot.size, fmt, box, subj_h, facing, contain=shot.move != CameraMove.TRACK, body=body)
    cams: list[Camera] = []
    for i, st in enumerate(states):
        u = ease(i / max(n - 1, 1))
        if shot.move == CameraMove.PUSH_IN:
            k = 1.0 + 0.3 * (1.0 - u)
            cams.append(Camera(base.cx, base.cy, base.ppm / k))
        elif shot.move == CameraMove.PULL_OUT:
            k = 1.0 + 0.3 * u
            cams.append(Camera(base.cx, base.cy, base.ppm / k))
        elif shot.move in PAN_WAY:
            span = fmt.width / base.ppm * 0.18
            way = PAN_WAY[shot.move] or facing  # a plain pan follows the subject's gaze
            cams.append(Camera(base.cx + span * (u - 0.5) * 2 * way, base.cy, base.ppm))
        elif shot.move in (CameraMove.TILT, CameraMove.TILT_DOWN):
            rise = fmt.height / base.ppm * 0.2 * (1 if shot.move == CameraMove.TILT else -1)
            cams.append(Camera(base.cx, base.cy - rise * (1.0 - u), base.ppm))
        elif shot.move == CameraMove.ZOOM:
            cams.append(Camera(base.cx, base.cy, base.ppm / (1.0 + 1.0 * (1.0 - u))))
        elif shot.move == CameraMove.ZOOM_OUT:
            cams.append(Camera(base.cx, base.cy, base.ppm / (1.0 + 1.0 * u)))
        elif shot.move == CameraMove.CRANE:
            rise = fmt.height / base.ppm * 0.15
            cams.append(Camera(base.cx, base.cy - rise * (1.0 - u), base.ppm * (1.0 + 0.1 * (1.0 - u))))
        elif shot.move == CameraMove.SWEEP:
            span = fmt.width / base.ppm * 0.3
            cams.append(Camera(base.cx + span * (u - 0.5) * 2 * facing, base.cy, base.ppm))
        elif shot.move == CameraMove.TRACK:
            sub = [e for e in st.entities if not shot.subjects or e.id in shot.subjects]
            if body is not None and len(sub) > 1 and shot.size == ShotSize.CLOSE_UP:
                sub = [e for e in sub if e.id == body.id]
            if sub:
                mx = sum(e.x for e in sub) / len(sub)
                my = sum(e.y for e in sub) / len(sub)
                groups = [g for g in st.groups if len(g) and (not shot.subjects or g.id in shot.subjects)]
                if groups:  # follow the copies' middle, not the leader at their front
                    mx = sum(float(g.x.mean()) for g in groups) / len(groups)
                    my = sum(float(g.y.mean()) for g in groups) / len(groups) - subj_h / 2
                local = _frame_for(shot.size, fmt, (mx - 0.3, my, mx + 0.3, my + subj_h),
                                   subj_h, sub[0].facing, contain=False, body=body)
                cams.append(Camera(local.cx, local.cy, base.ppm))
            else:
                cams.append(base)
        else:
            cams.append(base)
    if shot.move == CameraMove.TRACK:
        # In seconds, not frames; a tight framing follows more closely, or a quick subject leaves it.
        cams = _smooth(cams, fmt.fps * (0.33 if shot.size in GROUP_FILL or shot.size == ShotSize.EXTREME_WIDE
                                        else 0.15))
    return cams


def _smooth(cams: list[Camera], tau_frames: float = 8.0) -> list[Camera]:
    """Critically damped follow, forwards then backwards, so tracking leads nothing and lags nothing."""
    a = 1.0 - math.exp(-1.0 / tau_frames)
    n = len(cams)
    # Both ends are padded with the path mirrored through its end point (as filtfilt does), so a
    # subject still speeding up or racing away at a shot's edge is not left behind by the filter.
    pad = min(n - 1, round(3 * tau_frames))
    out: list[list[float]] = []
    for raw in ([c.cx for c in cams], [c.cy for c in cams]):
        seq = ([2 * raw[0] - raw[k] for k in range(pad, 0, -1)] + raw
               + [2 * raw[-1] - raw[n - 1 - k] for k in range(1, pad + 1)])
        for i in range(1, len(seq)):
            seq[i] = seq[i - 1] + a * (seq[i] - seq[i - 1])
        for i in range(len(seq) - 2, -1, -1):
            seq[i] = seq[i + 1] + a * (seq[i] - seq[i + 1])
        out.append(seq[pad:pad + n])
    return [Camera(x, y, c.ppm) for x, y, c in zip(out[0], out[1], cams, strict=True)]
