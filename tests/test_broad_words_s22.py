"""Broad words cast as a far, arbitrary kind of them (session 22, helper wen16).

Where nothing broader than a word has a picture, the open vocabulary draws it as a kind of it that
has one, the first found two steps down: a bush was blueberries, an instrument a thermometer,
furniture a diya lamp, mineral (water) a hyacinth. A word with many kinds is drawn as a kind of it
only where that kind is a fair share of them (furniture: the chair), else as nothing it names. The
given words and broad words of the same kind chosen before the fix; the negative cases (narrow words,
and words that name their picture) must not change."""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("a bush by the road", {"blueberries"}),  # given
    ("a man plays an instrument", {"thermometer"}),  # given
    ("a rose bush in the garden", {"blueberries"}),
    ("furniture in the room", {"lamp"}),  # given
    ("a glass of mineral water", {"hyacinth"}),  # given
    ("a man hangs an ornament", {"wind chime"}),
    ("a decoration on the door", {"wind chime"}),
    ("a roll of fabric on the table", {"jeans"}),
    # (not yet: fixture and footwear have fewer kinds than BROAD_KINDS, read as before)
    pytest.param("a light fixture on the ceiling", {"shower"},
                 marks=pytest.mark.xfail(reason="narrow by count")),
    ("a strange apparatus in the lab", {"fax machine"}),
    ("a merchant sells every commodity", {"shopping bags"}),
    ("a garment hangs on the line", {"scarf"}),
    pytest.param("footwear by the door", {"socks"}, marks=pytest.mark.xfail(reason="narrow by count")),
    ("tableware on the shelf", {"chopsticks"}),
    ("smoke rises from the chimney", {"lamp"}),  # given
    ("a sailor on the deck", {"package"}),  # given
    ("a cat walks along the rail", {"light rail"}),  # given
    ("the subject of the photo", {"framed picture"}),  # given
])
def test_a_broad_word_is_no_far_kind_of_it(prompt: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("a dinosaur roars", {"t-rex"}),
    ("a computer on the desk", {"desktop computer"}),
    ("a flag waves", {"white flag"}),
    ("a rose bush in the garden", {"rose"}),
    ("a blueberry bush", {"blueberries"}),
    ("a thermometer on the wall", {"thermometer"}),
    ("a lamp on the table", {"lamp"}),
    ("a violin", {"violin"}),
    ("a glass of water", {"glass"}),
    ("a sofa in the room", {"sofa"}),
])
def test_a_narrow_word_keeps_its_picture(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast
