"""A part of an animal cast as a second animal (session 22, helper wen16).

WordNet files an animal's parts (antlers, tusks, fins, a mane, wings, horns) under noun.animal, and
the open vocabulary draws a part with no picture as its whole: "a moose with huge antlers" cast the
moose and three deer, "a fish flicks its fins" four fish. A part whose animal is already cast adds no
one: a word read as the animal its part is of goes wherever another animal is named; a word read
as another sense (horns, first the noisemaker; a trunk, luggage) where the animal just named has it
("its", "with", the animal's); a wing or a shell, drawn as itself, stays (a hermit crab swaps its
shell). The given words (antlers, tusks, fins, beak, mane) and words of the same kind chosen before
the fix; the negative cases must not change."""

from __future__ import annotations

import pytest
from conftest import cast_list as _cast


@pytest.mark.parametrize(("prompt", "animal", "unwanted"), [
    ("a moose with huge antlers", "moose", {"deer"}),  # given
    ("an elephant's tusks glint in the sun", "elephant", set()),  # given
    ("a fish flicks its fins", "fish", set()),  # given
    ("the toucan's beak is bright", "bird", set()),  # given
    ("a lion shakes its mane", "lion", set()),  # given
    ("a walrus with long tusks", "seal", {"elephant"}),
    ("a stag with big antlers walks in the snow", "deer", set()),
    ("a porcupine raises its quills", "hedgehog", set()),
    ("a bull lowers its horns", "cow", {"postal horn"}),
    ("a goat with long horns", "goat", {"postal horn"}),
    ("an elephant raises its trunk", "elephant", {"luggage"}),
    ("a bird flaps its wings", "bird", set()),
    ("a peacock spreads its tail feathers", "peacock", set()),
    ("a ram with curled horns", "ram", {"postal horn"}),
    ("a rhino lowers its horn", "rhinoceros", {"postal horn"}),
])
def test_a_part_of_an_animal_cast_adds_no_one(prompt: str, animal: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast.count(animal) == 1, cast
    assert not set(cast) & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("a lion", ["lion"]),
    ("a fin whale swims", ["whale"]),
    ("a horse's saddle", ["horse"]),
    ("two deer in the forest", ["deer", "deer"]),
    ("a bird on a branch", ["bird", "tree"]),
    ("antlers hang on the wall", ["deer"]),  # no animal named: the part is drawn as its whole
    ("a feather floats down", ["feather"]),
    ("a boy blows a horn beside his dog", ["boy", "postal horn", "dog"]),  # a person's horn
    ("an angel spreads her wings", ["wing"]),  # no animal's wings
    ("a hen sits on her eggs", ["chicken", "egg"]),  # an egg is no part
    ("a hermit crab swaps its old shell for a bottle cap", ["crab", "spiral shell"]),  # a shell is shed
    ("a butterfly spreads its wings", ["butterfly", "wing"]),  # a wing drawn as itself stays
])
def test_what_is_no_part_of_an_animal_cast_stays(prompt: str, wanted: list[str]) -> None:
    cast = _cast(prompt)
    for w in set(wanted):
        assert cast.count(w) >= wanted.count(w), cast
