"""The lead's readings of the twenty-ninth session: wrong things a word was cast as, found by new
prompts written first (a table of everyday Chinese and English sentences), each mended by a rule
of the lexicon builder that holds for any word, with words of other kinds that must not change."""

from __future__ import annotations

import pytest
from conftest import cast_set

from kinema.plan import open_lexicon

PEOPLE = {"person", "man", "woman", "boy", "girl", "child", "old man", "old woman", "family", "couple"}


@pytest.mark.parametrize("prompt", [
    "小女孩往蛋糕上挤奶油，插上草莓",  # cream: the butterfat, not "the best people or things in a group"
    "a strawberry cake with cream on top",
])
def test_cream_is_no_crowd(prompt: str) -> None:
    cast = cast_set(prompt)
    assert "strawberry" in cast or "birthday cake" in cast, cast
    assert not cast & (PEOPLE - {"girl"}), cast


@pytest.mark.parametrize("word", ["type", "page", "objective", "cream", "banquet"])
def test_a_word_used_for_an_idea_or_a_thing_is_no_person(word: str) -> None:
    """A type is a kind before "a person of a specified kind", a page a book's before a page boy,
    an objective an aim before a lens; cream and a banquet are food before a group of people."""
    row = open_lexicon.lookup(word)
    assert row is None or row.value not in PEOPLE | {"boy"}, row


@pytest.mark.parametrize("word", ["fig", "forest", "men", "crew", "orchestra", "army"])
def test_words_whose_things_stay(word: str) -> None:
    """What the rules leave: a fig is still the fruit though "fig." is used more, and a crew, an
    orchestra and an army are still their people."""
    assert open_lexicon.lookup(word) is not None


def test_an_old_fashioned_tractor_is_no_person() -> None:
    cast = cast_set("一辆老式拖拉机在田埂上突突地开着")  # 老式 "old type": no "a person of a specified kind"
    assert "tractor" in cast and not cast & PEOPLE, cast


@pytest.mark.parametrize(("word", "wrong"), [
    ("吸尘器", "soap"),  # vacuum cleaner: WordNet's own appliance, not a cleanser
    ("擀面杖", "safety pin"),  # rolling pin: not a pin
])
def test_a_compound_wordnet_knows_is_not_its_head(word: str, wrong: str) -> None:
    row = open_lexicon.lookup(word)
    assert row is None or row.value != wrong, row


@pytest.mark.parametrize(("prompt", "kept"), [
    ("万圣节，小朋友们提着南瓜灯去要糖", {"child"}),  # All Saints (Christian festival): a day
    ("宋干节那天，孩子们在街上泼水", {"child"}),  # Songkran (Thai New Year festival)
])
def test_a_feast_day_casts_no_one_its_name_says(prompt: str, kept: set[str]) -> None:
    cast = cast_set(prompt)
    assert kept <= cast, cast
    assert "person" not in cast, cast


def test_things_a_festival_note_mentions_stay() -> None:
    """A mooncake "(esp. for the Mid-Autumn Festival)" is still the cake; 年画 "New Year (Spring
    Festival) picture" still a picture: its note is inside the name, not after it."""
    assert "moon cake" in cast_set("中秋节，桌上摆着月饼")
    row = open_lexicon.lookup("年画")
    assert row is not None and row.value == "framed picture", row


@pytest.mark.parametrize(("word", "weather"), [("季风", "wind"), ("梅雨", "rain"), ("微风", "wind")])
def test_a_chinese_weather_word_is_its_last_characters_weather(word: str, weather: str) -> None:
    """The builder writes the weather a compound's last character says (季风 "monsoon": wind, though
    the gloss's monsoon rains), so the parser reads the row as it is."""
    row = open_lexicon.lookup(word)
    assert row is not None and (row.kind, row.value) == ("weather", weather), row
