"""One deterministic world per scene, stepped at a fixed dt and sampled once per frame.

Bodies are pymunk rigid bodies under gravity, on the place's props (sills, posts, a
blanket); the terrain holds them through their soles (world/footing.py), so a body rests on
the ground under its own feet, tilted with the slope; behaviours (world/verbs.py) steer them.
Particles and formations are numpy arrays stepped once per frame. Same screenplay and seed,
same states.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from functools import partial

import numpy as np
import pymunk

from kinema.assets import resolve
from kinema.bodies import BODIES
from kinema.errors import AssetError
from kinema.screenplay.model import (
    Action,
    Archetype,
    CastMember,
    EffectKind,
    Place,
    Scene,
    Screenplay,
    Verb,
    Weather,
)
from kinema.seeds import derive, rng
from kinema.world import crowd, effects, scene_fx, verbs
from kinema.world.actor import Actor, active
from kinema.world.flock import bodies, group_for, leader_of
from kinema.world.footing import MASK_PX as SOLE_MASK_PX
from kinema.world.footing import (
    UPRIGHT,
    Heights,
    Pose,
    RestTable,
    Sole,
    nose_turn,
    reach_down,
    rest,
    settle,
)
from kinema.world.formation import Formation, alpha_mask, episodes, lay_out, layout_px, picture
from kinema.world.gait import feet_across, span_of
from kinema.world.keyframes import Track
from kinema.world.particles import DUST, EMPTY, RAIN, SNOW, SPLASH, Particles
from kinema.world.props import build_props, surface
from kinema.world.rig import BLEND_S, Motion, blend, expression, gaze, human_joints, lifts, plant, stride_of
from kinema.world.skeleton import HEAD_RADIUS, JOINT_NAMES, skeleton
from kinema.world.state import TRAVELLING, EntityState, WorldState
from kinema.world.terrain import Terrain, build_terrain

DT = 1.0 / 120.0
SLOW_HOLD_S, SLOW_EASE_S = 0.3, 0.5  # film seconds of slow motion after a landed punch, then back to speed
SLOW_GAP_S = 2.0  # a flurry of hits slows the world once, not on every blow
CAPACITY = 8000  # free particles per scene: weather, dust, exhaust, engine jets, fireflies, leaves
WIND_SPEED = {Weather.WIND: 5.0}
# Collision categories: feet meet props only (the terrain holds soles itself); hulls (the whole
# body's box) meet other hulls only, and a callback decides per pair whether they really touch.
WORLD, FOOT, HULL = 0b001, 0b010, 0b100
HULL_TYPE = 1
STAND_TOL = 0.04  # metres: feet this close to an actor's top stand on it
GROUND_FRICTION = 0.54  # what pymunk gave a foot (0.6) on the old terrain segments (0.9)
PLUMB_M = 2.0  # metres: a thing this tall that does not act (a tree, a house) stands plumb on a slope


class SceneWorld:
    """The simulated world of one scene. Iterate to get one WorldState per frame.

    `lean`: states for measuring where the bodies are (the dailies), without what only the picture
    and the sound read: no particle snapshot, no contacts, and the free particles (weather, dust,
    sparks, smoke, the scene's effects) are not moved nor the scene's effects emitted. No body reads
    a particle, and the pool's random numbers feed only particles and the effects' events
    (fireworks, lightning, explosions: heard and drawn, never a camera's shake nor a slow motion,
    which follow the bodies' hits): every body, camera and formation is where the full world puts it.
    """

    def __init__(self, play: Screenplay, scene: Scene, lean: bool = False) -> None:
        self.play, self.scene, self.lean = play, scene, lean
        self.fps = play.format.fps
        self.gravity = scene.setting.gravity
        self.terrain: Terrain = build_terrain(scene.setting, play.seed)
        self.props = build_props(scene.setting.place)
        self.space = pymunk.Space()
        self.space.gravity = (0.0, -self.gravity)
        self.names: dict[pymunk.Shape, str] = {}
        self._masks: dict[str, tuple[np.ndarray, float] | None] = {}  # artwork alpha by asset key
        self.hulls: dict[pymunk.Shape, Actor] = {}
        self.meeting: dict[Actor, set[Actor]] = {}  # actors in solid contact, each way round
        self.crowd: list[tuple[Actor, float, float]] = []  # (body, x, vx) this step (world/crowd.py)
        self._ground()
        # Decided once when two boxes begin to overlap (a rejected pair stays ignored until they part):
        # a Python callback on every step of every overlap cost more than the rest of the simulation.
        self.space.on_collision(HULL_TYPE, HULL_TYPE, begin=self._begin, separate=self._separate)
        present = {a.who for a in scene.actions} | set(scene.staging) | {k.who for k in scene.keyframes}
        for shot in scene.shots:
            present.update(shot.subjects)
        self.actors: list[Actor] = []
        for m in play.cast:  # cast order, so the result never depends on set order
            if m.id in present:
                self.actors.append(self._spawn(m))
        self.by_id = {a.member.id: a for a in self.actors}
        self.plans = {a.member.id: [x for x in scene.actions if x.who == a.member.id] for a in self.actors}
        # A person a water jet leaves (a firefighter's hose, effects on them): posed holding the
        # hose while the jet runs, so the water comes from hands, not from an idle body.
        self.hoses = [(fx.on, fx.at, fx.until) for fx in scene.effects
                      if fx.kind == EffectKind.WATER and fx.on is not None and fx.on in self.by_id
                      and self.by_id[fx.on].member.archetype == Archetype.HUMAN]
        self.frames = round(scene.duration * self.fps)
        # No air in space: nothing drifts on a wind there.
        self.wind = 0.0 if scene.setting.place == Place.SPACE else WIND_SPEED.get(scene.setting.weather, 0.6)
        self.particles = Particles(CAPACITY, rng(play.seed, "particles", scene.id), self.wind)
        self.fx_events: list[str] = []  # the scene's effects' events (fireworks, lightning, explosion)
        self.formations = {a.member.id: f for a in self.actors if (f := self._formation(a)) is not None}
        for eid, form in self.formations.items():  # assembled from the first frame
            a = self.by_id[eid]
            form.place(a.body.position.x, a.body.position.y - a.foot, a.facing, 0.0)
        # appearance.count > 1: the member's body leads a group of copies (world/flock.py).
        self.groups = {a.member.id: group_for(a, scene.setting, self.terrain, play.seed) for a in self.actors
                       if a.member.appearance.count > 1 and a.member.id not in self.formations}
        for eid in self.groups:  # the leader is not drawn: bodies pass it and meet its copies instead
            for shape in self.by_id[eid].body.shapes:
                if shape in self.hulls:
                    shape.filter = pymunk.ShapeFilter(categories=HULL, mask=0)
        for eid in (*self.formations, *self.groups):
            self.by_id[eid].visible_body = False
        crowd.place_lanes([a for a in self.actors if a.visible_body and a.on_terrain])

    def _ground(self) -> None:
        static = self.space.static_body
        for p in self.props:
            if p.solid:
                box = pymunk.Poly(static, [(p.x0, p.y0), (p.x1, p.y0), (p.x1, p.y1), (p.x0, p.y1)])
                box.friction = 0.9
                box.filter = pymunk.ShapeFilter(categories=WORLD)
                self.space.add(box)
                self.names[box] = p.kind

    def _sole(self, m: CastMember, height: float) -> Sole:
        try:
            asset = resolve(m.asset)
        except AssetError:
            return Sole.of(m, height, None, None)  # the renderer reports a missing file
        if asset.key not in self._masks:
            try:
                self._masks[asset.key] = alpha_mask(asset, SOLE_MASK_PX)
            except Exception:
                self._masks[asset.key] = None
        return Sole.of(m, height, asset, self._masks[asset.key])

    def _spawn(self, m: CastMember) -> Actor:
        spec = BODIES[m.archetype]
        h = spec.height * m.appearance.scale
        w = h * spec.aspect
        st = self.scene.staging.get(m.id)
        x = st.x if st else 0.0
        facing = -1 if st and st.facing == "left" else 1
        sole = self._sole(m, h)
        floor, angle = rest(self.terrain.heights, x, sole, facing)
        # On a blanket if one is there, else the sole on the ground.
        # A height staged under the ground (the planner does not know the terrain) stands on it.
        y = max(st.y, floor) if st and st.y is not None else surface(self.props, floor, x, 1.0)
        # A round foot meets the props (a sill, a post, a blanket) and slides over their edges where a
        # box would catch. No rotation: behaviours own the pose.
        r = min(w, h) * 0.3
        body = pymunk.Body(spec.mass, float("inf"))
        body.position = (x, y + r)
        foot = pymunk.Circle(body, r)
        foot.friction = 0.6
        foot.filter = pymunk.ShapeFilter(categories=FOOT, mask=WORLD)
        # The body's box, from the feet up, for meeting other actors: landing on one, bumping one.
        hull = pymunk.Poly(body, [(-w / 2, -r), (w / 2, -r), (w / 2, h - r), (-w / 2, h - r)])
        hull.friction = 0.8
        hull.collision_type = HULL_TYPE
        hull.filter = pymunk.ShapeFilter(categories=HULL, mask=HULL)
        self.space.add(body, foot, hull)
        actor = Actor(m, body, h, w, r, facing, sole, track=Track.of(self.scene.keyframes, m.id),
                      stride=max(spec.stride, 1e-3))
        actor.last_x = x
        if st is not None and st.depth is not None:  # Staging.depth counts from the camera, lanes from the back
            actor.staged_lane = crowd.LANES - 1 - st.depth
        actor.variant = (derive(self.play.seed, "rig", m.id) % 10007) / 10007.0  # how this one moves
        actor.rest_y, actor.rest_angle, actor.on_terrain = floor, angle, abs(y - floor) < 0.02
        on_prop = any(p.solid and abs(p.y1 - y) < 0.02 and p.x0 <= x <= p.x1 for p in self.props)
        actor.grounded = actor.was_grounded = actor.on_terrain or on_prop  # staged in the air: it falls
        actor.prop_top = y
        self.hulls[hull] = actor
        return actor

    def _formation(self, a: Actor) -> Formation | None:
        made_of = a.member.appearance.made_of
        if made_of is None:
            return None
        try:
            asset = resolve(a.member.asset)
        except AssetError:
            return None  # a user's file is resolved against the screenplay; the renderer reports it
        look = a.member.appearance
        rgba, aspect = picture(asset, layout_px(look.pieces))
        g = rng(self.play.seed, "formation", a.member.id)
        plan = episodes(look.formation, self.scene.actions, a.member.id)
        return Formation(a.member.id, made_of, lay_out(rgba, aspect, look.pieces, g), a.height,
                         -1 if asset.twemoji else 1, g, plan)

    def floor(self, a: Actor, x: float) -> float:
        """Where a's feet rest on the terrain at x: its sole lowered onto the ground under it."""
        return self._rest(a, x)[0]

    def _rest(self, a: Actor, x: float) -> tuple[float, float]:
        """rest() for a at x: from the body's table while it is on a plane (the common case, asked on
        every step; a squash or a lunge moves its sole by millimetres), else worked out. The frame's
        picture settles the posed sole exactly either way (`_drawn_feet`)."""
        # (Most soles have no nose: the velocity, a call into pymunk, is read only for those that do.)
        if not (a.sole.nose and nose_turn(a.sole.nose, a.body.velocity.x, a.facing)) and a.depth == a.lane:
            table = a.rest_tables.get((a.facing, a.lane))
            if table is None:
                table = a.rest_tables[(a.facing, a.lane)] = RestTable(
                    self.terrain.heights, a.sole, a.facing, crowd.grow(a.lane))
            return table(x)
        return rest(self.terrain.heights, x, a.sole, a.facing, crowd.grow(a.depth), _pose(a))

    def surface(self, x: float, below: float, a: Actor | None = None) -> float:
        """The ground or sill a body at height `below` would land on at x (a's sole on the terrain)."""
        ground = self.terrain.height(x) if a is None else self.floor(a, x)
        if not self.props:  # most places: just the terrain, asked for every body on every step
            return ground
        return surface(self.props, ground, x, below)

    def landing(self, a: Actor, x: float) -> float:
        """Where a leap to x comes down: the ground or sill under it, or the top of an actor standing there
        that a leap of this body could clear (a cat onto a dog's back)."""
        foot = a.body.position.y - a.foot
        best = self.surface(x, foot + 0.5, a)
        for o in self.actors:
            if o is a or abs(x - o.body.position.x) > o.width / 2:
                continue
            top = o.body.position.y - o.foot + o.height
            if best < top <= foot + max(0.5, 2.2 * a.height):
                best = top
        return best

    def _begin(self, arb: pymunk.Arbiter, space: pymunk.Space, data: object) -> None:
        """Two actors' boxes start to overlap: solid only where they really meet, else they pass at
        different depths."""
        sa, sb = arb.shapes
        a, b = self.hulls[sa], self.hulls[sb]
        engaged = a.target == b.member.id or b.target == a.member.id
        # Bodies on different planes pass in front of or behind each other.
        level = a.lane == b.lane and (Archetype.PROP in (a.member.archetype, b.member.archetype)
                                      or self._above(a, b) or self._above(b, a))
        solid = engaged or level
        arb.process_collision = solid
        if not solid:
            return
        self.meeting.setdefault(a, set()).add(b)
        self.meeting.setdefault(b, set()).add(a)
        if engaged:
            # A bump: let momentum play out for a moment instead of the behaviours' set velocities,
            # and a chase that got there follows its target from now on rather than ramming it again.
            arb.restitution = 0.3
            who, other = (a, b) if a.target == b.member.id else (b, a)
            who.events.append(f"bump:{who.member.id}:{other.member.id}")
            for x, y in ((a, b), (b, a)):
                x.knock = 1.0
                if x.verb == Verb.CHASE and x.target == y.member.id:
                    x.caught = x.action_at

    def _separate(self, arb: pymunk.Arbiter, space: pymunk.Space, data: object) -> None:
        sa, sb = arb.shapes
        a, b = self.hulls.get(sa), self.hulls.get(sb)
        if a is not None and b is not None:
            self.meeting.get(a, set()).discard(b)
            self.meeting.get(b, set()).discard(a)

    @staticmethod
    def _above(up: Actor, low: Actor) -> bool:
        """up's feet at or over low's top: it lands or stands on it rather than passing beside it.
        A body walking on the ground is not landing: on a slope its feet are often above a smaller
        body's top downhill of it."""
        if up.grounded and up.on_terrain:
            return False
        feet = up.body.position.y - up.foot
        top = low.body.position.y - low.foot + low.height
        return feet >= top - min(0.1, 0.25 * low.height)

    def _support(self, a: Actor, p: pymunk.Vec2d, v: pymunk.Vec2d) -> Actor | None:
        """The actor whose top a's feet rest on, if any (a stack is grounded like a sill)."""
        near = self.meeting.get(a)
        if not near and a.support is None:
            return None  # touching no one: the common case, and cheap
        foot = p.y - a.foot
        # Candidates: bodies a meets now, and the one it stood on (a resting contact may flicker).
        cands: set[Actor] = set(near or ())
        if a.support is not None:
            cands.add(a.support)
        for o in sorted(cands, key=self.actors.index):
            q = o.body.position
            top = q.y - o.foot + o.height
            over = abs(p.x - q.x) < (a.width + o.width) / 2 - 0.01
            if over and abs(foot - top) < STAND_TOL and v.y - o.body.velocity.y <= 0.5:
                return o
        return None

    def _contacts(self, a: Actor) -> tuple[str, ...]:
        out: set[str] = set()

        def note(arb: pymunk.Arbiter) -> None:
            for shape in arb.shapes:
                if shape.body is a.body:
                    continue
                if shape in self.names:
                    out.add(self.names[shape])
                elif shape in self.hulls:  # another actor, by its cast id
                    out.add(self.hulls[shape].member.id)
        a.body.each_arbiter(note)
        if a.on_terrain:
            out.add("ground")
        if a.support is not None:  # a body resting on another touches it even between solver contacts
            out.add(a.support.member.id)
        out.update(o.member.id for o in self.actors if o.support is a)
        return tuple(sorted(out))

    def _grounded(self, a: Actor, p: pymunk.Vec2d, v: pymunk.Vec2d) -> bool:
        """Feet on the surface and not leaving it faster than the slope climbs (cheaper than arbiters)."""
        a.support = self._support(a, p, v)
        a.on_terrain = False
        if a.support is not None:
            return True
        foot = p.y - a.foot
        floor = a.rest_y
        below = surface(self.props, floor, p.x, foot + 0.05) if self.props else floor
        if foot > below + 0.02:
            return False
        a.on_terrain = below == floor
        a.prop_top = below
        # Kept to the ground by its behaviour, or not leaving it faster than a slope climbs (a take-off does).
        return a.glued or v.y <= 0.5 or v.y <= self.terrain.slope(p.x) * v.x + 0.5

    def __iter__(self) -> Iterator[WorldState]:
        steps = round(1.0 / (DT * self.fps))
        lag = 0.0  # world time behind film time: it runs slower for a moment after a punch lands
        slow_from = -math.inf  # film frame where the latest slow motion began
        speeds = shot_speeds(self.scene, self.fps)
        for f in range(self.frames):
            t = f / self.fps - lag  # as a difference, not a running sum: exact while nothing slowed it
            events: list[str] = []
            for a in self.actors:
                events.extend(a.events)
                a.events.clear()
            events.extend(self.fx_events)
            self.fx_events.clear()
            yield self._sample(f, t, tuple(events))
            if any(e.startswith("hit:") for e in events) and f - slow_from >= SLOW_GAP_S * self.fps:
                slow_from = f
            rate = slow_rate((f - slow_from) / self.fps, self.scene.slow_motion) * speeds[f]
            frame_dt = rate / self.fps
            sub = steps * max(1, math.ceil(rate - 1e-9))  # a time-lapse takes more steps, never longer ones
            dt = frame_dt / sub
            for s in range(sub):
                ts = t + s * dt
                # Where every drawn body is this step, read once: a walker looks over the others to give way.
                self.crowd = [(a, a.body.position.x, a.body.velocity.x) for a in self.actors if a.visible_body]
                for a in self.actors:
                    verbs.steer(self, a, ts, dt)
                self.space.step(dt)
                for a in self.actors:
                    self._after_step(a, ts, dt)
            if not self.lean:  # the free particles move no body: lean states go without them
                self._emit_weather(rate)
                effects.ambient(self)
                scene_fx.emit(self, t)
                self.particles.step(frame_dt, self.gravity, self.terrain.xs, self.terrain.ys)
            for eid, form in self.formations.items():
                a = self.by_id[eid]
                p, v = a.body.position, a.body.velocity
                for ev in form.step(t, frame_dt, p.x, p.y - a.foot, a.facing, (v.x, v.y), self.gravity,
                                    self.wind, (self.terrain.xs, self.terrain.ys)):
                    a.events.append(f"{ev}:{eid}")
            for eid, group in self.groups.items():
                group.step(frame_dt, leader_of(self.by_id[eid]), bodies(self.actors, eid))
            lag += (1.0 - rate) / self.fps

    def _after_step(self, a: Actor, t: float, dt: float) -> None:
        p, v = a.body.position, a.body.velocity
        if abs(v.x) > 0.05 and a.track_facing is None and a.verb not in (Verb.PUNCH, Verb.FALL, Verb.DANCE):
            a.facing = 1 if v.x > 0 else -1
        ground = self.terrain.height(p.x)
        if p.y - a.foot > ground + 2.0 * a.sole.half + 0.5:
            a.rest_y, a.rest_angle = ground, 0.0  # well clear of the ground: no sole can touch it here
        else:
            a.rest_y, a.rest_angle = self._rest(a, p.x)
        if p.y - a.foot < a.rest_y:
            # The terrain holds the sole: a body that reaches it stops there (a landing, a walk down
            # a slope); one pressed into it by a thruster or a keyframe comes back out.
            a.body.position = p = pymunk.Vec2d(p.x, a.rest_y + a.foot)
            a.body.velocity = v = pymunk.Vec2d(v.x, max(v.y, 0.0))
        a.was_grounded, a.grounded = a.grounded, self._grounded(a, p, v)
        if a.on_terrain and v.x:
            # Ground friction: a bumped or struck body slides to a stop (a behaviour sets its own pace).
            slow = GROUND_FRICTION * self.gravity * dt
            a.body.velocity = v = pymunk.Vec2d(v.x - math.copysign(min(slow, abs(v.x)), v.x), v.y)
        if a.rigged or a.member.archetype in ROLLING:
            # By the ground actually covered, so a planted foot stays where it is and a wheel rolls.
            stride = stride_of(a.member.archetype, v.x, a.member.appearance.scale) * a.sole.build.stride
            a.phase = (a.phase + abs(p.x - a.last_x) / stride) % 1.0
            if not a.rigged:  # the legs' span is the stride the phase advanced by
                a.stride = stride
            a.last_x = p.x
        else:
            a.phase = (a.phase + abs(v.x) * dt / a.stride) % 1.0
        if a.grounded and not a.was_grounded:
            a.squash = 0.8  # squash on landing
            if a.fall_speed > 2.0:
                a.events.append(f"land:{a.member.id}")
                if a.support is None and self.scene.setting.place == Place.WATER:  # a splash, not dust
                    self._splash(p.x, p.y - a.foot, int(10 + 8 * a.fall_speed), a.width)
                elif a.support is None:  # no dust off another's back
                    self._dust(p.x, p.y - a.foot, int(6 + 4 * a.fall_speed), a.width)
        elif not a.grounded:
            a.squash = max(a.squash, 1.0 + min(0.15, abs(v.y) * 0.02))
            a.fall_speed = max(0.0, -v.y)
        if a.squash != a.pose_squash:
            a.squash += (a.pose_squash - a.squash) * min(1.0, dt * 10.0)
            if abs(a.squash - a.pose_squash) < 1e-4:  # settled: the pose is exact again
                a.squash = a.pose_squash
        if a.recoil:
            a.recoil = a.recoil * math.exp(-3.0 * dt) if a.recoil > 1e-4 else 0.0
        if a.reel != a.recoil:  # the body snaps back over a few hundredths of a second, not in one frame
            a.reel += (a.recoil - a.reel) * min(1.0, dt * 30.0)
        crowd.ease_depth(a, dt)
        if a.knock:  # a bump slides until friction has nearly stopped it, a second at most
            a.knock = 0.0 if a.knock <= dt or (a.grounded and abs(v.x) < 0.3) else a.knock - dt

    def _drawn_feet(self, a: Actor, shown: str, tilt: float,
                    rig_feet: tuple[float, float] = (0.0, 0.0)) -> tuple[float, tuple[float, ...]]:
        """Where the feet are drawn, and how far a drawn four-legged body's legs reach down: its sole on
        the terrain or the prop under it as the pose tilts it, touching, sunk nowhere."""
        p, v = a.body.position, a.body.velocity
        feet = p.y - a.foot
        angle, grow, pose = tilt * a.facing, crowd.grow(a.depth), _pose(a)
        ground: Heights | None = None
        if a.grounded and a.support is None:
            # On the terrain, or on a sill or a blanket (the solver lets a resting contact sink a little).
            ground = self.terrain.heights if a.on_terrain else partial(_flat, a.prop_top)
        elif a.support is None and feet - a.rest_y < a.height:
            # Near the ground and tilted (a leap's landing, a knock-back): drawn into it nowhere.
            feet = max(feet, settle(self.terrain.heights, p.x, a.sole, a.facing, angle, grow, pose))
        if ground is None:
            return feet, ()
        if a.rigged:  # a person stands on the feet the rig puts down; each leg reaches its own ground
            across = tuple(x / a.height for x in rig_feet)
            now = Sole(np.asarray(across) * a.height, np.zeros(len(across)), 0, a.sole.max_tilt, legged=True)
            feet = settle(ground, p.x, now, a.facing, 0.0, grow)
            return feet, reach_down(ground, p.x, feet, a.height, a.facing, 0.0, across, grow)
        if not a.sole.legged:
            return settle(ground, p.x, a.sole, a.facing, angle, grow, pose), ()
        # A drawn four-legged body rests on the feet it has now; the other legs reach down to the ground.
        across = feet_across(shown, a.phase, v.x, BODIES[a.member.archetype].run, a.grounded,
                             span_of(a.stride, a.height), a.sole.build)
        now = Sole(np.asarray(across) * a.height, np.zeros(len(across)), 0, a.sole.max_tilt, legged=True)
        feet = settle(ground, p.x, now, a.facing, angle, grow, pose)
        return feet, reach_down(ground, p.x, feet, a.height, a.facing, angle, across, grow)

    def _person(self, a: Actor, shown: str, tilt: float, clock: float, t: float,
                ) -> tuple[float, tuple[float, ...], tuple[tuple[float, float], ...]]:
        """A person's feet line, the ground under each foot and its joints (world/rig.py). The clip
        is posed where its feet go; for BLEND_S after a change of clip the joints move over from
        the last pose, and the feet line settles on the feet as they are then, each foot over its own
        ground."""
        v = a.body.velocity
        a.clock = clock
        motion = Motion(shown, a.phase, clock, float(v.x), float(v.y), a.grounded, a.squash, a.reach,
                        a.arms, a.reel, math.sin(2 * math.pi * t / 3.2), a.variant)
        first = human_joints(motion, a.height)  # where the feet go, before the ground under them
        if shown != a.clip:  # a new clip takes over from the pose the body is in
            a.clip, a.clip_from, a.clip_since = shown, a.last_joints, t
        u = (t - a.clip_since) / BLEND_S if a.clip_from else 1.0
        across = (first[12][0], first[13][0])
        if u < 1.0:
            k = u * u * (3 - 2 * u)
            old = a.clip_from
            across = (old[12][0] + (across[0] - old[12][0]) * k, old[13][0] + (across[1] - old[13][0]) * k)
        feet, legs = self._drawn_feet(a, shown, tilt, across)
        drops = (legs[0], legs[1]) if legs else (0.0, 0.0)
        joints = human_joints(replace(motion, drop=drops), a.height) if any(drops) else first
        up = lifts(joints, drops, a.height)
        if u < 1.0:
            joints = blend(a.clip_from, joints, u, a.height)
            if legs:  # the feet move between the two poses over the ground, not through it
                k = u * u * (3 - 2 * u)
                was = a.last_lifts
                up = (was[0] + (up[0] - was[0]) * k, was[1] + (up[1] - was[1]) * k)
                joints = plant(joints, up, drops, a.height)
        a.last_joints, a.last_lifts = joints, up
        return feet, legs, joints

    def _attended(self, a: Actor, act: Action | None) -> tuple[float, float] | None:
        """The head of the member `a` attends to: its action's target, or whom it deals with."""
        who = act.target if act is not None and act.target else a.partner
        other = self.by_id.get(who) if who and who != a.member.id else None
        if other is None:
            return None
        q = other.body.position
        return float(q.x), float(q.y - other.foot + EYE * other.height)

    def _dust(self, x: float, y: float, n: int, spread: float, drift: float = 0.0) -> None:
        self.particles.emit(DUST, n, x, y + 0.05, (drift - 1.2, drift + 1.2), (0.1, 0.9),
                            (0.12 * spread, 0.3 * spread), (0.8, 1.8))

    def _splash(self, x: float, y: float, n: int, spread: float) -> None:
        """Water thrown up where a body lands on the water: droplets out and up, falling back."""
        half = 0.4 * spread
        self.particles.emit(SPLASH, n, np.linspace(x - half, x + half, n), y + 0.05, (-2.5, 2.5), (2.0, 5.0),
                            (0.04 * spread, 0.1 * spread), (0.5, 1.1))

    def _emit_weather(self, rate: float = 1.0) -> None:
        weather = self.scene.setting.weather
        if weather not in (Weather.RAIN, Weather.SNOW) or not self.actors:
            return
        xs = [a.body.position.x for a in self.actors]
        top = max(a.body.position.y for a in self.actors) + 10.0
        mid = (min(xs) + max(xs)) / 2
        n = round((1500 if weather == Weather.RAIN else 300) * rate / self.fps)  # per second of world time
        xr = mid + (self.particles.rng.random(n, dtype="float32") - 0.5) * (max(xs) - min(xs) + 40)
        if weather == Weather.RAIN:
            self.particles.emit(RAIN, n, xr, top, (-0.5, 0.5), (-12.0, -9.0), (0.02, 0.03), (2.0, 2.0))
        else:
            # Flakes settle at about 0.5 m/s: 10 m takes some 19 s, so they live long enough to land.
            self.particles.emit(SNOW, n, xr, top, (-0.4, 0.4), (-1.2, -0.6), (0.04, 0.09), (20.0, 24.0))

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
            if a.verb == Verb.DANCE:
                tilt = 0.0  # a hop on the beat stays upright: the sway is the dance's own
            elif a.grounded and a.member.archetype == Archetype.PROP and a.height >= PLUMB_M and act is None:
                tilt = 0.0  # trees and houses grow and are built upright: rooted into the slope, not leaning
            elif a.grounded:
                tilt = a.rest_angle * a.facing if a.on_terrain else 0.0  # the sole's angle on the ground
            elif a.verb in (Verb.FLY, Verb.GLIDE, Verb.SWIM):
                tilt = math.atan2(v.y, abs(v.x) + 1.0) * 0.6
            elif a.carrier is not None and self.by_id[a.carrier].verb == Verb.HOLD_UP:
                tilt = 0.0  # held up over a head: upright, whatever the hand's small bob
            else:
                tilt = math.atan2(v.y, abs(v.x) + 1e-6) * 0.5
            tilt += a.pose_tilt - 0.5 * a.reel
            shown = a.verb.value if act is None or a.verb != Verb.IDLE else act.do.value
            if shown in TRAVELLING and abs(v.x) < 0.05 and a.grounded:
                shown = "idle"  # arrived: stand rather than walk on the spot
            if shown == "idle" and any(on == a.member.id and at <= t and (until is None or t < until)
                                       for on, at, until in self.hoses):
                shown = Verb.SPRAY.value
            joints: tuple[tuple[float, float], ...] = ()
            bones: tuple[tuple[float, float], ...] = ()
            face = ""
            eyes: tuple[float, ...] = ()
            if a.rigged:
                clock = t - act.at if act is not None else 0.0
                feet, legs, joints = self._person(a, shown, tilt, clock, t)
                face = expression(shown, clock, a.recoil, t, a.variant)
                eyes = gaze((p.x, feet + EYE * a.height), a.facing, self._attended(a, act))
            else:
                feet, legs = self._drawn_feet(a, shown, tilt)
                spec = BODIES[a.member.archetype]
                bones = skeleton(a.member.archetype, shown, a.phase, float(v.x), spec.run, a.stride, a.grounded,
                                 legs, head, a.wing, tilt, a.height, a.sole.build)
                a.mouth = _snout(a, bones, float(p.x), feet)
                if a.member.archetype in FACED:  # an animal's face acts as a person's does
                    clock = t - act.at if act is not None else 0.0
                    face = expression(shown, clock, a.recoil, t, a.variant)
                    eyes = gaze((p.x, feet + ANIMAL_EYE * a.height), a.facing, self._attended(a, act))
            out.append(EntityState(
                id=a.member.id, x=float(p.x), y=float(feet),
                vx=float(v.x), vy=float(v.y), facing=a.facing, height=a.height,
                verb=shown, phase=a.phase, head=head,
                mouth=mouth, squash=a.squash, breath=math.sin(2 * math.pi * t / 3.2),
                grounded=a.grounded, tilt=tilt, stretch=a.stretch, reach=a.reach, paw=a.paw,
                wing=a.wing, wiggle=a.wiggle, recoil=a.recoil, arms=a.arms, depth=a.depth, legs=legs,
                engaged=a.partner, joints=joints, expression=face, gaze=eyes, skeleton=bones,
                visible=a.member.id not in self.formations and a.member.id not in self.groups,
                contacts=() if self.lean else self._contacts(a)))
        return WorldState(f, t, tuple(out), events, EMPTY if self.lean else self.particles.frame(), self.props,
                          tuple(g.frame() for g in self.groups.values()),
                          tuple(form.frame(1.0 / self.fps) for form in self.formations.values()))


EYE = 0.9  # the eyes' height, of a body's height: where a look starts and lands


def _snout(a: Actor, bones: tuple[tuple[float, float], ...], x: float, feet: float,
           ) -> tuple[float, float] | None:
    """Where the drawn head's snout is (a head's radius ahead of the skeleton's head joint): what
    a dragon breathes its fire from."""
    names = JOINT_NAMES.get(a.member.archetype, ())
    if not bones or "head" not in names:
        return None
    hx, hy = bones[names.index("head")]
    r = HEAD_RADIUS.get(a.member.archetype, 0.0) * a.height  # the jaw is ahead of the head and under its middle
    return x + a.facing * (hx + r), feet + hy - 0.3 * r


FACED = frozenset({Archetype.CANINE, Archetype.FELINE, Archetype.SERPENT, Archetype.DRAGON})
ANIMAL_EYE = 0.8  # an animal's eyes, of its height above its feet: where its gaze starts
# Phase by the distance covered: a planted foot stays put, a wheel rolls.
ROLLING = frozenset({Archetype.CANINE, Archetype.FELINE, Archetype.VEHICLE, Archetype.DRAGON})


def _flat(top: float, xs: np.ndarray) -> np.ndarray:
    """A prop's top (a sill, a blanket) as a ground: the same height everywhere."""
    return np.full_like(xs, top)


def _pose(a: Actor) -> Pose:
    """The picture's squash, stretch and lunge of this body, and a diagonal artwork's nose levelled in
    flight (render/sprites.py `body_matrix`, `artwork_matrix`)."""
    nose = nose_turn(a.sole.nose, a.body.velocity.x, a.facing)
    if a.squash == 1.0 and a.stretch == 1.0 and not a.wiggle and not a.reach and not a.wing and not nose:
        return UPRIGHT
    return Pose(a.stretch / (1.0 + (a.squash - 1.0) * 0.5), a.squash * (1.0 + 0.08 * a.wing),
                a.wiggle + a.facing * 0.12 * a.reach * a.height, nose, 0.5 * a.height)


def shot_speeds(scene: Scene, fps: int) -> list[float]:
    """The world's speed at each film frame of the scene: its shot's `speed` (slow motion below 1,
    time-lapse above), frames counted on cumulative time as the film counts them."""
    out: list[float] = []
    t = 0.0
    for shot in scene.shots:
        t += shot.duration
        out += [shot.speed] * (round(t * fps) - len(out))
    return out


def slow_rate(since: float, slowest: float) -> float:
    """The world's speed `since` film seconds after a hit: held at `slowest`, then eased back to 1."""
    if since < 0 or slowest >= 1.0:
        return 1.0
    if since < SLOW_HOLD_S:
        return slowest
    u = (since - SLOW_HOLD_S) / SLOW_EASE_S
    if u >= 1.0:
        return 1.0
    return slowest + (1.0 - slowest) * u * u * (3 - 2 * u)


def simulate(play: Screenplay, scene: Scene, lean: bool = False) -> SceneWorld:
    return SceneWorld(play, scene, lean)
