"""Rendering: deterministic frames, H.264 output with credits, transitions, memory that streams."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from conftest import EXAMPLES, decode, frame_hashes, run_cli, tiny_film

from kinema.pipeline import frames, load_sprites, render, shot_jobs
from kinema.render import ShotJob, VectorBackend
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
