"""A Chinese word jieba lists and CC-CEDICT does not, made of a character that describes and the
thing after it (session 23, lead): 巨浪 "huge" + "wave" is a wave, 大石 a big stone, 巨蛇 a huge
snake. The first character's first gloss is a plain adjective (巨 "very large", 大 "big"); Chinese
puts the head last. Written before the fix: 巨浪 read as nothing (冲浪者在夕阳下驾驭巨浪 cast only
the surfer). Not a character glossed first as a noun (金 "gold": 金光 is no golden traffic light), a
quantifier (全 "all"), nor a word jieba tags as a name."""

from __future__ import annotations

import pytest
from conftest import cast_unpassed as _cast

from kinema.plan import open_lexicon


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("冲浪者在夕阳下驾驭巨浪", {"person surfing", "water wave"}),  # seen on a probe
    ("一个巨浪打翻了小船", {"water wave"}),
    ("一块大石挡住了山路", {"asteroid"}),  # 🪨, the rock
    ("一条巨蛇缠在树上", {"snake"}),
])
def test_a_describing_character_before_a_thing_is_that_thing(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= cast, cast


@pytest.mark.parametrize("word", ["金光", "红光", "白石", "金莲", "大明"])
def test_not_a_noun_gloss_nor_a_name(word: str) -> None:
    read = open_lexicon.lookup(word)
    assert read is None or "(the head of the word)" not in read.via, read
