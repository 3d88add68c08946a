"""Entities as vectors: SVGs recorded once as skia Pictures and drawn crisp at any zoom.

A face-only animal emoji (the wolf) gets a procedural body, sitting or walking, under its
head; the head turns up to howl and its mouth opens.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import skia

from kinema.assets import AssetData, main_color, resolve
from kinema.bodies import BODIES
from kinema.render.anatomy import TAIL_CUT, Anatomy, anatomy_of, far, leg_segments, wing_path
from kinema.render.blanket import DENT_DEPTH, forepaws
from kinema.render.environment.palette import RGB, hex_rgb, mix
from kinema.render.hair import HairLook, own_hair, restyle_svg, skull_of
from kinema.render.look import Look, head_emoji, is_figure, look_of
from kinema.render.profile_face import FACE_PX as PROFILE_PX
from kinema.render.profile_face import ProfileFace, draw_profile_face, profile_face
from kinema.render.rig import (
    FACE_PX,
    FaceMarks,
    Paints,
    Seg,
    draw_person,
    expression_overlay,
    face_marks,
    feet_on_screen,
    limbs,
)
from kinema.render.serpent import draw_spined, head_box
from kinema.screenplay.model import Archetype, Asset, CastMember
from kinema.world.footing import MASK_PX, artwork_sole, native_facing, nose_turn
from kinema.world.formation import alpha_mask
from kinema.world.gait import SITTING, feet_across, gait, span_of
from kinema.world.legs import is_large
from kinema.world.rig import stride_of
from kinema.world.skeleton import (
    BIRD_JOINTS,
    BIRD_SHOULDER,
    DRAGON_JOINTS,
    FISH_JOINTS,
    QUADRUPED_JOINTS,
    SERPENT_JOINTS,
    VEHICLE_JOINTS,
    skeleton,
)
from kinema.world.state import ON_FOOT, EntityState

Q = {name: i for i, name in enumerate(QUADRUPED_JOINTS)}
HOWL_TILT = 38.0  # degrees the head turns up at the peak of a howl
FACE_FROM = 1.8  # a face sprite covers the head from this body height, in frame short sides (close-ups)
FACE_SIZE = 0.25  # its height, in body heights: the head of a standing figure
SHOULDER_V = 0.36  # where a standing figure's shoulders are, down its artwork (twemoji people)


def _c(rgb: RGB, a: float = 1.0) -> int:
    return int(skia.Color(rgb[0], rgb[1], rgb[2], max(0, min(255, round(a * 255)))))


@dataclass
class Sprite:
    picture: skia.Picture  # drawn into the unit square (0,0)-(1,1), y down
    aspect: float  # width / height of the artwork
    face_only: bool
    native_facing: int  # which way the artwork looks: -1 left, +1 right, 0 front
    body: RGB
    archetype: Archetype
    keepalive: object  # skia keeps pointers into these bytes while the picture lives
    face: Sprite | None = None  # the member's face sprite, for close-ups
    raster: np.ndarray | None = None  # RGBA, small: the artwork as drawn (tinted), for sampling colours
    draught: float | None = None  # a boat's own water band, a share of its box (render/waterline.py)
    arm_look: ArmLook | None = None  # sampled from the artwork the first time a dancer raises an arm
    nose: float = 0.0  # degrees the artwork's nose points above its facing: levelled when it travels
    drop: float = 0.0  # how far the artwork's lowest opaque point is above its box, in body heights
    sole: np.ndarray | None = None  # (N, 2) that lowest edge, unit-square units (y down): where it stands
    head: Sprite | None = None  # a person's face on the rig's head, when the artwork is a whole figure
    person: Person | None = None  # how a rigged person is drawn (render/rig.py), made on first use
    limbs: Paints | None = None  # a four-legged body's leg paints, made on first use
    anatomy: Anatomy | None = None  # a whole-body artwork's parts, read off it on first use
    marks: FaceMarks | None = None  # an animal face's eyes and mouth, read off it on first use
    head_box: tuple[float, float, float] | None = None  # a serpent's head in its picture (render/serpent.py)
    profile: ProfileFace | None = None  # a whole animal's eye and muzzle, read off it on first use


@dataclass
class Person:
    head: skia.Picture
    marks: FaceMarks
    look: Look
    paints: Paints
    art: Sprite | None = None  # the head restyled for its hair: keeps that picture's SVG alive


@dataclass(frozen=True)
class ArmLook:
    """Where a figure's arms hang and their colours, read off its own artwork (unit-square units)."""

    left: float  # shoulder x of the artwork's left and right arm
    right: float
    sleeve: RGB
    hand: RGB


