"""Golden frames at 160x90: one per environment, per shot size and per camera move.

A frame matches its golden when the mean difference is small and few pixels differ much, so a
different CPU's anti-aliasing passes and a changed painter fails. The subject's own box (from the
world and the camera) is held more strictly, so a missing or misdrawn few-pixel walker fails too.
After an intended change of the look, regenerate: KINEMA_REGEN_GOLDEN=1 pytest tests/test_golden.py
(then look at them).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from goldens import golden_diff

from kinema.bodies import BODIES as ANIMAL_BODIES
from kinema.film.takes import load_sprites, shot_jobs
from kinema.plan.sets import HEIGHT_M
from kinema.render.vector import VectorBackend
from kinema.screenplay import CameraMove, Place, Screenplay, ShotSize
from kinema.screenplay.model import Archetype

# The subject's own box, held strictly: a 4-12 px walker is well under 2 % of a 160x90 frame, so
# the whole-frame allowance above passes a frame without it. Per pixel, its largest channel change.
SUBJECT_MEAN_TOL = 2.0  # mean change in the box, 0..255
SUBJECT_OFF_TOL = 0.04  # share of the box's pixels that may change by more than 16
Box = tuple[slice, slice]
TIMES = {Place.CITY: "night", Place.STREET: "night", Place.SPACE: "night", Place.RING: "night",
         Place.BEACH: "sunset", Place.SNOWFIELD: "dawn", Place.MOUNTAINS: "night"}


def _film(place: Place, size: ShotSize, move: CameraMove, emoji: str = "🚶‍♀️",
          archetype: str = "human", appearance: dict[str, Any] | None = None) -> Screenplay:
    data: dict[str, Any] = {
        "kinema": 1, "seed": 9, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": emoji}, "archetype": archetype,
                  "appearance": appearance or {}}],
        "scenes": [{"id": "s", "setting": {"place": place.value, "time": TIMES.get(place, "day")},
                    "staging": {"a": {"x": -1.0}},
                    "actions": [{"at": 0, "who": "a", "do": "walk", "speed": 0.8}],
                    "shots": [{"id": "x", "duration": 2.0, "size": size.value, "subjects": ["a"],
                               "move": move.value}]}],
    }
    return Screenplay.model_validate(data)


def _shot(play: Screenplay, index: int) -> tuple[np.ndarray, Box]:
    """Frame `index` of the first shot, and the box (rows, columns) its subject fills there."""
    job = next(shot_jobs(play, load_sprites(play, None, "golden")))
    for i, f in enumerate(VectorBackend().render_shot(job)):
        if i == index:
            return f[..., :3].copy(), _subject_box(job, index)
    raise AssertionError("shot too short")


def _frame(play: Screenplay, index: int) -> np.ndarray:
    return _shot(play, index)[0]


def _subject_box(job: Any, index: int) -> Box:
    """Where the world and the camera put the subject: feet at its screen point, its height and
    its artwork's width in pixels, a pixel more each side for the anti-aliased rim."""
    w, h = job.format.width, job.format.height
    (sid,) = job.shot.subjects
    e, cam = job.states[index].entity(sid), job.cameras[index]
    assert e is not None and e.visible, sid
    x, feet = cam.to_screen(e.x, e.y, w, h)
    tall = e.height * cam.ppm
    half = tall * max(job.sprites[sid].aspect, 1.0) / 2
    if e.skeleton:  # a long body (a serpent, a dragon) reaches past its artwork's box
        half = max(half, max(abs(jx) for jx, _ in e.skeleton) * cam.ppm + tall * 0.3)
    rows = slice(max(math.floor(feet - tall) - 1, 0), min(math.ceil(feet) + 1, h))
    cols = slice(max(math.floor(x - half) - 1, 0), min(math.ceil(x + half) + 1, w))
    assert rows.stop - rows.start >= 4 and cols.stop - cols.start >= 4, (sid, rows, cols)  # in the frame
    return rows, cols


def _check(name: str, frame: np.ndarray, subject: Box) -> None:
    diff = golden_diff(name, frame)
    if diff is None:
        return
    box = diff[subject].max(axis=2)
    mean, off = float(box.mean()), float((box > 16).mean())
    assert mean <= SUBJECT_MEAN_TOL and off <= SUBJECT_OFF_TOL, (
        f"{name}: subject box {subject}: mean diff {mean:.2f}, {off:.1%} pixels off")


