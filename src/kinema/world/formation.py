"""The formation effect: a member drawn as pieces of a material (a tiger of flowers).

The pieces are laid out over the member's own picture, denser on its outline and where its
colours change (stripes, eyes), each taking the picture's colour at its place. A burst throws
them into the air: an impulse from an origin (or the body's own motion), a curl-noise swirl
with drag, the material's own gravity, spread in depth. At `reform_at` they turn back in a
staggered order and fly home along smooth paths that overshoot a little; then the shape
breathes again. Timing comes from `appearance.formation` and from `burst` actions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import skia

from kinema.assets import AssetData
from kinema.materials import EMOJI, Material, material
from kinema.screenplay.model import Action, FormationTiming, Verb
from kinema.world.state import FormationFrame

MASK_PX = 96
REFORM_S = 2.4  # a reform from its start to the last piece home, when the screenplay does not say
DEFAULT_AIR_S = 4.0  # burst_at to reform_at, when the screenplay does not say
STAGGER = 0.4  # of the reform: the last piece leaves this much later than the first
SWEEP_S = 1.2  # a burst peels off over this long, the far side from its origin first
OVERSHOOT = 1.2  # easeOutBack's constant: about 5 % past the target, then back
PALETTE = 12  # colours a formation's pieces are drawn in (render/formation.py pre-draws each)
COVER = 1.45  # a piece's diameter against the side of its share of the picture
FLOOR = 0.3  # body heights: pieces in the air are turned back up this far above the ground


def _picture_surface(asset: AssetData, px: int) -> tuple[skia.Surface, float]:
    if asset.kind == "svg":
        dom = skia.SVGDOM.MakeFromStream(skia.MemoryStream(asset.data, True))
        size = dom.containerSize()
        vw, vh = (size.width(), size.height()) if size.width() > 0 else (36.0, 36.0)
        aspect = vw / vh
        surf = skia.Surface(max(1, round(px * aspect)), px)
        canvas = surf.getCanvas()
        canvas.scale(px / vh, px / vh)
        dom.setContainerSize(skia.Size(vw, vh))
        dom.render(canvas)
    else:
        img = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(asset.data))
        aspect = img.width() / img.height()
        surf = skia.Surface(max(1, round(px * aspect)), px)
        surf.getCanvas().drawImageRect(img, skia.Rect.MakeWH(surf.width(), px))
    return surf, aspect


def alpha_mask(asset: AssetData, px: int = MASK_PX) -> tuple[np.ndarray, float]:
    """The artwork's alpha as a (px, round(px * aspect)) bool array, and its aspect (w / h)."""
    surf, aspect = _picture_surface(asset, px)
    return surf.makeImageSnapshot().toarray()[:, :, 3] > 128, aspect


def picture(asset: AssetData, px: int) -> tuple[np.ndarray, float]:
    """The artwork as straight (not premultiplied) RGBA floats 0..1, px rows, and its aspect."""
    surf, aspect = _picture_surface(asset, px)
    rgba = surf.makeImageSnapshot().toarray().astype(np.float32) / 255.0
    if surf.imageInfo().colorType() == skia.ColorType.kBGRA_8888_ColorType:
        rgba = rgba[:, :, [2, 1, 0, 3]]
    a = rgba[:, :, 3:4]
    rgba[:, :, :3] = np.where(a > 0, rgba[:, :, :3] / np.maximum(a, 1e-6), 0.0)
    return np.clip(rgba, 0.0, 1.0), aspect


@dataclass(frozen=True)
class Layout:
    """Where the pieces sit in the formed shape, in body heights (x centred, y up from the feet)."""

    targets: np.ndarray  # (n, 2)
    size: np.ndarray  # (n,) diameter, body heights
    colour: np.ndarray  # (n, 3) uint8: the picture's colour at the target


def layout_px(n: int) -> int:
    """The picture's height in pixels to lay n pieces out on: about 50 pixels a piece."""
    return int(np.clip(round(10 * math.sqrt(n)), 128, 400))


