"""The default render backend: a 2.5D vector renderer on skia's CPU raster.

Static shots bake the whole environment once; moving shots bake the sky and far ridges into
one backdrop per shot and redraw only the ground as vectors. Entities are drawn every frame.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import skia

from kinema.film.job import ShotJob
from kinema.render.blanket import draw_blankets
from kinema.render.camera import Camera, placed, reference_camera
from kinema.render.draw_order import drawables
from kinema.render.environment import Environment, Layer
from kinema.render.flock import draw_group
from kinema.render.formation import draw_formation
from kinema.render.overlay import finish_overlay
from kinema.render.particles import draw_particles, sky_camera, split_sky
from kinema.render.props import draw_props
from kinema.render.reflection import draw_reflected
from kinema.render.sprites import draw_entity
from kinema.render.style import Stylist
from kinema.render.text import draw_subtitle, title_card
from kinema.render.waterline import draught
from kinema.render.weather_veil import Veil
from kinema.screenplay.model import ShotSize
from kinema.vehicles import floats

BACKDROP_PARALLAX = 0.3
MARGIN = 0.12  # of the frame, around a baked backdrop, so moves never show its edge
COPY = skia.Paint(BlendMode=skia.BlendMode.kSrc)
FACE_SIZES = frozenset({ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP})
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


def _blurred(layer: Layer, matrix: skia.Matrix, dx: float, dy: float, bw: int, bh: int,
             sigma: float) -> skia.Image:
    """The layer drawn into a transparent bw x bh image and blurred by OpenCV (a tenth of skia's
    blur filter's time on a backdrop this size): the far city or crowd out of focus. Outside the
    image counts as transparent, as skia's filter bounded to the frame did."""
    pixels = np.zeros((bh, bw, 4), dtype=np.uint8)
    surface = skia.Surface(pixels, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
    c = surface.getCanvas()
    c.translate(dx, dy)
    c.concat(matrix)
    c.drawPicture(layer.picture)
    surface.flushAndSubmit()
    del c, surface
    cv2.GaussianBlur(pixels, (0, 0), sigma, dst=pixels, borderType=cv2.BORDER_CONSTANT)
    return skia.Image.fromarray(pixels, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)


def _backdrop_margins(cams: tuple[Camera, ...], mid: Camera, ref: Camera, w: int, h: int,
                      parallax: float = BACKDROP_PARALLAX) -> tuple[float, float]:
    """Margins (fractions of the frame) the backdrop needs so that no camera of the shot sees
    past its edge: long tracks and sweeps move it by more than the default margin."""
    inv = skia.Matrix()
    layer_matrix(mid, ref, parallax, w, h).invert(inv)
    mx, my = MARGIN, MARGIN
    for cam in cams[:: max(1, len(cams) // 64)] + cams[-1:]:
        m = layer_matrix(cam, ref, parallax, w, h)
        m.preConcat(inv)
        back = skia.Matrix()
        m.invert(back)
        for px, py in ((0, 0), (w, 0), (0, h), (w, h)):
            p = back.mapXY(px, py)
            mx = max(mx, -p.x() / w + 0.02, (p.x() - w) / w + 0.02)
            my = max(my, -p.y() / h + 0.02, (p.y() - h) / h + 0.02)
    return min(mx, 4.0), min(my, 2.0)


@dataclass(frozen=True)
class _Strip:
    """The near layers over a whole shot, in two bands: rows with some transparency (blended,
    without the fully transparent rows above them) and the opaque rows under them down to the
    strip's bottom (copied, and the backdrop is not warped where they land: they hide it)."""

    image: skia.Image | None  # the blended band, rows [clear, opaque) of the strip
    solid: skia.Image | None  # the opaque band, rows [opaque, end)
    left: float  # world metres at the strip's left edge
    top: float  # world metres at its top edge
    clear: int  # fully transparent rows at the top
    opaque: int  # first row of the opaque band
    rows: int
    cols: int

    def offset(self, cam: Camera, w: int, h: int) -> tuple[int, int]:
        """The strip's top-left corner in the frame: a whole pixel."""
        return (round((self.left - cam.cx) * cam.ppm + w / 2 + cam.shake_x),
                round((cam.cy - self.top) * cam.ppm + h / 2 + cam.shake_y))

    def hidden_from(self, cam: Camera, w: int, h: int) -> int:
        """The first frame row the opaque band covers to the frame's bottom (h: none)."""
        x, y = self.offset(cam, w, h)
        if self.solid is None or y + self.rows < h or x > 0 or x + self.cols < w:
            return h
        return min(h, max(0, y + self.opaque))

    def draw(self, canvas: skia.Canvas, cam: Camera, w: int, h: int) -> None:
        x, y = self.offset(cam, w, h)
        if self.image is not None:  # blended: src-over leaves the frame alone under clear rows
            canvas.drawImage(self.image, x, y + self.clear)
        if self.solid is not None:  # src-over of opaque pixels is a copy
            canvas.drawImage(self.solid, x, y + self.opaque, skia.SamplingOptions(), COPY)


STRIP_BYTES = 160 * 2**20
STRIP_SIDE = 30000


def _near_strip(near: tuple[Layer, ...], cams: tuple[Camera, ...], ref: Camera, w: int, h: int
                ) -> _Strip | None:
    """The near layers drawn once over every view of a shot whose zoom never changes (tracks,
    pans, handheld): replaying a detailed street front every frame costs tens of milliseconds,
    and even a plain ground 5 ms at 720p (skia shades its gradient pixel by pixel), against about
    1-3.5 ms for the strip's blit, whose opaque rows also spare the backdrop's warp."""
    ppm = cams[0].ppm
    if not near or any(abs(c.ppm - ppm) > 1e-9 * ppm for c in cams):
        return None
    pad = 4 + max(abs(c.shake_x) + abs(c.shake_y) for c in cams)
    left = min(c.cx for c in cams) - (w / 2 + pad) / ppm
    right = max(c.cx for c in cams) + (w / 2 + pad) / ppm
    top = max(c.cy for c in cams) + (h / 2 + pad) / ppm
    bottom = min(c.cy for c in cams) - (h / 2 + pad) / ppm
    bw, bh = math.ceil((right - left) * ppm), math.ceil((top - bottom) * ppm)
    if bw > STRIP_SIDE or bh > STRIP_SIDE or bw * bh * 4 > STRIP_BYTES:
        return None
    surf = skia.Surface.MakeRaster(skia.ImageInfo.Make(bw, bh, skia.kRGBA_8888_ColorType,
                                                       skia.kPremul_AlphaType))
    if surf is None:
        return None
    c = surf.getCanvas()
    c.clear(skia.Color(0, 0, 0, 0))
    view = Camera(left + bw / ppm / 2, top - bh / ppm / 2, ppm)
    for layer in near:
        c.save()
        c.concat(layer_matrix(view, ref, layer.parallax, bw, bh))
        c.drawPicture(layer.picture)
        c.restore()
    alpha = np.empty((bh, bw), dtype=np.uint8)
    surf.readPixels(skia.ImageInfo.MakeA8(bw, bh), alpha)
    covered = alpha.min(axis=1) == 255
    clear = int(np.argmax(alpha.max(axis=1) > 0)) if alpha.any() else bh
    if clear > 0:  # transparent means all four channels zero: src-over of it changes nothing
        top_rows = np.empty((clear, bw, 4), dtype=np.uint8)
        surf.readPixels(skia.ImageInfo.Make(bw, clear, skia.kRGBA_8888_ColorType, skia.kPremul_AlphaType),
                        top_rows)
        lit = top_rows.reshape(clear, -1).max(axis=1) > 0
        clear = int(np.argmax(lit)) if lit.any() else clear
        del top_rows
    opaque = bh - int(np.argmin(covered[::-1])) if not covered.all() else 0
    opaque = max(opaque, clear)
    del alpha
    whole = surf.makeImageSnapshot()
    blended = whole.makeSubset(skia.IRect.MakeLTRB(0, clear, bw, opaque)) if opaque > clear else None
    solid = whole.makeSubset(skia.IRect.MakeLTRB(0, opaque, bw, bh)) if opaque < bh else None
    return _Strip(blended, solid, left, top, clear, opaque, bh, bw)


# Frames a yielded one outlives: the encoder's thread holds up to this many while the next is
# drawn. One evened out drawing and encoding only frame by frame; two let a frame that is slow
# to encode (a burst of pieces, a rain of streaks) borrow the time of one that is quick.
FRAMES_INTACT = 2


class _Buffers:
    """Frame buffers, each with its skia surface, used in turn: a yielded frame stays intact
    while the next `FRAMES_INTACT` are drawn (the encoder's thread reads it meanwhile)."""

    def __init__(self, w: int, h: int) -> None:
        self.arrays = [np.zeros((h, w, 4), dtype=np.uint8) for _ in range(FRAMES_INTACT + 1)]
        self.surfaces = [skia.Surface(a, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
                         for a in self.arrays]
        self.turn = -1

    def next(self) -> tuple[np.ndarray, skia.Surface, skia.Canvas]:
        self.turn = (self.turn + 1) % len(self.arrays)
        surface = self.surfaces[self.turn]
        return self.arrays[self.turn], surface, surface.getCanvas()


class VectorBackend:
    name = "vector"
    frames_intact = FRAMES_INTACT

    def render_shot(self, job: ShotJob) -> Iterator[np.ndarray]:
        """Yield an RGBA frame per index in `job.drawn`, from buffers in turn: a frame is
        overwritten when the `FRAMES_INTACT + 1`th after it is drawn, so copy or encode it before
        then."""
        fmt = job.format
        w, h = fmt.width, fmt.height
        buffers = _Buffers(w, h)
        env = job.environment
        if job.shot.title:  # a title card: the same still every frame, redrawn into the buffer
            card = title_card(job.shot.title, w, h, env.palette.light)
            for _ in job.drawn:
                buf = buffers.next()[0]
                np.copyto(buf, card)
                yield buf
            return
        ref = reference_camera(fmt)
        overlay = finish_overlay(w, h, env.palette.vignette, job.seed, *env.grade, job.style)
        stylist = Stylist(job.style, w, h)
        veil = Veil(job.setting, env.palette, job.seed, job.shot.id, w, h)  # rain, snow near the lens
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
            back_p = BACKDROP_PARALLAX
            zooming = any(abs(c.ppm - cams[0].ppm) > 1e-9 * cams[0].ppm for c in cams)
            if zooming and any(layer.detailed for layer in near):
                # A zoom over a detailed near layer (a room, a wall) would replay it every frame
                # (~15 ms): bake every layer at the tightest view and move them as the action
                # plane. Far layers then scale with it: the look of a zoom lens, not a dolly.
                far, near, back_p = env.layers, (), 1.0
                mid = max(cams, key=lambda c: c.ppm)
            mx, my = _backdrop_margins(cams, mid, ref, w, h, back_p)
            bake = self._bake(env, far, mid, ref, w, h, mx, my)
            to_bake = skia.Matrix()
            layer_matrix(mid, ref, back_p, w, h).invert(to_bake)
        strip = None if static else _near_strip(near, cams, ref, w, h)
        light_dir = 1 if env.light_x >= 0 else -1
        close = job.shot.size in FACE_SIZES  # a face sprite covers the head by the shot's size, not pixels
        for i in job.drawn:  # set up from the whole shot above, so a picked frame is the film's
            buf, surface, canvas = buffers.next()
            state, cam = job.states[i], cams[i]
            if static:
                canvas.drawImage(backdrop, 0, 0, skia.SamplingOptions(), COPY)
            else:
                # The backdrop follows the camera as one mid-depth layer; OpenCV's warp is
                # four times faster than skia's bilinear image draw on this CPU. Rows the near
                # strip's opaque band covers are not warped: a warp's rows are independent,
                # so the rows above come out the same.
                rows = h if strip is None else strip.hidden_from(cam, w, h)
                m = layer_matrix(cam, ref, back_p, w, h)
                m.preConcat(to_bake)
                m.preTranslate(-w * mx, -h * my)
                affine = np.array([[m.getScaleX(), m.getSkewX(), m.getTranslateX()],
                                   [m.getSkewY(), m.getScaleY(), m.getTranslateY()]])
                if rows > 0:
                    cv2.warpAffine(bake, affine, (w, rows), dst=buf[:rows], flags=cv2.INTER_LINEAR,
                                   borderMode=cv2.BORDER_REPLICATE)
                surface.notifyContentWillChange(skia.Surface.kRetain_ContentChangeMode)
            near_parts, sky_parts = split_sky(state.particles)
            if len(sky_parts):  # fireworks far off: over the sky and skyline, behind the near layers
                draw_particles(canvas, sky_parts, sky_camera(cam, ref), w, h)
            if strip is not None:  # the near layers, pre-drawn: blits at a whole-pixel offset
                strip.draw(canvas, cam, w, h)
            for layer in near if strip is None else ():
                canvas.save()
                canvas.concat(layer_matrix(cam, ref, layer.parallax, w, h))
                canvas.drawPicture(layer.picture)
                canvas.restore()
            for moving in env.animated:  # waves, bubbles, flicker: cheap draws every frame
                canvas.save()
                canvas.concat(layer_matrix(cam, ref, moving.parallax, w, h))
                moving.draw(canvas, state.t)
                canvas.restore()
            if not env.paints_props:  # the place's painter may draw the same boxes itself
                draw_props(canvas, state.props, cam, w, h)  # sills, ring posts: what the world collides with
            draw_blankets(canvas, state.props, state.entities, cam, w, h)  # soft: dented by kneading paws
            for d in drawables(state, members, job.sprites):
                if d.group is not None:  # many copies: one batched call draws them all
                    draw_group(canvas, d.group, d.sprite, d.member, cam, w, h)
                    continue
                e = d.entity
                sx, sy, ppm = placed(cam, e.x, e.y, e.depth, w, h)
                if -e.height * ppm * 2 < sx < w + e.height * ppm * 2:
                    if env.reflective and e.grounded:  # a wet street, or the water (which is reflective)
                        # A boat on the water: its picture's own water band under the surface line.
                        sink = (draught(d.sprite) - d.sprite.drop) * e.height * ppm \
                            if env.afloat and floats(d.member) else 0.0
                        draw_reflected(canvas, d.sprite, d.member, e, sx, sy, ppm, state.t, light_dir, close,
                                       sink)
                    else:
                        draw_entity(canvas, d.sprite, d.member, e, sx, sy, ppm, state.t, light_dir, close)
            for form in state.formations:  # a member drawn as pieces of a material, over the bodies
                draw_formation(canvas, form, cam, w, h)
            draw_particles(canvas, near_parts, cam, w, h)  # one batched call per kind
            veil.draw(canvas, state.t, cam)
            surface.flushAndSubmit()
            if stylist.active:  # the film's look: one pass over the buffer, under the overlay
                stylist(buf)
            overlay.apply(buf)
            surface.notifyContentWillChange(skia.Surface.kRetain_ContentChangeMode)
            if job.shot.subtitle:
                draw_subtitle(canvas, job.shot.subtitle, w, h)
            surface.flushAndSubmit()
            yield buf

    def _bake(self, env: Environment, layers: tuple[Layer, ...], cam: Camera, ref: Camera,
              w: int, h: int, margin: float, margin_y: float | None = None) -> np.ndarray:
        """Sky and the given layers through one camera, as an opaque RGBA array."""
        my = margin if margin_y is None else margin_y
        bw, bh = round(w * (1 + 2 * margin)), round(h * (1 + 2 * my))
        surf = skia.Surface.MakeRaster(skia.ImageInfo.Make(
            bw, bh, skia.kRGBA_8888_ColorType, skia.kPremul_AlphaType))
        c = surf.getCanvas()
        blur = _depth_blur(cam, ref)
        for layer in (env.sky, *layers):
            if blur > 0 and layer.blur_in_closeups:
                c.drawImage(_blurred(layer, layer_matrix(cam, ref, layer.parallax, w, h), w * margin, h * my,
                                     bw, bh, blur), 0, 0)
                continue
            c.save()
            c.translate(w * margin, h * my)
            c.concat(layer_matrix(cam, ref, layer.parallax, w, h))
            c.drawPicture(layer.picture)
            c.restore()
        out = np.empty((bh, bw, 4), dtype=np.uint8)
        surf.readPixels(skia.ImageInfo.Make(bw, bh, skia.kRGBA_8888_ColorType,
                                            skia.kPremul_AlphaType), out)
        return out
