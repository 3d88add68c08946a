"""One deterministic world per scene, stepped at a fixed dt and sampled once per frame.

Bodies are pymunk rigid bodies on the terrain's static segments and the place's props, so
falling, landing and jumping follow gravity; behaviours (world/verbs.py) steer them by verb.
Particles and formations are numpy arrays stepped once per frame. Same screenplay and seed,
same states.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pymunk

from kinema.assets import resolve
from kinema.errors import AssetError
from kinema.screenplay.model import CastMember, Scene, Screenplay, Verb, Weather
from kinema.seeds import rng
from kinema.world import verbs
from kinema.world.actor import Actor, active
from kinema.world.archetypes import BODIES
from kinema.world.formation import Formation, alpha_mask, sample_targets
from kinema.world.keyframes import Track
from kinema.world.particles import DUST, RAIN, SNOW, ParticleFrame, Particles, merge
from kinema.world.props import build_props, surface
from kinema.world.state import EntityState, WorldState
from kinema.world.terrain import Terrain, build_terrain

DT = 1.0 / 240.0
CAPACITY = 6000  # free particles per scene
WIND_SPEED = {Weather.WIND: 5.0}


class SceneWorld:
    """The simulated world of one scene. Iterate to get one WorldState per frame."""

    def __init__(self, play: Screenplay, scene: Scene) -> None:
        self.play, self.scene = play, scene
        self.fps = play.format.fps
        self.gravity = scene.setting.gravity
        self.terrain: Terrain = build_terrain(scene.setting, play.seed)
        self.props = build_props(scene.setting.place)
        self.space = pymunk.Space()
        self.space.gravity = (0.0, -self.gravity)
        self.names: dict[pymunk.Shape, str] = {}
        self._ground()
        present = {a.who for a in scene.actions} | set(scene.staging) | {k.who for k in scene.keyframes}
        for shot in scene.shots:
            present.update(shot.subjects)
        self.actors: list[Actor] = []
        for m in play.cast:  # cast order, so the result never depends on set order
            if m.id in present:
                self.actors.append(self._spawn(m))
        self.by_id = {a.member.id: a for a in self.actors}
        self.plans = {a.member.id: [x for x in scene.actions if x.who == a.member.id] for a in self.actors}
        self.frames = round(scene.duration * self.fps)
        self.wind = WIND_SPEED.get(scene.setting.weather, 0.6)
        self.particles = Particles(CAPACITY, rng(play.seed, "particles", scene.id), self.wind)
        self.formations = {a.member.id: f for a in self.actors if (f := self._formation(a)) is not None}
        for eid, form in self.formations.items():  # assembled from the first frame
            a = self.by_id[eid]
            form.pos = form.home(a.body.position.x, a.body.position.y - a.foot, a.facing)

    def _ground(self) -> None:
        xs, ys = self.terrain.xs, self.terrain.ys
        static = self.space.static_body
        for i in range(len(xs) - 1):
            seg = pymunk.Segment(static, (xs[i], ys[i]), (xs[i + 1], ys[i + 1]), 0.0)
            seg.friction = 0.9
            self.space.add(seg)
            self.names[seg] = "ground"
        for p in self.props:
            if p.solid:
                box = pymunk.Poly(static, [(p.x0, p.y0), (p.x1, p.y0), (p.x1, p.y1), (p.x0, p.y1)])
                box.friction = 0.9
                self.space.add(box)
                self.names[box] = p.kind

    def _spawn(self, m: CastMember) -> Actor:
        spec = BODIES[m.archetype]
        h = spec.height * m.appearance.scale
        w = h * spec.aspect
        st = self.scene.staging.get(m.id)
        x = st.x if st else 0.0
        y = st.y if st and st.y is not None else self.surface(x, 1.0)  # on a blanket if one is there
        # A round foot: on a slope it touches the ground right under the body, and it slides
        # over the terrain's joints where a box would catch. No rotation: behaviours own the pose.
        r = min(w, h) * 0.3
        body = pymunk.Body(spec.mass, float("inf"))
        body.position = (x, y + r)
        foot = pymunk.Circle(body, r)
        foot.friction = 0.6
        foot.filter = pymunk.ShapeFilter(group=1)  # actors pass through each other; punches are geometric
        self.space.add(body, foot)
        facing = -1 if st and st.facing == "left" else 1
        return Actor(m, body, h, w, r, facing, track=Track.of(self.scene.keyframes, m.id),
                     stride=max(spec.stride, 1e-3))

    def _formation(self, a: Actor) -> Formation | None:
        made_of = a.member.appearance.made_of
        if made_of is None:
            return None
        try:
            asset = resolve(a.member.asset)
        except AssetError:
            return None  # a user's file is resolved against the screenplay; the renderer reports it
        mask, aspect = alpha_mask(asset)
        g = rng(self.play.seed, "formation", a.member.id)
        targets = sample_targets(mask, aspect, a.member.appearance.pieces, g)
        return Formation(made_of, targets, a.height, -1 if asset.twemoji else 1, g)

    def surface(self, x: float, below: float) -> float:
        """The ground or sill a body at height `below` would land on at x."""
        return surface(self.props, self.terrain.height(x), x, below)

    def _contacts(self, a: Actor) -> tuple[str, ...]:
        out: set[str] = set()

        def note(arb: pymunk.Arbiter) -> None:
            for shape in arb.shapes:
                if shape in self.names:
                    out.add(self.names[shape])
        a.body.each_arbiter(note)
        return tuple(sorted(out))

    def _grounded(self, a: Actor, p: pymunk.Vec2d, v: pymunk.Vec2d) -> bool:
        """Feet on the surface and not leaving it faster than the slope climbs (cheaper than arbiters)."""
        foot = p.y - a.foot
        # A round foot resting on a slope sits above the surface under its centre by r(sec θ - 1).
        lift = a.foot * (math.hypot(1.0, self.terrain.slope(p.x)) - 1.0)
        if foot > self.surface(p.x, foot + 0.05) + 0.02 + lift:
            return False
        return v.y <= 0.5 or v.y <= self.terrain.slope(p.x) * v.x + 0.5

    def __iter__(self) -> Iterator[WorldState]:
        steps = round(1.0 / (DT * self.fps))
        dt = 1.0 / (self.fps * steps)
        frame_dt = 1.0 / self.fps
        for f in range(self.frames):
            t = f / self.fps
            events: list[str] = []
            for a in self.actors:
                events.extend(a.events)
                a.events.clear()
            yield self._sample(f, t, tuple(events))
            for s in range(steps):
                ts = t + s * dt
                for a in self.actors:
                    verbs.steer(self, a, ts, dt)
                self.space.step(dt)
                for a in self.actors:
                    self._after_step(a, ts, dt)
            self._emit_weather()
            self.particles.step(frame_dt, self.gravity, self.terrain.xs, self.terrain.ys)
            for eid, form in self.formations.items():
                a = self.by_id[eid]
                act = active(self.plans[eid], eid, t)
                burst = (act.at, act.until) if act is not None and act.do == Verb.BURST else None
                p = a.body.position
                for ev in form.step(t, frame_dt, p.x, p.y - a.foot, a.facing, burst, self.gravity, self.wind,
                                    (self.terrain.xs, self.terrain.ys)):
                    a.events.append(f"{ev}:{eid}")

    def _after_step(self, a: Actor, t: float, dt: float) -> None:
        p, v = a.body.position, a.body.velocity
        a.was_grounded, a.grounded = a.grounded, self._grounded(a, p, v)
        a.phase = (a.phase + abs(v.x) * dt / a.stride) % 1.0
        if abs(v.x) > 0.05 and a.track_facing is None and a.verb not in (Verb.PUNCH, Verb.FALL):
            a.facing = 1 if v.x > 0 else -1
        if a.grounded and not a.was_grounded:
            a.squash = 0.8  # squash on landing
            if a.fall_speed > 2.0:
                a.events.append(f"land:{a.member.id}")
                self._dust(p.x, p.y - a.foot, int(6 + 4 * a.fall_speed), a.width)
        elif not a.grounded:
            a.squash = max(a.squash, 1.0 + min(0.15, abs(v.y) * 0.02))
            a.fall_speed = max(0.0, -v.y)
        if a.squash != a.pose_squash:
            a.squash += (a.pose_squash - a.squash) * min(1.0, dt * 10.0)
        if a.recoil:
            a.recoil = a.recoil * math.exp(-3.0 * dt) if a.recoil > 1e-4 else 0.0

    def _dust(self, x: float, y: float, n: int, spread: float, drift: float = 0.0) -> None:
        self.particles.emit(DUST, n, x, y + 0.05, (drift - 1.2, drift + 1.2), (0.1, 0.9),
                            (0.12 * spread, 0.3 * spread), (0.8, 1.8))

    def _emit_weather(self) -> None:
        weather = self.scene.setting.weather
        if weather not in (Weather.RAIN, Weather.SNOW) or not self.actors:
            return
        xs = [a.body.position.x for a in self.actors]
        top = max(a.body.position.y for a in self.actors) + 10.0
        mid = (min(xs) + max(xs)) / 2
        n = round((1500 if weather == Weather.RAIN else 300) / self.fps)
        xr = mid + (self.particles.rng.random(n, dtype="float32") - 0.5) * (max(xs) - min(xs) + 40)
        if weather == Weather.RAIN:
            self.particles.emit(RAIN, n, xr, top, (-0.5, 0.5), (-12.0, -9.0), (0.02, 0.03), (2.0, 2.0))
        else:
            self.particles.emit(SNOW, n, xr, top, (-0.4, 0.4), (-1.2, -0.6), (0.04, 0.09), (14.0, 16.0))

    def _sample(self, f: int, t: float, events: tuple[str, ...]) -> WorldState:
        out = []
        for a in self.actors:
            act = active(self.plans[a.member.id], a.member.id, t)
            head = mouth = 0.0
            if act is not None and act.do == Verb.HOWL:
                head, mouth = verbs.howl_pose(t - act.at)
            elif act is not None and act.do == Verb.LOOK:
                head = 0.5
            p, v = a.body.position, a.body.velocity
            if a.grounded:
                tilt = math.atan(self.terrain.slope(p.x)) * a.facing
            elif a.verb in (Verb.FLY, Verb.GLIDE, Verb.SWIM):
                tilt = math.atan2(v.y, abs(v.x) + 1.0) * 0.6
            else:
                tilt = math.atan2(v.y, abs(v.x) + 1e-6) * 0.5
            tilt += a.pose_tilt - 0.5 * a.recoil
            shown = a.verb.value if act is None or a.verb != Verb.IDLE else act.do.value
            if shown in ("walk", "run", "chase", "flee", "drive") and abs(v.x) < 0.05 and a.grounded:
                shown = "idle"  # arrived: stand rather than walk on the spot
            out.append(EntityState(
                id=a.member.id, x=float(p.x), y=float(p.y - a.foot),
                vx=float(v.x), vy=float(v.y), facing=a.facing, height=a.height,
                verb=shown, phase=a.phase, head=head,
                mouth=mouth, squash=a.squash, breath=math.sin(2 * math.pi * t / 3.2),
                grounded=a.grounded, tilt=tilt, stretch=a.stretch, reach=a.reach, paw=a.paw,
                wing=a.wing, wiggle=a.wiggle, recoil=a.recoil, visible=a.member.id not in self.formations,
                contacts=self._contacts(a)))
        parts: ParticleFrame = self.particles.frame()
        for form in self.formations.values():
            parts = merge(parts, form.frame())
        return WorldState(f, t, tuple(out), events, parts, self.props)


def simulate(play: Screenplay, scene: Scene) -> SceneWorld:
    return SceneWorld(play, scene)
