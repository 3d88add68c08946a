"""The camera solver: shot size, subjects and move become one camera per frame.

A camera is a centre in world metres and a scale in pixels per metre. Framing follows the
subjects' bounding boxes over the whole shot, so a static shot never loses its subject.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kinema.screenplay.model import CameraMove, Format, Shot, ShotSize
from kinema.world.state import WorldState

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
# Reference view of a scene: the establishing camera every parallax layer is painted for.
REF_VIEW_HEIGHT = 20.0  # metres visible top to bottom
REF_CENTER_Y = 2.0


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
    if not xs:
        return -1.0, 0.0, 1.0, 1.7
    return min(xs), min(ys), max(xs), max(ys)


def _frame_for(size: ShotSize, fmt: Format, box: tuple[float, float, float, float],
               subj_h: float, facing: int, contain: bool = True) -> Camera:
    x0, y0, x1, y1 = box
    fill = SUBJECT_FILL[size]
    # Sizes are defined on the frame's short side, so 9:16 frames a close-up as 16:9 does.
    aspect = fmt.width / fmt.height
    view_h = max(subj_h / fill, 0.3) / min(aspect, 1.0)
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
    poi_x = (x0 + x1) / 2
    cy = poi_y + (EYE_LINE[size] - 0.5) * view_h
    # Lead room: put the subject on the third behind its gaze.
    portrait = fmt.width < fmt.height
    # Lead room from full shots in; wide shots keep the subject centred on the world.
    third = 0.0 if portrait or fill < 0.5 else view_w / 6.0
    cx = poi_x + third * facing
    return Camera(cx, cy, ppm)


def solve(shot: Shot, states: Sequence[WorldState], fmt: Format) -> list[Camera]:
    """One camera per state of the shot."""
    n = len(states)
    if n == 0:
        return []
    box = _bounds(states, shot.subjects)
    first = states[0]
    ents = [e for e in first.entities if not shot.subjects or e.id in shot.subjects]
    subj_h = max((e.height for e in ents), default=1.7)
    facing = ents[0].facing if ents else 1
    # A tracking shot frames the subject, not its whole path.
    base = _frame_for(shot.size, fmt, box, subj_h, facing, contain=shot.move != CameraMove.TRACK)
    cams: list[Camera] = []
    for i, st in enumerate(states):
        u = ease(i / max(n - 1, 1))
        if shot.move == CameraMove.PUSH_IN:
            k = 1.0 + 0.3 * (1.0 - u)
            cams.append(Camera(base.cx, base.cy, base.ppm / k))
        elif shot.move == CameraMove.PULL_OUT:
            k = 1.0 + 0.3 * u
            cams.append(Camera(base.cx, base.cy, base.ppm / k))
        elif shot.move == CameraMove.PAN:
            span = fmt.width / base.ppm * 0.18
            cams.append(Camera(base.cx + span * (u - 0.5) * 2 * facing, base.cy, base.ppm))
        elif shot.move == CameraMove.TRACK:
            sub = [e for e in st.entities if not shot.subjects or e.id in shot.subjects]
            if sub:
                mx = sum(e.x for e in sub) / len(sub)
                my = sum(e.y for e in sub) / len(sub)
                local = _frame_for(shot.size, fmt, (mx - 0.3, my, mx + 0.3, my + subj_h),
                                   subj_h, sub[0].facing, contain=False)
                cams.append(Camera(local.cx, local.cy, base.ppm))
            else:
                cams.append(base)
        else:
            cams.append(base)
    if shot.move == CameraMove.TRACK:
        cams = _smooth(cams)
    return cams


def _smooth(cams: list[Camera], tau_frames: float = 8.0) -> list[Camera]:
    """Critically damped follow, forwards then backwards, so tracking leads nothing and lags nothing."""
    a = 1.0 - math.exp(-1.0 / tau_frames)
    xs = [c.cx for c in cams]
    ys = [c.cy for c in cams]
    for seq in (xs, ys):
        for i in range(1, len(seq)):
            seq[i] = seq[i - 1] + a * (seq[i] - seq[i - 1])
        for i in range(len(seq) - 2, -1, -1):
            seq[i] = seq[i + 1] + a * (seq[i] - seq[i + 1])
    return [Camera(x, y, c.ppm) for x, y, c in zip(xs, ys, cams, strict=True)]
