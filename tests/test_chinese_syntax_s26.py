"""Chinese sentences as a first-time user types them, read wrong by how they were cut or parsed
(session 26, helper wzhp20).

Found by a probe of prompts written natively (tests/data/probe_zh_s26.yaml) and by its forms. Each
kind has the given case and unseen ones of the same kind; the negative cases must not change.

- A plural pronoun said right before the people it is (他们一家人, 我们全家, 他们夫妻俩: apposition)
  is those people, not two more: the family is cast once.
- Two children called by their familiar names (小明和小红, 小刚和小丽) are two: 小 and one character,
  at a clause's start or after 和/跟, is a name even where the character alone reads as a word (红
  red, 刚 just), so long as no thing follows it for it to describe (小红花 is a little red flower).
- A thing jieba's dictionary glued to the verb and direction after it, in a rare fragment nothing
  reads (车开进, 马冲进, 灯灭了), is the thing, then the doing: the car driven into the garage is cast.
- 一点 is "a little" before a thing or after a doing (倒了一点油, 喝了一点水, 一点也不怕): no clock
  at one o'clock; after a time of day or before 钟 it is still the hour.
- A describing character said twice before 的 or 地 (一个大大的爱心, 乖乖地坐着) describes: no man
  for 大大 (a dialect word for a father) nor a couple for 乖乖.
- The result a verb reaches, said after it (喝光 drunk up, 吃光, 用光), is no object: 光 "light"
  casts no lamp.
- A rare fragment of jieba's dictionary that glued 被 to the doer after it (被雷击) is cut: the
  lightning strike is shown.
- A kin word said right after someone's work (农民伯伯, 警察叔叔, 清洁工阿姨) is how a child calls that
  grown-up: one person, not a man beside the farmer; 爸爸妈妈 and 爷爷奶奶 stay two.
- An animal's baby said right after it (熊猫宝宝, 熊宝宝) is that animal, young: one panda, no human
  baby; an animal's character before 宝宝 or 妈妈 is no surname (熊 Xiong, 羊 Yang).
"""

from __future__ import annotations

from collections import Counter

import pytest

from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.screenplay.model import Archetype


def _cast(prompt: str) -> Counter[str]:
    return Counter(m.name.en for m in plan(prompt).screenplay.cast if not background(m.id))


def _people(prompt: str) -> int:
    return sum(m.archetype == Archetype.HUMAN for m in plan(prompt).screenplay.cast if not background(m.id))


@pytest.mark.parametrize(("prompt", "most"), [
    ("他们一家人在公园里野餐", 3),  # given: the family, not two people more
    ("我们全家去海边度假", 3),
    ("他们夫妻俩在厨房做饭", 2),
    ("他们兄弟俩在踢足球", 2),
    ("她们姐妹俩在院子里跳绳", 2),
    ("你们一家人在干什么", 3),
    ("他们一家三口在吃饭", 3),  # a household counted by 口
])
def test_a_plural_pronoun_before_its_people_is_them(prompt: str, most: int) -> None:
    assert 1 <= _people(prompt) <= most, _cast(prompt)


