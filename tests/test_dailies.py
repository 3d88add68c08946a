"""Dailies (issue 13 item 3): every planned shot checked from the simulated world and the
renderer's own cameras before any frame is drawn, and mended."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from typer.testing import CliRunner

from kinema.cli import app
from kinema.evaluate.coverage import Coverage
from kinema.evaluate.placement import entity_box, filmed
from kinema.plan.dailies import LADDER, check, review
from kinema.plan.director import plan
from kinema.screenplay.load import load as load_screenplay
from kinema.screenplay.model import CameraMove, ShotSize

CORGI = "A corgi chases seagulls on the beach at sunset"


def test_the_corgi_close_up_of_empty_sand_is_caught_and_mended() -> None:
    play = plan(CORGI, 12).screenplay
    before = {c.id: c for c in check(play)}
    close = next(s for s in play.scenes[0].shots if s.size == ShotSize.CLOSE_UP)
    assert not before[close.id].ok and before[close.id].in_frame["dog"] < 0.1  # the 2 %
    mended, notes, after = review(play)
    assert all(c.ok for c in after), [(c.id, c.problems) for c in after]
    assert any(n.startswith(f"dailies: shot {close.id}") for n in notes)
    assert set(notes) <= set(mended.notes)  # the film says what was changed
    shot = next(s for s in mended.scenes[0].shots if s.id == close.id)
    assert shot.move == CameraMove.TRACK and shot.subjects == ["dog"]


def test_dailies_measure_what_kinema_eval_measures() -> None:
    """The in-frame share per shot is the eval coverage's, from the same frames and the same test."""
    play = plan("A girl walks under the neon lights of a city at night", 12).screenplay
    arche = {m.id: m.archetype for m in play.cast}
    w, h = play.format.width, play.format.height
    cov = Coverage(list(arche), play.format.fps)
    for f in filmed(play):
        shown = {e.id: entity_box(e, arche[e.id], f.camera, w, h).on_screen(w, h)
                 for e in f.state.entities if e.id in arche}
        cov.add(f, shown)
    summary = cov.summary()
    shares: dict[str, dict[str, float]] = defaultdict(dict)
    for s in summary["shots"]:  # type: ignore[attr-defined]
        shares[s["id"]] = s["subjects_in_frame"]
    for c in check(play):
        for subject, share in c.in_frame.items():
            assert abs(share - shares[c.id][subject]) < 1e-3


def test_a_close_up_of_nobody_is_re_aimed_on_the_main_subject() -> None:
    play = plan("A fox walks across the snowfield", 12).screenplay
    scene = play.scenes[0]
    shots = [s.model_copy(update={"subjects": [], "size": ShotSize.CLOSE_UP}) if k == len(scene.shots) - 1
             else s for k, s in enumerate(scene.shots)]
    play = play.model_copy(update={"scenes": [scene.model_copy(update={"shots": shots})]})
    mended, notes, after = review(play)
    assert all(c.ok for c in after) and any("empty place" in n for n in notes)
    assert mended.scenes[0].shots[-1].subjects == ["fox"]


def test_kinema_plan_runs_the_dailies_unless_asked_not_to(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "corgi.yaml"
    res = runner.invoke(app, ["plan", CORGI, "--duration", "12", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "note: dailies: shot s1-2" in res.output
    assert all(c.ok for c in check(load_screenplay(out)))
    raw = tmp_path / "raw.yaml"
    res = runner.invoke(app, ["plan", CORGI, "--duration", "12", "-o", str(raw), "--no-dailies"])
    assert res.exit_code == 0 and "dailies" not in res.output
    assert not all(c.ok for c in check(load_screenplay(raw)))


def test_a_burst_filmed_too_close_is_widened_until_its_pieces_stay_in_frame() -> None:
    """Issue 22 item 5: the dailies check that a formation's burst stays in frame."""
    play = plan("A tiger made of flowers bursts apart in mid-air, then reassembles.", 20).screenplay
    burst = play.scenes[0].shots[1]
    assert burst.size in (ShotSize.WIDE, ShotSize.EXTREME_WIDE)
    assert all(c.ok for c in check(play))  # as planned: the burst has its wide shot
    close = play.model_copy(deep=True)
    close.scenes[0].shots[1].size = ShotSize.MEDIUM
    caught = next(c for c in check(close) if c.id == burst.id)
    assert caught.burst < 0.8 and any("burst" in p for p in caught.problems)
    mended, notes, after = review(close)
    assert next(c for c in after if c.id == burst.id).ok
    widened = next(s for s in mended.scenes[0].shots if s.id == burst.id).size
    assert LADDER.index(widened) > LADDER.index(ShotSize.MEDIUM)
    assert any(n.startswith(f"dailies: shot {burst.id} widened") for n in notes)


def test_the_dailies_simulate_each_scene_once_and_measure_what_a_fresh_simulation_does() -> None:
    """Mending moves cameras, not the world: the rounds replay the scene's states (film/replays.py),
    and what they measure is what a film simulated afresh measures."""
    from kinema.film.replays import Replays

    play = plan(CORGI, 12).screenplay
    worlds = Replays()
    first = check(play, worlds)
    mended, notes, _ = review(play)
    assert notes  # the corgi film needs mending: more than one round
    again = check(mended, worlds)  # other cameras, the same world
    assert worlds.simulated == len(play.scenes)
    fresh = check(mended)
    assert [(c.id, c.in_frame, c.sized, c.problems) for c in again] == [
        (c.id, c.in_frame, c.sized, c.problems) for c in fresh]
    assert [c.id for c in first] == [c.id for c in fresh]
    # A longer shot is another world (the scene's clock): it is simulated, not replayed.
    shots = [s.model_copy(update={"duration": s.duration + 1}) if i == 0 else s
             for i, s in enumerate(mended.scenes[0].shots)]
    longer = mended.model_copy(update={"scenes": [mended.scenes[0].model_copy(update={"shots": shots}),
                                                  *mended.scenes[1:]]})
    check(longer, worlds)
    assert worlds.simulated == len(play.scenes) + 1
