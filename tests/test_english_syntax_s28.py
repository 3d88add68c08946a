"""English syntax as users type it (session 28, helper wenp22).

Found by a new probe of 100 English prompts (tests/data/probe_en_s28.yaml, all dev) and unseen
prompts of the same kinds, written before the fix; the negative cases must not change.

- A plural in -ses or -is is several (taxis, buses, walruses, octopuses), as one in -s is.
- "nobody", "no one", "noone" name no one: nobody is cast.
- A plural noun after "and" and a plural before it, with a plain verb form after it and that
  verb's object or preposition next, is the second subject ("ducks and swans crowd the pond",
  "soldiers and drones patrol the city"), not a verb; and a group word after plural subjects and
  before its object is the verb ("the children flock to the truck"): no birds, no crowd.
- A group word and "of" count what follows past its describing words ("a flock of white birds",
  "a school of small fish", "a troop of young monkeys"): several of them, no school, no troop.
- An -s form after a phrase set off by commas after the subject is the subject's verb ("The
  train, pulled by a locomotive, crosses a viaduct": no lacrosse; "a sailor, tired after the
  voyage, ducks under the rope": no ducks).
- An -ing form after a comma, before its object, where a being is named, is what that one does
  ("an astronaut floats outside the station, fixing a satellite": no knot).
- A two-word name whose last word is a verb after "a" is no name ("a bus stops at the school":
  no bus stop; "a bus stop" still is).
- A plain verb form after the object of see, hear, watch, let, make or help is what the object
  does ("hears the dog bark at the mailman": no ginger root; "sees the fox sneak into": no one
  sneaking). (Found while checking the nobody cases; the cases were written before that code.)
- A noun read as the same picture as the noun right after it is its modifier: one thing ("a
  double-decker bus", "a jumbo jet plane": one bus, one plane).
- A word typed one key wrong is mended only right after its determiner or count, or after one
  describing word ("a cute pengiun"): "the harbor where" mended "where" to a woman's word.
- A time whose possessive is typed without its apostrophe is that time ("new years eve",
  "valentines day", "mothers day"): no Eve, no couples, no mothers.
- A plural right after a verb's object (the verb's -s or -ed form, a determiner, the object) is
  the verb's second object, not the object's verb ("gives his mom flowers on mothers day", "serves
  the guests drinks on the terrace", "throws his dog sticks in the park").
- A plural number word before "of" is many ("dozens of balloons", "thousands of lanterns").
- A plural after a comma with an -ing form after it is a phrase of its own: the things that do
  it ("a lighthouse on a cliff, waves crashing below": the waves, no one waving).
- "Draw me", "paint a", "sketch a" opening the prompt ask for the picture: no one drawing.
"""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast]


@pytest.mark.parametrize(("prompt", "key", "least"), [
    ("Taxis, buses and bicycles crowd the busy street at rush hour", "taxi", 2),
    ("Taxis, buses and bicycles crowd the busy street at rush hour", "bus", 2),
    ("Taxis line up outside the hotel", "taxi", 2),
    ("Buses wait at the station", "bus", 2),
    ("octopuses hide in the rocks", "octopus", 2),
    ("hippopotamuses wallow in the river", "hippopotamus", 2),
])
def test_a_plural_in_ses_or_is_is_several(prompt: str, key: str, least: int) -> None:
    assert _cast(prompt).count(key) >= least


@pytest.mark.parametrize(("prompt", "key", "count"), [
    ("a bus drives by", "bus", 1),
    ("a taxi waits at the hotel", "taxi", 1),
    ("glasses on the table", "glasses", 1),
    ("skis lean against the wall", "skis", 1),
])
def test_one_of_them_or_a_pair_stays_one(prompt: str, key: str, count: int) -> None:
    assert _cast(prompt).count(key) == count


@pytest.mark.parametrize("prompt", [
    "Lightning strikes an old oak tree during the storm, but nobody is hurt",
    "the park is empty, nobody is around",
    "nobody notices the cat",
    "noone is home, the cat sleeps",
    "no one notices the fox in the henhouse",
])
def test_nobody_is_no_one(prompt: str) -> None:
    assert not {"person", "man", "woman"} & set(_cast(prompt))


