"""A four-legged body takes its colour from its face's artwork: the first fill where it covers a fair
share, else the commonest colour (🐶's first fill is its tongue)."""

from __future__ import annotations

from kinema.assets import _twemoji, main_color
from kinema.render.sprites import load_sprite
from kinema.screenplay.load import validate


def _body(emoji: str, archetype: str) -> tuple[int, int, int]:
    play = validate({"kinema": 1, "cast": [{"id": "a", "asset": {"emoji": emoji}, "archetype": archetype}],
                     "scenes": [{"id": "s", "staging": {"a": {}}, "shots": [{"id": "s1", "duration": 1}]}]},
                    "test")
    return load_sprite(play.cast[0], _twemoji(emoji)).body


def test_a_dogs_body_is_its_coat_not_its_tongue() -> None:
    r, g, b = _body("🐶", "canine")
    assert main_color(_twemoji("🐶")).upper() == "#DD2E44"  # the tongue comes first in the SVG
    assert r > 180 and 120 < g < 190 and 100 < b < 160  # tan, not red (g 46)


def test_a_first_fill_that_is_the_body_stays() -> None:
    assert _body("🐱", "feline") == (0xFF, 0xCC, 0x4D)
    assert _body("🐺", "canine") == (0x66, 0x75, 0x7F)
