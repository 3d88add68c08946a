"""Someone drawn as a prop (a mermaid, an ogre, an alien: WordNet files them as imaginary beings)
is someone a pronoun stands for, as a person is: "A mermaid combs her hair" casts no second woman.
And a word that is a figure of speech for a person, used far less often than for the thing it
names, is the thing: honey dripping from a frame is honey, not a beloved."""

from __future__ import annotations

import pytest
from conftest import cast_of

from kinema.plan import open_lexicon
from kinema.plan.catalog import catalog
from kinema.plan.parse import someone


@pytest.mark.parametrize("key", ["mermaid", "ogre", "alien"])
def test_imaginary_beings_are_someone(key: str) -> None:
    # (a mermaid and an alien are props WordNet makes beings; an ogre has a body: synonyms.py)
    assert someone(catalog().en_index[key])


@pytest.mark.parametrize("key", ["castle", "asteroid", "jupiter", "taco"])
def test_things_are_no_beings(key: str) -> None:
    assert not open_lexicon.being(key)


def test_her_after_a_mermaid_is_the_mermaids() -> None:
    assert cast_of("A mermaid combs her hair on a rock") == ["asteroid", "mermaid"]


def test_her_after_a_thing_is_still_someone() -> None:
    assert "woman" in cast_of("The wind blows her umbrella away")


def test_she_resolves_to_a_being_named_before() -> None:
    cast = cast_of("A mermaid sits on a rock. She sings to the ships.")
    assert "woman" not in cast and "mermaid" in cast


def test_honey_is_the_food() -> None:
    assert "honey pot" in cast_of("A beekeeper lifts a frame dripping with honey")
