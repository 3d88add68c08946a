"""Simulated scenes kept to be filmed again with other cameras.

The dailies film every scene once per round of mending, and a mend changes only cameras (size,
move, who a shot frames), not the world: the world is simulated once and replayed. A scene's
world depends on the shots only through their durations and speeds (the world's clock) and the
members they name (who is present), so those, with the scene and the film's cast, seed and
format, are the key. Holding states costs memory, so a budget of frames bounds what is kept; a
scene beyond it is simulated again each time, as before. The kept states are lean (simulate's
`lean`): where the bodies are, not the particles' snapshot nor the contacts the dailies never read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kinema.render.environment import Environment, build_environment
from kinema.screenplay.model import Scene, Screenplay
from kinema.world.actor import Actor
from kinema.world.simulate import SceneWorld, simulate
from kinema.world.state import WorldState
from kinema.world.terrain import Terrain

BUDGET_FRAMES = 7200  # five minutes at 24 fps: a planned film's dailies, not a feature


@dataclass(frozen=True)
class Replay:
    """What scene_jobs reads from a simulated scene, with its states kept."""

    terrain: Terrain
    actors: list[Actor]
    states: tuple[WorldState, ...]

    def __iter__(self) -> Iterator[WorldState]:
        return iter(self.states)


def world_key(play: Screenplay, scene: Scene) -> str:
    shots = [(s.duration, s.speed) for s in scene.shots]
    # Who the shots bring into the world besides those the scene stages, acts or keys (the world
    # spawns the union): a re-aim that drops or adds a subject already there films the same world.
    staged = {*scene.staging, *(a.who for a in scene.actions), *(k.who for k in scene.keyframes)}
    named = sorted({m for s in scene.shots for m in s.subjects} - staged)
    body: dict[str, Any] = scene.model_dump(mode="json", exclude={"shots"})
    film = play.model_dump(mode="json", exclude={"scenes", "notes"})
    text = json.dumps([film, body, shots, named], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class Replays:
    def __init__(self, budget_frames: int = BUDGET_FRAMES) -> None:
        self.budget = budget_frames
        self.kept: dict[str, Replay] = {}
        self.simulated = 0  # scenes simulated through this cache (tests read it)
        self.envs: dict[int, Environment] = {}  # by id of a kept Replay (kept as long as this)

    def environment(self, play: Screenplay, scene: Scene, world: SceneWorld | Replay) -> Environment:
        """The scene's painted environment (the shot jobs carry it; the dailies never draw it):
        built once per kept world."""
        if not isinstance(world, Replay):
            return build_environment(scene.setting, play.seed, world.terrain)
        key = id(world)
        if key not in self.envs:
            self.envs[key] = build_environment(scene.setting, play.seed, world.terrain)
        return self.envs[key]

    def world(self, play: Screenplay, scene: Scene) -> SceneWorld | Replay:
        key = world_key(play, scene)
        if key in self.kept:
            return self.kept[key]
        world = simulate(play, scene, lean=True)  # positions only: no particles, no contacts
        self.simulated += 1
        if world.frames > self.budget:
            return world
        self.budget -= world.frames
        self.kept[key] = Replay(world.terrain, world.actors, tuple(world))
        return self.kept[key]
