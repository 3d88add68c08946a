"""Where a film is set when no place is named: where its things are found (a pan's kitchen, a
volcano's mountains: tools/build_lexicon.py FOUND_AT); with a sea creature, under water only where
nothing named lives ashore or someone swims or dives, else the shore, or the land a building stands on."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.screenplay.model import Place


def _place(prompt: str) -> Place:
    return plan(prompt, 6).screenplay.scenes[0].setting.place


@pytest.mark.parametrize("prompt", [
    "A fisherman catches a big fish", "A seagull steals a fish from a fisherman",
    "a seal and a polar bear", "A cat watches a goldfish"])
def test_a_sea_creature_with_a_land_dweller_is_seen_from_the_shore(prompt: str) -> None:
    assert _place(prompt) == Place.BEACH


def test_a_building_puts_a_sea_creature_on_land() -> None:
    assert _place("a crab walks through a village") not in (Place.UNDERWATER, Place.BEACH)


@pytest.mark.parametrize("prompt", ["A penguin dives for fish", "a school of fish swims past a coral reef",
                                    "一条鲨鱼在游"])
def test_under_water_where_nothing_lives_ashore_or_someone_dives(prompt: str) -> None:
    assert _place(prompt) in (Place.UNDERWATER, Place.WATER)


@pytest.mark.parametrize(("prompt", "verb"), [
    ("An octopus hides in the sand, then squirts a cloud of ink", "squirts"),
    ("A seal sunbathes on a rock, then slides into the sea", "slides"),
])
def test_a_verb_after_then_is_no_thing(prompt: str, verb: str) -> None:
    play = plan(prompt, 6).screenplay
    assert not any(verb in n and "drawn as" in n for n in play.notes)
    assert {m.name.en for m in play.cast} <= {"octopus", "earth", "seal", "asteroid"}


@pytest.mark.parametrize(("prompt", "place"), [
    ("A chef flips a pancake in a pan", Place.ROOM),
    ("医生用听诊器给病人听心跳", Place.ROOM),
    ("A cat sleeps on the sofa", Place.ROOM),
    ("A volcano erupts at night", Place.MOUNTAINS),
    ("火山在夜里喷发", Place.MOUNTAINS),
])
def test_a_thing_sets_the_place_it_is_found_in(prompt: str, place: Place) -> None:
    assert _place(prompt) == place


@pytest.mark.parametrize("prompt", ["A jazz trumpeter plays under a streetlamp at night",
                                    "A man sits on a chair in the park"])
def test_no_room_for_a_street_light_nor_where_a_place_is_named(prompt: str) -> None:
    assert _place(prompt) != Place.ROOM


def test_a_verb_before_a_number_is_no_thing() -> None:
    play = plan("Mom cracks two eggs into a frying pan", 6).screenplay
    assert "volcano" not in {m.name.en for m in play.cast}  # cracks: no crater


def test_a_plural_after_sh_is_its_singular_s_not_a_name() -> None:
    play = plan("A phoenix rises from the ashes in flames", 6).screenplay
    assert "person" not in {m.name.en for m in play.cast}  # ashes: no Arthur Ashe


@pytest.mark.parametrize("prompt", [
    "The goalkeeper dives to the left, but the ball curls into the top corner of the net",
    "A goalkeeper dives to save a penalty kick",
    "A hawk dives out of the sky and snatches a mouse",
])
def test_a_dive_on_land_or_from_the_sky_is_not_under_water(prompt: str) -> None:
    # a keeper's dive is a leap at a ball, a bird's a swoop: neither puts the film under water
    assert _place(prompt) not in (Place.UNDERWATER, Place.WATER)


@pytest.mark.parametrize("prompt", ["一个女孩在跳水", "A girl dives in"])
def test_a_person_diving_with_nothing_else_said_is_under_water(prompt: str) -> None:
    assert _place(prompt) == Place.UNDERWATER


def test_a_dive_into_a_pool_is_in_the_water() -> None:
    # (a pool is read since session 27: the swimming pool's open water, a place said)
    assert _place("A girl dives into the pool") in (Place.WATER, Place.UNDERWATER)


def test_an_activity_outranks_the_furniture_it_is_done_from() -> None:
    # 小板凳 a stool is a chair, found indoors; fishing from it is on the shore
    assert _place("爷爷坐在小板凳上钓鱼，鱼竿弯成了一张弓") == Place.BEACH
