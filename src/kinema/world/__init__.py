"""The world simulator: reads a screenplay, produces states, never frames."""

from kinema.world.simulate import DT, SceneWorld, simulate
from kinema.world.state import EntityState, WorldState
from kinema.world.terrain import Terrain, build_terrain

__all__ = ["DT", "EntityState", "SceneWorld", "Terrain", "WorldState", "build_terrain", "simulate"]
