"""The lead's readings of session 25, each written before its fix, with words of the same kind
chosen beforehand and cases that must not change.

- A picture's other names say which of its name's senses it shows: 🌏 "planet earth" is the
  planet, not the soil (sand and mud are no globe); 🏦 "bank building" is the building, not the
  sloping land (a slope is no bank). A word of the dropped sense reads no picture rather than the
  homonym's."""

from __future__ import annotations

import pytest
from conftest import cast_unpassed as _cast


@pytest.mark.parametrize(("prompt", "unwanted", "wanted"), [
    ("A skier races down a steep slope", {"bank"}, {"skier"}),
    ("Kids build a castle in the sand", {"earth"}, {"castle"}),
    ("A pig rolls in the mud", {"earth"}, {"pig"}),
    ("A farmer turns the soil with a shovel", {"earth"}, {"shovel"}),
    ("A dog digs in the dirt behind the barn", {"earth"}, {"dog"}),
    ("A potter shapes wet clay on a wheel", {"earth"}, set()),
    ("A goat climbs the hillside", {"bank"}, {"goat"}),
    ("Two children sit on the riverbank and fish", {"bank"}, set()),
])
def test_a_homonym_of_a_pictures_name_is_not_its_picture(prompt: str, unwanted: set[str],
                                                          wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not unwanted & cast, cast
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A robber runs out of the bank with a bag of money", {"bank"}),
    ("The earth turns slowly in the dark", {"earth"}),
    ("An astronaut looks back at planet earth", {"earth"}),
    ("一个小偷从银行里跑出来", {"bank"}),
    ("宇航员在太空看着地球", {"earth"}),
])
def test_the_pictured_sense_still_casts(prompt: str, wanted: set[str]) -> None:
    assert wanted <= _cast(prompt)


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("农民在土地上种玉米", {"person", "man", "woman"}),
    ("一辆越野车开上了陡坡", {"bank"}),  # (still a parachute, by "water chute": left)
    ("小朋友在沙子里挖宝藏", {"earth"}),
    ("小猪在泥巴里打滚", {"earth"}),
])
def test_a_chinese_word_of_the_dropped_sense_falls_to_no_other_thing(prompt: str, unwanted: set[str]) -> None:
    assert not unwanted & _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("A girl and her brother build a snowman", {"girl", "boy"}, {"man"}),
    ("A boy throws a paper plane to his sister", {"boy", "girl"}, {"woman"}),
    ("A little girl holds hands with her older brother", {"girl", "boy"}, {"man"}),
    ("Two kids and their sister feed the ducks", {"girl"}, {"woman"}),
    ("小男孩和他的姐姐在放风筝", {"boy", "girl"}, {"woman"}),
    ("小女孩牵着她哥哥的手过马路", {"girl", "boy"}, {"man"}),
])
def test_a_childs_sibling_is_a_child(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast
    assert not unwanted & cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A man and his sister walk along the beach", {"man", "woman"}),
    ("A woman hugs her brother at the airport", {"woman", "man"}),
    ("A boy waves to a woman and her brother", {"boy", "woman", "man"}),
])
def test_a_grown_ups_sibling_stays_grown(prompt: str, wanted: set[str]) -> None:
    assert wanted <= _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("An old person feeds pigeons in the square", "older person"),
    ("Old people dance in the park", "older person"),
    ("An elderly person sits on a bench", "older person"),
])
def test_an_old_person_is_the_older_person(prompt: str, wanted: str) -> None:
    assert wanted in _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A seagull steals a french fry from a table", "french fries"),
    ("A nesting doll stands on the shelf", "nesting dolls"),
    ("A monkey bathes in a hot spring", "hot springs"),
])
def test_one_of_a_plural_pictures_things_is_that_picture(prompt: str, wanted: str) -> None:
    assert wanted in _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A fencer lunges at his opponent", "person fencing"),
    ("Two fencers bow before the match", "person fencing"),
    ("A golfer swings on the green", "person golfing"),
    ("A juggler performs in the square", "person juggling"),
])
def test_one_named_for_a_doing_is_drawn_doing_it(prompt: str, wanted: str) -> None:
    assert wanted in _cast(prompt)


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("A couple holds hands on the beach", {"person"}),
    ("The kids clap their hands", {"person"}),
    ("A man raises his arms to the sky", {"bomb", "person"}),
])
def test_a_body_part_is_no_one_else(prompt: str, unwanted: set[str]) -> None:
    assert not unwanted & _cast(prompt)


@pytest.mark.parametrize(("prompt", "unwanted", "wanted"), [
    ("A boxer trains in the gym", {"train"}, set()),
    ("A young gymnast trains on the balance beam", {"train"}, set()),
    ("A dog trains with its owner in the park", {"train"}, {"dog"}),
    ("A boy watches trains in the station", set(), {"boy", "train"}),
    ("The kids play with trains on the floor", set(), {"train"}),
    ("A man fishes in a lake", set(), {"man", "fishing pole"}),  # (s26: after "a man" an -s form is the verb)
])
def test_a_vehicles_word_after_someone_is_their_verb(prompt: str, unwanted: set[str], wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not unwanted & cast, cast
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("爸爸开车送我去学校", {"man", "car"}, set()),
    ("妈妈开着车去超市", {"woman", "car"}, set()),
    ("一个人开车穿过沙漠", {"car"}, set()),
    ("他骑车去上班", {"man"}, {"car"}),  # 骑车 "to ride a bike": no car
    ("爷爷骑马过河", {"horse"}, set()),
    ("小女孩在公园遛狗", {"girl", "dog"}, set()),
])
def test_a_verb_object_word_casts_the_object_its_gloss_names(prompt: str, wanted: set[str],
                                                              unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast
    assert not unwanted & cast, cast
