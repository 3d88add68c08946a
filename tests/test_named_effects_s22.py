"""Effects and weather named by words, in both languages (issue 13, item 2; session 22).

Each kind below has the prompts that were seen failing and at least as many written for this test
that nobody tuned for; the negative cases say what must not change: a word that only looks like an
effect (a fire truck, 火车 a train, a smoke detector) shows none.
"""

from __future__ import annotations

import pytest

from kinema.plan.director import plan
from kinema.screenplay.model import Weather


def _film(prompt: str) -> tuple[set[str], set[Weather], set[str]]:
    """(effect kinds, weathers, cast keys) of a prompt's film."""
    play = plan(prompt, 12.0).screenplay
    kinds = {fx.kind.value for s in play.scenes for fx in s.effects}
    weathers = {s.setting.weather for s in play.scenes}
    return kinds, weathers, {m.id.rsplit("-", 1)[0] if m.id[-1].isdigit() else m.id for m in play.cast}


# A picture of weather named ("a rainstorm": 🌧 cloud with rain) is the weather its name says
# it shows: the scene rains, snows or has lightning, besides the picture.
@pytest.mark.parametrize(("prompt", "weather"), [
    ("雷阵雨说来就来，路人一路狂奔", Weather.RAIN),  # seen
    ("a rainstorm lashes the harbor", Weather.RAIN),
    ("a downpour over the night market", Weather.RAIN),
    ("暴风雨中的灯塔", Weather.RAIN),
    ("毛毛雨里，她撑着伞走过小桥", Weather.RAIN),
    ("snowfall over the quiet village", Weather.SNOW),
    ("a flurry over the pine forest", Weather.SNOW),
])
def test_a_weather_picture_is_its_weather(prompt: str, weather: Weather) -> None:
    assert weather in _film(prompt)[1]


# A word for lightning whose last part is a weather word is that weather too: a thunderstorm rains.
@pytest.mark.parametrize("prompt", [
    "Lightning strikes the church steeple during the thunderstorm.",  # seen
    "a thunderstorm rolls over the wheat field",
    "two kids watch thunderstorms from the porch",
    "雷雨中，一只青蛙蹲在荷叶上",
])
def test_a_thunderstorm_rains(prompt: str) -> None:
    kinds, weathers, _ = _film(prompt)
    assert Weather.RAIN in weathers
    assert "lightning" in kinds


# A Chinese weather word nothing reads whole is the weather of its last character (暴雪 a
# snowstorm is snow, as 炭火 is fire).
@pytest.mark.parametrize(("prompt", "weather"), [
    ("一场暴雪压塌了村口的小木屋", Weather.SNOW),  # seen
    ("暴雪封山，牧民赶着羊群下山", Weather.SNOW),
    ("春雨绵绵，小镇的石板路湿漉漉的", Weather.RAIN),
])
def test_a_chinese_weather_compound_is_its_last_character(prompt: str, weather: Weather) -> None:
    assert weather in _film(prompt)[1]


# A thing WordNet files as a kind of firework goes off when named, as fireworks do: firecrackers.
@pytest.mark.parametrize("prompt", [
    "除夕夜一家人吃年夜饭，窗外鞭炮噼里啪啦地响",  # seen
    "firecrackers go off in the street",  # seen
    "孩子们在门口点鞭炮",  # seen
    "kids set off firecrackers in the alley",
    "他在院子里放爆竹",
    "a string of firecrackers outside the shop on new year's morning",
])
def test_firecrackers_go_off(prompt: str) -> None:
    kinds, _, cast = _film(prompt)
    assert "fireworks" in kinds
    assert "firecracker" in cast  # (still cast: the thing named is on screen)


# A verb a thing's own gloss says it does is said in the sense the world draws as an effect (a
# volcano "through which molten lava and gases erupt": to erupt is to spew forth lava, a kind of
# exploding), though the verb's first sense is another (erupting is first starting abruptly).
@pytest.mark.parametrize("prompt", [
    "a volcano erupts and ash covers the village",  # seen
    "火山喷发，岩浆流进了大海",  # seen
    "the old volcano erupted at dawn",
    "an island volcano erupting at sunset",
    "远处的火山正在喷发",
    "火山突然喷发了，村民们四散奔逃",
])
def test_a_volcano_erupting_explodes(prompt: str) -> None:
    kinds, _, cast = _film(prompt)
    assert "explosion" in kinds
    assert "volcano" in cast


@pytest.mark.parametrize("prompt", [
    "a volcano looms over the sleeping town",
    "火山脚下的村庄",
    "the crowd erupts in cheers",
    "a boy erupts into laughter",
])
def test_no_eruption_where_none_is_said(prompt: str) -> None:
    assert "explosion" not in _film(prompt)[0]


# Words that only look like an effect, a weather picture's name or a firework: nothing changes.
@pytest.mark.parametrize("prompt", [
    "a fire truck parked by the station",
    "a water bottle on a desk",
    "fireproof gloves on the workbench",
    "火车进站了",
    "桌上有一盘水果",
    "an ink cartridge on the desk",
    "she was fired from her job",
    "a red umbrella leaning on the door",
    "a cloud drifts over the hill",
    "屏风后面站着一个人",
])
def test_no_effect_where_none_is_said(prompt: str) -> None:
    kinds, weathers, _ = _film(prompt)
    assert kinds == set()
    assert weathers <= {Weather.CLEAR}


def test_named_effects_still_shown() -> None:
    """What was shown before still is: fireworks, a burning house's fire, sparks flying, smoke."""
    assert "fireworks" in _film("fireworks over the harbor")[0]
    assert "fire" in _film("a house on fire at night")[0]
    assert "sparks" in _film("sparks fly from the welder's torch")[0]
    assert Weather.RAIN in _film("a girl dancing in the rain")[1]
    assert Weather.FOG in _film("thick fog rolls over the harbor")[1]


def test_the_scorer_sees_a_launch_and_fog() -> None:
    """A rocket launching is drawn with flame and smoke from its tail (world/lift.py), painted fog
    shows the fog a row names by its picture (🌫 "fog"), lightning bolts the ⚡ bolt."""
    from test_director_table import _scorer

    scorer = _scorer()
    launch = plan("A rocket lifts off from the launch pad", 12.0).screenplay
    assert {"fire", "smoke"} <= scorer.effects_in(launch)
    fog = {"prompt": "thick fog rolls over the harbor", "lang": "en", "category": "weather", "split": "dev",
           "named": [{"word": "fog", "any": ["fog"]}]}
    bolt = {"prompt": "一道闪电劈中了老松树", "lang": "zh", "category": "weather", "split": "dev",
            "named": [{"word": "闪电", "any": ["high voltage"]}]}
    assert scorer.score(fog).missed == [] and scorer.score(bolt).missed == []
