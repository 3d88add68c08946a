"""The moon, the sun and the stars a prompt names: cast, painted by the sky, never stood on the
ground (plan/sky.py)."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Place, TimeOfDay
from kinema.world.simulate import simulate


def _play(prompt: str) -> Screenplay:
    return plan(prompt, 8).screenplay


def _staged(play: Screenplay) -> set[str]:
    """Every id a scene acts, places, keys or films."""
    out: set[str] = set()
    for s in play.scenes:
        out |= {a.who for a in s.actions} | {a.target for a in s.actions if a.target} | set(s.staging)
        out |= {k.who for k in s.keyframes} | {x for h in s.shots for x in h.subjects}
    return out


@pytest.mark.parametrize(("prompt", "body"), [
    ("a werewolf howls at the moon from a cliff", "sky-full-moon"),
    ("狼人在悬崖上对着月亮嚎叫", "sky-full-moon"),
    ("A witch on her broom flies past the crescent moon", "sky-crescent-moon"),
    ("A couple dances under the stars", "sky-star"),
    ("A snowman melts in the spring sun", "sky-sun"),
])
def test_a_named_body_is_cast_in_the_sky(prompt: str, body: str) -> None:
    play = _play(prompt)
    assert body in {m.id for m in play.cast}
    assert body not in _staged(play)  # no action, no place on the ground, no shot of its own
    assert play.cast[-1].id.startswith("sky-")  # after who the film is about
    assert any("painted in the sky" in n for n in play.notes)


def test_the_world_never_spawns_a_sky_body() -> None:
    play = _play("a wolf howls at the full moon on a hill")
    scene = play.scenes[0]
    assert scene.setting.time == TimeOfDay.NIGHT  # the full moon is seen at night
    state = next(iter(simulate(play, scene)))
    assert state.entity("wolf") is not None and state.entity("sky-full-moon") is None


@pytest.mark.parametrize("prompt", ["An astronaut plants a flag on the moon", "宇航员在月球上行走"])
def test_a_world_stood_on_is_the_ground_not_the_sky(prompt: str) -> None:
    play = _play(prompt)
    assert play.scenes[0].setting.place == Place.SPACE
    assert not any(m.id.startswith("sky-") for m in play.cast)


@pytest.mark.parametrize("prompt", ["阳光洒进厨房，有人在煮咖啡", "A girl reads in the sunshine"])
def test_light_words_cast_no_sun(prompt: str) -> None:
    assert "sun" not in {m.name.en for m in _play(prompt).cast}


def test_an_explicit_time_is_kept() -> None:
    play = _play("At dawn a fox looks up at the full moon")
    assert play.scenes[0].setting.time == TimeOfDay.DAWN


def test_a_camera_move_to_the_moon_is_no_new_scene() -> None:
    play = _play("a wolf on a peak; tilt up to the moon")
    assert len(play.scenes) == 1 and [m.id for m in play.cast] == ["wolf", "sky-full-moon"]


def test_the_moon_alone_is_a_film_of_its_place() -> None:
    play = _play("The moon rises over a quiet lake")
    assert play.title.startswith("Full moon") and play.scenes[0].setting.time == TimeOfDay.NIGHT
    assert "sky-full-moon" not in _staged(play)


def test_without_a_painted_sky_the_moon_is_an_ordinary_member() -> None:
    play = _play("A spaceship drifts past the moon in outer space")
    assert play.scenes[0].setting.place == Place.SPACE
    assert not any(m.id.startswith("sky-") for m in play.cast)
