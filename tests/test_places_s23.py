"""Session 23: places that stand in the film (plan/standing.py). A scene paints one place; a
landmark read through a pictured structure, the thing a compound place is of, and a second place
named beside the painted one stand as pictures instead of vanishing. Prompts written for this test."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _cast(prompt: str) -> set[str]:
    return {m.name.en for m in plan(prompt).screenplay.cast if not m.id.startswith(("passer-", "set-"))}


def _place(prompt: str) -> str:
    return plan(prompt).screenplay.scenes[0].setting.place.value


# A landmark: the structure a place word is read through stands in the open place it paints.
@pytest.mark.parametrize(("prompt", "picture"), [
    ("A gladiator faces a lion in the Colosseum while the crowd roars.", "stadium"),
    ("a street musician playing saxophone in the subway station", "station"),
    ("A busker plays the accordion outside the train station.", "station"),
    # unseen words of the same kind
    ("a bullfighter faces a bull in the bullring", "stadium"),
    ("a runner crosses the finish line in the ballpark", "stadium"),
    ("a fireman washes the truck outside the fire station", "station"),
    ("a taxi waits at the railway station", "station"),
    ("two policemen chat outside the police station", "station"),
])
def test_a_landmark_stands(prompt: str, picture: str) -> None:
    assert picture in _cast(prompt)


# What a compound place is of: a bus station's bus, a subway station's metro.
@pytest.mark.parametrize(("prompt", "picture"), [
    ("A backpacker waits at a dusty bus station.", "bus"),
    ("a street musician playing saxophone in the subway station", "metro"),
    # unseen
    ("a girl sells lemonade outside the coffee shop", "coffee"),
    ("commuters hurry through the bus terminal", "bus"),
])
def test_what_a_place_is_of_stands(prompt: str, picture: str) -> None:
    assert picture in _cast(prompt)


# A second place: the one not painted stands as its picture.
@pytest.mark.parametrize(("prompt", "picture", "painted"), [
    ("一场沙尘暴吞没了戈壁边上的小城", "cityscape", "desert"),
    ("After three days of rain, a mudslide sweeps down the mountain and buries the road.", "mountain", "road"),
    # unseen
    ("a camel walks through the desert toward the city", "cityscape", "desert"),
    ("骆驼穿过沙漠走向远处的小镇", "cityscape", "desert"),
    ("a tractor on a dirt road below the mountains", "mountain", "road"),
    ("a deer crosses the highway at the edge of the forest", "evergreen tree", "road"),
    ("a wolf howls on a ridge above the town", "mountain", "city"),
    # a compound's place part: 山路 is a road of the mountains, as "a mountain road" says in two words
    ("一辆红色的越野车在山路上飞驰", "mountain", "road"),
    ("A red jeep climbs a mountain road.", "mountain", "road"),
    # a room named in the open is seen from outside: its house
    ("a cabin by the lake", "house", "beach"),
    ("a bar on the beach", "house", "beach"),
])
def test_a_second_place_stands(prompt: str, picture: str, painted: str) -> None:
    assert picture in _cast(prompt)
    assert _place(prompt) == painted


# What must not change: one place is painted and nothing stands for it; a building named stands as
# itself; a material or an effect before a place word is no thing of it.
@pytest.mark.parametrize(("prompt", "cast", "painted"), [
    ("a girl on the beach", {"girl"}, "beach"),
    ("一个女孩在海边散步", {"girl"}, "beach"),
    ("a castle on a hill", {"castle"}, "mountains"),
    ("fog rolling over the hills at dawn", set(), "mountains"),
    ("a tractor on a dirt road", {"tractor"}, "road"),
    ("a chef cooks in the kitchen", {"cook"}, "room"),
    ("a man fishes in a lake", {"man", "fishing pole"}, "beach"),  # (s26: "fishes" after "a man" is his verb)
])
def test_one_place_alone(prompt: str, cast: set[str], painted: str) -> None:
    got = _cast(prompt)
    assert cast <= got
    assert not got & {"cityscape", "mountain", "motorway", "desert", "stadium", "station", "hospital", "earth"}
    assert _place(prompt) == painted


@pytest.mark.parametrize("prompt", ["森林里的小路", "a path winds through the forest"])
def test_a_path_is_no_motorway(prompt: str) -> None:
    """A road named beside the painted place stands nothing: most are paths (🛣 is a motorway)."""
    assert "motorway" not in _cast(prompt)


def test_stood_pieces_do_not_act() -> None:
    """A landmark is a set piece: the gladiator and the lion act before it, it does nothing."""
    play = plan("A gladiator faces a lion in the Colosseum.").screenplay
    stadium = next(m for m in play.cast if m.name.en == "stadium")
    assert all(a.who != stadium.id for s in play.scenes for a in s.actions)
    assert stadium.appearance.scale > 5
