"""A person's clothes (render/look.py): the screenplay's `appearance.clothing` wins, a colour left
out follows `tint`, else the member's own pick; the same member always looks the same."""

from __future__ import annotations

from kinema.render.look import look_of
from kinema.screenplay.model import CastMember

SKIN = (255, 204, 77)


def _member(**appearance: object) -> CastMember:
    return CastMember.model_validate({"id": "girl", "asset": {"emoji": "👧"}, "archetype": "human",
                                      "appearance": appearance})


def test_clothing_colours_from_the_screenplay_win() -> None:
    look = look_of(_member(tint="#f2c511", clothing={"bottom": "#203040", "shoes": "#ffffff"}), SKIN)
    assert look.top == (242, 197, 17)  # the yellow raincoat: the tint, where no top is given
    assert look.bottom == (32, 48, 64) and look.shoes == (255, 255, 255)
    plain = look_of(_member(), SKIN)
    assert plain == look_of(_member(), SKIN)  # picked by id: every shot the same
    coat = look_of(_member(clothing={"top": "#aa0000"}), SKIN)
    assert coat.top == (170, 0, 0) and coat.bottom == plain.bottom  # only what is given changes


def test_a_clothing_colour_must_be_a_hex_colour() -> None:
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=r"clothing\.top"):
        _member(clothing={"top": "red"})