def load_sprite(member: CastMember, asset: AssetData, head: bool = True) -> Sprite:
    rec = skia.PictureRecorder()
    canvas = rec.beginRecording(skia.Rect.MakeWH(1, 1))
    aspect = 1.0
    if asset.kind == "svg":
        stream = skia.MemoryStream(asset.data, True)
        dom = skia.SVGDOM.MakeFromStream(stream)
        if dom is None:
            raise ValueError(f"cannot parse SVG {asset.key}")
        vw, vh = _viewbox(asset.data)
        aspect = vw / vh
        dom.setContainerSize(skia.Size(vw, vh))
        canvas.scale(1.0 / vw, 1.0 / vh)
        dom.render(canvas)
        keep: object = (asset.data, stream, dom)
    else:
        img = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(asset.data))
        if img is None:
            raise ValueError(f"cannot decode PNG {asset.key}")
        aspect = img.width() / img.height()
        canvas.drawImageRect(img, skia.Rect.MakeWH(1, 1),
                             skia.SamplingOptions(skia.FilterMode.kLinear, skia.MipmapMode.kLinear))
        keep = img
    pic = rec.finishRecordingAsPicture()
    tint = member.appearance.tint
    raster: np.ndarray | None = None
    if tint:
        body = hex_rgb(tint)
    else:  # untinted, the artwork as the film shows it: drawn once, for the body's colour and later samples
        raster = _rasterize(pic)
        body = _body_colour(raster, hex_rgb(main_color(asset)))
    facing, nose = native_facing(member, asset)
    drop, sole = 0.0, None
    if not asset.face_only:  # the world rests this same edge on the ground (world/footing.py)
        u, v, drop = artwork_sole(*alpha_mask(asset, MASK_PX))
        sole = np.stack([u / aspect + 0.5, 1.0 - v - drop], axis=1)
    sprite = Sprite(pic, aspect, asset.face_only, facing, body, member.archetype, keep, raster=raster,
                    nose=nose, drop=drop, sole=sole)
    if member.archetype == Archetype.HUMAN and head and asset.twemoji and member.asset.emoji is not None \
            and is_figure(alpha_mask(asset, MASK_PX)[0]):
        # A whole figure: the rig draws the body, and a face in the figure's own gender and tone the head.
        sprite.head = load_sprite(member, resolve(Asset(emoji=head_emoji(member.asset.emoji))), head=False)
    return sprite


def _viewbox(data: bytes) -> tuple[float, float]:
    m = re.search(rb'viewBox="\s*([-\d.]+)[\s,]+([-\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)', data)
    if m:
        return float(m.group(3)) or 1.0, float(m.group(4)) or 1.0
    w = re.search(rb'<svg[^>]*\swidth="([\d.]+)', data)
    h = re.search(rb'<svg[^>]*\sheight="([\d.]+)', data)
    if w and h:
        return float(w.group(1)) or 1.0, float(h.group(1)) or 1.0
    return 36.0, 36.0


def _tint_filter(tint: str | None) -> skia.ColorFilter | None:
    if not tint:
        return None
    r, g, b = (v / 255.0 for v in hex_rgb(tint))
    k = 0.75  # keep a quarter of the original colour so the artwork's shading survives
    lum = (0.299, 0.587, 0.114)
    rows = []
    for i, t in enumerate((r, g, b)):
        row = [lum[j] * t * k * 1.25 + (1 - k) * (1.0 if j == i else 0.0) for j in range(3)]
        rows += [*row, 0.0, 0.0]
    rows += [0.0, 0.0, 0.0, 1.0, 0.0]
    return skia.ColorFilters.Matrix(rows)


def draw_entity(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState,
                sx: float, sy: float, ppm: float, t: float, light_dir: int, close: bool | None = None) -> None:
    """Draw one entity with its feet at screen (sx, sy), `ppm` pixels per metre. `close`: the shot
    is a close-up, so a member's face sprite covers its head; None (no shot: a mask, a flock's
    copy) judges by how tall the body is drawn."""
    if not e.visible:
        return  # a formation: render/particles.py draws its pieces
    h = e.height * ppm
    if e.joints:  # a person on the world's skeleton
        _shadow(canvas, sx, sy, h * 0.3, h)
        p = person(sprite, member)
        draw_person(canvas, p.head, p.marks, p.look, p.paints, e, sx, sy, ppm, light_dir)
        return
    if sprite.archetype in SPINED and len(e.skeleton) == len(SKELETAL[sprite.archetype]):
        _shadow(canvas, sx, sy, h * 2.2, h)
        _spined(canvas, sprite, member, e, sx, sy, ppm, light_dir)
        return
    _shadow(canvas, sx, sy, h * sprite.aspect * (1.1 if sprite.face_only else 0.9), h)
    parts: Anatomy | None = None
    canvas.save()
    if sprite.face_only:
        canvas.concat(body_matrix(e, sx, sy, ppm))
        _creature(canvas, sprite, member, e, t, light_dir)
    else:
        if on_skeleton(sprite, e):
            parts = _anatomy(sprite, member)
        if parts is not None:  # the limbs the skeleton moves, behind the picture (body units)
            canvas.save()
            canvas.concat(body_matrix(e, sx, sy, ppm))
            canvas.scale(e.facing, 1)
            _limbs_behind(canvas, sprite, parts, e, light_dir * e.facing)
            canvas.restore()
        canvas.concat(artwork_matrix(sprite, e, sx, sy, ppm))
        w = sprite.aspect
        if parts is None:
            _picture(canvas, sprite, member)
        else:
            _on_skeleton(canvas, sprite, member, parts, e, light_dir)
        if e.expression and sprite.face is None and sprite.native_facing != 0:
            _acting(canvas, sprite, member, e)
        flip = sprite.native_facing != 0 and sprite.native_facing != e.facing
        if e.verb == "dance" and abs(e.arms) > 0.1:
            # arms is by world side; the artwork may be mirrored
            _raised_arm(canvas, sprite, member, math.copysign(1.0, e.arms) * (-1 if flip else 1), abs(e.arms))
        if close is None:
            side = canvas.getBaseLayerSize()
            close = h >= FACE_FROM * min(side.width(), side.height())
        if sprite.face is not None and close:
            _face(canvas, sprite.face, member, w)
    canvas.restore()
    if parts is not None and sprite.archetype == Archetype.BIRD and not e.grounded:  # the near wing, over it
        canvas.save()
        canvas.concat(body_matrix(e, sx, sy, ppm))
        canvas.scale(e.facing, 1)
        _wing(canvas, sprite, _body_points(e), "wing_r", parts.fur)
        canvas.restore()
    if e.verb == "knead" and sprite.archetype == Archetype.FELINE:
        _forepaws(canvas, _fur(sprite, member), e, sx, sy, ppm)


