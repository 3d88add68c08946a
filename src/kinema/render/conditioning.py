"""Conditioning maps for neural backends: per frame a depth map and one mask per entity.

They are drawn through the same cameras, layer matrices and entity painter as the vector
picture, so a depth edge or a mask edge falls on the same pixel as the picture's edge.
Depth follows the 2.5D model: a layer with parallax p lies 1/p times as far as the action
plane, and the action plane lies at a nominal focal length (the frame height in pixels)
divided by the camera's pixels per metre.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import skia

from kinema.film.job import ShotJob
from kinema.render.camera import Camera, placed, reference_camera
from kinema.render.draw_order import drawables
from kinema.render.flock import draw_group
from kinema.render.sprites import Sprite, draw_entity
from kinema.render.vector import layer_matrix
from kinema.screenplay.model import CastMember
from kinema.world.state import EntityState

SOLID = 128  # alpha at or above which a pixel belongs to a shape; contact shadows stay below
ENTITY_NEAR = 0.98  # entities stand just in front of the ground they touch


@dataclass(frozen=True)
class FrameConditioning:
    depth: np.ndarray  # float32 H×W, metres from the camera
    masks: dict[str, np.ndarray]  # entity id → bool H×W, the entity's visible silhouette


def plane_distance(cam: Camera, height: int) -> float:
    """Metres from the camera to the action plane, for a focal length of `height` pixels."""
    return height / cam.ppm


def depth_image(depth: np.ndarray) -> np.ndarray:
    """Depth as an RGB uint8 picture, near bright and far dark (inverse depth, as depth estimators draw it)."""
    inv = 1.0 / np.maximum(depth, 1e-6)
    lo, hi = float(inv.min()), float(inv.max())
    norm = (inv - lo) / (hi - lo) if hi > lo else np.zeros_like(inv)
    grey = np.round(norm * 255).astype(np.uint8)
    return np.repeat(grey[:, :, None], 3, axis=2)


class _AlphaCanvas:
    """One reusable alpha surface: draw, read the coverage, clear."""

    def __init__(self, width: int, height: int) -> None:
        self.buf = np.zeros((height, width, 4), dtype=np.uint8)
        self.surface = skia.Surface(self.buf, colorType=skia.kRGBA_8888_ColorType,
                                    alphaType=skia.kPremul_AlphaType)
        self.canvas = self.surface.getCanvas()

    def solid(self) -> np.ndarray:
        self.surface.flushAndSubmit()
        out = self.buf[:, :, 3] >= SOLID
        self.canvas.clear(skia.ColorTRANSPARENT)
        return out


def render_conditioning(job: ShotJob, width: int | None = None,
                        height: int | None = None) -> Iterator[FrameConditioning]:
    """One FrameConditioning per frame of the shot, at the format's size or a scaled one."""
    fmt = job.format
    w, h = width or fmt.width, height or fmt.height
    scale = w / fmt.width, h / fmt.height
    ref = reference_camera(fmt)
    members = {m.id: m for m in job.cast}
    env = job.environment
    light_dir = 1 if env.light_x >= 0 else -1
    alpha = _AlphaCanvas(w, h)
    for i in job.drawn:
        state, cam = job.states[i], job.cameras[i]
        d0 = plane_distance(cam, fmt.height)
        depth = np.full((h, w), d0 / env.sky.parallax, dtype=np.float32)
        for layer in env.layers:  # far to near, so nearer layers overwrite
            c = alpha.canvas
            c.save()
            c.scale(*scale)
            c.concat(layer_matrix(cam, ref, layer.parallax, fmt.width, fmt.height))
            c.drawPicture(layer.picture)
            c.restore()
            depth[alpha.solid()] = d0 / layer.parallax
        masks: dict[str, np.ndarray] = {}
        for d in drawables(state, members, job.sprites):  # the picture's order
            if d.group is not None:  # a flock, school, field or herd: its copies are the member
                alpha.canvas.save()
                alpha.canvas.scale(*scale)
                draw_group(alpha.canvas, d.group, d.sprite, d.member, cam, fmt.width, fmt.height)
                alpha.canvas.restore()
            else:
                _draw(alpha.canvas, d.sprite, d.member, d.entity, cam, fmt.width, fmt.height, scale,
                      state.t, light_dir)
            mask = alpha.solid()
            masks[d.entity.id] = mask
            depth[mask] = d0 * ENTITY_NEAR
        # Entities drawn later cover earlier ones, as in the picture.
        ids = list(masks)
        for i, eid in enumerate(ids):
            for later in ids[i + 1:]:
                masks[eid] &= ~masks[later]
        yield FrameConditioning(depth, masks)


def _draw(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState, cam: Camera,
          fw: int, fh: int, scale: tuple[float, float], t: float, light_dir: int) -> None:
    sx, sy, ppm = placed(cam, e.x, e.y, e.depth, fw, fh)
    canvas.save()
    canvas.scale(*scale)
    draw_entity(canvas, sprite, member, e, sx, sy, ppm, t, light_dir)
    canvas.restore()


def reference_image(sprite: Sprite, member: CastMember, size: int = 256,
                    background: tuple[int, int, int] = (255, 255, 255)) -> np.ndarray:
    """The cast member standing idle, centred on a plain background: RGB uint8 size×size.

    It depends only on the member and its sprite, so every shot that shows the member
    hands the model the same picture.
    """
    buf = np.zeros((size, size, 4), dtype=np.uint8)
    surface = skia.Surface(buf, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
    canvas = surface.getCanvas()
    canvas.clear(skia.Color(*background))
    pose = EntityState(id=member.id, x=0.0, y=0.0, vx=0.0, vy=0.0, facing=1, height=1.0, verb="idle",
                       phase=0.0, head=0.0, mouth=0.0, squash=1.0, breath=0.0, grounded=True, tilt=0.0)
    body = size * 0.7
    width = body * max(sprite.aspect, 1.0) * (1.6 if sprite.face_only else 1.0)
    body *= min(1.0, size * 0.9 / width)
    draw_entity(canvas, sprite, member, pose, size / 2, size * 0.85, body, 0.0, 1)
    surface.flushAndSubmit()
    return buf[:, :, :3].copy()