@pytest.mark.parametrize("place", list(Place))
def test_environment(place: Place) -> None:
    _check(f"env_{place.value}", *_shot(_film(place, ShotSize.WIDE, CameraMove.STATIC), 12))


@pytest.mark.parametrize("size", list(ShotSize))
def test_shot_size(size: ShotSize) -> None:
    play = _film(Place.MOUNTAINS, size, CameraMove.STATIC, "🐺", "canine")
    _check(f"size_{size.value}", *_shot(play, 12))


@pytest.mark.parametrize("move", list(CameraMove))
def test_move(move: CameraMove) -> None:
    play = _film(Place.CITY, ShotSize.FULL, move)
    _check(f"move_{move.value}", *_shot(play, 18))


def test_environments_differ_by_place_and_seed() -> None:
    """Painters are not one landscape recoloured: places differ, and a seed changes a place."""
    city = _frame(_film(Place.CITY, ShotSize.WIDE, CameraMove.STATIC), 6)
    forest = _frame(_film(Place.FOREST, ShotSize.WIDE, CameraMove.STATIC), 6)
    assert np.abs(city.astype(int) - forest.astype(int)).mean() > 20
    other = _film(Place.CITY, ShotSize.WIDE, CameraMove.STATIC).model_copy(update={"seed": 10})
    assert np.abs(city.astype(int) - _frame(other, 6).astype(int)).mean() > 3


# Each body on its skeleton: the wolf (a face on a drawn body) and a whole dog's artwork on drawn legs.
BODIES = {"human": ("🧍", "human"), "canine": ("🐺", "canine"), "feline": ("🐈", "feline"),
          "quadruped": ("🐕", "canine"), "bird": ("🐦", "bird"), "fish": ("🐟", "fish"),
          "vehicle": ("🚗", "vehicle"), "serpent": ("🐍", "serpent"), "dragon": ("🐉", "dragon")}


@pytest.mark.parametrize("size", [ShotSize.FULL, ShotSize.CLOSE_UP])
@pytest.mark.parametrize("body", list(BODIES))
def test_body(body: str, size: ShotSize) -> None:
    """Each archetype's body at `full` (head to feet) and `close-up` (the face): a person on the rig."""
    play = _film(Place.PLAIN, size, CameraMove.STATIC, *BODIES[body])
    _check(f"body_{body}_{size.value}", *_shot(play, 12))


@pytest.mark.parametrize("animal,emoji", [("horse", "🐎"), ("giraffe", "🦒")])
def test_a_large_animal_walks_on_its_own_legs(animal: str, emoji: str) -> None:
    """A horse and a giraffe at their own size (plan/sets.py) walk on legs of their pictures'
    proportions (world/legs.py): nearly straight, in four beats, not a dog's bent legs."""
    scale = round(HEIGHT_M[animal] / ANIMAL_BODIES[Archetype.CANINE].height, 2)
    play = _film(Place.PLAIN, ShotSize.FULL, CameraMove.STATIC, emoji, "canine", {"scale": scale})
    _check(f"body_{animal}_full", *_shot(play, 12))


@pytest.mark.parametrize("size", [ShotSize.FULL, ShotSize.CLOSE_UP])
def test_a_girl_with_a_ponytail(size: ShotSize) -> None:
    """appearance.hair: a copper ponytail drawn around the face emoji, the same at full and close-up."""
    play = _film(Place.PLAIN, size, CameraMove.STATIC, "🚶‍♀️", "human",
                 {"hair": {"style": "ponytail", "colour": "#b4441f"}})
    _check(f"body_ponytail_{size.value}", *_shot(play, 12))


@pytest.mark.parametrize("size", [ShotSize.FULL, ShotSize.CLOSE_UP])
def test_a_rider_on_a_horse(size: ShotSize) -> None:
    """A rider on a mount: the person seated on the horse's back, the horse trotting on drawn legs."""
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 9, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
                 {"id": "h", "asset": {"emoji": "🐎"}, "archetype": "canine", "appearance": {"scale": 2.0}}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": -1.0}, "h": {"x": -1.0}},
                    "actions": [{"at": 0.0, "who": "a", "do": "ride", "target": "h"},
                                {"at": 0.2, "who": "h", "do": "walk", "speed": 1.2}],
                    "shots": [{"id": "x", "duration": 2.0, "size": size.value, "subjects": ["a"],
                               "move": "static"}]}]})
    _check(f"body_rider_{size.value}", *_shot(play, 12))
