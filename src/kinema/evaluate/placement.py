"""Where everything is, from the screenplay alone: the film is re-simulated with the renderer's
own shot jobs, so the planned cuts, the world states and the cameras are the ones it filmed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kinema.bodies import BODIES
from kinema.encode.transitions import END_FADE_S, FADE_S
from kinema.film.job import ShotJob
from kinema.film.replays import Replays
from kinema.film.takes import shot_frames, shot_jobs
from kinema.render.camera import Camera, placed
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Archetype, Scene, Screenplay, Transition
from kinema.world.state import EntityState, WorldState


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def visible(self, width: int, height: int) -> float:
        """Share of the box inside the frame."""
        area = (self.x1 - self.x0) * (self.y1 - self.y0)
        if area <= 0:
            return 0.0
        w = max(0.0, min(self.x1, width) - max(self.x0, 0.0))
        h = max(0.0, min(self.y1, height) - max(self.y0, 0.0))
        return w * h / area

    def on_screen(self, width: int, height: int) -> bool:
        """Half the body inside the frame, or, in a close-up, the body filling a fifth of it."""
        share = self.visible(width, height)
        area = (self.x1 - self.x0) * (self.y1 - self.y0)
        return share >= 0.5 or share * area >= 0.2 * width * height


@dataclass(frozen=True)
class Cuts:
    boundaries: list[int]  # first frame of every shot after the first
    hard: list[int]  # boundaries planned as cuts
    soft: list[tuple[int, int]]  # spans of fades and dissolves, and the film's final fade


def planned_cuts(play: Screenplay) -> Cuts:
    fps = play.format.fps
    fade = round(FADE_S * fps)
    boundaries: list[int] = []
    hard: list[int] = []
    soft: list[tuple[int, int]] = []
    first = play.scenes[0].shots[0].transition
    if first in (Transition.FADE, Transition.DIP_WHITE):
        soft.append((0, fade))  # the film opens out of black or white
    start = 0
    for scene, counts in zip(play.scenes, shot_frames(play), strict=True):
        for shot, n in zip(scene.shots, counts, strict=True):
            if start > 0:
                boundaries.append(start)
                if shot.transition == Transition.CUT:
                    hard.append(start)
                else:
                    soft.append((start - fade, start + fade))
            start += n
    soft.append((start - round(END_FADE_S * fps), start))
    return Cuts(boundaries, hard, soft)


def entity_box(e: EntityState, archetype: Archetype, cam: Camera, width: int, height: int) -> Box:
    """The body's box on screen: feet to top, the archetype's width (the sprite is not loaded)."""
    fx, fy, ppm = placed(cam, e.x, e.y, e.depth, width, height)
    if e.joints:  # a person on the rig: around its joints, a torso's half-width out
        xs = [fx + e.facing * x * ppm for x, _ in e.joints]
        ys = [fy - y * ppm for _, y in e.joints]
        pad = 0.075 * e.height * ppm
        return Box(min(xs) - pad, min(ys) - 1.5 * pad, max(xs) + pad, max(ys))
    ty = fy - (e.top - e.y) * ppm
    half = (fy - ty) * BODIES[archetype].aspect / 2
    return Box(fx - half, ty, fx + half, fy)


@dataclass(frozen=True)
class Filmed:
    """One frame of the film as planned: which shot, the world state, the camera."""

    index: int  # frame of the film
    scene: Scene
    shot_id: str
    subjects: tuple[str, ...]
    state: WorldState
    camera: Camera
    job: ShotJob  # the shot it belongs to
    at: int  # its frame within the shot


def filmed(play: Screenplay, sprites: dict[str, Sprite] | None = None,
           worlds: Replays | None = None) -> Iterator[Filmed]:
    """Every frame as planned; `sprites` only for measures that need the drawn bodies (footing);
    `worlds` keeps simulated scenes for filming them again (the dailies' rounds)."""
    jobs = shot_jobs(play, sprites or {}, worlds)
    index = 0
    for scene in play.scenes:
        for _ in scene.shots:
            job = next(jobs)
            for at, (state, cam) in enumerate(zip(job.states, job.cameras, strict=True)):
                yield Filmed(index, scene, job.shot.id, tuple(job.shot.subjects), state, cam, job, at)
                index += 1
