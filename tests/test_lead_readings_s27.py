"""The lead's readings of session 27, each written before its fix, with words of the same kind
chosen beforehand and cases that must not change. Found with a paired probe
(tests/data/probe_pairs_s27.yaml: the same prompts in English and in Chinese).

- A person who does what the world acts out is that person, not a thing one other word of the
  sentence hints at: "a knight rides a horse" is a knight (a man), not the chess piece shaped like a
  horse's head, which the word "horse" alone had chosen. Said of a board game plainly ("the knight
  takes the bishop on the chess board"), the knight is still the chess piece.
- A name of two words written as one word no dictionary knows is that name: a mooncake is the moon
  cake 🥮, an alarmclock the alarm clock, a kick scooter 🛴, a magic lamp a lamp, not the clamp
  of "magi" + "clamp"."""

from __future__ import annotations

import pytest
from conftest import cast_list, cast_set

from kinema.plan.director import plan


@pytest.mark.parametrize("prompt", [
    "A knight rides a horse toward the castle",
    "A knight in armor rides a horse toward a castle",
    "A knight on a white horse rides into the village",
])
def test_a_knight_who_rides_is_a_person(prompt: str) -> None:
    cast = cast_set(prompt)
    assert "chess pawn" not in cast
    assert "horse" in cast and cast & {"man", "person", "guard"}


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("The knight takes the bishop on the chess board", "chess pawn"),  # said of chess plainly
    ("A crane lifts steel beams at the building site", None),  # a creature's made thing: unchanged
])
def test_a_plain_chess_knight_and_a_crane_are_unchanged(prompt: str, wanted: str | None) -> None:
    cast = cast_set(prompt)
    if wanted is not None:
        assert wanted in cast
    else:
        assert "bird" not in cast and "crane" not in cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A family eats mooncakes under the full moon", "moon cake"),
    ("A girl shares a mooncake with her grandma", "moon cake"),
    ("Grandpa winds up his alarmclock before bed", "alarm clock"),
    ("A kid rides a kickscooter down the street", "kick scooter"),
])
def test_a_two_word_name_written_as_one(prompt: str, wanted: str) -> None:
    assert wanted in cast_set(prompt)


def test_a_coined_compound_is_still_read_by_its_head() -> None:
    # (no two-word name in it: the head says what it is, as before)
    assert "airplane" in cast_set("A paraglider soars over the beach")


@pytest.mark.parametrize(("prompt", "key", "wanted"), [
    ("两姐妹在操场上跳绳", "woman", 2),  # jieba keeps 两姐妹 whole: two, then the sisters
    ("三姐妹在操场上跳绳", "woman", 3),  # 三 is no surname before a word for people
    ("三兄弟在河边钓鱼", "man", 3),
    ("五兄弟在河边钓鱼", "man", 5),
    ("姐妹俩在操场上跳绳", "woman", 2),  # (the count after them: unchanged)
])
def test_a_bare_chinese_count_counts_the_people(prompt: str, key: str, wanted: int) -> None:
    people = [m for m in plan(prompt).screenplay.cast if m.name.en == key]
    assert len(people) == wanted


def test_a_surname_before_a_teacher_is_unchanged() -> None:
    assert "teacher" in cast_set("万老师在上课") and "scorpion" not in cast_set("万老师在上课")


@pytest.mark.parametrize("prompt", [
    "小女孩在舞台上拉小提琴，她的爸爸妈妈在第一排鼓掌。",
    "父母在公园里散步",
    "爸妈在看电视",
])
def test_parents_are_a_woman_and_a_man(prompt: str) -> None:
    cast = cast_list(prompt)
    assert "woman" in cast and "man" in cast and "person" not in cast


def test_a_mother_is_still_one_woman() -> None:
    assert cast_list("妈妈在厨房做饭").count("woman") == 1 and "man" not in cast_list("妈妈在厨房做饭")


@pytest.mark.parametrize(("prompt", "wanted", "not_wanted"), [
    ("A teen scrolls on her smartphone", "mobile phone", "telephone"),
    ("一个女孩在玩智能手机", "mobile phone", "telephone"),
    ("She talks on the telephone", "telephone", "mobile phone"),  # the desk telephone stays
    ("A man drops his cell phone in the subway", "mobile phone", "telephone"),
    ("A girl scores a goal in a hockey game", "ice hockey", "field hockey"),
    ("Kids play hockey on the frozen pond", "ice hockey", "goal net"),
    ("A builder lays bricks for a new wall", "construction worker", "person"),
    ("一个泥瓦匠在砌墙", "construction worker", "person"),
])
def test_everyday_names(prompt: str, wanted: str, not_wanted: str) -> None:
    cast = cast_set(prompt)
    assert wanted in cast and not_wanted not in cast


def test_a_chinese_ordinal_is_no_one() -> None:
    # 第一排 "the front row": 第一 "first; number one" is no "number one" person
    assert cast_list("老师站在第一排") == ["teacher"]
