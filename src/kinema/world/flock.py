"""Groups: a member with `appearance.count` > 1 is that many copies moving together.

The member's pymunk body stays the group's leader, steered by its verbs as usual; the copies
are numpy arrays stepped once per frame around it. By archetype:

- bird: a flock. Boids (separation, alignment, cohesion) plus seeking the leader; on the
  ground with the leader they settle around it with wings folded.
- fish: a school. Tighter alignment, a tail stroke that swings the body, kept under the water
  surface of an underwater scene and above the floor.
- prop: a field (asteroids, rocks, balloons) spread over a few tens of metres around the
  body. Copies drift and tumble in low gravity or around an airborne body, rest and roll on
  the terrain otherwise, and are pushed aside by other actors' bodies passing through.
- the rest: a herd or crowd walking on the terrain behind and around the leader.

Everything is vectorised: no Python loop per copy. Neighbours are all pairs up to
FULL_PAIRS copies, above that a grid with a cap per cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kinema.screenplay.model import Archetype, Place, Setting
from kinema.seeds import rng
from kinema.world.actor import Actor
from kinema.world.state import GroupFrame
from kinema.world.terrain import Terrain

FULL_PAIRS = 300  # up to this many copies every pair is a neighbour candidate
CELL_CAP = 8  # above it: at most this many candidates per grid cell
WATER_SURFACE = 14.0  # metres: where the underwater painter's light shafts start
FLOAT_GRAVITY = 2.0  # below this (m/s²) a field floats instead of resting on the ground
FLAP_HZ = 6.0
SWIM_HZ = 1.5


@dataclass(frozen=True, slots=True)
class Leader:
    """The member's own body this frame: feet position, velocity, facing."""

    x: float
    y: float
    vx: float
    vy: float
    facing: int
    grounded: bool


def leader_of(a: Actor) -> Leader:
    p, v = a.body.position, a.body.velocity
    return Leader(float(p.x), float(p.y - a.foot), float(v.x), float(v.y), a.facing, a.grounded)


def bodies(actors: list[Actor], leader: str) -> np.ndarray:
    """(k, 5) rows of centre x, y, radius, vx, vy: every body but the group's own leader."""
    rows = [(a.body.position.x, a.body.position.y - a.foot + a.height / 2, 0.5 * max(a.width, a.height),
             a.body.velocity.x, a.body.velocity.y) for a in actors if a.member.id != leader]
    return np.array(rows, dtype=np.float64).reshape(-1, 5)


def group_for(a: Actor, setting: Setting, terrain: Terrain, seed: int) -> Group:
    m = a.member
    return Group(m.id, m.archetype, m.appearance.count, a.height, a.width, a.stride, leader_of(a),
                 setting.gravity, setting.place == Place.UNDERWATER, terrain, rng(seed, "flock", m.id))


def kind_of(archetype: Archetype) -> str:
    if archetype == Archetype.BIRD:
        return "flock"
    if archetype == Archetype.FISH:
        return "school"
    if archetype == Archetype.PROP:
        return "field"
    return "herd"


def _vogel(n: int, spacing: float) -> np.ndarray:
    """n points on a sunflower disc, about `spacing` apart: an even start with no overlaps."""
    k = np.arange(n, dtype=np.float64) + 0.5
    r = spacing * np.sqrt(k / math.pi)
    a = k * math.pi * (3.0 - math.sqrt(5.0))
    return np.stack([r * np.cos(a), r * np.sin(a)], axis=1)


def _blob(n: int, spacing: float, flat: float, rng: np.random.Generator) -> np.ndarray:
    """Slots for a flock or school: a sunflower disc stretched wide, its edge warped, jittered."""
    pts = _vogel(n, spacing)[rng.permutation(n)]
    ang = np.arctan2(pts[:, 1], pts[:, 0])
    p1, p2 = rng.uniform(0.0, 2 * math.pi, 2)
    warp = 1.0 + 0.22 * np.sin(2 * ang + p1) + 0.12 * np.sin(3 * ang + p2)
    pts *= warp[:, None]
    pts += rng.normal(0.0, 0.12 * spacing, pts.shape)
    pts[:, 0] *= 1.3
    pts[:, 1] *= flat
    return pts


