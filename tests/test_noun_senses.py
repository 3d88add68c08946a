"""Which WordNet sense an English noun is drawn in (tools/build_lexicon.py `_ranked`, `pictured`,
`_relative`): a word's own senses before those WordNet files under another word's name, an emoji's
other name for the senses it shares with the picture's own, a participle's alias for its noun, and
an animal's relative not by the body parts every animal has."""

from __future__ import annotations

import pytest
from conftest import short_cast

from kinema.plan.open_lexicon import lookup


def _cast(prompt: str) -> list[str]:
    return sorted(short_cast(prompt))


@pytest.mark.parametrize(("word", "value"), [
    # A lesser name of another word's sense, untagged, is not what the word means where the word has
    # a sense of its own of the same kind or a creature: a hamper is a basket (not a shackle), a
    # gondola a boat (not a gondola car), a sea horse the fish (not a walrus), a mole the burrowing
    # animal (not a counterspy).
    ("hamper", "basket"),
    ("gondola", "boat"),
    ("seahorse", "fish"),
    ("sea horse", "fish"),
    ("mole", "hedgehog"),  # an insectivore; not the hare, whose gloss only shares its "eyes"
    # but a lesser name keeps its sense against a thing of another kind (the lumberjack's jacket)
    ("lumberjack", "person"),
    ("wizard", "mage"),  # the sorcerer's, a lesser name too, still wins over "an ace"
    ("armadillo", "badger"),  # a burrowing mammal "with strong" plates or claws, as before
    # 🐷's other name "hog" is the swine, not the yearling sheep WordNet also calls a hog: a lamb is
    # drawn as a sheep
    ("lamb", "ewe"),
    # 🔒 "locked" is no noun; its alias :lock: is the lock it shows
    ("lock", "locked"),
    ("padlock", "locked"),
])
def test_a_noun_is_drawn_in_its_own_sense(word: str, value: str) -> None:
    hit = lookup(word)
    assert hit is not None and (hit.kind, hit.value) == ("entity", value), hit


@pytest.mark.parametrize(("prompt", "cast"), [
    ("A woman folds laundry next to a wicker hamper", ["basket", "woman"]),
    ("A mole pokes its head out of the lawn", ["hedgehog"]),
    ("Seahorses drift among the seagrass", ["fish", "fish", "fish"]),
    ("a sheepdog herds the lambs into the pen", ["dog", "ewe", "ewe", "ewe", "pen"]),
    ("A gondolier steers his gondola under a bridge", ["bridge at night", "canoe", "man"]),  # ("his": a man)
    ("A lumberjack swings his axe at a pine", ["axe", "man", "tree"]),
])
def test_prompts_cast_the_meant_sense(prompt: str, cast: list[str]) -> None:
    got = _cast(prompt)
    assert all(got.count(name) >= cast.count(name) for name in cast), got