def person(sprite: Sprite, member: CastMember) -> Person:
    """The rig's head, face marks, look and paints for this member, made once. The head is the
    member's `face` if it has one, the face for a whole figure, or the artwork itself (a face)."""
    if sprite.person is None:
        head = sprite.face or sprite.head or sprite
        raster = _raster(head, member, tinted=False)
        marks = face_marks(raster)
        own = own_hair(raster, marks.skin)
        look = look_of(member, marks.skin, own, skull_of(sum(e[1] for e in marks.eyes) / 2, raster))
        art = _haired(head, member, own, look.hair)
        sprite.person = Person(art.picture if art else head.picture, marks, look, Paints({}, skia.Path()), art)
    return sprite.person


def _haired(head: Sprite, member: CastMember, own: RGB | None, hair: HairLook | None) -> Sprite | None:
    """The head with the screenplay's hair: its own hair recoloured, or dropped where a style is
    drawn instead (render/hair.py); None where there is no SVG hair to change."""
    keep = head.keepalive
    data = keep[0] if isinstance(keep, tuple) and isinstance(keep[0], bytes) else None
    if hair is None or own is None or data is None:
        return None
    svg = restyle_svg(data, own, hair.colour if hair.style is None else None)
    return load_sprite(member, AssetData("hair", "svg", svg, True, False), head=False)


def body_matrix(e: EntityState, sx: float, sy: float, ppm: float) -> skia.Matrix:
    """Screen pixels from the body's own units: body heights, y down, feet at the origin, tilted
    with the ground; every stretch and squash keeps the feet where they are."""
    m = skia.Matrix.Translate(sx, sy)
    h = e.height * ppm
    m.preScale(h, h)
    m.preScale(1.0 / (1.0 + (e.squash - 1.0) * 0.5), e.squash)
    # The world's pose: a lunge into a punch, a cat's rear wiggle, a leap's stretch, a wing beat.
    m.preTranslate(e.wiggle / e.height + e.facing * 0.12 * e.reach, 0.0)
    m.preScale(e.stretch, 1.0 + 0.08 * e.wing)
    m.preRotate(-math.degrees(e.tilt) * e.facing)
    return m


def artwork_matrix(sprite: Sprite, e: EntityState, sx: float, sy: float, ppm: float) -> skia.Matrix:
    """Screen pixels from the artwork's unit square (y down), its lowest opaque point on the feet."""
    m = body_matrix(e, sx, sy, ppm)
    if nose_turn(sprite.nose, e.vx, e.facing):  # in flight the nose leads, about the body's centre
        m.preTranslate(0, -0.5)
        m.preRotate(sprite.nose * e.facing)
        m.preTranslate(0, 0.5)
    # A step's bob and a breath stretch the body up from its feet, which stay on the ground.
    bob = 0.02 * math.sin(e.phase * 4 * math.pi) if e.verb in ON_FOOT else 0.0
    m.preScale(1.0, 1.0 + abs(bob) + 0.01 * e.breath)
    if sprite.native_facing != 0 and sprite.native_facing != e.facing:
        m.preScale(-1, 1)
    w = sprite.aspect
    m.preTranslate(-w / 2, -1.0 + sprite.drop)
    m.preScale(w, 1.0)
    return m


def drawn_sole(sprite: Sprite, e: EntityState, sx: float, sy: float, ppm: float) -> np.ndarray:
    """(N, 2) screen pixels of what the body stands on as drawn: the artwork's lowest edge, or a
    four-legged body's feet, or a person's two soles, through the same transform that draws it."""
    if e.joints:
        return feet_on_screen(e, sx, sy, ppm)
    if sprite.face_only:
        m = body_matrix(e, sx, sy, ppm)
        m.preScale(e.facing, 1)
        local = creature_feet(e, sprite.archetype)
    else:
        assert sprite.sole is not None
        m = artwork_matrix(sprite, e, sx, sy, ppm)
        local = [(float(x), float(y)) for x, y in sprite.sole]
    return np.array([(p.x(), p.y()) for p in m.mapPoints([skia.Point(x, y) for x, y in local])])


def _rasterize(pic: skia.Picture, paint: skia.Paint | None = None) -> np.ndarray:
    """A unit-square picture drawn at 64x64, unpremultiplied RGBA."""
    n = 64
    surf = skia.Surface(n, n)
    c = surf.getCanvas()
    c.scale(n, n)
    c.drawPicture(pic, None, paint)
    return np.asarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType,
                                                       alphaType=skia.kUnpremul_AlphaType))


