"""Particles and props on screen: batched (one draw call per kind), placed by the camera."""

from __future__ import annotations

import numpy as np
import skia

from kinema.render.camera import Camera
from kinema.render.particles import draw_particles
from kinema.render.props import draw_props
from kinema.screenplay.model import Place
from kinema.world.particles import DUST, PIECE, SPARK, ParticleFrame
from kinema.world.props import build_props

W, H = 160, 90


def _canvas() -> tuple[np.ndarray, skia.Canvas, skia.Surface]:
    buf = np.zeros((H, W, 4), np.uint8)
    surf = skia.Surface(buf, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
    return buf, surf.getCanvas(), surf


def _frame(n: int, kind: int, x: float, emoji: tuple[str, ...] = ()) -> ParticleFrame:
    g = np.random.default_rng(0)
    return ParticleFrame((x + g.random(n) * 0.5).astype(np.float32), g.random(n).astype(np.float32),
                         np.full(n, 0.2, np.float32), np.full(n, 0.9, np.float32), np.full(n, kind, np.uint8),
                         emoji)


def _merge(*fs: ParticleFrame) -> ParticleFrame:
    cols = [np.concatenate([getattr(f, k) for f in fs]) for k in ("x", "y", "size", "alpha", "kind")]
    return ParticleFrame(*cols, sum((f.emoji for f in fs), ()))


def test_one_draw_call_per_kind_where_the_camera_puts_them() -> None:
    buf, canvas, surf = _canvas()
    cam = Camera(0.0, 0.5, 40.0)
    parts = _merge(_frame(3000, DUST, -1.5), _frame(200, SPARK, 1.0), _frame(20, PIECE, 0.0, ("🌸",)))
    assert draw_particles(canvas, parts, cam, W, H) == 3
    surf.flushAndSubmit()
    alpha = buf[:, :, 3]
    assert alpha[:, : W // 2 - 30].sum() > 0 and alpha[:, W // 2 + 30:].sum() > 0  # dust left, sparks right
    assert alpha[:5].sum() == 0  # nothing above the particles' height


def test_offscreen_particles_cost_nothing() -> None:
    buf, canvas, surf = _canvas()
    assert draw_particles(canvas, _frame(500, DUST, 100.0), Camera(0.0, 0.5, 40.0), W, H) == 0
    surf.flushAndSubmit()
    assert buf.sum() == 0


def test_wall_props_paint_sills_where_the_physics_has_them() -> None:
    buf, canvas, surf = _canvas()
    props = build_props(Place.WALL)
    sill = next(p for p in props if p.kind == "sill")
    cam = Camera((sill.x0 + sill.x1) / 2, sill.y1, 40.0)
    draw_props(canvas, props, cam, W, H)
    surf.flushAndSubmit()
    below, above = buf[H // 2 + 2, W // 2, :3].astype(int), buf[H // 2 - 10, W // 2, :3].astype(int)
    assert buf[:, :, 3].min() == 255  # the wall fills the frame
    assert abs(below - above).sum() > 60  # the stone sill differs from the window above it
