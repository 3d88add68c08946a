"""Out on the water (plan/afloat.py, render/waterline.py): a scene whose every body is a boat,
rides in one or swims is set on the water, where the surface is the floor; anyone left on foot
keeps it on the shore. A boat's picture is drawn to its waterline: Twemoji's own band of blue
under the hull is hidden below the painted surface."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from kinema.film.takes import load_sprites, shot_jobs
from kinema.plan import plan
from kinema.render.vector import VectorBackend
from kinema.render.waterline import _water, draught
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Place
from kinema.world.particles import DUST, SPLASH
from kinema.world.simulate import SceneWorld

TWEMOJI_WATER = (93, 173, 236)


def _places(prompt: str) -> list[Place]:
    return [s.setting.place for s in plan(prompt, 8.0).screenplay.scenes]


@pytest.mark.parametrize("prompt", [
    "A fisherman rows a small boat across the lake at dawn", "A man paddles a canoe down the river",
    "A girl swims in the river", "一艘帆船在海上航行", "渔夫在湖上划着小船", "A ship sails",
    "A whale jumps out of the ocean", "A dolphin leaps over the waves",
])
def test_boats_rowers_and_swimmers_are_on_the_water(prompt: str) -> None:
    assert _places(prompt) == [Place.WATER]


@pytest.mark.parametrize("prompt,place", [
    ("A fish swims in the river", Place.UNDERWATER),  # creatures of the water that only swim: under it
    ("A fisherman on the shore watches a boat", Place.BEACH),  # he stands on the sand
    ("A dog runs along the beach", Place.BEACH), ("A man rides a bicycle", Place.PLAIN),
])
def test_anyone_on_foot_keeps_the_scene_ashore(prompt: str, place: Place) -> None:
    assert _places(prompt) == [place]


def test_a_landing_on_the_water_splashes() -> None:
    play = plan("A whale jumps out of the ocean", 8.0).screenplay
    states = list(SceneWorld(play, play.scenes[0]))
    landed = next(i for i, s in enumerate(states) if any(e.startswith("land:") for e in s.events))
    after = states[min(landed + 3, len(states) - 1)].particles
    assert (after.kind == SPLASH).sum() > 10 and (after.kind == DUST).sum() == 0


def _film(place: str) -> Screenplay:
    return Screenplay.model_validate({
        "kinema": 1, "seed": 2, "format": {"width": 320, "height": 180, "fps": 12},
        "cast": [{"id": "boat", "asset": {"emoji": "🛶"}, "archetype": "vehicle"}],
        "scenes": [{"id": "s", "setting": {"place": place, "time": "day"}, "staging": {"boat": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "boat", "do": "drive", "to_x": 3.0, "speed": 1.0}],
                    "shots": [{"id": "a", "duration": 1.0, "size": "full", "subjects": ["boat"]}]}]})


def _frame(place: str) -> np.ndarray:
    play = _film(place)
    job = dataclasses.replace(next(shot_jobs(play, load_sprites(play, None, "test"))), picks=(6,))
    return np.array(next(iter(VectorBackend().render_shot(job))))


def test_a_boat_picture_knows_its_own_water() -> None:
    play = _film("water")
    sprites = load_sprites(play, None, "test")
    assert 0.25 < draught(sprites["boat"]) < 0.45  # the canoe's blue band: a third of its square
    car = Screenplay.model_validate({**play.model_dump(mode="json"), "cast": [
        {"id": "boat", "asset": {"emoji": "🚗"}, "archetype": "vehicle"}]})
    assert draught(load_sprites(car, None, "test")["boat"]) == 0.0


def _band(frame: np.ndarray) -> int:
    """Pixels of Twemoji's water blue."""
    return int((np.abs(frame[..., :3].astype(int) - np.array(TWEMOJI_WATER)).max(axis=2) < 12).sum())


def test_on_the_water_the_band_is_under_the_surface() -> None:
    ashore, afloat = _frame("beach"), _frame("water")
    assert _band(ashore) > 300  # on the sand the canoe stands on its blue block
    assert _band(afloat) < _band(ashore) / 10  # on the water the block is under the surface
    low = afloat[afloat.shape[0] * 3 // 4:]  # the near water under the boat
    assert _water(low).mean() > 0.5 or low[..., 2].mean() > low[..., 0].mean() + 30
