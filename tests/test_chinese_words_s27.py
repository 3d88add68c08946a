"""Chinese words the planner read as nothing or as the wrong thing (session 27, helper wzh21).

Each kind has the words the probe (tests/data/probe_zh_words_s27.yaml) missed and unseen words of
the same kind, chosen before the fix; the negative cases must not change.

- A count before a character that names a container makes it the measure word of what the
  container holds, and the container is seen, as English "a bowl of porridge" casts the bowl: 一碗粥
  a bowl, 两袋米 a bag, 一盘饺子 a plate (CC-CEDICT's gloss of the character, read as WordNet's
  container or tableware; build_lexicon._containers, parse._container). Not a cup of tea: the
  tea's picture is the cup.
"""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast if not m.id.startswith(("passer", "set-"))]


# --- a container a count measures by is seen ---

@pytest.mark.parametrize(("prompt", "container", "held"), [
    ("姐姐给弟弟盛了一碗粥。", "bowl with spoon", None),  # probe
    ("服务员端上来一盘饺子。", "fork and knife with plate", "dumpling"),
    ("桌上有一瓶牛奶和一袋面包。", "lotion bottle", "bread"),
    ("桌上有一瓶牛奶和一袋面包。", "money bag", "bread"),
    ("她抱着一箱苹果走进来。", "package", "red apple"),
    ("爷爷提着一篮鸡蛋去集市。", "basket", "egg"),
    ("桌上放着一盒饼干。", "package", "cookie"),
    ("他扛着两袋大米回家。", "money bag", None),
    ("他喝了一罐可乐。", "jar", None),
])
def test_a_counted_container_is_seen(prompt: str, container: str, held: str | None) -> None:
    cast = _cast(prompt)
    assert container in cast, cast
    assert held is None or held in cast, cast


@pytest.mark.parametrize(("prompt", "cast"), [
    ("她喝了一杯茶。", ["woman", "tea"]),  # the tea's picture is its cup: no second cup
    ("桌上有一杯咖啡。", ["coffee"]),
    ("院子里有三只猫。", ["cat", "cat", "cat"]),
    ("一辆车停在路边。", ["car"]),
])
def test_other_measure_words_cast_nothing_more(prompt: str, cast: list[str]) -> None:
    assert sorted(_cast(prompt)) == sorted(cast)
