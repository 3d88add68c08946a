"""The default render backend: a 2.5D vector renderer on skia's CPU raster.

Static shots bake the whole environment once; moving shots bake the sky and far ridges into
one backdrop per shot and redraw only the ground as vectors. Entities are drawn every frame.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import cv2
import numpy as np
import skia

from kinema.render.camera import Camera, reference_camera
from kinema.render.environment import Environment, Layer
from kinema.render.job import ShotJob
from kinema.render.overlay import finish_overlay
from kinema.render.sprites import draw_entity

BACKDROP_PARALLAX = 0.3
MARGIN = 0.12  # of the frame, around a baked backdrop, so moves never show its edge
COPY = skia.Paint(BlendMode=skia.BlendMode.kSrc)
cv2.setNumThreads(1)  # the encoder's frame threads own the other core


def layer_matrix(cam: Camera, ref: Camera, parallax: float, width: int, height: int) -> skia.Matrix:
    s = ref.ppm * (cam.ppm / ref.ppm) ** parallax
    cx = ref.cx + (cam.cx - ref.cx) * parallax
    cy = ref.cy + (cam.cy - ref.cy) * parallax
    m = skia.Matrix()
    m.setTranslate(width / 2 + cam.shake_x, height / 2 + cam.shake_y)
    m.preScale(s, -s)
    m.preTranslate(-cx, -cy)
    return m


def _depth_blur(cam: Camera, ref: Camera) -> float:
    """Blur sigma in pixels for far layers: depth of field grows as the camera closes in."""
    zoom = cam.ppm / ref.ppm
    return 0.0 if zoom < 6 else min(9.0, 1.2 * math.log2(zoom / 3.0) ** 1.6)


class VectorBackend:
    name = "vector"

    def render_shot(self, job: ShotJob) -> Iterator[np.ndarray]:
        """Yield RGBA frames. The same buffer is reused: copy or encode it before the next."""
        fmt = job.format
        w, h = fmt.width, fmt.height
        buf = np.zeros((h, w, 4), dtype=np.uint8)
        surface = skia.Surface(buf, colorType=skia.kRGBA_8888_ColorType,
                               alphaType=skia.kPremul_AlphaType)
        canvas = surface.getCanvas()
        env = job.environment
        ref = reference_camera(fmt)
        overlay = finish_overlay(w, h, env.palette.vignette, job.seed)
        cams = job.cameras
        static = all(c == cams[0] for c in cams)
        members = {m.id: m for m in job.cast}
        if static:
            bake = self._bake(env, env.layers, cams[0], ref, w, h, 0.0)
            backdrop = skia.Image.fromarray(bake, colorType=skia.kRGBA_8888_ColorType,
                                            alphaType=skia.kOpaque_AlphaType)
            near: tuple[Layer, ...] = ()
        else:
            mid = cams[len(cams) // 2]
            far = tuple(layer for layer in env.layers if layer.parallax < 1.0)
            near = tuple(layer for layer in env.layers if layer.parallax >= 1.0)
            bake = self._bake(env, far, mid, ref, w, h, MARGIN)
            to_bake = skia.Matrix()
            layer_matrix(mid, ref, BACKDROP_PARALLAX, w, h).invert(to_bake)
        light_dir = 1 if env.light_x >= 0 else -1
        for state, cam in zip(job.states, cams, strict=True):
            if static:
                canvas.drawImage(backdrop, 0, 0, skia.SamplingOptions(), COPY)
            else:
                # The backdrop follows the camera as one mid-depth layer; OpenCV's warp is
                # four times faster than skia's bilinear image draw on this CPU.
                m = layer_matrix(cam, ref, BACKDROP_PARALLAX, w, h)
                m.preConcat(to_bake)
                m.preTranslate(-w * MARGIN, -h * MARGIN)
                affine = np.array([[m.getScaleX(), m.getSkewX(), m.getTranslateX()],
                                   [m.getSkewY(), m.getScaleY(), m.getTranslateY()]])
                cv2.warpAffine(bake, affine, (w, h), dst=buf, flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)
                surface.notifyContentWillChange(skia.Surface.kRetain_ContentChangeMode)
            for layer in near:
                canvas.save()
                canvas.concat(layer_matrix(cam, ref, layer.parallax, w, h))
                canvas.drawPicture(layer.picture)
                canvas.restore()
            for e in state.entities:
                member = members.get(e.id)
                sprite = job.sprites.get(e.id)
                if member is None or sprite is None:
                    continue
                sx, sy = cam.to_screen(e.x, e.y, w, h)
                if -e.height * cam.ppm * 2 < sx < w + e.height * cam.ppm * 2:
                    draw_entity(canvas, sprite, member, e, sx, sy, cam.ppm, state.t, light_dir)
            canvas.drawImage(overlay, 0, 0)
            surface.flushAndSubmit()
            yield buf

    def _bake(self, env: Environment, layers: tuple[Layer, ...], cam: Camera, ref: Camera,
              w: int, h: int, margin: float) -> np.ndarray:
        """Sky and the given layers through one camera, as an opaque RGBA array."""
        bw, bh = round(w * (1 + 2 * margin)), round(h * (1 + 2 * margin))
        surf = skia.Surface.MakeRaster(skia.ImageInfo.Make(
            bw, bh, skia.kRGBA_8888_ColorType, skia.kPremul_AlphaType))
        c = surf.getCanvas()
        c.translate(w * margin, h * margin)
        blur = _depth_blur(cam, ref)
        for layer in (env.sky, *layers):
            c.save()
            c.concat(layer_matrix(cam, ref, layer.parallax, w, h))
            if blur > 0 and layer.blur_in_closeups:
                # Blur through a layer bounded to the frame: the picture's own bounds are huge.
                c.restore()
                c.saveLayer(skia.Rect.MakeXYWH(-w * margin, -h * margin, bw, bh),
                            skia.Paint(ImageFilter=skia.ImageFilters.Blur(blur, blur)))
                c.concat(layer_matrix(cam, ref, layer.parallax, w, h))
            c.drawPicture(layer.picture)
            c.restore()
        out = np.empty((bh, bw, 4), dtype=np.uint8)
        surf.readPixels(skia.ImageInfo.Make(bw, bh, skia.kRGBA_8888_ColorType,
                                            skia.kPremul_AlphaType), out)
        return out
