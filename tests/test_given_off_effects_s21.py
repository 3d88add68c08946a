"""Effects a named thing gives off (session 21): moving water throws water, a steam engine puffs smoke.
Prompts written for the test, beside the dev rows that showed the kind; negatives must stay unchanged."""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _effects(prompt: str) -> set[str]:
    play = plan(prompt).screenplay
    return {str(fx.kind.value) for scene in play.scenes for fx in scene.effects}


@pytest.mark.parametrize("prompt", [
    "A tsunami wave smashes over the seawall and sweeps cars into the harbor.",
    "A huge wave crashes onto the pier.",
    "Waves break against the lighthouse rocks.",
    "海啸冲上了海岸",
    "海浪拍打着礁石",
    "A fountain splashes in the plaza.",
])
def test_moving_water_throws_water(prompt: str) -> None:
    assert "water" in _effects(prompt)


@pytest.mark.parametrize("prompt", [
    "A vintage steam locomotive chugs across a stone viaduct.",
    "A steam train puffs along the valley.",
    "A steamboat paddles up the river.",
    "蒸汽火车穿过山谷",
    "一列蒸汽机车驶进车站",
])
def test_steam_engine_puffs_smoke(prompt: str) -> None:
    assert "smoke" in _effects(prompt)


@pytest.mark.parametrize("prompt", [
    "烧烤摊上，烤串在炭火上滋滋冒油",
    "他坐在炭火旁取暖",
    "厨房里油烟弥漫",
    "工厂烟囱冒着煤烟",
])
def test_chinese_compound_named_by_its_last_character(prompt: str) -> None:
    assert _effects(prompt) & {"fire", "smoke"}


@pytest.mark.parametrize("prompt", [
    "A fire truck is parked outside the station.",
    "A water bottle sits on a desk.",
    "A fireproof safe stands in the corner.",
    "火车驶过大桥",
    "桌上放着一盘水果",
    "Steamed buns sit on a plate.",
    "A toy train circles the carpet.",
    "A girl waves to her friend.",
    "汽车停在路边",
    "他怒火中烧",
    "她擦了擦脸上的汗水",
])
def test_no_effect_where_none_is_said(prompt: str) -> None:
    assert not _effects(prompt) & {"water", "smoke", "fire"}
