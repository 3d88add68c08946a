"""The one shot loop: a take's frames drawn by a backend and finished with their transitions.

Every way a film is made goes through `draw`: the MP4 (whole, or as cached segments), the
storyboard, contact sheets and thumbnails (a few picked frames), the evaluation's re-render.
A picked frame is finished exactly as in the film, so a storyboard shows the film's pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import numpy as np

from kinema.encode.transitions import finish_frame, transition_frames
from kinema.film.job import Backend, Progress
from kinema.film.takes import Take, takes
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Screenplay


def draw(take: Take, backend: Backend, picks: tuple[int, ...] | None = None,
         previous_last: np.ndarray | None = None) -> Iterator[tuple[int, np.ndarray]]:
    """(index, finished RGBA frame) for each picked frame of the take (all by default).

    `previous_last` is the finished last frame of the shot this one dissolves from, when the
    caller has it; otherwise it is drawn again (one frame), so a take needs nothing but itself.
    """
    job = take.job if picks is None else replace(take.job, picks=picks)
    n, fps = job.frames, job.format.fps
    prev = None
    if take.previous is not None and min(job.drawn, default=n) < transition_frames(fps, n):
        prev = previous_last if previous_last is not None else last_frame(take.previous, backend)
    begins = job.shot.transition.value
    for i, frame in zip(job.drawn, backend.render_shot(job), strict=True):
        finish_frame(frame, i, n, fps, begins, take.ends, prev, take.frames_after + n - 1 - i)
        yield i, frame


def last_frame(take: Take, backend: Backend) -> np.ndarray:
    """The take's finished last frame, drawn alone (a copy)."""
    _, frame = next(draw(take, backend, (take.job.frames - 1,)))
    return frame.copy()


Picker = Callable[[Take], tuple[int, ...]]


def picked_frames(play: Screenplay, sprites: dict[str, Sprite], backend: Backend,
                  pick: Picker) -> Iterator[tuple[Take, int, np.ndarray]]:
    """A few frames of every shot (storyboards, contact sheets, thumbnails), as in the film."""
    for take in takes(play, sprites):
        chosen = tuple(sorted(set(pick(take))))
        if chosen:
            for i, frame in draw(take, backend, chosen):
                yield take, i, frame


def middle(take: Take) -> tuple[int, ...]:
    return (unblinking(take, take.job.frames // 2),)


BLINK_REACH = 12  # frames either side (half a second at 24 fps) to find open eyes


def unblinking(take: Take, i: int) -> int:
    """The frame nearest `i` where no face is mid-blink, for a still that stands for the shot (a
    storyboard panel, a contact sheet): a blink is 0.15 s, but a still caught in one reads as a
    face asleep. `i` itself where every frame in reach blinks, or the world has no faces."""
    states = take.job.states
    for d in range(BLINK_REACH + 1):
        for j in (i - d, i + d):
            if 0 <= j < len(states) and all(e.expression != "blink" for e in states[j].entities):
                return j
    return i


def film_frames(play: Screenplay, sprites: dict[str, Sprite], backend: Backend | None = None,
                progress: Progress | None = None) -> Iterator[np.ndarray]:
    """Every finished frame of the film in order (the vector renderer's by default), as the
    MP4 holds them before encoding. Buffers are reused: copy to keep one."""
    if backend is None:
        from kinema.render.vector import VectorBackend

        backend = VectorBackend()
    prog = progress or Progress()
    last: np.ndarray | None = None
    for take in takes(play, sprites):
        prog.shot(take.index, take.total, take.job.shot, take.job.frames)
        n = take.job.frames
        for i, frame in draw(take, backend, None, last):
            if i == n - 1:  # kept only for the dissolve that blends from it
                last = frame.copy() if take.ends == "dissolve" else None
            prog.frame()
            yield frame
