"""How a Chinese word's CC-CEDICT glosses are read (tools/build_lexicon.py, `_chinese` and its helpers):
a long gloss by the head of its noun phrase, a plural gloss as several, a part named "of" its whole
as the whole, a person word at least as a person. A few words per mechanism, looked up as the
planner looks words up (`parse._lookup`); not rows of the director tables."""

from __future__ import annotations

import pytest

from kinema.plan import parse
from kinema.plan.parse import Broader
from kinema.screenplay.model import Archetype, Place


def _reading(word: str) -> tuple[str, str, int] | None:
    """(kind, picture or place, members) of a word, or None."""
    hit = parse._lookup(word)
    if hit is None:
        return None
    kind, value = hit
    if isinstance(value, Broader):
        return kind, value.entity.key, value.members
    if kind == "place":
        place, _ = value  # type: ignore[misc]
        return kind, place.value, 1
    return kind, str(value), 1


def _human(word: str) -> bool:
    hit = parse._lookup(word)
    return hit is not None and isinstance(hit[1], Broader) and hit[1].entity.archetype == Archetype.HUMAN


@pytest.mark.parametrize("word", ["子女", "儿女"])
def test_an_irregular_plural_gloss_is_several(word: str) -> None:
    # "children": lemminflect's child, several of them
    reading = _reading(word)
    assert reading is not None and reading[1] == "child" and reading[2] > 1, reading


@pytest.mark.parametrize("word", ["官兵", "将士", "幕僚"])
def test_a_plural_phrase_is_several_of_its_head(word: str) -> None:
    # "officers and soldiers", "aides and advisors of top officials"
    reading = _reading(word)
    assert reading is not None and _human(word) and reading[2] > 1, reading


def test_a_set_of_things_is_several_of_them() -> None:
    reading = _reading("编钟")  # "set of bells (old Chinese music instrument)"
    assert reading is not None and reading[1] == "bell" and reading[2] > 1, reading


@pytest.mark.parametrize("word", ["大殿", "正殿", "堂屋"])
def test_a_long_gloss_is_the_head_of_its_phrase(word: str) -> None:
    # "main hall of a Buddhist temple", "central room of a traditional Chinese house": a room
    assert _reading(word) == ("place", Place.ROOM.value, 1)


def test_a_participle_after_the_head_says_of_it() -> None:
    reading = _reading("茶水")  # "tea prepared in large quantity using inexpensive tea leaves"
    assert reading is not None and reading[1] == "tea", reading


def test_a_person_who_does_something_is_a_person() -> None:
    assert _human("归侨")  # "Chinese person who returns to China after living as an expatriate"


@pytest.mark.parametrize("word, whole", [("牙冠", "tooth"), ("瞳眸", "eye"), ("机身", "airplane")])
def test_a_part_of_a_whole_is_the_whole(word: str, whole: str) -> None:
    # "crown of a tooth", "pupil of the eye", "fuselage of a plane": WordNet files the part under it
    reading = _reading(word)
    assert reading is not None and reading[1] == whole, reading


@pytest.mark.parametrize("word, picture", [("比萨", "pizza"), ("烈日", "sun")])
def test_a_proper_nouns_gloss_is_read_whole_not_by_its_head(word: str, picture: str) -> None:
    # 比萨 "Pisa, town in Toscana" and 烈日 "Liege, town in Belgium" come first: no town is drawn
    reading = _reading(word)
    assert reading is not None and reading[1] == picture, reading


def test_a_phrase_joining_one_and_several_is_no_group() -> None:
    reading = _reading("妻子")  # "wife and children" before "wife"
    assert reading is not None and reading[1] == "woman" and reading[2] == 1, reading


@pytest.mark.parametrize("word", ["长老", "前辈", "局长", "区长", "名将", "大帅"])
def test_a_person_word_is_at_least_a_person(word: str) -> None:
    # "elder", "senior": nouns English uses mostly as adjectives; "bureau chief", "famous general"
    assert _human(word), _reading(word)


def test_a_later_sense_is_a_person_where_the_last_character_says_so() -> None:
    assert _human("代理人")  # "agent", first a cause; 人 ends words for people


def test_men_and_horses_are_people() -> None:
    assert _human("兵马")  # "troops and horses": troops, not horses


@pytest.mark.parametrize("word", ["无辜", "有序", "三流", "资深", "私人", "双手", "两性"])
def test_an_adjective_or_a_body_part_is_no_person(word: str) -> None:
    # "innocent", "regular", "inferior", "senior (in terms of experience)", "private", "both hands",
    # "both types": a wrong picture is worse than none
    assert not _human(word), _reading(word)


@pytest.mark.parametrize("word", ["厨具", "葫芦"])
def test_a_head_is_drawn_only_as_a_kind_of_its_picture(word: str) -> None:
    # "kitchen implements" are no paintbrush; "block and tackle" no football player
    reading = _reading(word)
    assert reading is None or (reading[1] != "paintbrush" and not _human(word)), reading


@pytest.mark.parametrize("word", ["系统", "基础", "结果", "表面"])
def test_abstract_words_stay_unread(word: str) -> None:
    assert _reading(word) is None
