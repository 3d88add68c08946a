"""English nouns read by general mechanisms (fourth set): a picture's name whose first senses are
abstract still names its tool (a wrench, and so a spanner); a person whose gloss calls them a boy
or a girl is young (a newsboy); a kind under a parent with no pictured kind of its own is drawn as
that parent is (a praying mantis, a mantis); a proper name's possessive is read without its "'s"
(a Venus flytrap), a common noun's is not (a carpenter who hammers)."""

from __future__ import annotations

from conftest import cast_of, picture_of


def test_tool_named_after_abstract_senses() -> None:
    # "wrench" is first a strain and a twist, then the hand tool 🔧 shows: its other name too
    assert picture_of("wrench") == "wrench"
    assert picture_of("spanner") == "wrench"
    assert "wrench" in cast_of("The old tinkerer tightens a bolt with a spanner")


def test_a_common_nouns_possessive_name_does_not_swallow_its_verb() -> None:
    # WordNet's "carpenter's hammer" is not what "a carpenter hammers" says
    assert "person" in cast_of("A carpenter hammers a nail into a plank")


def test_gloss_says_young() -> None:
    # "a boy who delivers newspapers"
    assert picture_of("newsboy") == "boy"
    assert picture_of("tomboy") == "girl"


def test_kind_drawn_as_its_parent() -> None:
    assert picture_of("mantis") is not None
    assert picture_of("praying mantis") == picture_of("mantis")


def test_possessive_name_written_without_it() -> None:
    # WordNet's "venus's flytrap", a carnivorous plant: an herb
    assert picture_of("venus flytrap") == "herb"
    assert "herb" in cast_of("A Venus flytrap snaps shut on a fly")


def test_kind_called_by_the_word() -> None:
    # no picture above a rod (an implement); WordNet's fishing rod, a kind of it, is 🎣
    assert picture_of("rod") == "fishing pole"
    assert "fishing pole" in cast_of("An old fisherman casts his rod off the pier.")
