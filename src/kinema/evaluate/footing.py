"""Feet on the drawn ground, and bodies that stand inside each other: measured on what is drawn.

For every frame of the film as planned, each grounded body's sole is taken through the very
transform that draws it (render/sprites.py `drawn_sole`) and compared with the ground line the
painter draws under it (the scene's terrain, or the top of the prop it stands on), through the
same camera and depth plane. The gap is in screen pixels at the point of closest approach: 0
when the body touches the ground, > 0 when it hangs above it, < 0 when it is sunk into it.

Two bodies on the same depth plane overlap when their drawn boxes share more than a tenth of
the smaller one's area; bodies the screenplay pairs (one standing on the other, or one
engaging the other: a punch, a chase that bumps, a follow) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np

from kinema.evaluate.placement import filmed
from kinema.film.job import ShotJob
from kinema.film.takes import load_sprites
from kinema.render.camera import placed
from kinema.render.rig import TORSO_W
from kinema.render.sprites import Sprite, drawn_sole
from kinema.screenplay.model import Screenplay
from kinema.world.props import Prop
from kinema.world.state import EntityState
from kinema.world.terrain import Terrain

OFF_PX = 2.0  # a body further than this from the drawn ground, either way, is off it
OVERLAP = 0.10  # of the smaller body's area
PROP_KINDS = ("sill", "post", "blanket")  # props a body may stand on (world/props.py)


@dataclass(frozen=True)
class FrameFooting:
    """One frame: the gap of each grounded body (px), and the pairs on one plane that overlap."""

    gaps: dict[str, float]
    overlaps: tuple[tuple[str, str], ...]


def ground_under(terrain: Terrain, props: tuple[Prop, ...], xs: np.ndarray, feet: float) -> np.ndarray:
    """The drawn ground at world xs for a body whose feet are at `feet`: the terrain, or the top
    of a solid prop there that is no higher than the feet (a sill, the ring's posts, a blanket)."""
    out = terrain.heights(xs)
    for p in props:
        if p.solid and p.y1 <= feet + 0.05:
            on = (xs >= p.x0) & (xs <= p.x1)
            out = np.where(on & (p.y1 > out), p.y1, out)
    return out


def _box(sole: np.ndarray, e: EntityState, ppm: float) -> tuple[float, float, float, float]:
    """The drawn body's box on screen: the sole's span across, from the feet to the top."""
    x0, x1 = float(sole[:, 0].min()), float(sole[:, 0].max())
    if e.joints:  # a person's feet stride wider than the person: the body is as wide as its torso
        mid, half = (x0 + x1) / 2, TORSO_W[1] / 2 * e.height * ppm
        x0, x1 = mid - half, mid + half
    bottom = float(sole[:, 1].max())
    return x0, bottom - e.height * e.squash * ppm, x1, bottom


def _shared(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    area = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / area if area > 0 else 0.0


def _paired(a: EntityState, b: EntityState) -> bool:
    """Touching (one on the other, a bump), or one dealing with the other (a punch lands on it)."""
    return b.id in a.contacts or a.id in b.contacts or a.engaged == b.id or b.engaged == a.id


def frame_footing(job: ShotJob, index: int) -> FrameFooting:
    """Gaps and overlaps in frame `index` of a shot job, in the job's pixels, against the ground
    its environment painted (`Environment.ground`)."""
    state, cam = job.states[index], job.cameras[index]
    terrain = job.environment.ground
    w, h = job.format.width, job.format.height
    gaps: dict[str, float] = {}
    boxes: list[tuple[EntityState, tuple[float, float, float, float]]] = []
    for e in state.entities:
        sprite: Sprite | None = job.sprites.get(e.id)
        if sprite is None or not e.visible:
            continue  # a formation's pieces or a group's copies are drawn instead
        sx, sy, ppm = placed(cam, e.x, e.y, e.depth, w, h)
        sole = drawn_sole(sprite, e, sx, sy, ppm)
        boxes.append((e, _box(sole, e, ppm)))
        on_ground = "ground" in e.contacts or any(c in PROP_KINDS for c in e.contacts)
        if not e.grounded or not on_ground:
            continue  # in the air, or standing on another body: not on the drawn ground
        # From the screen back to the world along the sole, the ground there, and back to the
        # screen on the body's depth plane (which only moves it down by the plane's drop).
        xs = cam.cx + (sole[:, 0] - w / 2 - cam.shake_x) / cam.ppm
        ground = ground_under(terrain, state.props, xs, e.y)
        drop = sy - cam.to_screen(e.x, e.y, w, h)[1]
        gy = h / 2 - (ground - cam.cy) * cam.ppm + cam.shake_y + drop
        gaps[e.id] = float((gy - sole[:, 1]).min())
    overlaps = []
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1:]:
            if round(a.depth) == round(b.depth) and not _paired(a, b) and _shared(box_a, box_b) > OVERLAP:
                overlaps.append((a.id, b.id))
    return FrameFooting(gaps, tuple(overlaps))


@dataclass
class Footing:
    """Feet off the drawn ground and overlaps over a film: per body, the worst gap and the share
    of its grounded frames more than OFF_PX off; the share of frames with an overlap."""

    frames: int = 0
    overlap_frames: int = 0
    worst: dict[str, float] = field(default_factory=dict)  # px, signed, the largest in size
    grounded: dict[str, int] = field(default_factory=dict)
    off: dict[str, int] = field(default_factory=dict)
    pairs: dict[str, int] = field(default_factory=dict)

    def add(self, f: FrameFooting) -> None:
        self.frames += 1
        for eid, gap in f.gaps.items():
            if abs(gap) > abs(self.worst.get(eid, 0.0)):
                self.worst[eid] = gap
            self.grounded[eid] = self.grounded.get(eid, 0) + 1
            if abs(gap) > OFF_PX:
                self.off[eid] = self.off.get(eid, 0) + 1
        if f.overlaps:
            self.overlap_frames += 1
            for a, b in f.overlaps:
                key = f"{a}+{b}"
                self.pairs[key] = self.pairs.get(key, 0) + 1

    def summary(self) -> dict[str, object]:
        measured = sum(self.grounded.values())
        worst = max(self.worst.values(), key=abs, default=0.0)
        return {
            "feet_off_ground_px_max": round(abs(worst), 2),
            "feet_off_ground_share": round(sum(self.off.values()) / measured, 4) if measured else 0.0,
            "feet_off_ground_worst": {k: round(v, 2) for k, v in sorted(self.worst.items()) if abs(v) > OFF_PX},
            "overlap_frame_share": round(self.overlap_frames / self.frames, 4) if self.frames else 0.0,
            "overlap_pairs": dict(sorted(self.pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:5]),
        }


def footing_frames(play: Screenplay, sprites: Mapping[str, Sprite] | None = None) -> Iterator[FrameFooting]:
    """Every frame of the film as planned, measured at the screenplay's format."""
    if sprites is None:
        sprites = load_sprites(play, None, "footing")
    for f in filmed(play, dict(sprites)):
        yield frame_footing(f.job, f.at)


def measure(play: Screenplay, sprites: Mapping[str, Sprite] | None = None) -> Footing:
    out = Footing()
    for f in footing_frames(play, sprites):
        out.add(f)
    return out
