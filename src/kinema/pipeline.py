"""The film pipeline: validate, simulate each scene once, film each shot, encode as it goes."""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Protocol

import numpy as np

from kinema import RENDERER_VERSION, __version__
from kinema.assets import FONT_CREDIT, TWEMOJI_CREDIT, resolve
from kinema.encode import VideoWriter
from kinema.encode.transitions import finish_frame
from kinema.errors import AssetError, ScreenplayError
from kinema.render.camera import solve
from kinema.render.environment import build_environment
from kinema.render.job import ShotJob
from kinema.render.sprites import Sprite, load_sprite
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Screenplay, Shot, Transition
from kinema.world.simulate import simulate


@dataclass(frozen=True)
class RenderResult:
    output: str
    duration_s: float
    frames: int
    width: int
    height: int
    fps: int
    shots: int
    wall_s: float
    realtime_factor: float
    peak_rss_mb: float


class Progress:
    """Callbacks the CLI turns into progress bars; the default does nothing."""

    def shot(self, index: int, total: int, shot: Shot, frames: int) -> None: ...
    def frame(self) -> None: ...


def load_sprites(play: Screenplay, base_dir: Path | None, source: str) -> dict[str, Sprite]:
    sprites: dict[str, Sprite] = {}
    for i, m in enumerate(play.cast):
        field = "emoji" if m.asset.emoji is not None else "file"
        try:
            sprites[m.id] = load_sprite(m, resolve(m.asset, base_dir))
        except (AssetError, ValueError) as e:
            raise ScreenplayError(source, f"cast[{i}].asset.{field}", str(e)) from None
        if m.face is not None:  # the close-up face of the same member
            field = "emoji" if m.face.emoji is not None else "file"
            try:
                sprites[m.id].face = load_sprite(m, resolve(m.face, base_dir))
            except (AssetError, ValueError) as e:
                raise ScreenplayError(source, f"cast[{i}].face.{field}", str(e)) from None
    return sprites


def shot_frames(play: Screenplay) -> list[list[int]]:
    """Frame counts per shot, per scene, rounded on cumulative time so nothing drifts."""
    fps = play.format.fps
    out = []
    for scene in play.scenes:
        t, counts, prev = 0.0, [], 0
        for shot in scene.shots:
            t += shot.duration
            end = round(t * fps)
            counts.append(end - prev)
            prev = end
        out.append(counts)
    return out


def shot_jobs(play: Screenplay, sprites: dict[str, Sprite]) -> Iterator[ShotJob]:
    """Jobs in film order. Each scene is simulated once; its shots film consecutive windows."""
    counts = shot_frames(play)
    for scene, scene_counts in zip(play.scenes, counts, strict=True):
        world = simulate(play, scene)
        env = build_environment(scene.setting, play.seed, world.terrain)
        states = iter(world)
        ids = {a.member.id for a in world.actors}
        cast = tuple(m for m in play.cast if m.id in ids)
        for shot, n in zip(scene.shots, scene_counts, strict=True):
            window = tuple(islice(states, n))
            cams = tuple(solve(shot, window, play.format))
            yield ShotJob(shot, scene.setting, cast, {k: v for k, v in sprites.items() if k in ids},
                          window, cams, env, play.format, play.seed)


def metadata(play: Screenplay) -> dict[str, str]:
    return {
        "title": play.title or "kinema film",
        "comment": f"Made with kinema {__version__} ({RENDERER_VERSION}), seed {play.seed}. "
                   f"Credits: {TWEMOJI_CREDIT}. {FONT_CREDIT}.",
        "copyright": f"Graphics: {TWEMOJI_CREDIT}",
        "encoder": f"kinema {__version__}",
    }


class Backend(Protocol):
    """What draws a shot: the vector renderer, or a neural one (kinema.neural)."""

    def render_shot(self, job: ShotJob) -> Iterator[np.ndarray]: ...


def frames(play: Screenplay, sprites: dict[str, Sprite],
           progress: Progress | None = None, backend: Backend | None = None) -> Iterator[np.ndarray]:
    """Every frame of the film in order, transitions applied. Buffers are reused."""
    backend = backend or VectorBackend()
    prog = progress or Progress()
    fps = play.format.fps
    total = sum(len(s.shots) for s in play.scenes)
    film_frames = sum(sum(c) for c in shot_frames(play))
    jobs = shot_jobs(play, sprites)
    previous: np.ndarray | None = None
    emitted = 0
    next_job = next(jobs, None)
    index = 0
    while next_job is not None:
        job = next_job
        next_job = next(jobs, None)
        prog.shot(index, total, job.shot, job.frames)
        n = job.frames
        out_kind = next_job.shot.transition if next_job is not None else None
        for i, frame in enumerate(backend.render_shot(job)):
            finish_frame(frame, i, n, fps, job.shot.transition, out_kind, previous,
                         film_frames - 1 - emitted)
            if i == n - 1 and next_job is not None and next_job.shot.transition == Transition.DISSOLVE:
                previous = frame.copy()
            emitted += 1
            prog.frame()
            yield frame
        index += 1


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def render(play: Screenplay, output: str | Path, base_dir: Path | None = None,
           source: str = "<screenplay>", progress: Progress | None = None,
           backend: Backend | None = None) -> RenderResult:
    start = time.perf_counter()
    sprites = load_sprites(play, base_dir, source)
    fmt = play.format
    writer = VideoWriter(output, fmt.width, fmt.height, fmt.fps, metadata(play))
    with writer:
        for frame in frames(play, sprites, progress, backend):
            writer.write(frame)
    wall = time.perf_counter() - start
    duration = writer.frames / fmt.fps
    return RenderResult(str(output), round(duration, 3), writer.frames, fmt.width, fmt.height,
                        fmt.fps, sum(len(s.shots) for s in play.scenes), round(wall, 3),
                        round(duration / wall, 3) if wall > 0 else 0.0, round(peak_rss_mb(), 1))