def _grid_pairs(pos: np.ndarray, cell: float, cap: int) -> tuple[np.ndarray, np.ndarray]:
    """Candidate neighbours (N, 9*cap) from the 3x3 grid cells around each copy, and validity."""
    n = len(pos)
    ij = np.floor(pos / cell).astype(np.int64)
    ij -= ij.min(axis=0) - 1  # one empty ring of cells around: neighbour keys never wrap
    rows = int(ij[:, 1].max()) + 2
    key = ij[:, 0] * rows + ij[:, 1]
    order = np.argsort(key, kind="stable")
    skey = key[order]
    lanes = np.arange(cap)
    idx, ok = [], []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            k = key + dx * rows + dy
            lo = np.searchsorted(skey, k, "left")
            hi = np.searchsorted(skey, k, "right")
            cand = lo[:, None] + lanes
            ok.append(cand < hi[:, None])
            idx.append(order[np.minimum(cand, n - 1)])
    nb = np.concatenate(idx, axis=1)
    valid = np.concatenate(ok, axis=1) & (nb != np.arange(n)[:, None])
    return nb, valid


class Group:
    """The copies of one member. `step` once per frame, `frame` for the renderer."""

    def __init__(self, member_id: str, archetype: Archetype, count: int, height: float, width: float,
                 stride: float, leader: Leader, gravity: float, underwater: bool, terrain: Terrain,
                 gen: np.random.Generator) -> None:
        self.id = member_id
        self.kind = kind_of(archetype)
        self.n = count
        self.height = height
        self.width = width
        self.stride = stride
        self.gravity = gravity
        self.underwater = underwater
        self.terrain = terrain
        self.rng = rng = gen
        n = count
        big = max(width, height)
        self.phase = rng.random(n)
        self.rate = 1.0 + 0.15 * rng.standard_normal(n)  # each copy beats at its own pace
        self.vel = np.zeros((n, 2))
        self.facing = np.full(n, leader.facing, np.int8)
        self.angle = np.zeros(n)
        self.spin = np.zeros(n)
        self.spin_rest = self.spin
        self.clock = 0.0
        self.wave = rng.uniform(0.0, 2 * math.pi, n)  # each copy's own phase in the flock's slow breathing
        centre = np.array([leader.x, leader.y + height / 2])
        if self.kind in ("flock", "school"):
            self.spacing = (2.5 if self.kind == "flock" else 1.25) * big
            self.scale = rng.uniform(0.75, 1.1, n)
            self.slot = _blob(n, self.spacing * 1.15, 0.6 if self.kind == "flock" else 0.45, rng)
            self.pos = centre + self.slot
            self.vel[:] = (leader.vx, leader.vy)
        elif self.kind == "field":
            self.spacing = big
            self.span = min(90.0, max(20.0, 1.5 * math.sqrt(n) * big))
            self.scale = np.clip(np.exp(0.45 * rng.standard_normal(n)), 0.35, 1.8)
            # An elliptical belt, denser at its middle, with ragged edges.
            r = np.sqrt(rng.random(n)) * (1.0 + 0.2 * rng.standard_normal(n))
            a = rng.uniform(0.0, 2 * math.pi, n)
            self.slot = np.stack([r * np.cos(a) * self.span / 2, r * np.sin(a) * self.span * 0.2], axis=1)
            self.pos = centre + self.slot
            self.drift = rng.normal(0.0, 0.12, (n, 2)) * max(1.0, big)
            self.spin = rng.uniform(-0.7, 0.7, n)
            self.spin_rest = self.spin.copy()
            self.angle = rng.uniform(-math.pi, math.pi, n)
            self.vel = self.drift.copy()
        else:
            self.spacing = 1.35 * big
            rows = max(1, min(6, round(math.sqrt(n / 3.0))))
            k = np.arange(n)
            col, row = k // rows, k % rows
            cols = math.ceil(n / rows)
            # Columns run from a little ahead of the leader to behind it; odd rows sit half a gap off.
            along = self.spacing * (col - 0.45 * cols + 0.5 * (row % 2) + rng.uniform(-0.2, 0.2, n))
            self.slot = np.stack([along, row.astype(np.float64)], axis=1)
            self.scale = (1.0 - 0.07 * row) * rng.uniform(0.95, 1.05, n)  # back rows are further away
            x = leader.x - leader.facing * along
            self.pos = np.stack([x, self._ground(x) + self._half()], axis=1)
        if self.kind == "field" and gravity >= FLOAT_GRAVITY and leader.grounded:
            self.pos[:, 1] = self._ground(self.pos[:, 0]) + self._half()  # resting from the first frame
        else:
            self._bounds()

    # -- helpers ------------------------------------------------------------------------

    def _half(self) -> np.ndarray:
        return np.asarray(0.5 * self.height * self.scale)

    def _ground(self, x: np.ndarray) -> np.ndarray:
        return self.terrain.heights(x)

    def _social(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per copy: separation push, neighbours' mean velocity and mean position, neighbour count.

        Small groups weigh all pairs as (N, N) matrices (matrix products, no (N, N, 2) arrays);
        large ones gather at most CELL_CAP candidates from each of the 9 grid cells around a copy.
        """
        n, s = self.n, self.spacing
        x, y = self.pos[:, 0], self.pos[:, 1]
        if n <= FULL_PAIRS:
            dx = x[:, None] - x[None, :]
            dy = y[:, None] - y[None, :]
            dist = np.sqrt(dx * dx + dy * dy)
            np.fill_diagonal(dist, np.inf)
            near = (dist < 3.0 * s).astype(np.float64)
            cnt = near.sum(axis=1)
            mean_v = near @ self.vel
            mean_p = near @ self.pos
        else:
            nb, valid = _grid_pairs(self.pos, 2.0 * s, CELL_CAP)
            dx = x[:, None] - x[nb]
            dy = y[:, None] - y[nb]
            dist = np.where(valid, np.sqrt(dx * dx + dy * dy), np.inf)
            near = (dist < 3.0 * s).astype(np.float64)
            cnt = near.sum(axis=1)
            vx, vy = self.vel[:, 0], self.vel[:, 1]
            mean_v = np.stack([(near * vx[nb]).sum(axis=1), (near * vy[nb]).sum(axis=1)], axis=1)
            mean_p = np.stack([(near * x[nb]).sum(axis=1), (near * y[nb]).sum(axis=1)], axis=1)
        # Separation: a push that grows linearly as a neighbour comes inside one spacing.
        w = np.clip(1.0 - dist / s, 0.0, None) / np.maximum(dist, 1e-6)
        sep = np.stack([(w * dx).sum(axis=1), (w * dy).sum(axis=1)], axis=1)
        div = np.maximum(cnt, 1.0)[:, None]
        return sep, mean_v / div, mean_p / div, cnt

    # -- stepping -----------------------------------------------------------------------

    def step(self, dt: float, leader: Leader, others: np.ndarray) -> None:
        """Advance one frame. `others`: (k, 5) rows of x, y (centre), radius, vx, vy of other bodies."""
        if self.kind == "flock" and leader.grounded and math.hypot(leader.vx, leader.vy) < 0.3:
            self._settle(dt, leader)
        elif self.kind in ("flock", "school"):
            self._boids(dt, leader)
        elif self.kind == "field":
            self._field(dt, leader, others)
        else:
            self._herd(dt, leader)

    def _boids(self, dt: float, leader: Leader) -> None:
        school = self.kind == "school"
        s = self.spacing
        sep, mean_v, mean_p, cnt = self._social()
        has = (cnt > 0)[:, None]
        ali = np.where(has, mean_v - self.vel, 0.0)
        coh = np.where(has, mean_p - self.pos, 0.0)
        lv = np.array([leader.vx, leader.vy])
        # The flock breathes: slots swell and shrink, and a slow wave runs through it.
        self.clock += dt
        c = self.clock
        swell = 1.0 + 0.12 * np.sin(0.7 * c + self.wave)
        home = np.array([leader.x, leader.y + self.height / 2]) + self.slot * swell[:, None]
        home[:, 1] += 0.6 * s * np.sin(0.9 * c + self.slot[:, 0] / (4.0 * s))
        k_ali, k_coh, k_sep = (3.0, 0.5, 30.0) if school else (2.0, 0.3, 25.0)
        acc = (k_sep * s * sep + k_ali * ali + k_coh * coh
               + 0.35 * (home - self.pos) + 1.2 * (lv - self.vel))
        acc += self.rng.normal(0.0, 2.0 * s, acc.shape)  # each bird's own small wander
        if school:
            top = WATER_SURFACE - 1.5 * self.height if self.underwater else math.inf
            acc[:, 1] += 6.0 * np.minimum(top - self.pos[:, 1], 0.0)
        floor = self._ground(self.pos[:, 0]) + 2.0 * self.height
        acc[:, 1] += 6.0 * np.maximum(floor - self.pos[:, 1], 0.0)
        self.vel += acc * dt
        speed = np.sqrt((self.vel * self.vel).sum(axis=1, keepdims=True)) + 1e-9
        top_speed = math.hypot(*lv) + 3.0 * s + 1.0
        self.vel *= np.minimum(1.0, top_speed / speed)
        self.pos += self.vel * dt
        self._bounds()
        self._turn(0.55)
        hz = SWIM_HZ if school else FLAP_HZ
        self.phase = (self.phase + hz * self.rate * dt) % 1.0
        if school:  # the tail stroke swings the body a little
            self.angle += 0.18 * np.sin(2 * math.pi * self.phase)

    def _bounds(self) -> None:
        """Hard limits after a step: never through the ground, never out of the water."""
        low = self._ground(self.pos[:, 0]) + self._half()
        if self.kind == "school" and self.underwater:
            low = low + 0.5 * self.height
            high = WATER_SURFACE - self._half()
            over = self.pos[:, 1] > high
            self.pos[over, 1] = high[over]
            self.vel[over, 1] = np.minimum(self.vel[over, 1], 0.0)
        under = self.pos[:, 1] < low
        self.pos[under, 1] = low[under]
        self.vel[under, 1] = np.maximum(self.vel[under, 1], 0.0)

    def _turn(self, max_pitch: float) -> None:
        """Face the way each copy moves (kept while nearly still); pitch nose up or down."""
        vx, vy = self.vel[:, 0], self.vel[:, 1]
        moving = np.abs(vx) > 0.15
        self.facing = np.where(moving, np.where(vx > 0, 1, -1), self.facing).astype(np.int8)
        pitch = np.clip(np.arctan2(vy, np.abs(vx) + 0.5), -max_pitch, max_pitch)
        self.angle = pitch * self.facing

    def _settle(self, dt: float, leader: Leader) -> None:
        """Birds with a leader standing on the ground come down around it and fold their wings."""
        x_home = leader.x + self.slot[:, 0] * 1.4
        want = np.stack([x_home, self._ground(x_home) + self._half()], axis=1)
        gap = want - self.pos
        self.vel += (2.0 * gap - 2.5 * self.vel) * dt
        speed = np.sqrt((self.vel * self.vel).sum(axis=1, keepdims=True)) + 1e-9
        self.vel *= np.minimum(1.0, 4.0 / speed)
        self.pos += self.vel * dt
        self._bounds()
        aloft = self.pos[:, 1] - self._ground(self.pos[:, 0]) - self._half() > 0.05
        self._turn(0.4)
        self.angle = np.where(aloft, self.angle, 0.0)
        self.phase = np.where(aloft, (self.phase + FLAP_HZ * self.rate * dt) % 1.0, 0.25)

    def _field(self, dt: float, leader: Leader, others: np.ndarray) -> None:
        floating = self.gravity < FLOAT_GRAVITY or not leader.grounded
        centre = np.array([leader.x, leader.y + self.height / 2])
        radius = self._half()
        if floating:
            home = centre + self.slot
            # Back to the slow drift, and a weak pull home so the field keeps its shape.
            self.vel += ((self.drift - self.vel) * 0.8 + (home - self.pos) * 0.05) * dt
            self.pos += self.vel * dt
            self.angle += self.spin * dt
            self.spin += (self.spin_rest - self.spin) * min(1.0, 0.2 * dt)
        else:
            self.vel[:, 1] = 0.0
            self.vel[:, 0] *= math.exp(-1.5 * dt)  # rolling friction
            self.pos[:, 0] += self.vel[:, 0] * dt
            self.angle -= self.vel[:, 0] / np.maximum(radius, 1e-3) * dt  # rolls, not slides
        if len(others):
            self._push(others, radius, floating)
        if not floating:
            self.pos[:, 1] = self._ground(self.pos[:, 0]) + radius
        else:
            self._bounds()
        self.phase = (self.phase + 0.1 * dt) % 1.0

    def _push(self, others: np.ndarray, radius: np.ndarray, floating: bool) -> None:
        """Bodies passing through shove copies aside, off their path, rather than along it."""
        for ox, oy, r, ovx, ovy in others.tolist():  # a few bodies: the copies are vectorised
            d = self.pos - (ox, oy)
            if not floating:
                d[:, 1] = 0.0
            reach = r + radius
            hit = (d * d).sum(axis=1) < reach * reach
            if not hit.any():
                continue
            dh, rh = d[hit], reach[hit]
            speed = math.hypot(ovx, ovy)
            if speed > 0.5 and floating:
                ux, uy = ovx / speed, ovy / speed
                along = dh[:, 0] * ux + dh[:, 1] * uy
                across = -dh[:, 0] * uy + dh[:, 1] * ux
                side = np.where(across >= 0.0, 1.0, -1.0)
                # Out to the edge of the body's disc across its path, keeping the offset along it.
                need = np.sqrt(np.maximum(rh * rh - along * along, 0.0)) - np.abs(across)
                out = np.stack([-uy * side, ux * side], axis=1)
                self.pos[hit] += out * need[:, None]
                self.spin[hit] += np.clip(side * speed / rh, -3.0, 3.0) * 0.5  # a glancing blow tumbles it
            else:
                dist = np.sqrt((dh * dh).sum(axis=1)) + 1e-9
                out = dh / dist[:, None]
                self.pos[hit] += out * (rh - dist)[:, None]
            self.vel[hit] += out * (0.4 + 0.15 * speed)

    def _herd(self, dt: float, leader: Leader) -> None:
        want = leader.x - leader.facing * self.slot[:, 0]
        top = max(abs(leader.vx) * 1.4, 1.0)
        vx = np.clip((want - self.pos[:, 0]) * 1.5, -top, top)
        self.vel[:, 0] += (vx - self.vel[:, 0]) * min(1.0, 6.0 * dt)
        self.pos[:, 0] += self.vel[:, 0] * dt
        ground = self._ground(self.pos[:, 0])
        self.pos[:, 1] = ground + self._half()
        self.vel[:, 1] = 0.0
        moving = np.abs(self.vel[:, 0]) > 0.1
        self.facing = np.where(moving, np.where(self.vel[:, 0] > 0, 1, -1), leader.facing).astype(np.int8)
        slope = (self._ground(self.pos[:, 0] + 0.25) - self._ground(self.pos[:, 0] - 0.25)) / 0.5
        self.angle = np.arctan(slope)
        self.phase = (self.phase + np.abs(self.vel[:, 0]) * dt / self.stride) % 1.0

    def frame(self) -> GroupFrame:
        f32 = np.float32
        return GroupFrame(self.id, self.kind, self.height, self.pos[:, 0].astype(f32),
                          self.pos[:, 1].astype(f32), self.vel[:, 0].astype(f32), self.vel[:, 1].astype(f32),
                          self.angle.astype(f32), self.scale.astype(f32), self.facing.copy(),
                          self.phase.astype(f32))


def stats(g: GroupFrame) -> dict[str, float]:
    """Centroid, spread (RMS distance from it, metres), mean heading (radians) and polarisation."""
    if len(g) == 0:
        return {"x": 0.0, "y": 0.0, "spread": 0.0, "heading": 0.0, "polarisation": 0.0}
    x, y = g.x.astype(np.float64), g.y.astype(np.float64)
    cx, cy = float(x.mean()), float(y.mean())
    spread = float(np.sqrt(((x - cx) ** 2 + (y - cy) ** 2).mean()))
    vx, vy = g.vx.astype(np.float64), g.vy.astype(np.float64)
    speed = np.sqrt(vx * vx + vy * vy)
    moving = speed > 1e-6
    if not moving.any():
        return {"x": cx, "y": cy, "spread": spread, "heading": 0.0, "polarisation": 0.0}
    ux, uy = (vx[moving] / speed[moving]).mean(), (vy[moving] / speed[moving]).mean()
    return {"x": cx, "y": cy, "spread": spread, "heading": float(math.atan2(uy, ux)),
            "polarisation": float(math.hypot(ux, uy))}
