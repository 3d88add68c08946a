"""Chinese things a describing character stands before (session 19, helper wzh13): jieba cuts 小站 into
小 + 站, and a character it tags a verb (站 "station; to stand") or a name (铃, 槐) names its thing
only where a thing must stand. After a describing character (小, 新, 老, 大: jieba's adjectives) that
stands where a thing must (after a count and its measure word, after a verb and 了), the character is
that thing. The given word (小站) and words of the same kind chosen before the fix; the negative
cases must not change."""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("绿皮火车咣当咣当地开进了小站", {"station"}),  # given
    ("他走进一个新站，四处张望", {"station"}),
    ("屋檐下挂着一个小铃", {"bell"}),
    ("院子里有一棵老槐", {"tree"}),
    ("他在河边看到一只小獭", {"otter"}),
    ("山谷里有一只大獾", {"badger"}),
    ("他在树下捡到一个小铃", {"bell"}),
])
def test_a_thing_after_a_describing_character_is_cast(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted, cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("老师站在讲台上讲课", {"station"}),  # 站 the verb after its subject
    ("大家站成一排拍照", {"station"}),
    ("他个子小，站在最后一排", {"station"}),  # a comma between: 站 stands again
    ("小狗站了起来", {"station"}),
    ("孩子们高兴地跳了起来", {"station"}),
])
def test_a_verb_after_a_describing_character_stays_a_verb(prompt: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("火车停在车站", {"station"}),
    ("男孩拿着一只小鼓", {"drum"}),
    ("山坡上有一只小狐", {"fox"}),
    ("孩子敲着鼓", {"drum"}),
])
def test_things_read_before_still_read(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted, cast


# A gloss WordNet knows as a thing of its own (corn cob: a corncob; record player; sea urchin) is not
# drawn as its head noun's likeliest sense where that is another kind of thing (a cob is first a
# horse, a player a person, an urchin a child) and the picture's name names no broader word of it.
@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("大婶把玉米棒子一个个扔进竹筐里", {"horse"}),  # given: "corn cob"
    ("桌上放着一台咖啡机", {"person"}),  # "coffee maker"
    ("雨刷在挡风玻璃上来回摆动", {"person"}),  # "windshield wiper"
    ("礁石上趴着一只海胆", {"child"}),  # "sea urchin"
    ("墙角放着一台冷气机", {"person"}),  # "air conditioner"
    ("衣柜里挂着一个衣架", {"person"}),  # "clothes hanger"
    ("他打开电唱机", {"person"}),  # "record player"
])
def test_a_gloss_of_its_own_is_not_its_heads_other_sense(prompt: str, unwanted: set[str]) -> None:
    cast = _cast(prompt)
    assert not cast & unwanted, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("大婶把玉米棒子一个个扔进竹筐里", {"ear of corn"}),  # given: 玉米 + 棒子, the corn
    # the head's picture where the gloss is a kind of what the picture's name names
    ("办公室里有一台激光打印机", {"printer"}),  # "laser printer": a printer, not a person
    ("渔夫卖淡水鱼", {"fish"}),
    ("她坐在靠窗座位上", {"seat"}),  # "window seat"
])
def test_a_gloss_read_through_its_head_still_reads(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert cast & wanted, cast
