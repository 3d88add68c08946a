"""Groups drawn in one batch: a single skia drawAtlas call per group, never one per copy.

The member's sprite is drawn once into an atlas at a size near the copies' on-screen size:
a cell per facing (the artwork mirrored for copies that look the other way) and, for a flock,
per wing position (the bird squashed vertically: RSXform scales uniformly, so a wing beat must
live in the cells). Each copy is then one RSXform (rotation and scale) and one cell rectangle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import skia

from kinema.render.camera import Camera
from kinema.render.sprites import Sprite, _picture, draw_entity
from kinema.screenplay.model import CastMember
from kinema.world.state import EntityState, GroupFrame

ATLAS_CACHE = 16  # atlases kept (a 256 px cell atlas with mipmaps is a few MB)
CELL_PX = (16, 32, 64, 128, 256)  # a copy's body height in the atlas, chosen per frame
FLAP = (1.0, 0.7, 0.42)  # vertical scale of the wing cells: spread, half, down
GAIT = (0.0, 1 / 3, 2 / 3)  # a procedural walker's stride phases; a fourth cell sits
PAD = 2
SAMPLING = skia.SamplingOptions(skia.FilterMode.kLinear, skia.MipmapMode.kLinear)


@dataclass(frozen=True)
class GroupAtlas:
    image: skia.Image
    rects: list[skia.Rect]  # index: facing (0 right, 1 left) * poses + pose
    px: int  # a copy's body height in the atlas, pixels
    anchor: tuple[float, float]  # the copy's centre, pixels from a cell's top-left corner
    poses: int  # cells per facing: wing positions, stride phases, or one


_ATLASES: dict[tuple[int, str, int, bool], tuple[Sprite, GroupAtlas]] = {}


def _walker(member: CastMember, facing: int, phase: float | None) -> EntityState:
    """A stride (or, with no phase, sitting) for the procedural body under a face-only sprite."""
    return EntityState(id=member.id, x=0.0, y=0.0, vx=float(facing), vy=0.0, facing=facing, height=1.0,
                       verb="idle" if phase is None else "walk", phase=phase or 0.0, head=0.0, mouth=0.0,
                       squash=1.0, breath=0.0, grounded=True, tilt=0.0)


def atlas_for(sprite: Sprite, member: CastMember, px: int, flap: bool) -> GroupAtlas:
    key = (id(sprite), member.appearance.tint or "", px, flap)
    hit = _ATLASES.get(key)
    if hit is not None and hit[0] is sprite:  # the sprite is kept alive with it: ids never repeat
        return hit[1]
    wings = FLAP if flap else (1.0,)
    gait: tuple[float | None, ...] = (*GAIT, None) if sprite.face_only else (None,)
    if sprite.face_only:  # a procedural body is drawn under the face: wider than the face alone
        cw, ch = math.ceil(1.9 * px) + 2 * PAD, math.ceil(1.15 * px) + 2 * PAD
        anchor = (cw / 2, ch - PAD - 0.5 * px)
    else:
        cw, ch = math.ceil(sprite.aspect * px) + 2 * PAD, px + 2 * PAD
        anchor = (cw / 2, ch / 2)
    poses = max(len(wings), len(gait))
    surf = skia.Surface(cw * poses, ch * 2)
    c = surf.getCanvas()
    c.clear(skia.Color4f(0, 0, 0, 0))
    rects = []
    for row, facing in enumerate((1, -1)):
        for col in range(poses):
            squash = wings[min(col, len(wings) - 1)]
            x0, y0 = col * cw, row * ch
            c.save()
            c.clipRect(skia.Rect.MakeXYWH(x0, y0, cw, ch))
            c.translate(x0 + anchor[0], y0 + anchor[1])
            c.scale(1.0, squash)
            if sprite.face_only:
                walker = _walker(member, facing, gait[min(col, len(gait) - 1)])
                draw_entity(c, sprite, member, walker, 0.0, 0.5 * px, px, 0.0, 1)
            else:
                if sprite.native_facing != 0 and sprite.native_facing != facing:
                    c.scale(-1.0, 1.0)
                c.translate(-sprite.aspect * px / 2, -px / 2)
                c.scale(sprite.aspect * px, px)
                _picture(c, sprite, member)
            c.restore()
            rects.append(skia.Rect.MakeXYWH(x0, y0, cw, ch))
    image = surf.makeImageSnapshot().withDefaultMipmaps()
    atlas = GroupAtlas(image, rects, px, anchor, poses)
    if len(_ATLASES) >= ATLAS_CACHE:
        _ATLASES.clear()
    _ATLASES[key] = (sprite, atlas)
    return atlas


def draw_group(canvas: skia.Canvas, g: GroupFrame, sprite: Sprite, member: CastMember, cam: Camera,
               width: int, height: int) -> int:
    """Draw every copy on screen, far (small) ones first; returns the number of draw calls."""
    if len(g) == 0:
        return 0
    size = g.height * g.scale * cam.ppm  # a copy's body height on screen, pixels
    sx = (g.x - cam.cx) * cam.ppm + width / 2 + cam.shake_x
    sy = height / 2 - (g.y - cam.cy) * cam.ppm + cam.shake_y
    reach = size * max(sprite.aspect, 1.9 if sprite.face_only else 1.0)
    seen = (size >= 1.0) & (sx > -reach) & (sx < width + reach) & (sy > -reach) & (sy < height + reach)
    idx = np.flatnonzero(seen)
    if idx.size == 0:
        return 0
    idx = idx[np.argsort(g.scale[idx], kind="stable")]  # small copies are further away: behind
    want = float(np.median(size[idx]))
    px = next((p for p in CELL_PX if p >= want), CELL_PX[-1])
    flap = g.kind == "flock"
    atlas = atlas_for(sprite, member, px, flap)
    k = size[idx] / px
    theta = -g.angle[idx]  # counterclockwise in the world is clockwise on a y-down screen
    scos, ssin = k * np.cos(theta), k * np.sin(theta)
    ax, ay = atlas.anchor
    tx = sx[idx] - (scos * ax - ssin * ay)
    ty = sy[idx] - (ssin * ax + scos * ay)
    cell = np.where(g.facing[idx] > 0, 0, atlas.poses)
    if flap:
        wing = np.sin(2 * np.pi * g.phase[idx])
        cell = cell + np.where(wing > 0.35, 0, np.where(wing > -0.35, 1, 2))
    elif sprite.face_only:  # striding, or sitting when still
        still = np.abs(g.vx[idx]) < 0.1
        cell = cell + np.where(still, len(GAIT), (g.phase[idx] * len(GAIT)).astype(np.int64) % len(GAIT))
    xf = [skia.RSXform(a, b, c, d) for a, b, c, d in
          zip(scos.tolist(), ssin.tolist(), tx.tolist(), ty.tolist(), strict=True)]
    tex = [atlas.rects[i] for i in cell.tolist()]
    canvas.drawAtlas(atlas.image, xf, tex, [], skia.BlendMode.kModulate, SAMPLING, None, None)
    return 1
