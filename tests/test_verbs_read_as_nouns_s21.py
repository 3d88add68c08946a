"""Verbs that WordNet reads first as things, where the sentence says they are verbs, and pictures
that stand for what their words first mean, session 21.

- A third-person -s form after its subject and before an -ing form is a verb with a gerund after it
  ("the cat keeps swatting", "a puppy keeps chewing"): no castle keep is cast.
- A plain form after a plural subject (a plural noun, a count, they/we) and before its object is the
  verb, as an -s form is after a singular one: moose lock antlers, dogs herd the flock, girls ship
  the parcels. No padlock, no pen, no cows, no ship. So is an -s form before a describing word and
  its object ("Mom cooks fried rice": no three cooks).
- The same words after a determiner stay things (guards the keep, holds a pen, the ship sails).
- A picture whose name means only happenings stands for the one with kinds (the landslide: a
  mudslide, a rockslide), and a picture's head noun for a happening it first means (the water wave:
  a tsunami, breakers); not for a sense far down its list (weather is no wave), nor an emoji's
  alias for a sense of a word that first means something else (🗾's "japan" is no lacquerware).
- Stuff its own picture shows beats a living thing drawn only as a far kind (rice is 🍚, not an
  herb); a tree stays a tree, not its wood.
- An -ing form after "is" or a verb goes on (no tropical drink for "is helping"); a painting is the
  framed picture; an animal noun before another says which one (a bull moose is one moose); a player
  holds what their gloss says they play (a cellist the violin beside the cello)."""

from __future__ import annotations

import pytest
from conftest import cast_of


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("The cat keeps swatting at a ball of yarn.", {"cat", "yarn"}, {"castle"}),
    ("The boy keeps jumping on the bed.", {"boy"}, {"castle"}),
    ("A puppy keeps chewing the slipper.", {"dog"}, {"castle"}),
    ("My grandfather keeps whistling an old song.", set(), {"castle"}),
    ("Two girls keep giggling in the back row.", {"girl"}, {"castle"}),
])
def test_an_s_form_before_a_gerund_is_a_verb(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("Mom cooks fried rice.", {"woman", "cooked rice"}, {"cook"}),
    ("Grandpa cooks spicy noodles in the kitchen.", {"old man"}, {"cook"}),
    ("A fisherman nets silver fish at dawn.", {"fish"}, set()),
])
def test_an_s_form_before_a_describing_word_and_its_object_is_a_verb(
        prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("Two bull moose lock antlers.", {"moose"}, {"locked"}),
    ("Three dogs pen the sheep.", {"dog", "ewe"}, {"pen"}),
    ("We pen the goats.", {"goat"}, {"pen"}),
    ("The sheep dogs herd the flock.", {"dog"}, {"cow"}),
    ("The girls ship the parcels.", {"girl", "package"}, {"ship"}),
    ("The twins iron their shirts.", {"t-shirt"}, set()),
    ("Two old men box in the ring.", {"old man"}, {"package"}),  # (s26: old men are drawn old)
    ("Two fishermen net a huge tuna.", {"fish"}, {"goal net"}),
])
def test_a_plain_form_after_a_plural_subject_is_a_verb(
        prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("The knight guards the keep.", "castle"),
    ("Three boys hold a pen.", "pen"),
    ("Two cats sleep on a box.", "package"),
    ("Two boys watch the ship sail away.", "ship"),
    ("The kids find a lock on the old chest.", "locked"),
    ("The children feed the herd.", "cow"),
])
def test_the_same_words_after_a_determiner_stay_things(prompt: str, wanted: str) -> None:
    assert wanted in cast_of(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A mudslide sweeps down the mountain.", "landslide"),
    ("A rockslide blocks the mountain road.", "landslide"),
])
def test_a_slide_of_earth_is_the_landslide_that_sweeps(prompt: str, wanted: str) -> None:
    cast = cast_of(prompt)
    assert wanted in cast and "person" not in cast, cast  # "sweeps" is the verb, no chimney sweep


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("A tsunami rolls toward the harbor.", {"water wave"}, set()),
    ("The surf pounds the rocks below the lighthouse.", {"water wave"}, set()),
    ("The weather turns cold over the village.", set(), {"water wave"}),
    ("A potter shows her work at the market.", set(), {"map of japan"}),
    ("A tourist unfolds a map of Japan.", {"map of japan"}, set()),
])
def test_a_picture_stands_for_what_its_words_first_mean(
        prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("A bowl of rice on the table.", {"cooked rice"}, {"herb"}),
    ("She scrubs burnt rice from a pot.", {"cooked rice"}, {"herb"}),
    ("A squirrel runs up a tall pine.", set(), {"wood"}),
    ("A chicken pecks at the grain.", {"chicken"}, set()),
])
def test_stuff_its_own_picture_shows_beats_a_far_living_kind(
        prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("She is helping her grandmother.", {"woman", "old woman"}, {"tropical drink"}),
    ("A farmer is fencing the field.", {"farmer"}, {"light rail"}),
    ("He keeps heating the soup.", {"man"}, {"office building"}),
    ("The children were bedding down in the barn.", set(), {"blanket"}),
])
def test_an_ing_form_after_is_or_a_verb_goes_on(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert wanted <= cast and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A painting hangs on the wall of the museum.", "framed picture"),
    ("Tourists admire a huge mural in the old church.", "framed picture"),
    ("A thief steals a famous painting from the museum.", "framed picture"),
    ("Monks restore an old fresco in the temple.", "framed picture"),
])
def test_a_painting_is_the_framed_picture(prompt: str, wanted: str) -> None:
    assert wanted in cast_of(prompt)


def test_a_painter_painting_still_paints() -> None:
    assert "framed picture" not in cast_of("A girl is painting a fence in the garden.")


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("Two bull moose lock antlers in the snow.", {"moose"}, {"cow"}),
    ("A bull elephant charges across the plain.", {"elephant"}, {"cow"}),
    ("A cow elephant sprays water on her back.", {"elephant"}, {"cow"}),
    ("The pony foal follows its mother.", {"horse"}, set()),
])
def test_an_animal_noun_before_another_says_which_one(
        prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = cast_of(prompt)
    assert wanted <= set(cast) and not set(cast) & unwanted, cast


def test_one_animal_before_another_is_one_animal() -> None:
    assert cast_of("The pony foal follows the farmer.").count("horse") == 1
    assert {"dog", "cat"} <= set(cast_of("A dog chases a cat around the yard."))  # a verb between: two


def test_an_animal_before_its_verb_stays() -> None:
    assert "cat" in cast_of("A kitten bats a ball of yarn across the rug.")


@pytest.mark.parametrize(("prompt", "tool"), [
    ("A cellist plays alone in the park.", "violin"),  # a violoncello: the violin beside it
    ("An accordionist plays on the bridge.", "accordion"),
    ("A clarinetist practises by the window.", "saxophone"),  # a single-reed instrument, as the sax
])
def test_a_player_holds_the_instrument_their_gloss_says(prompt: str, tool: str) -> None:
    assert tool in cast_of(prompt)

