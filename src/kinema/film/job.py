"""A shot job, what draws it, and what watches it being drawn.

A shot job is everything a render backend may see to draw one shot, and nothing else: that
is what makes a shot a pure function of its inputs, so it can be cached, drawn in another
process, or drawn one frame at a time for a storyboard and give the film's own pixels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from kinema.render.camera import Camera
from kinema.render.environment import Environment
from kinema.render.sprites import Sprite
from kinema.screenplay.model import CastMember, Format, Setting, Shot, Style
from kinema.world.state import WorldState


@dataclass(frozen=True)
class ShotJob:
    shot: Shot
    setting: Setting
    cast: tuple[CastMember, ...]
    sprites: dict[str, Sprite]
    states: tuple[WorldState, ...]
    cameras: tuple[Camera, ...]
    environment: Environment
    format: Format
    seed: int
    # Frames to draw, as indices into `states` (None: every frame). A backend sets itself up
    # from the whole shot either way, so frame i is the same pixels whether drawn alone or not.
    picks: tuple[int, ...] | None = None
    style: Style = Style.PLAIN  # the scene's look (its own `style`, else the film's)

    @property
    def frames(self) -> int:
        return len(self.states)

    @property
    def drawn(self) -> tuple[int, ...]:
        """The indices the backend yields, in order."""
        return tuple(range(self.frames)) if self.picks is None else self.picks


class Backend(Protocol):
    """What draws a shot: the vector renderer, or a neural one (kinema.neural).

    `render_shot` yields one RGBA uint8 H×W×4 frame per index in `job.drawn`; it may reuse
    one buffer, so a caller copies or encodes a frame before asking for the next. A backend
    whose class sets `frames_intact = n` cycles n + 1 buffers: a frame stays untouched while the
    next n are drawn, and the shot loop encodes it on the encoder's thread meanwhile.
    """

    name: str

    def render_shot(self, job: ShotJob) -> Iterator[np.ndarray]: ...


class Progress:
    """Callbacks the CLI turns into progress bars; the default does nothing."""

    def shot(self, index: int, total: int, shot: Shot, frames: int) -> None: ...
    def frame(self) -> None: ...

    def frames(self, n: int) -> None:
        """`n` frames done at once: a shot reused from the cache or drawn elsewhere."""
        for _ in range(n):
            self.frame()
