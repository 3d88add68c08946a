"""Session 19 (lead): one named for what they do is drawn doing it (a climber: the person climbing);
a person sense that is a figure of speech is last among senses nobody tags (flakes are snow, not an
eccentric); a pronoun says the sex of the one it stands for (a diver that "she" is: a woman).
Prompts written before the code; keys are catalog pictures."""

import pytest

from kinema.plan.director import plan


def _keys(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast if not m.id.startswith("set-")]


# A person named by a verb WordNet derives the word from, where a picture shows one doing it.
@pytest.mark.parametrize(("prompt", "want"), [
    ("A climber clips her rope to the rock face.", {"person climbing", "woman climbing"}),
    ("A swimmer crosses the cold lake", {"person swimming", "man swimming", "woman swimming"}),
    ("A surfer paddles out past the pier", {"person surfing", "man surfing", "woman surfing"}),
    ("A golfer lines up a putt on the green", {"person golfing", "man golfing", "woman golfing"}),
    ("The juggler tosses three oranges", {"person juggling", "man juggling", "woman juggling"}),
    ("A cyclist waits at the traffic light", {"person biking", "man biking", "woman biking"}),
    ("A pedestrian crosses the busy street", {"person walking", "man walking", "woman walking"}),
    ("Two climbers rest on a ledge", {"person climbing"}),
])
def test_a_doer_is_drawn_doing_it(prompt: str, want: set[str]) -> None:
    keys = _keys(prompt)
    assert want & set(keys), keys


@pytest.mark.parametrize(("prompt", "not_want"), [
    ("A football player kicks the ball into the goal", "person playing handball"),
    ("A football player kicks the ball into the goal", "person playing water polo"),
    ("A weightlifter chalks his hands", "person running"),
])
def test_a_doer_is_not_another_doing(prompt: str, not_want: str) -> None:
    assert not_want not in _keys(prompt)


# Senses nobody tags: a person sense that is another word's, a figure of speech, comes last.
@pytest.mark.parametrize(("prompt", "want", "not_want"), [
    ("first snow: a boy catches flakes on his tongue", "snowflake", "person"),
    ("A plate of fries sits on the diner counter", "french fries", "child"),
    ("A fireball lights up the night sky", None, "person"),
])
def test_a_figure_of_speech_is_last(prompt: str, want: str | None, not_want: str) -> None:
    keys = _keys(prompt)
    assert (want is None or want in keys) and not_want not in keys, keys


def test_social_climbers_stay_out_of_the_mountains() -> None:
    assert "social climber" not in " ".join(n for n in plan("A climber reaches the summit").notes)


# A pronoun says the sex of a person whose picture does not.
@pytest.mark.parametrize(("prompt", "want", "not_want"), [
    ("A diver swims through a kelp forest while a sea lion circles her", "woman swimming", "person swimming"),
    ("A teenager scrubs burnt rice from a pot. Then she dries the plates", "woman", "child"),  # grown (s22)
    ("The cook tastes his soup and frowns", "man cook", "cook"),
    ("An astronaut plants a flag and she waves at the camera", "woman astronaut", "astronaut"),
    ("宇航员在月球上插了一面旗，她向地球挥手", "woman astronaut", "astronaut"),
])
def test_a_pronoun_says_the_sex(prompt: str, want: str, not_want: str) -> None:
    keys = _keys(prompt)
    assert want in keys and not_want not in keys, keys


@pytest.mark.parametrize(("prompt", "absent"), [
    ("The nurse smiles at him", "man health worker"),  # him is someone else, not the nurse
    ("A man waves to the doctor and she waves back", "man health worker"),
])
def test_a_pronoun_does_not_sex_the_wrong_one(prompt: str, absent: str) -> None:
    assert absent not in _keys(prompt)


@pytest.mark.parametrize(("prompt", "keys"), [
    ("He hands her a red rose", {"man", "woman"}),
    ("A girl feeds her puppy", {"girl"}),
    ("The old man walks his dog", {"old man"}),
])
def test_sexed_people_stay_as_they_are(prompt: str, keys: set[str]) -> None:
    assert keys <= set(_keys(prompt))


# A household counted by its people, or glossed as a family, is the family's people.
@pytest.mark.parametrize(("prompt", "want"), [
    ("一家三口在公园散步", ["man", "woman", "child"]),
    ("一辆摩托车载着一家四口在乡间小路上颠簸", ["man", "woman", "girl", "boy"]),
    ("中秋节，一家人在阳台上赏月吃月饼", ["man", "woman", "child"]),
    ("除夕夜，一家人守在电视前", ["man", "woman", "child"]),
])
def test_a_household_is_a_family(prompt: str, want: list[str]) -> None:
    keys = _keys(prompt)
    assert all(k in keys for k in want) and "person" not in keys, keys


def test_a_household_of_five_is_five_people() -> None:
    assert _keys("一家五口坐在沙发上").count("person") == 5


def test_a_quantifier_is_no_cue_of_a_sense() -> None:
    # "whole" says how much of the cake, nothing of which cake: no die (a cake of soap's block)
    assert "game die" not in _keys("A waiter trips and the whole cake lands on the mayor's face")
