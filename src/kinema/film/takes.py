"""Shot jobs in film order, each with what its finished frames need from its neighbours.

Each scene is simulated once; its shots film consecutive windows of that one world. A
`Take` is a job in the film: the transition of the shot that follows it (its fade-out), the
frames after it (the film's final fade) and, for a dissolve, the shot it dissolves from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import accumulate, islice
from pathlib import Path

from kinema import RENDERER_VERSION, __version__
from kinema.assets import FONT_CREDIT, TWEMOJI_CREDIT, resolve
from kinema.encode.transitions import transition_frames
from kinema.errors import AssetError, ScreenplayError
from kinema.film.job import ShotJob
from kinema.render.camera import solve
from kinema.render.environment import build_environment
from kinema.render.sprites import Sprite, load_sprite
from kinema.screenplay.model import Scene, Screenplay, Transition
from kinema.world.simulate import simulate


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


def scene_jobs(play: Screenplay, scene: Scene, counts: list[int],
               sprites: dict[str, Sprite]) -> Iterator[ShotJob]:
    """The jobs of one scene: simulated once, lazily, while its shots are drawn."""
    world = simulate(play, scene)
    env = build_environment(scene.setting, play.seed, world.terrain)
    states = iter(world)
    ids = {a.member.id for a in world.actors}
    cast = tuple(m for m in play.cast if m.id in ids)
    shown = {k: v for k, v in sprites.items() if k in ids}
    for shot, n in zip(scene.shots, counts, strict=True):
        window = tuple(islice(states, n))
        cams = tuple(solve(shot, window, play.format))
        yield ShotJob(shot, scene.setting, cast, shown, window, cams, env, play.format, play.seed)


def shot_jobs(play: Screenplay, sprites: dict[str, Sprite]) -> Iterator[ShotJob]:
    """Jobs in film order."""
    for scene, counts in zip(play.scenes, shot_frames(play), strict=True):
        yield from scene_jobs(play, scene, counts, sprites)


@dataclass(frozen=True)
class Take:
    index: int  # in film order
    total: int  # shots in the film
    scene: Scene
    job: ShotJob
    ends: str | None  # the next shot's transition (this shot's fade-out), None for the last
    frames_after: int  # frames after this shot in the film (the final fade to black)
    previous: Take | None  # the shot this one dissolves from; None unless it dissolves

    @property
    def dissolves(self) -> bool:
        return self.previous is not None

    def last_needs_previous(self) -> bool:
        """Whether this shot's last frame still blends its own previous shot (one-frame shots)."""
        n = self.job.frames
        return self.dissolves and n - 1 < transition_frames(self.job.format.fps, n)


def _context(play: Screenplay) -> list[tuple[Scene, str | None, int]]:
    """Per shot in film order: its scene, the next shot's transition, the frames after it."""
    flat = [(scene, shot) for scene in play.scenes for shot in scene.shots]
    counts = [n for c in shot_frames(play) for n in c]
    after = sum(counts)
    out = []
    for i, (scene, _) in enumerate(flat):
        after -= counts[i]
        ends = flat[i + 1][1].transition.value if i + 1 < len(flat) else None
        out.append((scene, ends, after))
    return out


def takes(play: Screenplay, sprites: dict[str, Sprite]) -> Iterator[Take]:
    """Every shot of the film in order, with its neighbours' transitions."""
    context = _context(play)
    prev: Take | None = None
    for index, job in enumerate(shot_jobs(play, sprites)):
        scene, ends, after = context[index]
        dissolves = job.shot.transition == Transition.DISSOLVE and prev is not None
        if prev is not None and not prev.last_needs_previous():
            prev = replace(prev, previous=None)  # hold one shot back, not a chain of them
        take = Take(index, len(context), scene, job, ends, after, prev if dissolves else None)
        yield take
        prev = take


def take_at(play: Screenplay, sprites: dict[str, Sprite], index: int) -> Take:
    """One take rebuilt on its own, in another process: only the scenes it needs are simulated
    (its own, and the one before where it dissolves from that scene's last shot)."""
    context = _context(play)
    if not 0 <= index < len(context):
        raise IndexError(f"the film has {len(context)} shots, not a shot {index}")
    counts = shot_frames(play)
    bounds = list(accumulate(len(sc.shots) for sc in play.scenes))  # film index after each scene
    s = bisect_right(bounds, index)
    scene = play.scenes[s]
    first = bounds[s] - len(scene.shots)
    jobs = list(scene_jobs(play, scene, counts[s], sprites))
    job = jobs[index - first]
    previous = None
    if job.shot.transition == Transition.DISSOLVE and index > 0:
        if index > first:
            previous = take_at_job(play, context, index - 1, jobs[index - 1 - first], sprites)
        else:
            previous = take_at(play, sprites, index - 1)
    _, ends, after = context[index]
    return Take(index, len(context), scene, job, ends, after, previous)


def take_at_job(play: Screenplay, context: list[tuple[Scene, str | None, int]], index: int,
                job: ShotJob, sprites: dict[str, Sprite]) -> Take:
    """A take around a job already built; its own previous shot only where its last frame needs it."""
    scene, ends, after = context[index]
    take = Take(index, len(context), scene, job, ends, after, None)
    if take.job.shot.transition == Transition.DISSOLVE and index > 0 and \
            job.frames - 1 < transition_frames(job.format.fps, job.frames):
        take = replace(take, previous=take_at(play, sprites, index - 1))
    return take


def metadata(play: Screenplay) -> dict[str, str]:
    return {
        "title": play.title or "kinema film",
        "comment": f"Made with kinema {__version__} ({RENDERER_VERSION}), seed {play.seed}. "
                   f"Credits: {TWEMOJI_CREDIT}. {FONT_CREDIT}.",
        "copyright": f"Graphics: {TWEMOJI_CREDIT}",
        "encoder": f"kinema {__version__}",
    }
