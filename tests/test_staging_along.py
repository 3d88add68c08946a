"""Things named beside a person or animal are staged with it (plan/blocking.py `along`), and the
dailies widen a shot until every member of its scene is on screen (plan/dailies.py)."""

from __future__ import annotations

from kinema.plan.dailies import check, review
from kinema.plan.director import plan


def _scene(prompt: str, seconds: float = 10.0):  # type: ignore[no-untyped-def]
    return plan(prompt, seconds).screenplay.scenes[0]


def test_a_thing_named_with_the_lead_stands_at_its_feet() -> None:
    scene = _scene("A soccer player kicks the ball")
    lead, ball = scene.staging["person"], scene.staging["ball"]
    assert 0.3 < ball.x - lead.x < 1.5  # in front of it, not metres away
    assert ball.y is None  # on the ground


def test_a_thing_goes_along_where_the_lead_travels() -> None:
    scene = _scene("A girl runs with a kite on the beach")
    run = next(a for a in scene.actions if a.who == "girl" and a.to_x is not None)
    pins = sorted((k for k in scene.keyframes if k.who == "kite"), key=lambda k: k.at)
    assert len(pins) == 2 and pins[0].at == 0
    start, end = scene.staging["girl"].x, run.to_x
    assert run.to_x is not None and pins[0].x is not None and pins[-1].x is not None
    assert abs((pins[-1].x - pins[0].x) - (end - start)) < 0.01  # the same way, as far
    assert 0.0 < pins[0].x - start < 1.5


def test_things_tied_to_each_other_go_together() -> None:
    scene = _scene("A chef flips a pancake in a pan")
    cook, pan, cake = (scene.staging[i] for i in ("cook", "pan", "pancakes"))
    assert abs(pan.x - cook.x) < 1.5
    assert cake.x == pan.x  # in the pan, where the pan went


def test_what_a_relation_puts_with_a_body_stays_there() -> None:
    scene = _scene("a man riding a horse")
    assert scene.staging["man"].x == scene.staging["horse"].x
    assert not [k for k in scene.keyframes if k.who in ("man", "horse")]


def test_dailies_widen_until_every_member_is_on_screen() -> None:
    """A film of close-ups on the lead alone never shows the snowman beside it: the dailies widen
    the scene's longest shot until it is on screen for a second."""
    from kinema.screenplay.model import ShotSize

    play = plan("A penguin stands beside a snowman", 10).screenplay
    scene = play.scenes[0]
    tight = [s.model_copy(update={"size": ShotSize.CLOSE_UP, "subjects": ["penguin"]}) for s in scene.shots]
    play = play.model_copy(update={"scenes": [scene.model_copy(update={"shots": tight})]})
    before = check(play)
    assert any("snowman" in c.missing for c in before)
    _, notes, after = review(play)
    assert all(c.ok for c in after)
    assert any(c.seen_s.get("snowman", 0.0) >= 1.0 for c in after)
    assert any("widened" in n and "snowman" in n for n in notes)
