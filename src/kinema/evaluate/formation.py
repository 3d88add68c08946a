"""Does a formation's burst stay in frame? For the dailies: per shot that films a burst, the
smallest share of the pieces inside the frame over the burst's frames.

The film is re-simulated with the renderer's own shot jobs, so the states and cameras are the
ones it films; nothing is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kinema.film.job import ShotJob
from kinema.film.takes import shot_jobs
from kinema.render.camera import Camera
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Screenplay
from kinema.world.state import FormationFrame

IN_FRAME_MIN = 0.8  # of the pieces: less than this in frame during a burst is reported


@dataclass(frozen=True)
class BurstFraming:
    shot: str
    member: str
    frames: int  # frames of the shot in which the member is bursting
    inside: float  # the smallest share of its pieces inside the frame over those frames

    @property
    def ok(self) -> bool:
        return self.inside >= IN_FRAME_MIN


def bursting(f: FormationFrame) -> bool:
    """A formation whose pieces are flying apart. Reforming pieces may fly in from outside the
    frame (the push-in for the reform starts on the shape), so only the burst is measured."""
    return f.phase == "burst" and len(f) > 0


def inside(f: FormationFrame, cam: Camera, w: int, h: int) -> float:
    """The share of a formation's pieces inside a w × h frame filmed by `cam`."""
    sx = (f.x - cam.cx) * cam.ppm + w / 2
    sy = h / 2 - (f.y - cam.cy) * cam.ppm
    return float(((sx >= 0) & (sx < w) & (sy >= 0) & (sy < h)).mean())


def job_framing(job: ShotJob) -> Iterator[BurstFraming]:
    """Each formation that bursts during this shot, and how much of it stays in frame."""
    w, h = job.format.width, job.format.height
    worst: dict[str, tuple[int, float]] = {}
    for state, cam in zip(job.states, job.cameras, strict=True):
        for f in state.formations:
            if not bursting(f):
                continue
            share = inside(f, cam, w, h)
            n, low = worst.get(f.id, (0, 1.0))
            worst[f.id] = (n + 1, min(low, share))
    for member, (n, low) in worst.items():
        yield BurstFraming(job.shot.id, member, n, round(low, 4))


def burst_framing(play: Screenplay, sprites: dict[str, Sprite]) -> list[BurstFraming]:
    """Every shot that films a burst, with the smallest share of the pieces it keeps in frame."""
    return [b for job in shot_jobs(play, sprites) for b in job_framing(job)]