def _raster(sprite: Sprite, member: CastMember, tinted: bool = True) -> np.ndarray:
    """The artwork drawn once at 64x64 as the film shows it (tint included), unpremultiplied RGBA."""
    if sprite.raster is None:
        cf = _tint_filter(member.appearance.tint) if tinted else None
        sprite.raster = _rasterize(sprite.picture, None if cf is None else skia.Paint(ColorFilter=cf))
    return sprite.raster


def _opaque(px: np.ndarray) -> np.ndarray:
    return px[px[..., 3] > 200][:, :3].astype(np.int64)


def _commonest(opaque: np.ndarray) -> RGB:
    """The commonest of these colours, coarsely binned (a body's fur rather than its stripes)."""
    bins = (opaque[:, 0] >> 4) * 256 + (opaque[:, 1] >> 4) * 16 + (opaque[:, 2] >> 4)
    top = int(np.bincount(bins).argmax())
    r, g, b = (int(v) for v in opaque[bins == top].mean(axis=0))
    return r, g, b


FIRST_FILL_SHARE = 0.2  # the artwork's first fill is its body's colour only if it covers this much


def _body_colour(px: np.ndarray, first: RGB) -> RGB:
    """The colour a procedural body takes from its face: the SVG's first fill where that covers a
    fair share of the artwork, else its commonest colour (🐶's first fill is its red tongue: the
    dog ran on a red body; 🐼's is an ear)."""
    opaque = _opaque(px)
    if len(opaque) == 0 or (np.abs(opaque - np.array(first)).sum(axis=1) < 24).mean() >= FIRST_FILL_SHARE:
        return first
    return _commonest(opaque)


def _fur(sprite: Sprite, member: CastMember) -> RGB:
    """The artwork's commonest opaque colour: a body's fur rather than its stripes."""
    opaque = _opaque(_raster(sprite, member))
    return _commonest(opaque) if len(opaque) else sprite.body


def _arm_look(sprite: Sprite, member: CastMember) -> ArmLook:
    """The torso's edges at shoulder height give the shoulders, the colour just inside an edge the
    sleeve, and the lowest pixel down that edge the hand."""
    if sprite.arm_look is not None:
        return sprite.arm_look
    px = _raster(sprite, member)
    n = px.shape[0]
    row = round(SHOULDER_V * n)
    cols = np.nonzero(px[row, :, 3] > 128)[0]
    if len(cols) < 4:
        look = ArmLook(0.38, 0.62, sprite.body, sprite.body)
    else:
        lo, hi = int(cols[0]), int(cols[-1])
        col = min(lo + 2, hi)
        below = px[row:, col, 3] > 128
        end = row + (int(np.argmin(below)) if not below.all() else len(below)) - 2

        def rgb(y: int) -> RGB:
            r, g, b = (int(v) for v in px[y, col, :3])
            return r, g, b
        # A run past the hips went down a leg (a side-view figure): the hand takes the sleeve's colour.
        hand = rgb(end) if row < end < 0.68 * n else rgb(row)
        look = ArmLook(lo / n + 0.04, hi / n - 0.04, rgb(row), hand)
    sprite.arm_look = look
    return look


def _raised_arm(canvas: skia.Canvas, sprite: Sprite, member: CastMember, side: float, lift: float) -> None:
    """One arm swung up from its shoulder, elbow bent, drawn over the artwork (unit-square units, y down);
    side is the artwork's -1 left or +1 right arm, lift 0 hanging .. 1 overhead."""
    look = _arm_look(sprite, member)
    sx, sy = (look.right if side > 0 else look.left), 0.30
    lift = lift * lift * (3 - 2 * lift)
    up = math.radians(80.0 - 140.0 * lift)  # the upper arm, from hanging to up and out
    fore = up - math.radians(45.0) * lift  # the forearm bends further up, a wave
    ex, ey = sx + side * 0.17 * math.cos(up), sy + 0.17 * math.sin(up)
    hx, hy = ex + side * 0.16 * math.cos(fore), ey + 0.16 * math.sin(fore)
    arm = skia.Paint(AntiAlias=True, Color=_c(look.sleeve), Style=skia.Paint.kStroke_Style, StrokeWidth=0.075,
                     StrokeCap=skia.Paint.kRound_Cap, StrokeJoin=skia.Paint.kRound_Join)
    path = skia.Path()
    path.moveTo(sx, sy)
    path.lineTo(ex, ey)
    path.lineTo(hx, hy)
    canvas.drawPath(path, arm)
    canvas.drawCircle(hx, hy, 0.045, skia.Paint(AntiAlias=True, Color=_c(look.hand)))


