"""A still that stands for a shot (storyboard panel, contact sheet) is never caught mid-blink."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kinema.film.loop import BLINK_REACH, middle, unblinking


def _take(expressions: list[list[str]]) -> Any:
    states = [SimpleNamespace(entities=[SimpleNamespace(expression=x) for x in frame]) for frame in expressions]
    return SimpleNamespace(job=SimpleNamespace(states=states, frames=len(states)))


def test_the_middle_still_moves_off_a_blink_to_the_nearest_open_eyes() -> None:
    frames = [["neutral", "neutral"]] * 49
    for i in (22, 23, 24, 25):  # the second face blinks across the middle; the first never does
        frames[i] = ["neutral", "blink"]
    take = _take(frames)
    assert middle(take) == (26,)  # the nearest open frame: two after the middle (three before it)
    assert unblinking(take, 10) == 10


def test_a_shot_blinking_throughout_or_without_faces_keeps_its_frame() -> None:
    assert unblinking(_take([["blink"]] * (2 * BLINK_REACH + 5)), BLINK_REACH + 2) == BLINK_REACH + 2
    assert middle(_take([[]] * 9)) == (4,)
