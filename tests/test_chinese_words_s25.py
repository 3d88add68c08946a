"""Chinese words the planner cast wrongly or not at all (session 25, helper wzh19).

Each group holds the words the brief gave and at least as many of the same kind chosen before the
fix, and cases that must not change:
- a verb and its object in two characters, which no table reads, whose first gloss names the made
  thing its object character reads as (下锅 "to put into the pot", 产卵 "to lay eggs"; 下蛋, 提笔 "to
  take up the pen", 拔锚 "to weigh anchor", 尿床 "to wet the bed"): that thing is in the scene; not a
  creature (钓鱼 fishing casts no fish), nor a word whose gloss names no such thing (穿梭 "to travel
  back and forth" is no shuttlecock);
- a two-word gloss English writes closed up is that word before its head alone, where the closed
  word is first of all a kind of the head (烛光 "candle light" is candlelight, the candle's, not a
  lamp; 排骨 "pork chop" a cut of meat, not a "(coll.) skinny person"; 猪排 the same), not where
  the modifier's thing would stand for a thing the head names itself (鱼骨 "fish bone" stays a bone);
- the halves of a four-character phrase of two people, each 老 "old", 女 "female" or 男 "male"
  before a word for someone (老夫老妻 "an old couple": an old man and an old woman), not a half whose
  other half names no one (女权主义 "feminism");
- a three-character word jieba lists and CC-CEDICT does not, of a verb CC-CEDICT lists and a head
  character that pictures a thing, is that thing (冲锋舟 "assault boat" a boat; 隐身衣 a cloak of
  invisibility, 雕刻刀 a carving knife);
- a word ending in a word for a child whose gloss names someone by a figure of speech English draws
  as no one is the child (熊孩子 "(dialect) little devil; brat", 猴孩子 "little devil": no ghost, and
  no bear or monkey cut off the front), not a creature named like a child (吉娃娃 "Chihuahua").
"""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast

POTS = {"pot of food", "pan", "frying pan", "wok", "shallow pan of food"}


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("把五花肉切成小块下锅", POTS),  # given
    ("月光下，海龟妈妈爬上沙滩挖坑产卵", {"egg"}),  # given
    ("母鸡在窝里下蛋", {"egg"}),
    ("他坐在桌前提笔", {"pen"}),
    ("船长下令拔锚", {"anchor"}),
    ("孩子又尿床了", {"bed", "blanket"}),  # (a bed slept in is drawn by its blanket)
])
def test_a_verb_and_its_object_casts_the_object(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted, cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("爷爷在河边钓鱼", {"fish"}),  # a creature: fishing casts none
    ("燕子在空中穿梭", {"badminton"}),  # "to travel back and forth"
    ("服务员开始上菜", {"root vegetable"}),
])
def test_other_verb_words_do_not_change(prompt: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("古代书生在烛光下寒窗苦读", {"candle"}, {"lamp"}),  # given
    ("妈妈在厨房炖排骨", {"cut of meat", "meat on bone"}, {"person"}),  # "pork chop", not "skinny person"
    ("盘子里放着一块猪排", {"cut of meat", "meat on bone"}, set()),  # "pork chop"
])
def test_a_gloss_english_writes_closed_up(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted and not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("他低头看手机", {"mobile phone"}, set()),  # "cell phone": the catalog's own name is kept
    ("马路上的红绿灯变绿了", {"horizontal traffic light", "vertical traffic light"}, set()),
    ("夜里街上的路灯亮了", {"lamp"}, set()),  # "street light": a lamp still
    ("盘子里剩下一堆鱼骨", {"bone"}, {"fish"}),  # "fish bone": no fish as a fishbone's whole
    ("一艘渡轮驶过江面", {"ferry"}, set()),
])
def test_other_glosses_do_not_change(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted and not cast & unwanted, cast


def test_an_old_couple_is_an_old_man_and_an_old_woman() -> None:
    cast = _cast("一对老夫老妻手牵手在海边散步")  # given
    assert {"old man", "old woman"} <= cast, cast


def test_a_half_beside_no_one_stays_unread() -> None:
    assert "woman" not in _cast("他在写一篇关于女权主义的文章")  # "feminism"


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("洪水漫进了村子，一家人坐着冲锋舟撤离", {"canoe", "boat", "motor boat", "speedboat"}),  # given
    ("他穿上了隐身衣", {"t-shirt", "coat"}),
    ("师傅拿着雕刻刀刻木头", {"kitchen knife"}),
])
def test_a_doing_before_a_head_character_is_that_head(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted, cast


def test_a_known_doing_and_head_stays() -> None:
    assert "car" in _cast("一辆露营车停在湖边")


@pytest.mark.parametrize("prompt", [
    "一群熊孩子在小区里追着一只大白鹅跑",  # given: "(dialect) little devil; brat"
    "几个猴孩子在院子里爬树",  # "little devil"
])
def test_a_child_named_by_a_figure_of_speech_is_a_child(prompt: str) -> None:
    cast = _cast(prompt)
    assert cast & {"child", "boy", "girl"} and not cast & {"ghost", "bear", "monkey"}, cast


def test_a_creature_named_like_a_child_stays_the_creature() -> None:
    assert "dog" in _cast("一只吉娃娃趴在沙发上")  # "Chihuahua (dog)", though 娃娃 is a baby