def _forepaws(canvas: skia.Canvas, fur: RGB, e: EntityState, sx: float, sy: float, ppm: float) -> None:
    """A kneader's two forepaws at the blanket's dents: the pressing one sunk in and splayed flat, the
    other lifted and round; each on a foreleg. Screen pixels, from the feet at (sx, sy)."""
    edge = mix(fur, (40, 24, 16), 0.5)
    (lx, lp), (rx, rp) = forepaws(e)
    leg = skia.Paint(AntiAlias=True, Color=_c(fur), Style=skia.Paint.kStroke_Style,
                     StrokeWidth=0.075 * e.height * ppm, StrokeCap=skia.Paint.kRound_Cap)
    line = skia.Paint(AntiAlias=True, Color=_c(edge), Style=skia.Paint.kStroke_Style,
                      StrokeWidth=max(1.0, 0.006 * ppm), StrokeCap=skia.Paint.kRound_Cap)
    fill = skia.Paint(AntiAlias=True, Color=_c(fur))
    for x, press, lift in ((lx, lp, rp), (rx, rp, lp)):
        w = (0.05 + 0.014 * press) * e.height / 0.45  # splays as it presses; sized for the cat's 0.45 m
        tall = (0.03 - 0.012 * press) * e.height / 0.45
        y = e.y - DENT_DEPTH * press + tall / 2 + 0.07 * e.height * lift  # bottom in the dent, or raised
        px, py = sx + (x - e.x) * ppm, sy - (y - e.y) * ppm
        knee = sy - 0.2 * e.height * ppm
        canvas.drawLine(px - e.facing * 0.02 * e.height * ppm, knee, px, py, leg)
        oval = skia.Rect.MakeXYWH(px - w / 2 * ppm, py - tall / 2 * ppm, w * ppm, tall * ppm)
        canvas.drawOval(oval, fill)
        canvas.drawOval(oval, line)
        for k in (-1, 1):  # toes
            tx = px + k * w * 0.18 * ppm
            canvas.drawLine(tx, py - tall * 0.15 * ppm, tx, py + tall * 0.45 * ppm, line)


def _face(canvas: skia.Canvas, face: Sprite, member: CastMember, body_aspect: float) -> None:
    """The face over the head: a top-centred box FACE_SIZE body heights tall (artwork units)."""
    fh = FACE_SIZE
    fw = fh * face.aspect / body_aspect
    canvas.save()
    canvas.translate(0.5 - fw / 2, 0.0)
    canvas.scale(fw, fh)
    _picture(canvas, face, member)
    canvas.restore()


def _picture(canvas: skia.Canvas, sprite: Sprite, member: CastMember) -> None:
    cf = _tint_filter(member.appearance.tint)
    if cf is None:
        canvas.drawPicture(sprite.picture)
        return
    p = skia.Paint(ColorFilter=cf)
    canvas.drawPicture(sprite.picture, None, p)


def _shadow(canvas: skia.Canvas, sx: float, sy: float, w: float, h: float) -> None:
    p = skia.Paint(AntiAlias=True)
    p.setShader(skia.GradientShader.MakeRadial(
        skia.Point(0, 0), 1.0, [skia.Color(0, 0, 0, 120), skia.Color(0, 0, 0, 0)]))
    canvas.save()
    canvas.translate(sx, sy)
    canvas.scale(w * 0.55, max(h * 0.07, 1.0))
    canvas.drawCircle(0, 0, 1.0, p)
    canvas.restore()


LEG_CAP = 0.035  # half a leg's width: its round end reaches this far past the leg's end point
PAW = 0.85  # a leg tapers to this share of its width at the paw


def creature_feet(e: EntityState, archetype: Archetype) -> list[tuple[float, float]]:
    """The lowest drawn points of a four-legged body, in its units facing right (y down): the
    four feet as it walks or leaps, or haunch and forepaws as it sits; each leg reaches down to
    the ground under its foot (the world measured how far: `e.legs`)."""
    body = BODIES[archetype]
    stride = stride_of(archetype, e.vx, e.height / body.height)  # as the world advanced the phase by
    across = feet_across(e.verb, e.phase, e.vx, body.run, e.grounded, span_of(stride, e.height))
    down = list(e.legs) if len(e.legs) == len(across) else [0.0] * len(across)
    if across == SITTING:
        down[0] = 0.0  # the haunch is drawn where it is; only the forelegs reach
    return list(zip(across, down, strict=True))