@pytest.mark.parametrize(("prompt", "people"), [
    ("他们在公园里野餐", 2),  # negative: the pronoun alone is still two people
    ("我们俩在咖啡馆里聊天", 2),
    ("他们和老师一起去爬山", 3),  # and a teacher said after 和: someone more
])
def test_a_plural_pronoun_alone_still_casts(prompt: str, people: int) -> None:
    assert _people(prompt) == people, _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("小明和小红在放风筝", {"kite"}),  # given: two children
    ("小刚和小丽在跳绳", set()),
    ("小华跟小军在公园里踢足球", {"ball"}),
    ("小红和小明一起吃西瓜", {"watermelon"}),
])
def test_two_familiar_names_are_two_children(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert _people(prompt) == 2, cast
    assert wanted <= set(cast), cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("小明在放风筝", {"child", "kite"}, set()),  # negative: one name, one child, as before
    ("桌上有一朵小红花", set(), {"child", "person"}),  # a little red flower: no one
    ("一只小白兔在吃胡萝卜", {"rabbit", "carrot"}, {"child", "person"}),
    ("小狗和小猫在院子里玩", {"dog", "cat"}, {"child", "person"}),
])
def test_little_things_are_not_names(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and not unwanted & cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("爸爸把车开进了车库", {"man", "car"}),  # given
    ("一辆车开进了加油站", {"car"}),
    ("一匹马冲进了院子", {"horse"}),
    ("狼来了，羊都跑了", {"wolf"}),
    ("屋里的灯灭了", {"lamp"}),
])
def test_a_thing_glued_to_its_going_is_cast(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("春天到了，桃花开了", {"flower"}, {"peach"}),  # negative: 桃花 + 开, a word and its verb, as before
    ("他鼓起勇气走上了舞台", set(), {"drum", "long drum"}),  # 鼓 a verb here: no drum
])
def test_words_before_a_going_stay_whole(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and not unwanted & cast, cast


_CLOCK = "one o’clock"


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("他往锅里倒了一点油", {"man"}),  # given
    ("妈妈在汤里加了一点盐", {"woman", "salt"}),
    ("我喝了一点水", set()),
    ("他一点也不害怕", {"man"}),
    ("她往杯子里加了一点牛奶", {"woman"}),
])
def test_a_little_is_no_clock(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and _CLOCK not in cast, cast


@pytest.mark.parametrize("prompt", ["下午一点他去上班", "时钟指向一点"])
def test_the_hour_is_still_the_hour(prompt: str) -> None:
    assert _CLOCK in set(_cast(prompt))


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("男孩用蜡烛摆了一个大大的爱心", {"boy", "candle"}, {"man"}),  # given
    ("他画了一个大大的太阳", {"man", "sun"}, set()),  # one man: he, not 大大 too
    ("小猫乖乖地坐在沙发上", {"cat", "sofa"}, {"couple"}),
    ("小狗乖乖地趴在门口", {"dog"}, {"couple"}),
    ("高高的树上有一个鸟窝", {"tree"}, {"man", "person"}),
    ("胖胖的企鹅在冰面上滑倒了", {"penguin"}, set()),  # negative: as before
])
def test_a_doubled_describing_word_describes(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast) and not unwanted & set(cast), cast
    assert cast["man"] <= 1, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("桌上的牛奶被小狗喝光了", {"dog"}),  # given
    ("他把蛋糕吃光了", {"man", "birthday cake"}),
    ("妈妈把洗发水用光了", {"woman"}),
    ("弟弟把饼干吃光了", {"boy"}),
])
def test_a_result_after_a_verb_is_no_object(prompt: str, wanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast and "lamp" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("爷爷在下棋", {"old man", "chess pawn"}),  # negative: a verb's object inside the word, as before
    ("他在喝茶", {"man", "tea"}),
    ("她在点灯", {"woman", "lamp"}),
])
def test_an_object_inside_its_verb_is_still_cast(prompt: str, wanted: set[str]) -> None:
    assert wanted <= set(_cast(prompt))


def _shown(prompt: str) -> set[str]:
    play = plan(prompt).screenplay
    return {str(fx.kind.value) for scene in play.scenes for fx in getattr(scene, "effects", [])}


@pytest.mark.parametrize("prompt", ["房子被雷击中了", "大树被雷击倒了", "那座塔被雷击了一下"])
def test_struck_by_lightning_shows_it(prompt: str) -> None:
    assert "lightning" in _shown(prompt)


@pytest.mark.parametrize(("prompt", "wanted", "people"), [
    ("农民伯伯赶着一群羊回家", {"farmer"}, 1),  # given
    ("警察叔叔在路口指挥交通", {"police officer"}, 1),
    ("医生阿姨在给小朋友看病", {"health worker", "child"}, 2),
    ("消防员叔叔爬上了梯子", {"firefighter", "ladder"}, 1),
    ("清洁工阿姨在扫地", {"woman"}, 1),
    ("厨师爷爷在厨房里做饭", {"cook"}, 1),
    ("孩子奶奶在厨房里做饭", {"child", "old woman"}, 2),  # negative: the child's grandmother, two
])
def test_a_title_after_someones_work_is_that_one(prompt: str, wanted: set[str], people: int) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast) and _people(prompt) == people, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("爸爸妈妈带我去公园", {"man", "woman"}),  # negative: two kin words, two people
    ("爷爷奶奶在院子里下棋", {"old man", "old woman"}),
    ("马老师在上课", {"teacher"}),  # a surname before a title, as before
])
def test_kin_words_together_stay_two(prompt: str, wanted: set[str]) -> None:
    assert wanted <= set(_cast(prompt))


@pytest.mark.parametrize(("prompt", "animal"), [
    ("熊猫宝宝从树上掉了下来", "panda"),  # given
    ("小狗宝宝在窝里睡觉", "dog"),
    ("熊宝宝在河边玩水", "bear"),
    ("羊宝宝在草地上吃草", "ewe"),
])
def test_an_animals_baby_is_one_animal(prompt: str, animal: str) -> None:
    cast = _cast(prompt)
    assert cast[animal] == 1 and "baby" not in cast and not _people(prompt), cast
