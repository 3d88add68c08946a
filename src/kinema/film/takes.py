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
from typing import TYPE_CHECKING

from kinema import RENDERER_VERSION, __version__
from kinema.assets import FONT_CREDIT, TWEMOJI_CREDIT, resolve
from kinema.encode.transitions import transition_frames
from kinema.errors import AssetError, ScreenplayError
from kinema.film.job import ShotJob
from kinema.render.camera import solve
from kinema.render.environment import build_environment
from kinema.render.sprites import Sprite, load_sprite
from kinema.screenplay.model import Scene, Screenplay, Transition
from kinema.world.simulate import SceneWorld, simulate

if TYPE_CHECKING:
    from kinema.film.replays import Replay, Replays


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
               sprites: dict[str, Sprite], worlds: Replays | None = None) -> Iterator[ShotJob]:
    """The jobs of one scene: simulated once, lazily, while its shots are drawn (or replayed from
    `worlds`, where a scene filmed before with other cameras is kept)."""
    if worlds is None:
        world: SceneWorld | Replay = simulate(play, scene)
        env = build_environment(scene.setting, play.seed, world.terrain)
    else:
        world = worlds.world(play, scene)
        env = worlds.environment(play, scene, world)
    states = iter(world)
    ids = {a.member.id for a in world.actors}
    cast = tuple(m for m in play.cast if m.id in ids)
    shown = {k: v for k, v in sprites.items() if k in ids}
    for shot, n in zip(scene.shots, counts, strict=True):
        window = tuple(islice(states, n))
        cams = tuple(solve(shot, window, play.format))
        yield ShotJob(shot, scene.setting, cast, shown, window, cams, env, play.format, play.seed,
                      style=scene.style or play.style)


def shot_jobs(play: Screenplay, sprites: dict[str, Sprite], worlds: Replays | None = None) -> Iterator[ShotJob]:
    """Jobs in film order."""
    for scene, counts in zip(play.scenes, shot_frames(play), strict=True):
        yield from scene_jobs(play, scene, counts, sprites, worlds)


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
        return self.dissolves and _needs_previous(self.job, last_only=True)


def _needs_previous(job: ShotJob, last_only: bool) -> bool:
    """Whether drawing the job (or only its last frame) needs the shot it dissolves from."""
    if job.shot.transition != Transition.DISSOLVE:
        return False
    return not last_only or job.frames - 1 < transition_frames(job.format.fps, job.frames)


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


def take_at(play: Screenplay, sprites: dict[str, Sprite], index: int, last_only: bool = False) -> Take:
    """One take rebuilt on its own, in another process: only the scenes it needs are simulated
    (its own, and the one before where it dissolves from that scene's last shot). With
    `last_only`, only what its last frame needs."""
    context = _context(play)
    if not 0 <= index < len(context):
        raise IndexError(f"the film has {len(context)} shots, not a shot {index}")
    bounds = list(accumulate(len(sc.shots) for sc in play.scenes))  # film index after each scene
    s = bisect_right(bounds, index)
    first = bounds[s] - len(play.scenes[s].shots)
    jobs = list(scene_jobs(play, play.scenes[s], shot_frames(play)[s], sprites))
    return _take_in(play, sprites, context, jobs, first, index, last_only)


def _take_in(play: Screenplay, sprites: dict[str, Sprite], context: list[tuple[Scene, str | None, int]],
             jobs: list[ShotJob], first: int, index: int, last_only: bool) -> Take:
    """Take `index` of a scene whose jobs (from film index `first`) are built, with the shots
    before it that its frames need: from the same jobs, or from the scene before."""
    job = jobs[index - first]
    previous = None
    if index > 0 and _needs_previous(job, last_only):
        previous = (_take_in(play, sprites, context, jobs, first, index - 1, True) if index > first
                    else take_at(play, sprites, index - 1, last_only=True))
    scene, ends, after = context[index]
    return Take(index, len(context), scene, job, ends, after, previous)


def metadata(play: Screenplay) -> dict[str, str]:
    return {
        "title": play.title or "kinema film",
        "comment": f"Made with kinema {__version__} ({RENDERER_VERSION}), seed {play.seed}. "
                   f"Credits: {TWEMOJI_CREDIT}. {FONT_CREDIT}.",
        "copyright": f"Graphics: {TWEMOJI_CREDIT}",
        "encoder": f"kinema {__version__}",
    }