def _creature(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState,
              t: float, light_dir: int) -> None:
    """A four-legged body under a face emoji: sits when still, walks or leaps when moving."""
    f = e.facing
    canvas.scale(f, 1)  # draw facing right; mirror for left
    fur = sprite.body
    dark = mix(fur, (10, 10, 20), 0.35)
    light = mix(fur, (255, 255, 255), 0.25)
    paint = skia.Paint(AntiAlias=True, Color=_c(fur))
    moving = e.verb in ON_FOOT or e.verb == "jump" or not e.grounded
    breath = 1.0 + 0.015 * e.breath
    if moving:
        swing = math.sin(e.phase * 2 * math.pi)
        g = gait(e.phase, e.vx, BODIES[sprite.archetype].run, e.grounded)
        # A gallop lifts and rocks the body fore and aft; the legs still reach the ground.
        pose = skia.Matrix.Translate(0.0, -g.lift)
        pose.preRotate(-math.degrees(g.pitch))
        _legs(canvas, sprite, e, (dark, fur), light_dir * f)
        canvas.concat(pose)
        canvas.drawOval(skia.Rect.MakeLTRB(-0.5, -0.7 * breath, 0.34, -0.38), paint)
        tail = skia.Path()
        tail.moveTo(-0.46, -0.6)
        tail.quadTo(-0.7, -0.62 - 0.05 * swing, -0.78, -0.46)
        canvas.drawPath(tail, skia.Paint(AntiAlias=True, Color=_c(fur), Style=skia.Paint.kStroke_Style,
                                         StrokeWidth=0.08, StrokeCap=skia.Paint.kRound_Cap))
        head_at, head_size, pivot = (0.36, -0.78), 0.5, (0.24, -0.6)
    else:
        # Sitting: haunch behind, chest up front, forelegs straight, tail curled on the ground.
        tail = skia.Path()
        tail.moveTo(-0.3, -0.08)
        tail.quadTo(-0.62, -0.04, -0.66, -0.2)
        canvas.drawPath(tail, skia.Paint(AntiAlias=True, Color=_c(dark), Style=skia.Paint.kStroke_Style,
                                         StrokeWidth=0.09, StrokeCap=skia.Paint.kRound_Cap))
        canvas.drawOval(skia.Rect.MakeLTRB(-0.42, -0.5, 0.06, 0.0), skia.Paint(AntiAlias=True, Color=_c(dark)))
        chest = skia.Path()
        chest.moveTo(-0.14, -0.04)
        chest.cubicTo(-0.2, -0.42 * breath, -0.06, -0.7 * breath, 0.12, -0.7 * breath)
        chest.cubicTo(0.26, -0.62, 0.24, -0.3, 0.2, -0.02)
        chest.close()
        canvas.drawPath(chest, paint)
        bib = skia.Path()
        bib.moveTo(0.06, -0.62 * breath)
        bib.cubicTo(0.2, -0.55, 0.2, -0.35, 0.14, -0.25)
        bib.cubicTo(0.08, -0.35, 0.02, -0.5, 0.06, -0.62 * breath)
        canvas.drawPath(bib, skia.Paint(AntiAlias=True, Color=_c(light)))
        legp = skia.Paint(AntiAlias=True, Color=_c(fur), Style=skia.Paint.kStroke_Style,
                          StrokeWidth=2 * LEG_CAP, StrokeCap=skia.Paint.kRound_Cap)
        _, (fx, fy), (bx, by) = creature_feet(e, sprite.archetype)
        canvas.drawLine(0.05, -0.3, fx, fy - LEG_CAP, legp)
        legp.setColor(_c(mix(fur, (255, 255, 255), 0.1)))
        canvas.drawLine(0.16, -0.3, bx, by - LEG_CAP, legp)
        head_at, head_size, pivot = (0.12, -0.82), 0.52, (0.12, -0.72)
    # The head turns up (muzzle to the sky) to howl, around the neck.
    canvas.save()
    canvas.translate(*pivot)
    canvas.rotate(-HOWL_TILT * e.head)
    canvas.translate(-pivot[0], -pivot[1])
    hx, hy = head_at
    canvas.translate(hx - head_size / 2, hy - head_size / 2)
    canvas.scale(head_size, head_size)
    _picture(canvas, sprite, member)
    if e.expression not in ("", "neutral", "shout") and canvas.getTotalMatrix().mapRadius(1.0) >= FACE_PX:
        # The face acts over the emoji, as a person's does (render/rig.py): lids, an open mouth.
        if sprite.marks is None:
            sprite.marks = face_marks(_raster(sprite, member, tinted=False))
        expression_overlay(canvas, sprite.marks, e.expression)
    if e.mouth > 0.02:
        mouth = skia.Paint(AntiAlias=True, Color=_c((58, 24, 40)))
        canvas.drawOval(skia.Rect.MakeXYWH(0.42, 0.79, 0.16, 0.03 + 0.1 * e.mouth), mouth)
        canvas.drawOval(skia.Rect.MakeXYWH(0.455, 0.81 + 0.05 * e.mouth, 0.09, 0.02 + 0.04 * e.mouth),
                        skia.Paint(AntiAlias=True, Color=_c((214, 108, 140))))
    canvas.restore()
    if e.mouth > 0.3:
        _sound_rings(canvas, pivot, e, t)


def _legs(canvas: skia.Canvas, sprite: Sprite, e: EntityState, colours: tuple[RGB, ...],
          light_dir: int) -> None:
    """A walking four-legged body's legs on the world's skeleton (world/skeleton.py): hip, knee and
    paw, far legs first, each a tapered limb rimmed on its lit side (body units facing right, y down;
    the skeleton carries the body's tilt, which the canvas already has)."""
    if sprite.limbs is None:
        sprite.limbs = Paints({}, skia.Path())
    joints = e.skeleton
    if len(joints) != len(QUADRUPED_JOINTS):  # a face emoji cast as another archetype walks on four legs too
        body = BODIES[Archetype.CANINE]
        stride = stride_of(Archetype.CANINE, e.vx, e.height / body.height)
        joints = skeleton(Archetype.CANINE, e.verb, e.phase, e.vx, body.run, stride, e.grounded, e.legs,
                          e.head, e.wing, e.tilt, e.height)
    c, s = math.cos(-e.tilt), math.sin(-e.tilt)
    pts = [((x * c - y * s) / e.height, -(x * s + y * c) / e.height) for x, y in joints]
    w = 2 * LEG_CAP
    for pair in (("hind_l", "front_l"), ("hind_r", "front_r")):  # the far legs, then the near
        segs: list[Seg] = []
        for side in pair:
            hip = pts[Q["hip" if side.startswith("hind") else "shoulder"]]
            kn, paw = pts[Q["knee_" + side]], pts[Q["paw_" + side]]
            paw = paw[0], paw[1] - PAW * LEG_CAP  # the round end, not the joint, touches the ground
            segs += [(hip, kn, w * 1.25, w), (kn, paw, w, w * PAW)]
        colour = colours[0] if pair[0].endswith("l") else colours[1]
        limbs(canvas, sprite.limbs, segs, colour, mix(colour, (255, 244, 220), 0.3), light_dir)


