"""Where a journey ends (plan/relations.py GOALS, plan/compose.py `_toward`): "rides toward a
castle", "runs to its owner", 朝城堡奔去 put the goal just past the end of the traveller's path,
facing back, so the last shots arrive at it; a goal that went along only because the blocking
copied the verb to it stays and waits. A relation word with no journey changes nothing."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.screenplay.model import Screenplay


def _scene(prompt: str) -> tuple[Screenplay, dict[str, float], dict[str, float]]:
    play = plan(prompt, 10.0).screenplay
    scene = play.scenes[0]
    xs = {play_id: st.x for play_id, st in scene.staging.items()}
    ends = {a.who: a.to_x for a in scene.actions if a.to_x is not None}
    return play, xs, ends


def _id(play: Screenplay, en: str) -> str:
    return next(m.id for m in play.cast if m.name.en == en)


@pytest.mark.parametrize("prompt,goer,goal", [
    ("A knight rides a horse toward a castle at sunset", "horse", "castle"),
    ("骑士骑马朝城堡奔去", "horse", "castle"),
    ("A dog runs towards its owner", "dog", "person"),
    ("一只狗跑向它的主人", "dog", "person"),
    ("A girl walks to the door", "girl", "door"),
])
def test_the_goal_stands_where_the_journey_ends(prompt: str, goer: str, goal: str) -> None:
    play, xs, ends = _scene(prompt)
    g, t = _id(play, goer), _id(play, goal)
    start, end = xs[g], ends[g]
    assert abs(end - start) > 5.0  # a journey
    ahead = 1.0 if end > start else -1.0
    past = (xs[t] - end) * ahead
    assert 0.3 < past < 8.0, (xs, ends)  # just beyond the end of the path, not at its start
    assert t not in ends  # the goal does not run off too
    facing = play.scenes[0].staging[t].facing
    assert facing == ("left" if ahead > 0 else "right")  # it faces the one coming


@pytest.mark.parametrize("prompt", ["消防员向着火的房子喷水", "A man gives a bone to the dog"])
def test_no_journey_no_goal(prompt: str) -> None:
    _, _, ends = _scene(prompt)
    assert not ends  # spraying at a house or giving to a dog moves nobody
