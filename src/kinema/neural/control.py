"""The vector renderer's output as model inputs: control frames, keyframes and reference images.

Frames are produced lazily, in shot order, at the model's size; a window over them hands
each chunk its frames, so a long shot never holds more than about one chunk in memory.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from kinema.film.job import ShotJob
from kinema.neural.base import resize_rgb
from kinema.render.conditioning import depth_image, reference_image, render_conditioning
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import CastMember


def layout_frames(job: ShotJob, size: tuple[int, int]) -> Iterator[np.ndarray]:
    """The vector picture of each frame, RGB uint8 at the model's size."""
    for frame in VectorBackend().render_shot(job):
        yield resize_rgb(frame, *size).copy()  # the renderer reuses its buffer


def depth_frames(job: ShotJob, size: tuple[int, int]) -> Iterator[np.ndarray]:
    """The depth map of each frame as a grey RGB picture (near bright), drawn at the model's size."""
    for cond in render_conditioning(job, *size):
        yield depth_image(cond.depth)


class FrameWindow:
    """Random access to a forward-only frame stream, for chunks that only move forward."""

    def __init__(self, frames: Iterator[np.ndarray]) -> None:
        self._frames = frames
        self._held: list[np.ndarray] = []
        self._first = 0  # shot index of _held[0]

    def take(self, start: int, length: int) -> list[np.ndarray]:
        """Frames start..start+length; past the end of the stream the last frame repeats."""
        if start < self._first:
            raise ValueError(f"frame {start} was already released")
        del self._held[:start - self._first]
        self._first = start
        while len(self._held) < length:
            frame = next(self._frames, None)
            if frame is None:
                if not self._held:
                    raise ValueError("the frame stream is empty")
                frame = self._held[-1]
            self._held.append(frame)
        return self._held[:length]


def shown_members(job: ShotJob) -> list[CastMember]:
    """The shot's subjects, or everyone in the scene when it names none, in cast order."""
    subjects = set(job.shot.subjects)
    return [m for m in job.cast if (not subjects or m.id in subjects) and m.id in job.sprites]


class ReferenceImages:
    """One reference image per cast member and size, drawn once and reused in every shot."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int], np.ndarray] = {}

    def for_job(self, job: ShotJob, size: int, limit: int = 3) -> list[np.ndarray]:
        out = []
        for member in shown_members(job)[:limit]:
            key = (member.id, size)
            if key not in self._cache:
                self._cache[key] = reference_image(job.sprites[member.id], member, size)
            out.append(self._cache[key])
        return out
