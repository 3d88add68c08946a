"""Which CC-CEDICT entry a single Chinese character is read by, and words read by their last
character where no gloss grounds them (tools/build_lexicon.py `_char_entries`, `_unlisted_heads`,
`_unread_heads`' foreign names). A few words or sentences per rule; not director rows."""

from __future__ import annotations

import pytest
from conftest import cast_list as _cast
from conftest import picture_of as _picture  # the picture a word reads as, with no sentence

from kinema.plan import open_lexicon, parse, plan


@pytest.mark.parametrize(("char", "picture"), [
    ("云", "cloud"),  # first entry "(classical) to say"; 白云 and 乌云 say the cloud is meant
    ("叶", "fallen leaf"),  # jieba calls it a surname, CC-CEDICT gives the surname its own entry
    ("钟", "alarm clock"),  # "handleless cup" or "clock; bell": 闹钟 and 警钟 say which
    ("熊", "bear"),
])
def test_a_character_is_read_by_the_entry_its_words_mean(char: str, picture: str) -> None:
    assert _picture(char) == picture


@pytest.mark.parametrize("char", ["结", "宗"])
def test_a_noun_entry_that_heads_few_words_is_not_read(char: str) -> None:
    # 结 "knot" heads few of 团结, 总结, 结果's kin; 宗 "school" is mostly a clan or a surname
    assert _picture(char) is None


def test_a_head_that_is_also_a_gloss_of_the_person_leaves_the_person() -> None:
    # 校 "school; ...; (military) field officer": 上校 a colonel is no school
    assert _picture("上校") == "man"


@pytest.mark.parametrize(("word", "picture"), [
    ("荷叶", "fallen leaf"),  # jieba lists it, CC-CEDICT does not
    ("草叶", "fallen leaf"),
    ("大船", "ship"),  # the catalog's 船, not the gloss's boat
    ("湖笔", "pen"),  # a writing brush made at Huzhou
])
def test_a_word_only_jieba_lists_is_its_last_character(word: str, picture: str) -> None:
    assert _picture(word) == picture
    assert open_lexicon.lookup(word) is not None
    assert word not in open_lexicon.chinese_words()  # the segmenter is not taught it anew


@pytest.mark.parametrize("word", ["全家人", "上篮", "强光"])
def test_not_every_word_jieba_lists_is_its_last_character(word: str) -> None:
    # the whole family, a lay-up, and a strong light (光 "light" says too much else)
    assert _picture(word) is None


@pytest.mark.parametrize(("word", "picture"), [
    ("居酒屋", "house"),  # "izakaya (a kind of traditional Japanese pub)"
    ("乌龙面", "noodles"),  # "udon, a thick Japanese-style wheat-flour noodle"
])
def test_a_foreign_name_is_its_last_character(word: str, picture: str) -> None:
    assert _picture(word) == picture


def test_a_foreign_name_explained_as_another_kind_is_not() -> None:
    assert _picture("马卡龙") is None  # "macaron, French pastry": no dragon
    assert _picture("傅里叶") == "scientist"  # Fourier, with his dates: no leaf


def test_sentences_cast_the_head() -> None:
    assert "fallen leaf" in _cast("荷塘里，一只青蛙扑通一声跳上了荷叶")
    assert "cloud" in _cast("孙悟空驾着筋斗云，一个跟头翻过了云海")
    assert "knot" not in _cast("企鹅想飞，结果摔了个跟头")
    assert parse._lookup("结果") is None


@pytest.mark.parametrize(("char", "picture"), [
    ("兵", "guard"),  # "soldiers" > soldier: the guard (synonyms.py), once serviceman's man
    ("草", "herb"),  # "grass" > gramineous plant > herb
])
def test_a_noun_character_reads_through_two_broader_words(char: str, picture: str) -> None:
    assert _picture(char) == picture


def test_not_down_to_a_narrower_thing() -> None:
    assert _picture("信") is None  # "letter" is no love letter (and 信 as much trust)


def test_two_things_unread_together_are_the_head() -> None:
    assert [c.id for c in plan("树叶在风中飘落", 12).screenplay.cast] == ["fallen-leaf"]  # no tree
    assert _cast("一只凤凰从熊熊大火中飞了起来") == ["phoenix"]  # 熊熊 "raging": no bear


def test_a_suffix_character_is_not_read_through_broader_words() -> None:
    # 子 is also "(noun suffix)": jieba's 扇 + 子 is no son
    assert _picture("子") is None
    assert "boy" not in _cast("一个女孩拿着一把扇子")


def test_a_creature_names_its_shed() -> None:
    # 棚 "shed" now reads, but 牛棚 shows the cow, not an office block
    cast = _cast("农夫一大早在牛棚里挤牛奶")
    assert "cow" in cast and "office building" not in cast