def _sound_rings(canvas: skia.Canvas, pivot: tuple[float, float], e: EntityState, t: float) -> None:
    """Arcs that leave the raised muzzle and fade: the howl's rhythm made visible."""
    ang = math.radians(-90 + HOWL_TILT * (1 - e.head) - 10)
    ox = pivot[0] + 0.55 * math.cos(ang) + 0.1
    oy = pivot[1] + 0.55 * math.sin(ang)
    p = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style, StrokeWidth=0.025,
                   StrokeCap=skia.Paint.kRound_Cap)
    for k in range(3):
        u = (t * 0.9 + k / 3.0) % 1.0
        r = 0.15 + 0.6 * u
        p.setColor(skia.Color(235, 232, 255, round(180 * (1 - u) * min(1.0, e.mouth))))
        rect = skia.Rect.MakeLTRB(ox - r, oy - r, ox + r, oy + r)
        canvas.drawArc(rect, math.degrees(ang) - 35, 70, False, p)


QUADRUPEDS = (Archetype.CANINE, Archetype.FELINE)
SPINED = (Archetype.SERPENT, Archetype.DRAGON)
SKELETAL = {Archetype.CANINE: QUADRUPED_JOINTS, Archetype.FELINE: QUADRUPED_JOINTS, Archetype.BIRD: BIRD_JOINTS,
            Archetype.FISH: FISH_JOINTS, Archetype.VEHICLE: VEHICLE_JOINTS, Archetype.SERPENT: SERPENT_JOINTS,
            Archetype.DRAGON: DRAGON_JOINTS}
B = {name: i for i, name in enumerate(BIRD_JOINTS)}
V = {name: i for i, name in enumerate(VEHICLE_JOINTS)}


def on_skeleton(sprite: Sprite, e: EntityState) -> bool:
    """A whole-body artwork the world gave a skeleton of its archetype: drawn moving on it."""
    names = SKELETAL.get(sprite.archetype)
    # A kneading cat keeps its artwork: its forepaws are drawn pressing the blanket (`_forepaws`).
    return not sprite.face_only and names is not None and len(e.skeleton) == len(names) and e.verb != "knead"


def _anatomy(sprite: Sprite, member: CastMember) -> Anatomy:
    if sprite.anatomy is None:
        large = is_large(sprite.archetype, member.appearance.scale)  # read as the world reads its legs
        sprite.anatomy = anatomy_of(_raster(sprite, member), sprite.aspect, sprite.body, large)
    return sprite.anatomy


def _profile(sprite: Sprite, member: CastMember) -> ProfileFace:
    if sprite.head_box is None:
        sprite.head_box = head_box(_raster(sprite, member), sprite.native_facing)
    if sprite.profile is None:  # read finer than the 64 px raster: a horse's eye is a few pixels there
        n = 192
        surf = skia.Surface(n, n)
        surf.getCanvas().scale(n, n)
        _picture(surf.getCanvas(), sprite, member)
        fine = np.asarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType,
                                                           alphaType=skia.kUnpremul_AlphaType))
        sprite.profile = profile_face(fine, sprite.head_box, sprite.native_facing)
    return sprite.profile


def _acting(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState) -> None:
    """A whole animal's face acting over its picture (the canvas in the picture's square), when its
    head is drawn big enough to read (render/profile_face.py)."""
    face = _profile(sprite, member)
    assert sprite.head_box is not None
    if canvas.getTotalMatrix().mapRadius(sprite.head_box[2]) >= PROFILE_PX:
        draw_profile_face(canvas, face, e.expression, e.gaze)


MAX_TURN = 30.0  # degrees a head turns towards whom it attends to


def _spined(canvas: skia.Canvas, sprite: Sprite, member: CastMember, e: EntityState, sx: float, sy: float,
            ppm: float, light_dir: int) -> None:
    """A serpent or a dragon on its spine (render/serpent.py), the head cut from its own picture,
    acting, turned towards whom it attends to."""
    parts = _anatomy(sprite, member)
    if sprite.limbs is None:
        sprite.limbs = Paints({}, skia.Path())
    _profile(sprite, member)
    assert sprite.head_box is not None

    def head(c: skia.Canvas) -> None:
        _picture(c, sprite, member)
        if e.expression:
            _acting(c, sprite, member, e)

    turn = 0.0
    if e.gaze:  # up in the world is up the screen: the canvas's y runs down
        turn = max(-MAX_TURN, min(MAX_TURN, -math.degrees(math.atan2(e.gaze[1], e.gaze[0]))))
    canvas.save()
    canvas.concat(body_matrix(e, sx, sy, ppm))
    canvas.scale(e.facing, 1)
    draw_spined(canvas, head, sprite.head_box, sprite.native_facing, parts, sprite.limbs, _body_points(e),
                sprite.archetype == Archetype.DRAGON, light_dir * e.facing, turn)
    canvas.restore()


