"""The cat seed scene: a cat standing on a room's blanket dents it under alternating paws."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

from kinema.render.blanket import _top, paw_dents
from kinema.screenplay import load
from kinema.world import simulate
from kinema.world.props import BLANKET_TOP


def _cat_states():  # type: ignore[no-untyped-def]
    play = load(EXAMPLES / "cat.yaml")
    world = simulate(play, play.scenes[0])
    return [s for s, _ in zip(world, range(96), strict=False)]


def test_cat_stands_on_the_blanket() -> None:
    states = _cat_states()
    assert len(states) == 96  # the loop below checks every one of them
    for s in states:
        cat = s.entity("cat")
        assert cat is not None and cat.verb == "knead"
        assert cat.y == pytest.approx(BLANKET_TOP, abs=0.02)
        assert any(p.kind == "blanket" for p in s.props)


def test_paws_dent_the_blanket_in_alternation() -> None:
    states = _cat_states()
    blanket = next(p for p in states[0].props if p.kind == "blanket")
    lefts, rights = [], []
    for s in states:
        cat = s.entity("cat")
        assert cat is not None
        dents = paw_dents(s.entities, blanket)
        assert len(dents) == 2
        (lx, _), (rx, _) = dents
        lefts.append(blanket.y1 - _top(blanket, dents, lx))
        rights.append(blanket.y1 - _top(blanket, dents, rx))
    # Each paw presses in turn: sometimes the left dent is deep while the right is not, and vice versa.
    assert max(lefts) > 0.03 and max(rights) > 0.03
    assert any(a > 0.03 and b < 0.015 for a, b in zip(lefts, rights, strict=True))
    assert any(b > 0.03 and a < 0.015 for a, b in zip(lefts, rights, strict=True))
