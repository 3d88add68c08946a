"""A noun before another noun says what the second is made of or what kind it is, session 22.

- A plain verb form agrees with its subject: after a singular noun ("a stone bridge over the creek",
  "the stone arch over the gate") the plain form is a noun, the head of the phrase, and is cast;
  after a plural one, a pronoun, or as a past form it is still the verb ("the birds flock over the
  lake", "fireworks light up the sky", "we camp under the stars").
- A material named right before the thing it makes (stone, marble, glass, paper, iron, tin, silk,
  wool, straw, ice) is what that thing is made of, not a thing of its own: a stone bridge casts no
  rock, a glass vase no drinking glass, a paper boat no notepad, a water bottle no water. Alone, or
  before a verb or "of", the material is still cast ("skips a stone", "a glass of milk")."""

from __future__ import annotations

import pytest
from conftest import cast_of


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("a stone bridge over the creek", {"bridge at night"}),
    ("the stone arch over the gate", {"door"}),
    ("A rope bridge across the gorge", {"bridge at night"}),
    ("A wooden bridge over the river at dawn", {"bridge at night"}),
    ("An old stone bridge over a frozen stream", {"bridge at night"}),
])
def test_a_plain_form_after_a_singular_noun_is_the_head_noun(prompt: str, wanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("fireworks light up the sky", set(), {"horizontal traffic light"}),
    ("the birds flock over the lake", {"bird"}, set()),
    ("The kids race over the hill", {"child"}, set()),
    ("We camp under the stars", {"person", "star"}, {"camping"}),
    ("Two moose lock antlers in the snow", {"moose"}, {"locked"}),
    ("The dogs herd the flock over the hill", {"dog"}, set()),
])
def test_a_verb_that_agrees_with_its_subject_stays_a_verb(prompt: str, wanted: set[str],
                                                         unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("a stone bridge over the creek", {"bridge at night"}, {"asteroid"}),
    ("Soldiers march past a marble temple", {"hindu temple"}, {"asteroid"}),
    ("a glass vase on the table", {"jar"}, {"glass"}),
    ("a paper boat floats in a puddle", {"canoe"}, {"spiral notepad"}),
    ("a clay pot on the shelf", {"pot of food"}, {"earth"}),
    ("Cinderella loses the glass slipper on the stairs", {"woman’s sandal"}, {"glass"}),
    ("A sand castle on the beach", {"castle"}, {"earth"}),
    ("An ice sculpture melts in the sun", set(), {"ice"}),
    ("She wears a jade bracelet", {"woman"}, {"gem stone"}),
    ("A girl in a silk dress dances", {"girl", "dress"}, {"silkworm"}),
    ("a water bottle on the desk", {"lotion bottle"}, set()),
    ("A farmer in a straw hat feeds the chickens", {"farmer", "chicken", "hat"}, {"sheaf of rice"}),
    ("An ice castle glitters in the sun", {"castle"}, {"ice"}),
    ("A gold crown on a velvet cushion", {"crown"}, {"1st place medal"}),
])
def test_a_material_before_a_thing_is_what_it_is_made_of(prompt: str, wanted: set[str],
                                                        unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A boy skips a stone across the pond", {"asteroid"}),
    ("Workers drag a giant stone block up the ramp", {"asteroid"}),  # (a block is drawn as a far kind)
    ("She pours a glass of milk", {"glass"}),
    ("Ice covers the lake", {"ice"}),
    ("A pile of sand and stones", {"asteroid"}),
])
def test_a_material_alone_is_still_cast(prompt: str, wanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("drone shot of a surfer riding a monster wave", {"water wave"}),
    ("a monster wave hits the boat", {"water wave", "canoe"}),
    ("A huge rogue wave rolls toward the ship", {"water wave"}),
])
def test_a_plain_form_after_a_determiner_and_a_noun_is_the_head(prompt: str, wanted: set[str]) -> None:
    """The world's verb "wave" said as the head of a noun phrase ("a monster wave": a monster waves
    would agree) is the water wave."""
    cast = set(cast_of(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("A boy and a girl dance in the rain", {"dance"}),
    ("The old man waves at the train", {"water wave"}),
    ("A little girl waves goodbye", {"water wave"}),
    ("Two kids wave at the passing train", {"water wave"}),
])
def test_a_verb_after_its_subject_stays_the_verb(prompt: str, unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert not cast & unwanted, cast
