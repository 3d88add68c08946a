"""Which painter paints which place: one module per family of places, all seeded the same way."""

from __future__ import annotations

from collections.abc import Callable

from kinema.render.environment import landscape
from kinema.render.environment.city import build_city
from kinema.render.environment.interior import build_interior
from kinema.render.environment.landscape import Environment
from kinema.render.environment.nature import build_nature
from kinema.render.environment.space import build_space
from kinema.render.environment.underwater import build_underwater
from kinema.render.grade import grade_for
from kinema.screenplay.model import Place, Setting
from kinema.world.terrain import Terrain

Painter = Callable[[Setting, int, Terrain], Environment]

PAINTERS: dict[Place, Painter] = {
    Place.CITY: build_city,
    Place.STREET: build_city,
    Place.FOREST: build_nature,
    Place.BEACH: build_nature,
    Place.WATER: build_nature,
    Place.DESERT: build_nature,
    Place.SNOWFIELD: build_nature,
    Place.SPACE: build_space,
    Place.UNDERWATER: build_underwater,
    Place.ROOM: build_interior,
    Place.RING: build_interior,
    Place.WALL: build_interior,
}


def build_environment(setting: Setting, seed: int, terrain: Terrain) -> Environment:
    """The scene's environment, recorded once; the landscape painter serves every other place."""
    painter = PAINTERS.get(setting.place)
    if painter is not None:
        return painter(setting, seed, terrain)
    env = landscape.build_environment(setting, seed, terrain)
    return Environment(env.palette, env.sky, env.layers, env.light_x, terrain, env.animated, grade_for(setting))
