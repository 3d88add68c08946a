"""Everyday words to pictures (issue 13, eighth session): a later sense a picture is named for,
CC-CEDICT's fellow glosses, a phrase-named picture yielding its head to a closed compound, an
emoji alias WordNet files under its name, an animal's part, a young animal, a compound person's
equipment, and a
word mostly used as an adjective where it stands as a noun. Words here are not taken from the
held-out prompts of any table."""

from __future__ import annotations

import pytest

from kinema.plan.catalog import catalog
from kinema.plan.director import plan
from kinema.plan.life import PASSER
from kinema.plan.open_lexicon import lookup, noun_reading


def _named(prompt: str) -> list[str]:
    """The cast's entity names, one per member, without the place's own passers-by."""
    return [m.name.en for m in plan(prompt, 6).screenplay.cast if not m.id.startswith(PASSER)]


@pytest.mark.parametrize(("word", "value"), [
    ("cake", "birthday cake"),  # first a cake of soap; the baked one is a kind named by the word
    ("cakes", "birthday cake"),
    ("kettle", "teapot"),  # a pot, but drawn as the teapot it looks like
    ("pot", "pot of food"),  # a cooking pot: the vessel the picture "pot of food" names, not the teapot
    ("cauldron", "pot of food"),
    ("tv", "television"),  # :tv: is WordNet's television receiver, the name's third sense
    ("horseback", "horse"),  # the back of a horse: drawn as the horse
    ("queen", "person with crown"),  # first the bee, which has no picture; then the reigning queen, crowned
    ("yacht", "boat"),  # 游艇 "barge; yacht": a barge is a boat, both are vessels
    ("van", "truck"),  # 货车 "truck; van": a van is a kind of truck
    ("cigar", "cigarette"),  # 卷烟 "cigar; cigarette"
    ("calf", "cattle"),  # "young of domestic cattle": the grown animal its gloss names
    ("foal", "horse"),  # "a young horse"
])
def test_an_everyday_noun_reaches_its_picture(word: str, value: str) -> None:
    hit = lookup(word)
    assert hit is not None and (hit.kind, hit.value) == ("entity", value), hit


@pytest.mark.parametrize("word", ["hair", "table", "area", "world"])
def test_a_fellow_gloss_does_not_stand_for_a_common_word(word: str) -> None:
    # 毛 "hair; feather", 案 "table; file", 地方 "area; room": the dictionary's fellows are no
    # pictures of these (a body part, or a word whose first sense is no thing)
    hit = lookup(word)
    assert hit is None or hit.value not in ("feather", "file cabinet", "men’s room", "earth"), hit


@pytest.mark.parametrize(("word", "tool"), [
    ("basketball player", "basketball"),  # the compound's first word names its ball
    ("football player", "football"),
    ("ballplayer", "baseball"),  # WordNet's topic: baseball, the game named after its ball
])
def test_a_player_carries_the_ball_the_compound_names(word: str, tool: str) -> None:
    hit = lookup(word)
    assert hit is not None and (hit.value, hit.tool) == ("person", tool), hit


def test_a_basketball_player_is_cast_with_a_basketball() -> None:
    assert "basketball" in _named("A basketball player jumps high in the gym")


def test_what_is_held_is_a_thing_not_a_place() -> None:
    ring = catalog().en_index["ring"].key  # 💍
    assert ring in _named("She waits with a ring in the garden")
    assert ring not in _named("Two boxers fight in the ring")


def test_a_word_mostly_used_as_an_adjective_is_a_noun_where_it_stands_as_one() -> None:
    assert noun_reading("orange") is not None and noun_reading("orange").value == "tangerine"
    assert lookup("orange") is None  # alone it is the colour: the hand table's tint
    assert "tangerine" in _named("She peels an orange at the kitchen table")
    assert "tangerine" in _named("A bowl of oranges sits by the window")
    assert "tangerine" not in _named("An orange cat sleeps by the window")


def test_an_adjective_that_reads_as_nothing_stays_unread() -> None:
    # calm air is wind in WordNet, but "a calm lake" names no wind: only a plural stands as a noun
    assert "leaf fluttering in wind" not in _named("A calm lake at dawn, a duck swims by")
