"""A shot job: everything a render backend may see to draw one shot, and nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from kinema.render.camera import Camera
from kinema.render.environment import Environment
from kinema.render.sprites import Sprite
from kinema.screenplay.model import CastMember, Format, Setting, Shot
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

    @property
    def frames(self) -> int:
        return len(self.states)