def lay_out(rgba: np.ndarray, aspect: float, n: int, rng: np.random.Generator, iterations: int = 10) -> Layout:
    """n pieces over the picture by weighted Lloyd relaxation: even cover, denser where the weight
    is high (the outline, colour edges); each piece's size follows its share of the picture."""
    h, w = rgba.shape[:2]
    mask = rgba[:, :, 3] > 0.5
    ys, xs = np.nonzero(mask)
    if ys.size == 0:
        ys, xs = np.array([h // 2]), np.array([w // 2])
        mask = np.zeros((h, w), bool)
        mask[h // 2, w // 2] = True
    dist = cv2.distanceTransform(mask.astype(np.uint8), cv2.DIST_L2, 3)
    edge = np.clip(1.0 - dist / (0.035 * h), 0.0, 1.0)
    lum = cv2.GaussianBlur(rgba[:, :, :3] @ np.array([0.3, 0.59, 0.11], np.float32), (0, 0), 1.0)
    grad = np.hypot(cv2.Sobel(lum, cv2.CV_32F, 1, 0), cv2.Sobel(lum, cv2.CV_32F, 0, 1))
    inside = grad[mask]
    top = float(np.percentile(inside, 95)) if inside.size else 0.0
    feature = np.clip(grad / top, 0.0, 1.0) if top > 1e-6 else np.zeros_like(grad)
    weight = (1.0 + 5.0 * edge + 4.0 * feature)[ys, xs].astype(np.float64)
    pick = rng.choice(ys.size, size=n, replace=n > ys.size, p=weight / weight.sum())
    pts = np.stack([xs[pick], ys[pick]], axis=1).astype(np.float64) + rng.random((n, 2)) - 0.5
    cell = np.zeros(ys.size, np.int64)
    for _ in range(iterations):
        cell = _cells(pts, xs, ys, h, w)
        wsum = np.bincount(cell, weight, n)
        full = wsum > 0
        cx = np.bincount(cell, weight * xs, n)
        cy = np.bincount(cell, weight * ys, n)
        pts[full, 0] = cx[full] / wsum[full]
        pts[full, 1] = cy[full] / wsum[full]
    area = np.bincount(_cells(pts, xs, ys, h, w), minlength=n).astype(np.float64)
    med = float(np.median(area[area > 0])) if (area > 0).any() else 1.0
    side = np.sqrt(np.clip(area, 0.35 * med, 3.0 * med))
    px_x = np.clip(np.round(pts[:, 0]).astype(np.int64), 0, w - 1)
    px_y = np.clip(np.round(pts[:, 1]).astype(np.int64), 0, h - 1)
    # Blurred a little against aliasing, premultiplied so the outline does not darken towards the clear pixels.
    soft = cv2.GaussianBlur(rgba[:, :, :3] * rgba[:, :, 3:4], (0, 0), 0.8)
    cover = cv2.GaussianBlur(rgba[:, :, 3], (0, 0), 0.8)[px_y, px_x, None]
    colour = np.round(np.clip(soft[px_y, px_x] / np.maximum(cover, 1e-3), 0, 1) * 255).astype(np.uint8)
    u = (pts[:, 0] + 0.5) / w - 0.5
    v = 1.0 - (pts[:, 1] + 0.5) / h
    return Layout(np.stack([u * aspect, v], axis=1), COVER * side / h, colour)


def _cells(pts: np.ndarray, xs: np.ndarray, ys: np.ndarray, h: int, w: int) -> np.ndarray:
    """Each picture pixel's nearest piece: a distance transform that labels every pixel with its
    nearest seed, so a Voronoi assignment costs one pass over the picture."""
    seeds = np.ones((h, w), np.uint8)
    sx = np.clip(np.round(pts[:, 0]).astype(np.int64), 0, w - 1)
    sy = np.clip(np.round(pts[:, 1]).astype(np.int64), 0, h - 1)
    seeds[sy, sx] = 0
    _, labels = cv2.distanceTransformWithLabels(seeds, cv2.DIST_L2, 5, labelType=cv2.DIST_LABEL_PIXEL)
    lut = np.zeros(int(labels.max()) + 1, np.int64)
    lut[labels[sy, sx]] = np.arange(len(pts))  # two pieces on one pixel: the later one takes the cell
    cells: np.ndarray = lut[labels[ys, xs]]
    return cells


def quantise(colour: np.ndarray, k: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A palette of at most k colours (k-means) and each colour's index into it."""
    c = colour.astype(np.float64)
    uniq = np.unique(colour, axis=0)
    k = min(k, len(uniq))
    centres = uniq[rng.choice(len(uniq), size=k, replace=False)].astype(np.float64)
    idx = np.zeros(len(c), np.int64)
    for _ in range(12):
        idx = np.argmin(((c[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2), axis=1)
        for j in range(k):
            members = c[idx == j]
            if len(members):
                centres[j] = members.mean(axis=0)
    return np.round(centres).astype(np.uint8), idx


@dataclass(frozen=True)
class Episode:
    """One burst: into the air at `at`, turning back at `reform` (None: never), whole at `formed`."""

    at: float
    reform: float | None
    formed: float | None
    hold: float
    origin: str
    order: str
    fall: bool


def episodes(timing: FormationTiming, actions: list[Action], member: str) -> list[Episode]:
    """The member's bursts in one scene: from `appearance.formation` and from `burst` actions."""
    out = []
    t = timing
    if t.burst_at is not None:
        back = t.reform_at if t.reform_at is not None else t.burst_at + DEFAULT_AIR_S
        out.append(Episode(t.burst_at, back, back + REFORM_S, t.hold, t.origin, t.order, t.fall))
    for a in actions:
        if a.who == member and a.do == Verb.BURST:
            reform = None if a.until is None else a.at + 0.5 * (a.until - a.at)
            out.append(Episode(a.at, reform, a.until, t.hold, t.origin, t.order, t.fall))
    return sorted(out, key=lambda e: e.at)


def _ease_back(u: np.ndarray) -> np.ndarray:
    x = np.clip(u, 0.0, 1.0) - 1.0
    return 1.0 + (OVERSHOOT + 1.0) * x ** 3 + OVERSHOOT * x ** 2  # type: ignore[no-any-return]


class Formation:
    def __init__(self, member: str, made_of: str, layout: Layout, height: float, native_facing: int,
                 rng: np.random.Generator, plan: list[Episode]) -> None:
        self.id = member
        mat = material(made_of)
        self.mat: Material = mat if mat is not None else EMOJI
        self.emoji = made_of if mat is None else ""
        self.targets = layout.targets.astype(np.float64)
        self.base_size = layout.size.astype(np.float64)
        pal, idx = quantise(layout.colour, PALETTE, rng)
        if self.mat.ramp is not None:  # fire, sparks, stars: the picture's light and dark, in light
            lum = pal.astype(np.float64) @ np.array([0.3, 0.59, 0.11])
            k = ((lum - lum.min()) / max(1e-6, float(np.ptp(lum))))[:, None]
            lo, hi = (np.array(c, np.float64) for c in self.mat.ramp)
            pal = np.round(lo + (hi - lo) * k).astype(np.uint8)
        self.palette: tuple[tuple[int, int, int], ...] = tuple(
            (int(r), int(g), int(b)) for r, g, b in pal.tolist())
        n = len(self.targets)
        self.tone = (idx * 2 + (rng.random(n) < 0.5)).astype(np.uint8)
        self.height = height
        self.native = native_facing
        self.rng = rng
        self.plan = plan
        self.phase_of = rng.random(n) * 2 * math.pi  # each piece's flutter phase
        head_side = self.targets[:, 0] * (native_facing or 1)
        width = float(np.ptp(self.targets[:, 0])) or 1.0
        self.head = np.clip((head_side - 0.15 * width) / (0.3 * width), 0.0, 1.0) * (self.targets[:, 1] > 0.4)
        self.swirl = rng.normal(0.0, 1.0, (3, 4))  # curl-noise waves: direction, wavelength, phase
        self.episode: Episode | None = None
        self.pos = np.zeros_like(self.targets)
        self.prev = self.pos
        self.vel = np.zeros_like(self.targets)
        self.z = np.zeros(n)
        self.vz = np.zeros(n)
        self.free = np.zeros_like(self.targets)  # where each piece would be, flying free
        self.start = np.full(n, np.inf)  # when each piece turns home in the current reform
        self.turned = np.zeros(n, bool)
        self.p0 = np.zeros_like(self.targets)  # where and how fast each piece was when it turned
        self.v0 = np.zeros_like(self.targets)
        self.z0 = np.zeros(n)
        self.home_now = self.pos
        self.alive_from = -math.inf  # the shape breathes from this time on
        self.centre = np.zeros(2)  # where the current burst came from
        self.release = np.zeros(n)  # when each piece leaves the shape in the current burst
        self.vel0 = np.zeros_like(self.targets)
        self.phase = "formed"

    def home(self, x: float, y: float, facing: int, t: float) -> np.ndarray:
        """Where the pieces sit in the formed shape at t: breathing and turning its head when alive."""
        flip = -1.0 if self.native and self.native != facing else 1.0
        alive = float(np.clip(t - self.alive_from, 0.0, 1.0))
        breath = 1.0 + 0.012 * alive * math.sin(2 * math.pi * t / 3.2)
        nod = 0.02 * alive * math.sin(2 * math.pi * t / 2.3) * self.head
        return np.stack([x + flip * self.targets[:, 0] * self.height,
                         y + (self.targets[:, 1] * breath + nod) * self.height], axis=1)

    def place(self, x: float, y: float, facing: int, t: float) -> None:
        self.pos = self.prev = self.home_now = self.home(x, y, facing, t)

    def _air(self, p: np.ndarray, t: float, wind: float) -> np.ndarray:
        """The air's velocity at p: the scene's wind and a swirl (the curl of a sum of waves, so it
        neither piles pieces up nor empties a region)."""
        h = self.height
        vx = np.full(len(p), wind)
        vy = np.zeros(len(p))
        for a, b, k, ph in self.swirl:
            kx, ky = a / (1.4 * h), b / (1.4 * h)
            c = np.cos(kx * p[:, 0] + ky * p[:, 1] + (0.6 + 0.2 * k) * t + ph)
            amp = 0.35 * h / math.hypot(kx * h, ky * h + 1e-9)
            vx += amp * ky * h * c
            vy -= amp * kx * h * c
        return np.stack([vx, vy], axis=1) * self.mat.wind

    def _burst(self, ep: Episode, home: np.ndarray, body_v: tuple[float, float], wind: float,
               facing: int) -> None:
        h, m, n = self.height, self.mat, len(home)
        centre = home.mean(axis=0)
        half = 0.5 * float(np.ptp(home[:, 0]))
        ahead = np.array([facing * half, 0.0])
        origin = {"head": centre + ahead, "tail": centre - ahead,
                  "below": (centre[0], float(home[:, 1].min()))}.get(ep.origin, centre)
        out = home - np.asarray(origin)
        out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-6
        out[:, 1] = np.where(out[:, 1] < 0, 0.3 * out[:, 1], out[:, 1])  # into the air, not into the ground
        speed = m.burst * h * (0.5 + 0.8 * self.rng.random((n, 1)))
        scatter = self.rng.normal(0.0, 0.35 * m.burst * h, (n, 2))
        vel = out * speed + scatter + (0.0, 0.25 * m.burst * h)
        if ep.origin == "motion":  # the pieces carry on with the body: a leap that bursts mid-air
            vel = np.asarray(body_v) + 0.5 * vel
        elif ep.origin == "wind":  # blown off downwind, the near side first
            side = (1.0 if wind > 0 else -1.0) if abs(wind) > 0.05 else float(facing)
            vel = 0.5 * vel + (side * 1.3 * m.burst * h, 0.15 * m.burst * h)
        self.vel = vel
        self.vel0 = vel.copy()
        self.centre = np.asarray(origin, np.float64)
        # It peels off the far side first (the reference's tiger streams away from its tail); a burst
        # that carries the body's motion goes at once.
        far = np.linalg.norm(home - self.centre, axis=1)
        sweep = 0.15 if ep.origin == "motion" else SWEEP_S
        rank = np.argsort(np.argsort(-far, kind="stable"), kind="stable") / max(1, n - 1)
        self.release = ep.at + sweep * np.clip(rank + self.rng.normal(0.0, 0.04, n), 0.0, 1.0)
        self.free = self.pos.copy()
        self.z = np.zeros(n)
        self.vz = self.rng.normal(0.0, 0.9, n)
        self.start = np.full(n, np.inf)
        self.turned = np.zeros(n, bool)

    def step(self, t: float, dt: float, x: float, y: float, facing: int, body_v: tuple[float, float],
             gravity: float, wind: float, ground: tuple[np.ndarray, np.ndarray]) -> list[str]:
        """Advance one frame, to t + dt; returns events ('burst', 'formed')."""
        tn = t + dt
        events: list[str] = []
        ep = next((e for e in reversed(self.plan) if e.at <= tn), None)
        if ep is not None and ep.formed is not None and tn >= ep.formed:
            ep = None
        home = self.home(x, y, facing, tn)
        self.prev = self.pos
        if ep is not self.episode:
            if self.episode is not None:
                events.append("formed")
                done = self.episode
                self.alive_from = (done.formed if done.formed is not None else tn) + done.hold
                home = self.home(x, y, facing, tn)
            self.episode = ep
            if ep is not None:
                self._burst(ep, home, body_v, wind, facing)
                events.append("burst")
        self.home_now = home
        if ep is None:
            self.pos, self.phase = home, "formed"
            self.z = np.zeros(len(home))
            return events
        self._fly(ep, tn, dt, gravity, wind, ground)
        held = tn < self.release  # not yet peeled off: still in the shape, its push waiting
        if held.any():
            self.free[held], self.vel[held], self.z[held] = home[held], self.vel0[held], 0.0
            self.pos = np.where(held[:, None], home, self.pos)
        if ep.reform is None or tn < ep.reform:
            self.phase = "burst"
            return events
        self.phase = "reform"
        end = ep.formed if ep.formed is not None else ep.reform + REFORM_S
        span = end - ep.reform
        flight = (1.0 - STAGGER) * span
        if not np.isfinite(self.start).any():  # the reform begins: each piece's turn
            self.start = ep.reform + STAGGER * span * self._rank(ep.order)
        go = tn >= self.start
        fresh = go & ~self.turned
        self.turned |= fresh
        self.p0[fresh], self.v0[fresh], self.z0[fresh] = self.free[fresh], self.vel[fresh], self.z[fresh]
        u = np.clip((tn - self.start) / flight, 0.0, 1.0)
        s = u * u * (3 - 2 * u)
        pull = _ease_back(s)[:, None]
        lead = (u * (1 - u) ** 2)[:, None] * flight  # leaves along its own velocity: no corner in the path
        pos = self.pos.copy()
        pos[go] = (home + (self.p0 - home) * (1.0 - pull) + self.v0 * lead)[go]
        pos[u >= 1.0] = home[u >= 1.0]
        self.z[go] = (self.z0 * (1.0 - s))[go]
        self.pos = pos
        return events

    def _rank(self, order: str) -> np.ndarray:
        n = len(self.targets)
        if order == "centre":
            key = np.linalg.norm(self.targets - self.targets.mean(axis=0), axis=1)
        elif order == "random":
            key = self.rng.random(n)
        else:  # head first: along the body from its head to its tail
            key = -self.targets[:, 0] * (self.native or 1) - 0.3 * self.targets[:, 1]
        r = np.argsort(np.argsort(key, kind="stable"), kind="stable") / max(1, n - 1)
        return np.clip(r + self.rng.normal(0.0, 0.05, n), 0.0, 1.0)

    def _fly(self, ep: Episode, t: float, dt: float, gravity: float, wind: float,
             ground: tuple[np.ndarray, np.ndarray]) -> None:
        """The pieces still in the air (not yet turned home) drift one frame."""
        m, h = self.mat, self.height
        free = ~self.turned
        p, v = self.free, self.vel
        air = self._air(p, t, wind)
        away = p - self.centre  # the cloud keeps opening out, slowly, as a breath of air would carry it
        air += 0.12 * h * away / (np.linalg.norm(away, axis=1, keepdims=True) + 0.1 * h)
        if m.flutter:  # each piece sways on its own phase: petals, leaves, wings
            sway = self.phase_of + 2 * math.pi * 0.7 * t
            air[:, 0] += m.flutter * h * np.sin(sway)
            air[:, 1] += 0.5 * m.flutter * h * np.cos(2 * sway)
        v += (air - v) * (1.0 - math.exp(-m.drag * dt))
        v[:, 1] -= m.gravity * gravity * dt
        p += v * dt
        self.z += self.vz * dt
        self.vz *= math.exp(-0.8 * dt)
        np.clip(self.z, -1.0, 1.0, out=self.z)
        floor = np.interp(p[:, 0], *ground)
        if ep.fall:  # asked to fall: they settle on the ground and lie there
            under = p[:, 1] < floor
            p[under, 1] = floor[under]
            v[under] *= 0.2
        else:  # in the air: a cushion above the ground turns them back up, nothing piles
            low = floor + FLOOR * h
            under = p[:, 1] < low
            push = (low[under] - p[under, 1]) / (FLOOR * h) * 6.0 * h * dt
            v[under, 1] += push + np.maximum(0.0, -v[under, 1]) * 0.2
            p[:, 1] = np.maximum(p[:, 1], floor + 0.02 * h)
        self.pos = np.where(free[:, None], p, self.pos)

    def frame(self, dt: float) -> FormationFrame:
        depth = 1.0 + 0.45 * self.z
        alpha = np.clip(1.0 + 0.45 * np.minimum(self.z, 0.0), 0.0, 1.0)
        if self.mat.glow and self.phase != "formed":
            alpha = alpha * (0.8 + 0.2 * np.sin(self.phase_of * 7.0 + 9.0 * self.pos[:, 0]))
        vel = (self.pos - self.prev) / dt if dt > 0 else np.zeros_like(self.pos)
        f32 = np.float32
        pos, vel, home = self.pos.astype(f32), vel.astype(f32), self.home_now.astype(f32)
        return FormationFrame(
            self.id, self.mat.name, self.emoji, self.palette, self.phase, pos[:, 0].copy(), pos[:, 1].copy(),
            vel[:, 0].copy(), vel[:, 1].copy(), (self.base_size * self.height * depth).astype(f32),
            alpha.astype(f32), self.z.astype(f32), self.tone.copy(), home[:, 0].copy(), home[:, 1].copy())


def formation_stats(f: FormationFrame, ground_x: np.ndarray, ground_y: np.ndarray) -> dict[str, object]:
    """A formation on the trace: its phase, centroid, height of the centroid above the ground, spread
    (mean distance from the centroid) and the farthest piece from its place in the shape, metres."""
    if len(f) == 0:
        return {"id": f.id, "phase": f.phase, "count": 0}
    x, y = f.x.astype(np.float64), f.y.astype(np.float64)
    cx, cy = float(x.mean()), float(y.mean())
    above = float((y - np.interp(x, ground_x, ground_y)).mean())
    return {"id": f.id, "material": f.material, "phase": f.phase, "count": len(f),
            "centroid": [round(cx, 4), round(cy, 4)], "above_ground": round(above, 4),
            "spread": round(float(np.hypot(x - cx, y - cy).mean()), 4),
            "off_home": round(float(np.hypot(x - f.home_x, y - f.home_y).max()), 5)}
