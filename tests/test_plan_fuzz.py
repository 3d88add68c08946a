"""The planner never crashes: any text gives a valid screenplay or a PlanError with a message."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kinema.plan import MAX_PROMPT_CHARS, PlanError, plan
from kinema.screenplay import Screenplay, dump_yaml, parse

WORDS = ["狼", "一只", "两只猫", "在", "山顶", "月夜", "嚎叫", "远景", "特写", "一镜到底", "由",
         "组成的", "红色的", "wolf", "two", "dogs", "run", "on", "the", "beach", "red", "car",
         "close-up", "made of", "flowers",
         "1.", "。", "，", ";", "\n", " ", "🐺", "🙂", "《", "》", "\x00", "\x1b", "\u200d", "\ufeff"]
# Text built from planner words, so the fuzz reaches casting and shot design, not only refusals.
phrases = st.lists(st.sampled_from(WORDS), max_size=60).map("".join)
anything = st.text(max_size=400)
emoji_only = st.text(alphabet=st.sampled_from("🐺🐱🚗🌸🙂🎬🧑‍🚀🏳️‍🌈"), max_size=50)
controls = st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=50)


def _check(text: str, duration: float = 30.0) -> Screenplay | None:
    try:
        play = plan(text, duration).screenplay
    except PlanError as e:
        assert str(e)
        return None
    assert abs(play.duration - duration) < 1e-9
    assert all(h.duration > 0 for s in play.scenes for h in s.shots)
    return play


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(phrases, anything, emoji_only, controls, st.tuples(phrases, anything).map("".join)),
       st.sampled_from([1.0, 4.0, 30.0, 60.0, 1800.0]))
@example("", 30.0)
@example("\x00\x01\x02 wolf \x7f", 30.0)
@example("狼🐺wolf ВОЛК ذئب lobo", 30.0)
@example("¹ wolf ٣ wolves ３只狼", 4.0)  # digits that are not decimal, and decimal ones from other scripts
@example("9" * 4500 + " wolves", 30.0)  # int() refuses more than 4,300 digits
@example("狼组成的狼。由花朵组成", 30.0)  # a shape made of itself; a material with no shape
def test_never_crashes(text: str, duration: float) -> None:
    _check(text, duration)


@settings(max_examples=20, deadline=None)
@given(phrases)
def test_planned_screenplays_round_trip(text: str) -> None:
    play = _check(text)
    if play is not None:
        assert parse(dump_yaml(play), "fuzz.yaml") == play


@pytest.mark.parametrize("unit", ["狼在山顶嚎叫。", "A wolf howls on a peak. ", "🐺", "a"])
def test_long_prompts_refused_above_the_cap(unit: str) -> None:
    long = unit * (10_000 // len(unit))
    with pytest.raises(PlanError, match=f"the cap is {MAX_PROMPT_CHARS}"):
        plan(long)


def test_prompt_at_the_cap_plans() -> None:
    beats = "一只狼在山顶嚎叫。一只猫在房间里睡觉。A dog runs on the beach. "
    text = (beats * (MAX_PROMPT_CHARS // len(beats)))[:MAX_PROMPT_CHARS]
    result = plan(text, 60)
    assert len(result.screenplay.scenes) <= 30 and result.screenplay.duration == 60
    assert any("story beats" in n for n in result.notes)
