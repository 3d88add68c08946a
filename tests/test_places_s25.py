"""Places a prompt names are seen in the film (session 25, helper wplace19; issue 13 item 2).

A film paints one of the world's places (a room, a road, a street) and stands pictures in it. A
narrower place a prompt names (a bedroom, a highway, a shop, an airport) is not lost in the broad
one: it stands the picture WordNet says makes it that place (plan/standing.py, the builder's
`_place_pieces`): a pictured part of it (a bedroom's bed), its one pictured kind (a highway's
motorway, a shop's store), or the thing its gloss, or its broader word's, says is there ("a place
where planes take off": an airport's airplane). Each kind has the given case and unseen words of
the same kind, in both languages; the negative cases must not change (a beach is the beach, a
kitchen the kitchen, a road no motorway). Cases no mechanism here reaches yet are marked xfail with
what they need.
"""

from __future__ import annotations

import pytest

from kinema.plan.catalog import catalog
from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Place


def _play(prompt: str) -> Screenplay:
    return plan(prompt).screenplay


def _cast(prompt: str) -> set[str]:
    """The cast the prompt names (not the place's own passers-by and dressing)."""
    return {m.name.en for m in _play(prompt).cast if not background(m.id)}


def _seen(prompt: str) -> set[str]:
    """Everything the film stands, the place's dressing too (a bathroom's bathtub: plan/dressing.py)."""
    return {m.name.en for m in _play(prompt).cast}


def _keys(names: set[str]) -> set[str]:
    """Pictures' names with the keys the planner casts them under (🛏 "bed" is cast as "blanket")."""
    index = catalog().en_index
    return names | {index[n].key for n in names if n in index}


def _place(prompt: str) -> Place:
    return _play(prompt).scenes[0].setting.place


# A room painted as the room stands its furniture (a part WordNet gives the room).
@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A girl practices violin in her bedroom.", {"bed"}),  # given
    ("A boy does his homework in his bedroom after school.", {"bed"}),
    ("她在卧室里弹吉他", {"bed"}),
    ("An old man sings in the bathroom.", {"bathtub", "toilet"}),
    ("他在浴室里唱歌", {"bathtub", "toilet"}),
])
def test_a_room_stands_its_furniture(prompt: str, wanted: set[str]) -> None:
    assert _place(prompt) == Place.ROOM
    assert _seen(prompt) & _keys(wanted)


# A road or a shop named by a word with one pictured kind stands that kind.
@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A motorcyclist rides along a coastal highway.", {"motorway"}),  # given
    ("A truck speeds down the highway at night.", {"motorway"}),
    ("一辆大巴在公路上飞驰", {"motorway"}),
    ("a street sweeper pushing his cart past shuttered shops at 5 a.m.",
     {"convenience store", "department store"}),  # given
    ("A girl waits outside a shop in the rain.", {"convenience store", "department store"}),
])
def test_a_place_stands_its_one_pictured_kind(prompt: str, wanted: set[str]) -> None:
    assert _cast(prompt) & _keys(wanted)


# A building whose gloss (or its broader word's) says what is there stands that thing.
@pytest.mark.parametrize(("prompt", "wanted"), [
    ("机场到达口，司机举着写着名字的牌子", {"airplane", "airplane arrival"}),  # given
    ("A family drags their suitcases through the airport.", {"airplane", "airplane arrival"}),
    ("他在机场等女朋友", {"airplane", "airplane arrival"}),
    ("A man buys a coffee in a bakery.", {"bread"}),
    ("A tourist eats lunch in a pizzeria.", {"pizza"}),
])
def test_a_building_stands_what_is_there(prompt: str, wanted: set[str]) -> None:
    assert _cast(prompt) & _keys(wanted)


# What must not change: a painted place's own name stands nothing, nor a natural place.
@pytest.mark.parametrize(("prompt", "place", "cast"), [
    ("A child builds a sandcastle on the beach.", Place.BEACH, None),
    ("A cat sleeps in the kitchen.", Place.ROOM, {"cat"}),
    ("A woman walks into the room.", Place.ROOM, {"woman"}),
    ("A man walks down the road.", Place.ROAD, {"man"}),
    ("小猫在房间里睡觉", Place.ROOM, {"cat"}),
    ("a castle on a hill", Place.MOUNTAINS, {"castle"}),
    ("A farmer walks across the pasture.", None, {"farmer", "man"}),
])
def test_plain_places_stand_nothing_new(prompt: str, place: Place | None, cast: set[str] | None) -> None:
    if place is not None:
        assert _place(prompt) == place
    got = _cast(prompt)
    assert "beach with umbrella" not in got and "motorway" not in got and "toilet" not in got
    assert "potted plant" not in got
    if cast is not None:
        assert got <= cast, got


def test_a_castle_on_a_hill_still_stands_the_castle() -> None:
    play = _play("a castle on a hill")
    assert {m.name.en: m.appearance.scale for m in play.cast}.get("castle", 0) >= 9.0


# A slope is sloping ground, not a bank building (🏦 reached bank.n.01 "sloping land" through its
# name's first sense; its other name "bank building" now says which bank it shows: the lead's s25).
@pytest.mark.parametrize("prompt", [
    "A skier races down a steep slope.",  # given
    "Kids sled down a grassy slope on cardboard.",
    "A goat climbs a rocky slope.",
])
def test_a_slope_is_no_bank(prompt: str) -> None:
    assert "bank" not in _cast(prompt)


# Places no mechanism here reaches yet (the report says what each needs).
@pytest.mark.xfail(reason="no WordNet path from the place to its picture yet", strict=False)
@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A scientist clones a sheep in a glowing lab.", {"test tube", "microscope", "alembic", "petri dish"}),
    ("a comet with a long tail hanging over a desert observatory", {"telescope"}),
    ("a wildfire races down the hillside toward a row of wooden cabins", {"hut", "house", "houses"}),
    ("七夕，男孩捧着一束玫瑰在校门口等她", {"school"}),
    ("流星雨划过草原的夜空，牧民躺在蒙古包外面看", {"tent", "hut"}),
])
def test_places_left(prompt: str, wanted: set[str]) -> None:
    assert _cast(prompt) & _keys(wanted)
