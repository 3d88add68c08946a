"""English words read in a far sense (session 23, helper wen17), by kind: a word whose main sense is
a thing no picture shows is not drawn as a rare sense of it (a machine is no "efficient person", a
plank no clapper board); a person named for what they do is drawn as the pictured trade that does it
(a baker bakes, and baking is cooking: the cook; a magician does magic, as the mage does). The given
words and, for each kind, words of the same kind chosen before the fix; the negative cases must not
change."""

from __future__ import annotations

import pytest
from conftest import cast_list as _cast


@pytest.mark.parametrize(("prompt", "not_cast"), [
    # given
    ("An old machine rattles in the corner of the barn", "person"),
    ("A carpenter saws a plank", "clapper board"),
    # unseen, chosen before the fix: the timber and lumber a plank is, a tube no test tube
    ("A truck carries lumber down the road", "clapper board"),
    ("A man builds a shelf out of timber", "clapper board"),
    ("A tube of paint lies on the table", "test tube"),
    # a place or a region of a thing is no made thing of its kinds (given: an end no pen's nib;
    # unseen: a plot and a patch of ground no flower bed)
    ("A man fishes at the end of the pier", "black nib"),
    ("They dig a vegetable plot behind the house", "bed"),
    ("A rabbit nibbles at a patch of clover", "bed"),
    # a committee's word as much a stuff is no crowd (given: a board of wood)
    ("A kung fu master breaks a wooden board", "person"),
    # a tool a used verb is named for before a sense nobody tags (given: the rake, no libertine)
    ("A rake leans against the shed", "man"),
])
def test_a_thing_no_picture_shows_is_no_rare_sense_of_its_word(prompt: str, not_cast: str) -> None:
    cast = _cast(prompt)
    assert not_cast not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    # given
    ("A baker pulls bread out of the oven", "cook"),
    ("A magician pulls a rabbit out of a hat", "mage"),
    # unseen, chosen before the fix: one who trains teaches
    ("A trainer whistles at the players", "teacher"),
])
def test_one_named_for_what_they_do_is_the_trade_that_does_it(prompt: str, wanted: str) -> None:
    cast = _cast(prompt)
    assert wanted in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    # must not change: a person sense people use, a person pictured, a thing pictured
    ("Fans cheer in the stadium", "person"),
    ("A mother hugs her son", "woman"),
    ("A man with a hammer fixes the fence", "hammer"),
    ("A knight raises his sword", "crossed swords"),
    ("A wizard casts a spell", "mage"),
    ("A fireman climbs a ladder", "firefighter"),
    ("The captain stands on the deck", "man"),
    ("A lumberjack chops down a tree", "person"),
    ("A walker crosses the bridge", "person walking"),
    ("A brick falls off the wall", "brick"),
    # a musician who plays is no painter, though another sense of the word is an artist
    ("A musician plays on the corner", "person"),
    ("A tenant pays the rent", "person"),
    # one who attacks fights, and the fighter is drawn as anyone
    ("An attacker jumps out of the alley", "person"),
])
def test_readings_that_stay(prompt: str, wanted: str) -> None:
    cast = _cast(prompt)
    assert wanted in cast, cast


@pytest.mark.parametrize(("prompt", "not_cast", "wanted"), [
    # given: what a food comes "with" is a topping, its food sense
    ("a donut with sprinkles", "cloud with rain", "doughnut"),
    # unseen, chosen before the fix
    ("A waffle with sprinkles on a paper plate", "cloud with rain", "waffle"),
    # must not change: what a person or a dish is "with"
    ("A boy with a cookie waits at the door", None, "cookie"),
    ("A plate of noodles with a boiled egg", None, "egg"),
])
def test_what_a_food_comes_with_is_food(prompt: str, not_cast: str | None, wanted: str | None) -> None:
    cast = _cast(prompt)
    if not_cast is not None:
        assert not_cast not in cast, cast
    if wanted is not None:
        assert wanted in cast, cast
