"""Chinese words whose thing the planner did not see (session 29, helper wzh23).

Each kind has the words the probe (tests/data/probe_zh_words_s29.yaml), the blind tables' dev rows or
the lane's list missed, and unseen words of the same kind, chosen before the fix; the negative cases
must not change.

- A word read through its gloss's head as a body of people of one trade is that body where its ending
  says so (build_lexicon._ending_names): 交警 "traffic police" ends in 警 "police", 民警, 刑警, 骑警
  too: police officers, as 警察 is; 叛军 "rebel army" ends in 军 "army": soldiers. Not where the ending
  says another thing (篮球场 "basketball court" is no court of law), nor plain people (a faction).
- A doing WordNet says is done with a tool casts that tool (build_lexicon._tools_done_with, lang `zj`):
  打针 "to give or have an injection", an injection "by means of a syringe": the syringe; 跳伞 "to
  parachute" the parachute; 修面 "to have a shave" the razor.
- A carrier is seen as the vehicle it runs (build_lexicon._carriers): the railway is the train, not the
  mountain railway its picture stands for by name; and a vehicle's picture its gloss's modifier names
  (build_lexicon._modified_vehicle): 高铁 "high speed rail" is the high-speed train 🚄.
"""

from __future__ import annotations

import pytest
from conftest import picture_of

from kinema.plan.director import plan


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast if not m.id.startswith(("passer", "set-"))]


# --- a trade's body of people, named by the word's ending ---

@pytest.mark.parametrize("prompt", [
    "一名交警站在路口指挥交通。",  # lane (a dev row's miss)
    "一个民警在街上巡逻。",  # probe
    "两个刑警追着小偷跑。",  # unseen
    "几个骑警骑着马走过广场。",
])
def test_a_police_word_is_the_police(prompt: str) -> None:
    assert "police officer" in _cast(prompt), _cast(prompt)


@pytest.mark.parametrize("word", [
    "外汇储备",  # "foreign-exchange reserves": reserves are first a body of people, but drawn only
    "煤储量",  # through a militiaman: no soldiers
    "冠亚军",  # "champion and runner-up": the army words do not make 军 end words for people
    "国军",
])
def test_what_an_ending_does_not_make_people(word: str) -> None:
    assert picture_of(word) not in ("soldier", "guard", "pilot"), picture_of(word)


def test_a_crew_is_no_pilot() -> None:
    assert picture_of("司售人员") != "pilot"


def test_an_army_word_is_soldiers() -> None:
    assert "guard" in _cast("叛军冲进了城堡。"), _cast("叛军冲进了城堡。")  # (the soldier 💂 is the guard)


@pytest.mark.parametrize(("prompt", "one", "absent"), [
    ("警察在路口指挥交通。", "police officer", "judge"),  # unchanged
    ("一辆警车开过大桥。", "police car", "police officer"),
    ("孩子们在篮球场上打球。", "child", "judge"),  # a court, no court of law
])
def test_what_an_ending_does_not_make_a_body(prompt: str, one: str, absent: str) -> None:
    cast = _cast(prompt)
    assert one in cast and absent not in cast, cast


# --- the tool a doing is done with ---

@pytest.mark.parametrize(("prompt", "tool"), [
    ("护士给小朋友打针。", "syringe"),  # lane (three dev rows' miss)
    ("医生在诊室里给病人打针。", "syringe"),
    ("他从飞机上跳伞。", "parachute"),  # unseen
    ("爷爷在镜子前修面。", "razor"),
])
def test_a_doing_casts_what_it_is_done_with(prompt: str, tool: str) -> None:
    assert tool in _cast(prompt), _cast(prompt)


def test_the_nurse_and_the_child_stay() -> None:
    cast = _cast("护士给小朋友打针。")
    assert "health worker" in cast and "child" in cast, cast


# --- a carrier is the vehicle it runs ---

@pytest.mark.parametrize(("prompt", "vehicle"), [
    ("一列高铁从田野中间飞快地开过去。", "high-speed train"),  # dev rows' miss (five)
    ("我们坐着高铁去北京旅游。", "high-speed train"),
    ("铁路穿过了山谷。", "train"),  # unseen
    ("A railway runs through the valley.", "train"),
])
def test_a_railway_is_its_train(prompt: str, vehicle: str) -> None:
    assert vehicle in _cast(prompt), _cast(prompt)


@pytest.mark.parametrize(("prompt", "vehicle"), [
    ("他每天坐地铁上班。", "metro"),  # a carrier named by its own picture keeps it
    ("一艘快艇冲过海面。", "speedboat"),
    ("一列火车开进了车站。", "train"),
])
def test_vehicles_named_by_their_own_picture_stay(prompt: str, vehicle: str) -> None:
    assert vehicle in _cast(prompt), _cast(prompt)


def test_an_old_friend_is_no_old_person() -> None:
    assert "old person" not in _cast("他在咖啡馆见了一个老朋友。")


def test_a_mountain_railway_stays_one() -> None:
    assert "mountain railway" in _cast("A cog railway climbs the mountain.")


# --- a thing a verb's gloss mentions in passing ---

@pytest.mark.parametrize(("word", "absent"), [
    ("回甘", "sweet"),  # "to have a sweet aftertaste": sweet describes
    ("通信", "love letter"),  # "to correspond (by letter etc)": the means
])
def test_a_thing_mentioned_in_passing_is_not_cast(word: str, absent: str) -> None:
    assert picture_of(word) != absent


@pytest.mark.parametrize(("word", "thing"), [
    ("发信", "love letter"),  # "to post a letter": unchanged
    ("驱车", "car"),  # "to go by car": a conveyance one goes by is seen
    ("下锅", "pot of food"),
    ("产卵", "egg"),
])
def test_a_verbs_own_object_is_still_cast(word: str, thing: str) -> None:
    assert picture_of(word) == thing