@pytest.mark.parametrize(("prompt", "key"), [
    ("everyone dances at the party", "person"),
    ("somebody waves from the boat", "person"),
])
def test_someone_is_still_someone(prompt: str, key: str) -> None:
    assert key in _cast(prompt)


@pytest.mark.parametrize(("prompt", "kept", "gone"), [
    ("Taxis, buses and bicycles crowd the busy street at rush hour", "bicycle", "person"),
    ("cyborg soldiers and drones patrol a ruined city at night", "drone", None),
    ("soldiers and drones patrol the city", "drone", None),
    ("ducks and swans crowd the pond", "swan", "person"),
    ("the children flock to the ice cream truck", "child", "bird"),
])
def test_a_list_of_plural_subjects_before_a_plain_verb(prompt: str, kept: str, gone: str | None) -> None:
    cast = _cast(prompt)
    assert kept in cast
    if gone is not None:
        assert gone not in cast


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a boy catches a fish and bottles it", "fish"),
    ("the keeper feeds the penguins and seals", "seal"),
    ("cars and trucks line the road", "truck"),
    ("monkeys and parrots fill the trees", "parrot"),
    ("the tourists crowd the square", "person"),
    ("a crowd cheers at the stadium", "person"),
])
def test_lists_and_crowds_that_stay(prompt: str, kept: str) -> None:
    assert kept in _cast(prompt)


@pytest.mark.parametrize(("prompt", "key", "gone"), [
    ("A sea turtle is followed by a school of small fish", "fish", "school"),
    ("a flock of white birds circles the barn", "bird", None),
    ("a troop of young monkeys plays in the trees", "monkey", "person"),
    ("a family of little ducks swims in the pond", "duck", "man"),
])
def test_a_group_of_described_members_is_several(prompt: str, key: str, gone: str | None) -> None:
    cast = _cast(prompt)  # (a flock or a school is one member drawn as the group)
    assert key in cast
    if gone is not None:
        assert gone not in cast


@pytest.mark.parametrize(("prompt", "key"), [
    ("a school of fish swims by", "fish"),
    ("a bus stops at the school", "school"),
    ("the family walks to the school", "school"),
])
def test_groups_and_schools_that_stay(prompt: str, key: str) -> None:
    assert key in _cast(prompt)


@pytest.mark.parametrize(("prompt", "gone"), [
    ("The train, pulled by an old steam locomotive, crosses a viaduct", "lacrosse"),
    ("a sailor, tired after the long voyage, ducks under the rope", "duck"),
])
def test_the_verb_after_a_phrase_set_off_by_commas(prompt: str, gone: str) -> None:
    assert gone not in _cast(prompt)


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a farmer feeds the geese, the chickens and the ducks", "duck"),
    ("a pond with frogs, ducks and swans", "duck"),
])
def test_things_after_commas_stay(prompt: str, kept: str) -> None:
    assert kept in _cast(prompt)


@pytest.mark.parametrize(("prompt", "gone"), [
    ("An astronaut floats outside the space station, fixing a satellite", "knot"),
    ("a mechanic lies under the truck, fixing the engine", "knot"),
])
def test_an_ing_form_after_a_comma_is_the_doing(prompt: str, gone: str) -> None:
    assert gone not in _cast(prompt)


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a woman at the window, dressing a doll", "woman"),
    ("a boy in the garden, planting a seed", "boy"),
])
def test_ing_forms_that_stay(prompt: str, kept: str) -> None:
    assert kept in _cast(prompt)


def test_a_two_word_name_ending_in_a_verb_after_a() -> None:
    assert "bus stop" not in _cast("a bus stops at the school")
    assert "bus" in _cast("a bus stops at the school")
    assert "bus stop" in _cast("A woman waits at the bus stop")
    assert "bus stop" in _cast("a bus stop on a quiet road")