def _body_points(e: EntityState) -> list[tuple[float, float]]:
    """The skeleton in body heights, y down, facing right, the tilt taken off (the canvas has it)."""
    c, s = math.cos(-e.tilt), math.sin(-e.tilt)
    return [((x * c - y * s) / e.height, -(x * s + y * c) / e.height) for x, y in e.skeleton]


def _limbs_behind(canvas: skia.Canvas, sprite: Sprite, parts: Anatomy, e: EntityState, light_dir: int) -> None:
    """What the skeleton moves under or behind the picture: a four-legged body's four legs, a flying
    bird's far wing (body units facing right, y down)."""
    if sprite.limbs is None:
        sprite.limbs = Paints({}, skia.Path())
    pts = _body_points(e)
    if sprite.archetype in QUADRUPEDS:
        top = -1.0 + sprite.drop + parts.belly  # the artwork's belly line, where its own legs were cut
        for legs, colour in ((("hind_l", "front_l"), far(parts.leg)), (("hind_r", "front_r"), parts.leg)):
            segs: list[Seg] = []
            for side in legs:
                hip = Q["hip" if side.startswith("hind") else "shoulder"]
                segs += leg_segments(pts, hip, Q["knee_" + side], Q["paw_" + side], top, parts.leg_w)
            limbs(canvas, sprite.limbs, segs, colour, mix(colour, (255, 244, 220), 0.3), light_dir)
    elif sprite.archetype == Archetype.BIRD and not e.grounded:
        _wing(canvas, sprite, pts, "wing_l", far(parts.fur))


def _wing(canvas: skia.Canvas, sprite: Sprite, pts: list[tuple[float, float]], tip: str, colour: RGB) -> None:
    assert sprite.limbs is not None
    path = sprite.limbs.path
    path.rewind()
    root = BIRD_SHOULDER[0], -BIRD_SHOULDER[1]
    wing_path(path, root, pts[B[tip]], 0.03 * math.sin(3.0 * pts[B[tip]][1]))
    canvas.drawPath(path, skia.Paint(AntiAlias=True, Color=_c(colour)))


def _on_skeleton(canvas: skia.Canvas, sprite: Sprite, member: CastMember, parts: Anatomy, e: EntityState,
                 light_dir: int) -> None:
    """The picture itself, in its unit square: cut at the belly over drawn legs, a fish's tail turned
    with the skeleton's, wheels with turning spokes, a bird's near wing over it in flight."""
    flip = -1 if sprite.native_facing != 0 and sprite.native_facing != e.facing else 1
    if sprite.archetype in QUADRUPEDS:
        canvas.save()
        canvas.clipRect(skia.Rect.MakeLTRB(-0.5, -0.5, 1.5, parts.belly + 0.01), False)
        _picture(canvas, sprite, member)
        canvas.restore()
    elif sprite.archetype == Archetype.FISH and sprite.native_facing != 0:
        pts = _body_points(e)
        (bx, by), (tx, ty) = pts[1], pts[2]
        turn = math.degrees(math.atan2(-(ty - by), bx - tx))  # the tail up from straight behind
        cut = TAIL_CUT if sprite.native_facing < 0 else 1.0 - TAIL_CUT  # the tail is away from the nose
        back = 1.0 if sprite.native_facing < 0 else -1.0
        for tail in (False, True):
            canvas.save()
            if tail:
                canvas.translate(cut, 0.5)
                canvas.rotate(-back * turn)
                canvas.translate(-cut, -0.5)
            lo, hi = (cut - 0.01, 1.5) if (back > 0) == tail else (-0.5, cut + 0.01)
            canvas.clipRect(skia.Rect.MakeLTRB(lo, -0.5, hi, 1.5))
            _picture(canvas, sprite, member)
            canvas.restore()
    else:
        _picture(canvas, sprite, member)
    if sprite.archetype == Archetype.VEHICLE and parts.wheels:
        _spokes(canvas, sprite, parts, e, flip)


def _spokes(canvas: skia.Canvas, sprite: Sprite, parts: Anatomy, e: EntityState, flip: int) -> None:
    """Two spokes across each wheel and a hub, turned as the skeleton's spoke has turned."""
    (wx, wy), (kx, ky) = e.skeleton[V["wheel_back"]], e.skeleton[V["spoke_back"]]
    ang = math.atan2(kx - wx, ky - wy)  # clockwise from up, driving forward
    ang *= e.facing * flip
    paint = skia.Paint(AntiAlias=True, Color=_c((200, 204, 212)), Style=skia.Paint.kStroke_Style,
                       StrokeCap=skia.Paint.kRound_Cap)
    hub = skia.Paint(AntiAlias=True, Color=_c((220, 222, 228)))
    for u, v, r in parts.wheels:
        rr = r * 0.7
        paint.setStrokeWidth(r * 0.18)
        for k in range(2):
            a = ang + k * math.pi / 2
            dx, dy = math.sin(a) * rr, -math.cos(a) * rr
            canvas.drawLine(u - dx, v - dy, u + dx, v + dy, paint)
        canvas.drawCircle(u, v, r * 0.2, hub)
