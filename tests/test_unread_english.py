"""English nouns the planner read as nothing at all: closed compounds WordNet lacks, read as their
head where the head has any reading (a paraglider's glider, a kitesurfer's surfer) and "-ship" a
vessel where WordNet does not know the word as a state (a longship, not a mentorship); a noun after
a determiner and a word that reads as nothing ("a space marine fires", "a cardboard box"); a kind
of garment or of box with no picture of its own. Sentences of our own, not rows of the tables."""

from __future__ import annotations

import pytest
from conftest import short_cast

from kinema.plan import open_lexicon, parse


def _key(word: str) -> str | None:
    hit = parse._lookup(word)
    if hit is None or hit[0] != "entity":
        return None
    ent = parse._entity_of(hit[1])
    return None if ent is None else ent.key


def _cast(prompt: str) -> list[str]:
    return sorted(short_cast(prompt))


@pytest.mark.parametrize(("word", "key"), [
    ("longship", "ship"), ("mothership", "ship"), ("dropship", "ship"), ("skyship", "ship"),
    ("paraglider", "airplane"),
])
def test_a_closed_compound_wordnet_lacks_is_its_head(word: str, key: str) -> None:
    assert _key(word) == key


def test_a_smartphone_is_the_mobile_phone() -> None:
    # (a name of its own since session 27: its head had read the desk telephone)
    assert _key("smartphone") == "mobile phone"


def test_a_closed_compound_with_a_person_head_is_a_person() -> None:
    assert _key("kitesurfer") == "person surfing"  # (drawn doing it: session 19)


def test_a_head_read_through_the_open_vocabulary_is_read_as_it_is() -> None:
    assert _key("superyacht") == _key("yacht") is not None


@pytest.mark.parametrize("word", ["mentorship", "viewership", "friendship", "hardship", "childhood"])
def test_ship_after_a_person_word_is_a_suffix(word: str) -> None:
    assert _key(word) != "ship"


@pytest.mark.parametrize("word", ["hoverboard", "jetpack"])
def test_a_head_that_reads_as_no_thing_gives_none(word: str) -> None:
    # (board reads as a board of people, pack as a count: neither is the thing)
    assert _key(word) is None


def test_a_longship_is_cast() -> None:
    assert "ship" in _cast("Sailors row a longship across the fjord")


def test_a_noun_after_a_determiner_and_an_unread_word_is_the_doer() -> None:
    cast = _cast("a space marine fires a laser rifle at an alien")
    assert {"man", "person", "guard"} & set(cast), cast


def test_a_box_after_an_unread_word_is_a_box() -> None:
    assert "package" in _cast("A cat sleeps in a cardboard box")


def test_a_plain_box_is_the_cardboard_package() -> None:
    assert _key("carton") == "package" and "package" in _cast("the kids stack the boxes")


def test_laundry_is_clothes() -> None:
    # (read as clothes, worn by whoever the clause names, else filmed as the plain shirt)
    assert parse._hand("laundry") == ("clothing", True)
    assert "t-shirt" in _cast("Laundry flaps on a clothesline while the dog naps")


def test_a_garment_nothing_nearer_reads_is_clothes_but_a_sibling_stays() -> None:
    row = open_lexicon.lookup("camisole")
    assert row is not None and row.value == "t-shirt"
    robe = open_lexicon.lookup("bathrobe")
    assert robe is not None and robe.value == "kimono"


def test_a_capitalised_coined_word_is_a_name() -> None:
    assert "cut of meat" not in _cast("Beckham kicks a ball") and "wood" not in _cast("Eastwood rides a horse")


def test_a_verb_after_a_noun_stays_a_verb() -> None:
    # (the determiner-and-modifier reading is for a word that reads as nothing before it)
    assert "water wave" not in _cast("the little girl waves at her dad")