@pytest.mark.parametrize(("prompt", "gone"), [
    ("no one sees the fox sneak into the henhouse", "person"),
    ("an old man hears the dog bark at the mailman", "ginger root"),
    ("a boy helps his grandpa fish from the pier", "fish"),
])
def test_a_plain_verb_after_the_object_of_see_hear_let_help(prompt: str, gone: str) -> None:
    assert gone not in _cast(prompt)


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a man sees the fish in the pond", "fish"),
    ("a boy watches the ducks swim", "duck"),
])
def test_what_is_seen_stays(prompt: str, kept: str) -> None:
    assert kept in _cast(prompt)


@pytest.mark.parametrize(("prompt", "key"), [
    ("A Red Double-Decker Bus Drives Over The Bridge In London", "bus"),
    ("a jumbo jet plane lands", "airplane"),
    ("a lorry truck drives down the motorway", "truck"),
    ("a steam locomotive train crosses the bridge", "train"),
])
def test_one_thing_named_by_two_words_of_its_picture(prompt: str, key: str) -> None:
    assert _cast(prompt).count(key) == 1


@pytest.mark.parametrize(("prompt", "key", "count"), [
    ("a dog, a dog and a cat", "dog", 2),
    ("a boy pushes a boy", "boy", 2),
])
def test_two_of_a_kind_stay_two(prompt: str, key: str, count: int) -> None:
    assert _cast(prompt).count(key) == count


@pytest.mark.parametrize(("prompt", "gone", "kept"), [
    ("fog rolls over the harbor where fishing boats are tied up", "woman", "canoe"),
    ("a cute pengiun waddles", None, "penguin"),
    ("a tall giraff eats leaves", None, "giraffe"),
])
def test_a_slip_is_mended_only_right_after_its_determiner(prompt: str, gone: str | None, kept: str) -> None:
    cast = _cast(prompt)
    assert kept in cast
    if gone is not None:
        assert gone not in cast


@pytest.mark.parametrize(("prompt", "gone"), [
    ("fireworks light up the sky over the harbor on new years eve as boats honk", "woman"),
    ("a couple dines out on valentines day", None),
])
def test_a_time_typed_without_its_apostrophe(prompt: str, gone: str | None) -> None:
    cast = _cast(prompt)
    assert cast.count("woman") <= 1 and cast.count("man") <= 1
    if gone is not None:
        assert gone not in cast


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a boy gives his mom flowers on mothers day", "flower"),
    ("a waiter serves the guests drinks on the terrace", "tropical drink"),
    ("a boy throws his dog sticks in the park", "dog"),
    ("a mom hands her son cookies", "cookie"),
])
def test_a_second_object_is_a_thing(prompt: str, kept: str) -> None:
    cast = _cast(prompt)
    assert kept in cast and len(cast) >= 3


@pytest.mark.parametrize(("prompt", "cast"), [
    ("the girl pets the dog and laughs", ["girl", "dog"]),
    ("a boy kicks the ball and it flies", ["boy", "ball"]),
])
def test_an_object_and_then_a_verb_stay(prompt: str, cast: list[str]) -> None:
    assert _cast(prompt) == cast


@pytest.mark.parametrize(("prompt", "key"), [
    ("dozens of balloons float up", "balloon"),
    ("thousands of lanterns rise into the night sky", "red paper lantern"),
])
def test_a_plural_number_before_of_is_many(prompt: str, key: str) -> None:
    assert _cast(prompt).count(key) >= 4


@pytest.mark.parametrize(("prompt", "kept"), [
    ("a lighthouse on a cliff, waves crashing below", "water wave"),
    ("a surfer on the beach, waves rolling in", "water wave"),
])
def test_a_plural_and_its_ing_form_after_a_comma(prompt: str, kept: str) -> None:
    assert kept in _cast(prompt)


def test_a_wave_after_a_comma_is_still_waving() -> None:
    assert "water wave" not in _cast("a girl on the pier, waves at her dad")


@pytest.mark.parametrize(("prompt", "cast"), [
    ("draw me a cat sleeping on a windowsill", ["cat"]),
    ("Draw me a video of a fox", ["fox"]),
])
def test_draw_me_asks_for_the_picture(prompt: str, cast: list[str]) -> None:
    assert _cast(prompt) == cast


def test_someone_who_draws_still_draws() -> None:
    assert "girl" in _cast("a girl draws a horse")
