"""Places people name map to the nearest painted environment (issue 13): through WordNet's broader
words (an island's beach, a canyon's mountains, a laboratory's room), a Chinese compound's last
character (唐人街 a 街 street), a closed English compound's head (chinatown a town), and what a
thing named is found in (a space station: space)."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan
from kinema.plan.open_lexicon import lookup


@pytest.mark.parametrize(("word", "place"), [
    ("island", "beach"), ("islet", "beach"), ("canyon", "mountains"), ("gorge", "mountains"),
    ("laboratory", "room"), ("workshop", "room"), ("studio", "room"), ("swimming pool", "water"),
    ("farmland", "plain"), ("zoo", "plain"),
    ("农田", "plain"), ("小岛", "beach"), ("动物园", "plain"), ("军营", "plain"), ("作坊", "room"),
    ("实验室", "room"), ("峡谷", "mountains"), ("唐人街", "street"), ("游泳池", "water"), ("长江", "beach"),
])
def test_place_words_read_as_the_nearest_painted_place(word: str, place: str) -> None:
    hit = lookup(word)
    assert hit is not None and (hit.kind, hit.value) == ("place", place), hit


@pytest.mark.parametrize(("prompt", "places"), [
    ("A ferry crosses the bay at dawn, gulls following in its wake", {"water"}),
    ("An astronaut floats outside a space station", {"space"}),
    ("Commuters waiting for a bus at a bus stop in the morning", {"street", "city"}),
    ("宇航员在空间站外漂浮", {"space"}),
    ("A dragon dance winds through Chinatown during the spring festival", {"city", "street"}),
    ("春节期间，唐人街上舞龙舞狮", {"street", "city"}),
    ("一个滑板少年在滑板公园里跳台", {"street"}),
    ("A skateboarder does a jump off a ramp in a skate park", {"street"}),
    ("龙卷风席卷农田", {"plain"}),
    ("A chemist mixes liquids in a laboratory", {"room"}),
    ("A castaway waves from a small island", {"beach"}),
])
def test_a_named_place_sets_the_film(prompt: str, places: set[str]) -> None:
    play = plan(prompt, 12.0).screenplay
    assert play.scenes[0].setting.place.value in places


@pytest.mark.parametrize("word", [
    "网站",  # "website": no 站 station
    "环岛",  # "traffic circle": no 岛 island
    "天堂",  # "paradise": a place of the mind, no 堂 hall
    "孙中山",  # a person's name, no 山 mountain
    "万水千山",  # an idiom, no 山 mountain
    "trough",  # a feeding trough, no valley
])
def test_words_that_only_end_like_a_place_set_none(word: str) -> None:
    hit = lookup(word)
    assert hit is None or hit.kind != "place", hit
