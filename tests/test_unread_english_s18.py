"""English nouns WordNet knows that read as no picture (issue 13), session 18: a made thing whose
gloss says what it holds is drawn as that (a bookshelf "on which to keep books", a skewer "for
holding meat"), a part whose gloss puts its broader word in a whole as the whole (a housetop,
"the roof of a house"), a food or a made thing as the picture whose gloss says it is made of it
(dough, the bread "made from dough"; a rope, the knot "formed by ... tying a rope"). Sentences of
our own, not rows of the director tables; each given word comes with unseen words of its kind,
and words that must not change."""

from __future__ import annotations

import pytest

from kinema.plan import plan


def _names(prompt: str) -> set[str]:
    return {c.name.en for c in plan(prompt).screenplay.cast}


@pytest.mark.parametrize("prompt, picture", [
    # given
    ("Two students whisper behind a tall bookshelf.", "books"),
    ("A vendor turns a skewer over the coals.", "cut of meat"),
    # unseen, of the same kind: a holder is what it holds
    ("An old bookcase stands in the corner.", "books"),
    ("She passes the saltcellar across the table.", "salt"),
    ("A trophy case stands in the school hall.", "trophy"),
    ("He fixes a silver tiepin before the wedding.", "necktie"),
    ("A breadbox sits on the kitchen counter.", "bread"),
])
def test_a_holder_is_drawn_as_what_it_holds(prompt: str, picture: str) -> None:
    assert picture in _names(prompt), _names(prompt)


@pytest.mark.parametrize("prompt, picture", [
    # unseen, of the same kind: "the roof of a house", "a meter in a taxi"
    ("A cat sleeps on the housetop.", "house"),
    ("The taximeter ticks as the driver waits.", "taxi"),
])
def test_a_part_is_drawn_as_the_whole_its_gloss_names(prompt: str, picture: str) -> None:
    assert picture in _names(prompt), _names(prompt)


@pytest.mark.parametrize("prompt, picture", [
    # given
    ("A baker kneads the dough on a floured board.", "bread"),
    ("A sailor coils a long rope on the deck.", "knot"),
    # unseen, of the same kind: Chinese words CC-CEDICT glosses so (面团 "dough", 绳索 "rope")
    ("面包师在揉面团", "bread"),
    ("他用绳索把船拴在码头", "knot"),
])
def test_a_material_is_drawn_as_the_picture_made_of_it(prompt: str, picture: str) -> None:
    assert picture in _names(prompt), _names(prompt)


@pytest.mark.parametrize("prompt, absent", [
    # "to hold women's hair in place": no woman
    ("A barrette lies on the floor.", {"woman", "person"}),
    # "to hold down a stack of papers": no feather for "down"
    ("A glass paperweight sits on the desk.", {"feather"}),
    # "to keep the ears warm": no ear
    ("The child wears fluffy earmuffs.", {"ear"}),
    # "to store an electric charge": no electric car
    ("The engineer solders a capacitor.", {"electric car"}),
    # "the part of a hammerhead": no shark
    ("He strikes the nail with the peen.", {"shark"}),
    # "a vehicle for carrying a coffin": the vehicle, not the coffin
    ("A black hearse drives slowly past the church.", {"coffin"}),
    # a substance is not what is made of it: "made of metal" is a bell's gloss
    ("The smith heats the metal until it glows.", {"bell"}),
    # "made of flour and water": one of a list of what a cracker is made of
    ("She sifts the flour into a bowl.", {"rice cracker"}),
])
def test_what_a_gloss_says_only_in_passing_is_not_cast(prompt: str, absent: set[str]) -> None:
    assert not _names(prompt) & absent, _names(prompt)


@pytest.mark.parametrize("prompt, picture", [
    ("A cat sleeps in a basket.", "basket"),  # a word read before stays as it was
    ("A doorsill worn smooth by years of feet.", "door"),
    ("A chef slices bread on the counter.", "bread"),
])
def test_words_read_before_keep_their_reading(prompt: str, picture: str) -> None:
    names = _names(prompt)
    assert any(picture in n for n in names), names
