"""Effects the prompt's words name are in the film (issue 13, item 2): a wave is water moving, so a
wave, a tsunami or 海啸 throws water; words that only look like effects (a fire truck, a water
bottle, 水果) throw none."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _effects(prompt: str) -> set[str]:
    r = plan(prompt)
    sp = getattr(r, "screenplay", r)
    return {fx.kind.value for s in sp.scenes for fx in s.effects}


@pytest.mark.parametrize("prompt", [
    "A tsunami wave smashes over the seawall",  # seen on a dev row
    # unseen, written before the fix
    "A giant wave crashes onto the pier",
    "海啸冲上了岸",
    "a surfer rides a big wave",
])
def test_a_wave_throws_water(prompt: str) -> None:
    assert "water" in _effects(prompt)


@pytest.mark.parametrize("prompt", [
    "a fire truck parked on the street",
    "a water bottle on a desk",
    "她在吃水果",
    "火车开过大桥",
    "the sea is calm",
    "campers sit by the campfire near the water",  # fire shown; the lake's water is no jet
])
def test_words_that_only_look_like_effects_show_none(prompt: str) -> None:
    effects = _effects(prompt) - ({"fire"} if "campfire" in prompt else set())
    assert not effects & {"water", "fire", "smoke", "fireworks", "lightning"}


def test_a_firefighter_still_aims_the_jet() -> None:
    r = plan("A firefighter sprays water at a burning house")
    sp = getattr(r, "screenplay", r)
    jets = [fx for s in sp.scenes for fx in s.effects if fx.kind.value == "water"]
    assert jets and jets[0].target is not None
