"""Rendering: deterministic frames, H.264 output with credits, transitions, memory that streams."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from conftest import EXAMPLES, decode, frame_hashes, run_cli, tiny_film

from kinema.film.job import ShotJob
from kinema.film.loop import film_frames as frames
from kinema.film.render import render
from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay, load


def _play(**over: object) -> Screenplay:
    return Screenplay.model_validate(tiny_film(**over))


def _raw_hashes(play: Screenplay) -> list[str]:
    sprites = load_sprites(play, None, "t")
    return frame_hashes(f.copy() for f in frames(play, sprites))


def test_same_seed_same_frames() -> None:
    a, b = _raw_hashes(_play()), _raw_hashes(_play())
    assert len(a) == 24
    assert a == b


def test_other_seed_other_world() -> None:
    assert _raw_hashes(_play()) != _raw_hashes(_play(seed=6))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    play = _play()
    render(play, tmp_path / "a.mp4")
    render(play, tmp_path / "b.mp4")
    assert (tmp_path / "a.mp4").read_bytes() == (tmp_path / "b.mp4").read_bytes()


def test_output_is_h264_with_credits(tmp_path: Path) -> None:
    import av

    out = tmp_path / "f.mp4"
    render(_play(), out)
    with av.open(str(out)) as c:
        s = c.streams.video[0]
        assert s.codec_context.name == "h264"
        assert s.codec_context.pix_fmt == "yuv420p"
        assert (s.width, s.height) == (160, 90)
        assert s.average_rate == 12
        assert "Twemoji" in c.metadata.get("comment", "") and "CC-BY 4.0" in c.metadata["comment"]
        assert "Noto Sans SC" in c.metadata["comment"]
    assert len(list(decode(out))) == 24


def test_fade_in_and_out() -> None:
    data = tiny_film()
    data["scenes"][0]["shots"][0]["transition"] = "fade"
    play = Screenplay.model_validate(data)
    lum = [float(f[..., :3].mean()) for f in frames(play, load_sprites(play, None, "t"))]
    assert lum[0] < lum[5] * 0.5  # comes up from black
    assert lum[-1] < lum[-13] * 0.2  # the film ends in black


def _entity_area(job: ShotJob, i: int) -> int:
    """Pixels the entities cover in frame i: the frame with them against the frame without."""
    backend = VectorBackend()
    with_ = next(islice(backend.render_shot(job), i, None)).copy()
    without = next(islice(backend.render_shot(replace(job, sprites={})), i, None))
    return int((np.abs(with_.astype(int) - without.astype(int)).max(axis=2) > 24).sum())


def test_shot_sizes_frame_the_same_wolf() -> None:
    """The close-up shows the wolf far larger than the wide shot: same world, tighter camera."""
    play = _play()
    wide, close = list(shot_jobs(play, load_sprites(play, None, "t")))
    assert wide.states[-1].entities[0].id == close.states[0].entities[0].id == "wolf"
    a, b = _entity_area(wide, 6), _entity_area(close, 6)
    assert a > 10
    assert b > 20 * a


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_every_example_renders(name: str, tmp_path: Path) -> None:
    play = load(EXAMPLES / name)
    out = tmp_path / "x.mp4"
    proc = run_cli("render", str(EXAMPLES / name), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    import av

    with av.open(str(out)) as c:
        s = c.streams.video[0]
        assert (s.width, s.height) == (play.format.width, play.format.height)
        n = sum(1 for _ in c.demux(s) if _.size)
    assert n == round(play.duration * play.format.fps)


def test_four_legs_trot_in_diagonal_pairs_and_gallop_fore_and_hind() -> None:
    from kinema.bodies import BODIES
    from kinema.screenplay.model import Archetype
    from kinema.world.gait import gait

    run = BODIES[Archetype.CANINE].run
    for ph in np.linspace(0, 1, 17):
        trot = gait(float(ph), 1.4, run, True)
        hind_far, hind_near, front_far, front_near = trot.legs
        assert trot.name == "trot" and hind_far == front_near and hind_near == front_far  # diagonals
        assert trot.pitch == 0.0 and trot.lift == 0.0
    gallops = [gait(float(ph), 0.8 * run, run, True) for ph in np.linspace(0, 1, 33)]
    assert {g.name for g in gallops} == {"gallop"}
    for g in gallops:
        hind_far, hind_near, front_far, front_near = g.legs
        assert abs(hind_far - hind_near) < 0.2 and abs(front_far - front_near) < 0.2  # pairs, a beat apart
    # Fore and hind swing against each other; the body rocks, and at a bounding stride (all four
    # feet up between the beats) leaves the ground.
    assert min(g.legs[0] * g.legs[2] for g in gallops) < -0.03
    assert max(g.pitch for g in gallops) > 0.05 and min(g.pitch for g in gallops) < -0.05
    bounding = [gait(float(ph), 0.8 * run, run, True, 2.5) for ph in np.linspace(0, 1, 33)]
    assert max(g.lift for g in bounding) > 0.03
    assert gait(0.3, 0.8 * run, run, False).name == "leap"


def test_a_galloping_wolf_is_drawn_unlike_a_trotting_one() -> None:
    film = tiny_film()
    film["scenes"][0]["actions"] = [{"at": 0, "who": "wolf", "do": "run", "to_x": 200}]
    shot = {"id": "a", "duration": 1.0, "size": "full", "subjects": ["wolf"], "move": "track"}
    film["scenes"][0]["shots"] = [shot]
    play = Screenplay.model_validate(film)
    job = next(iter(shot_jobs(play, load_sprites(play, None, "t"))))
    i = job.frames - 1
    wolf = job.states[i].entity("wolf")
    assert wolf is not None and wolf.vx > 5.0
    frames_at = []
    for vx in (wolf.vx, 1.0):  # the same moment on the ground, at a gallop and at a trot
        st = replace(job.states[i], entities=(replace(wolf, vx=vx, grounded=True),))
        frames_at.append(next(islice(VectorBackend().render_shot(replace(job, states=[*job.states[:i], st])),
                                     i, None)).copy())
    fast_frame, trot_frame = frames_at
    assert np.abs(fast_frame.astype(int) - trot_frame.astype(int)).max(axis=2).astype(bool).sum() > 50
