"""One deterministic world per scene, stepped at a fixed dt and sampled once per frame.

Bodies are pymunk rigid bodies on the terrain's static segments, so falling, landing and
jumping follow gravity; behaviours steer them by verb. Same screenplay and seed, same states.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import pymunk

from kinema.screenplay.model import Action, CastMember, Scene, Screenplay, Verb
from kinema.world.archetypes import BODIES
from kinema.world.state import EntityState, WorldState
from kinema.world.terrain import Terrain, build_terrain

DT = 1.0 / 240.0
HOWL_CYCLE = 4.0  # seconds: raise, hold open, lower, rest


@dataclass
class _Actor:
    member: CastMember
    body: pymunk.Body
    height: float
    foot: float  # radius of the foot circle; the body's position is its centre
    facing: int
    phase: float = 0.0
    squash: float = 1.0
    grounded: bool = True
    was_grounded: bool = True
    jump_started: float = -1.0


def _active(actions: list[Action], who: str, t: float) -> Action | None:
    """The latest-starting action of `who` covering time t (an open-ended one lasts on)."""
    best = None
    for a in actions:
        covers = a.who == who and a.at <= t and (a.until is None or t < a.until)
        if covers and (best is None or a.at >= best.at):
            best = a
    return best


def _howl_pose(t_in: float) -> tuple[float, float]:
    """Head raise and mouth opening through one howl cycle, eased."""
    c = t_in % HOWL_CYCLE
    def ease(u: float) -> float:
        u = min(max(u, 0.0), 1.0)
        return u * u * (3 - 2 * u)
    if c < 0.6:
        return ease(c / 0.6), ease((c - 0.3) / 0.3)
    if c < 2.4:
        swell = 0.85 + 0.15 * math.sin((c - 0.6) / 1.8 * math.pi)
        return 1.0, swell
    if c < 3.0:
        u = ease((c - 2.4) / 0.6)
        return 1.0 - u, max(0.0, 1.0 - 2 * u)
    return 0.0, 0.0


class SceneWorld:
    """The simulated world of one scene. Iterate to get one WorldState per frame."""

    def __init__(self, play: Screenplay, scene: Scene) -> None:
        self.play, self.scene = play, scene
        self.fps = play.format.fps
        self.terrain: Terrain = build_terrain(scene.setting, play.seed)
        self.space = pymunk.Space()
        self.space.gravity = (0.0, -scene.setting.gravity)
        self._ground()
        present = {a.who for a in scene.actions} | set(scene.staging)
        for shot in scene.shots:
            present.update(shot.subjects)
        self.actors: list[_Actor] = []
        for m in play.cast:  # cast order, so the result never depends on set order
            if m.id in present:
                self.actors.append(self._spawn(m))
        self.frames = round(scene.duration * self.fps)

    def _ground(self) -> None:
        xs, ys = self.terrain.xs, self.terrain.ys
        static = self.space.static_body
        for i in range(len(xs) - 1):
            seg = pymunk.Segment(static, (xs[i], ys[i]), (xs[i + 1], ys[i + 1]), 0.0)
            seg.friction = 0.9
            self.space.add(seg)

    def _spawn(self, m: CastMember) -> _Actor:
        spec = BODIES[m.archetype]
        h = spec.height * m.appearance.scale
        w = h * spec.aspect
        st = self.scene.staging.get(m.id)
        x = st.x if st else 0.0
        y = st.y if st and st.y is not None else self.terrain.height(x)
        # A round foot: on a slope it touches the ground right under the body, and it slides
        # over the terrain's joints where a box would catch. No rotation: behaviours own the pose.
        r = min(w, h) * 0.3
        body = pymunk.Body(spec.mass, float("inf"))
        body.position = (x, y + r)
        foot = pymunk.Circle(body, r)
        foot.friction = 0.6
        foot.filter = pymunk.ShapeFilter(group=1)  # actors pass through each other for now
        self.space.add(body, foot)
        facing = -1 if st and st.facing == "left" else 1
        return _Actor(m, body, h, r, facing)

    def _steer(self, a: _Actor, t: float) -> str:
        act = _active(self.scene.actions, a.member.id, t)
        verb = act.do if act else Verb.IDLE
        spec = BODIES[a.member.archetype]
        vx = 0.0
        if verb in (Verb.WALK, Verb.RUN) and act is not None:
            speed = act.speed or (spec.walk if verb == Verb.WALK else spec.run)
            if act.to_x is not None:
                dx = act.to_x - a.body.position.x
                vx = math.copysign(min(speed, abs(dx) * 2.0), dx) if abs(dx) > 0.02 else 0.0
            else:
                vx = speed * a.facing
        if verb == Verb.JUMP and act is not None and a.jump_started < act.at and a.grounded:
            # A ballistic leap to to_x (or 2 body heights ahead): flight time from the distance.
            a.jump_started = act.at
            target = act.to_x if act.to_x is not None else a.body.position.x + 2 * a.facing * a.height
            dx = target - a.body.position.x
            g = self.scene.setting.gravity or 9.81
            flight = max(0.35, math.sqrt(abs(dx) / 4.0))
            dy = self.terrain.height(target) - self.terrain.height(a.body.position.x)
            vy = (dy + 0.5 * g * flight * flight) / flight
            a.body.velocity = (dx / flight, vy)
            a.grounded = False
            return verb
        if a.grounded:  # on the ground the behaviour sets the pace; a landed leap stops
            a.body.velocity = (vx, a.body.velocity.y)
        return verb

    def _contact(self, a: _Actor) -> bool:
        touching: list[pymunk.Arbiter] = []
        a.body.each_arbiter(touching.append)
        if touching:  # climbing a slope moves up fast and is still walking on the ground
            return True
        foot = a.body.position.y - a.foot
        return foot <= self.terrain.height(a.body.position.x) + 0.02 and a.body.velocity.y <= 0.5

    def __iter__(self) -> Iterator[WorldState]:
        steps_per_frame = round(1.0 / (DT * self.fps))
        dt = 1.0 / (self.fps * steps_per_frame)
        verbs = {a.member.id: "idle" for a in self.actors}
        for f in range(self.frames):
            t = f / self.fps
            events: list[str] = []
            yield self._sample(f, t, verbs, tuple(events))
            for s in range(steps_per_frame):
                ts = t + s * dt
                for a in self.actors:
                    verbs[a.member.id] = self._steer(a, ts)
                self.space.step(dt)
                for a in self.actors:
                    a.was_grounded, a.grounded = a.grounded, self._contact(a)
                    speed = abs(a.body.velocity.x)
                    spec = BODIES[a.member.archetype]
                    a.phase = (a.phase + speed * dt / max(spec.stride, 1e-3)) % 1.0
                    if abs(a.body.velocity.x) > 0.05:
                        a.facing = 1 if a.body.velocity.x > 0 else -1
                    # Squash on landing, stretch in flight, relax towards 1.
                    if a.grounded and not a.was_grounded:
                        a.squash = 0.8
                    elif not a.grounded:
                        a.squash = 1.0 + min(0.15, abs(a.body.velocity.y) * 0.02)
                    a.squash += (1.0 - a.squash) * min(1.0, dt * 10.0)

    def _sample(self, f: int, t: float, verbs: dict[str, str], events: tuple[str, ...]) -> WorldState:
        out = []
        for a in self.actors:
            verb = verbs[a.member.id]
            head = mouth = 0.0
            act = _active(self.scene.actions, a.member.id, t)
            if act is not None and act.do == Verb.HOWL:
                head, mouth = _howl_pose(t - act.at)
            elif act is not None and act.do == Verb.LOOK:
                head = 0.5
            p = a.body.position
            v = a.body.velocity
            tilt = math.atan(self.terrain.slope(p.x)) * a.facing if a.grounded else math.atan2(
                v.y, abs(v.x) + 1e-6) * 0.5
            shown = verb if act is None else act.do.value
            if shown in ("walk", "run") and abs(v.x) < 0.05 and a.grounded:
                shown = "idle"  # arrived: stand rather than walk on the spot
            out.append(EntityState(
                id=a.member.id, x=float(p.x), y=float(p.y - a.foot),
                vx=float(v.x), vy=float(v.y), facing=a.facing, height=a.height,
                verb=shown, phase=a.phase, head=head,
                mouth=mouth, squash=a.squash, breath=math.sin(2 * math.pi * t / 3.2),
                grounded=a.grounded, tilt=tilt))
        return WorldState(f, t, tuple(out), events)


def simulate(play: Screenplay, scene: Scene) -> SceneWorld:
    return SceneWorld(play, scene)
