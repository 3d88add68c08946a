"""Neural backends on tiny random diffusers pipelines: offline, on the CPU, the real code paths."""

from __future__ import annotations

import itertools
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import decode, tiny_film

from kinema.film.job import ShotJob
from kinema.film.takes import load_sprites, shot_jobs
from kinema.neural.base import BackendError, NeuralOptions, fit_size, frames_for, missing_packages
from kinema.neural.chaining import chain, crossfade_weights, plan_chunks
from kinema.neural.prompts import compose_prompt, describe_member
from kinema.render.conditioning import reference_image
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Format

os.environ["HF_HUB_OFFLINE"] = "1"  # nothing may come from a hub, ever
needs_torch = pytest.mark.skipif(bool(missing_packages()), reason="the neural extra is not installed")
FORMAT = {"width": 32, "height": 32, "fps": 12}
# Small windows so that a one-second shot (12 frames) is made of two chained chunks.
FAST = {"steps": 2, "device": "cpu", "window": 9, "overlap": 4, "guidance": 1.0}


def _film(**over: Any) -> dict[str, Any]:
    return tiny_film(format=FORMAT, **over)


def _jobs(**over: Any) -> list[ShotJob]:
    play = Screenplay.model_validate(_film(**over))
    return list(shot_jobs(play, load_sprites(play, None, "t")))


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One tiny model folder per family, saved as a user's downloaded weights would be."""
    if missing_packages():
        pytest.skip("the neural extra is not installed")
    from kinema.neural.tiny import save_tiny

    root = tmp_path_factory.mktemp("models")
    return {kind: save_tiny(kind, root / kind) for kind in ("wan", "wan-vace", "ltx")}


def _backend(models: dict[str, Path], name: str, **over: Any) -> Any:
    from kinema.neural import create

    folder = models["ltx" if name.startswith("ltx") else name]
    return create(name, NeuralOptions(model=folder, **{**FAST, **over}))


class _Recorder:
    """Stands in for a pipeline: keeps every call's arguments and output, then returns it."""

    def __init__(self, pipe: Any) -> None:
        self.pipe, self.calls, self.outputs = pipe, [], []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pipe, name)

    def __call__(self, **kwargs: Any) -> Any:
        out = self.pipe(**kwargs)
        self.calls.append(kwargs)
        self.outputs.append(np.asarray(out.frames[0]).copy())
        return out


# ---- pure parts: no torch ----------------------------------------------------------------

def test_chunks_cover_the_shot_and_overlap() -> None:
    for total, window, overlap, n in [(5, 9, 4, 1), (9, 9, 4, 1), (10, 9, 4, 2), (100, 17, 8, 11),
                                      (40, 9, 0, 5)]:
        chunks = plan_chunks(total, window, overlap)
        # The count, so that a single chunk (no pairs to check below) is what was meant.
        assert len(chunks) == n, (total, window, overlap)
        assert chunks[0][0] == 0 and sum(chunks[-1]) == total
        assert all(length <= window for _, length in chunks)
        for (s0, l0), (s1, l1) in itertools.pairwise(chunks):
            assert s0 + l0 - s1 == overlap and l1 > overlap
    with pytest.raises(ValueError):
        plan_chunks(20, 9, 9)


def test_chain_crossfades_and_hands_over_context() -> None:
    seen: list[np.ndarray | None] = []

    def generate(i: int, start: int, length: int, context: np.ndarray | None) -> np.ndarray:
        seen.append(context)
        return np.full((length, 2, 2, 3), float(i % 2), dtype=np.float32)  # chunks alternate 0 / 1

    out = np.stack(list(chain(30, 9, 4, generate)))
    assert out.shape[0] == 30
    assert seen[0] is None and all(c is not None and len(c) == 4 for c in seen[1:])
    steps = np.abs(np.diff(out[:, 0, 0, 0]))
    assert steps.max() <= 1 / 5 + 1e-6  # a full black-to-white change spread over the overlap
    assert np.all(np.diff(crossfade_weights(4)) > 0)


def test_sizes_and_frame_counts_fit_the_model() -> None:
    assert fit_size(Format(width=1280, height=720, fps=24), 16, 832 * 480) == (832, 464)
    assert fit_size(Format(width=64, height=64, fps=12), 16, 832 * 480) == (64, 64)
    assert [frames_for(n, 4) for n in (1, 2, 5, 6, 81)] == [5, 5, 5, 9, 81]


def test_prompt_is_english_and_says_what_the_shot_shows() -> None:
    wide, close = _jobs()
    p = compose_prompt(wide)
    assert p.isascii()
    for words in ("wide shot", "wolf", "howls", "mountain", "night"):
        assert words in p
    assert "close-up" in compose_prompt(close) and "pushes in" in compose_prompt(close)
    assert describe_member(wide.cast[0]) == describe_member(close.cast[0]) == "a wolf"
    zh = _film()
    zh["cast"][0]["name"] = {"en": "", "zh": "狼"}
    assert "wolf" in compose_prompt(_jobs(cast=zh["cast"])[0])  # from the emoji's English name


def test_missing_packages_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from kinema.neural import base

    real = importlib.util.find_spec
    monkeypatch.setattr(base.importlib.util, "find_spec",
                        lambda name, *a: None if name == "diffusers" else real(name, *a))
    with pytest.raises(BackendError, match=r"diffusers.*pip install"):
        base.require_packages()


def test_bad_model_folders_are_explained(tmp_path: Path) -> None:
    from kinema.neural.base import check_model

    with pytest.raises(BackendError, match=r"not found.*hf download"):
        check_model(tmp_path / "nope", ("WanPipeline",), "Wan-AI/x")
    with pytest.raises(BackendError, match=r"no model_index\.json"):
        check_model(tmp_path, ("WanPipeline",), "Wan-AI/x")
    (tmp_path / "model_index.json").write_text('{"_class_name": "WanPipeline", "vae": ["diffusers", "X"]}')
    with pytest.raises(BackendError, match="lacks the component folder"):
        check_model(tmp_path, ("WanPipeline",), "Wan-AI/x")
    with pytest.raises(BackendError, match="holds a WanPipeline model"):
        check_model(tmp_path, ("LTXPipeline",), "x")


# ---- tiny pipelines ----------------------------------------------------------------------

@needs_torch
def test_pipeline_runs_from_prompt_embeddings_without_a_text_encoder() -> None:
    import torch

    from kinema.neural.tiny import TEXT_DIM, build_tiny

    pipe = build_tiny("wan")
    pipe.text_encoder, pipe.tokenizer = None, None
    embeds = torch.randn(1, 8, TEXT_DIM, generator=torch.Generator().manual_seed(0))
    out = pipe(prompt_embeds=embeds, height=32, width=32, num_frames=5, num_inference_steps=2,
               guidance_scale=1.0, generator=torch.Generator().manual_seed(1), output_type="np").frames
    assert out.shape == (1, 5, 32, 32, 3)
    assert out.min() >= 0.0 and out.max() <= 1.0


@needs_torch
@pytest.mark.parametrize("name", ["wan", "wan-vace", "ltx", "ltx-keyframes"])
def test_backend_renders_a_shot_at_the_film_format(models: dict[str, Path], name: str) -> None:
    job = _jobs()[0]
    frames = [f.copy() for f in _backend(models, name).render_shot(job)]
    assert len(frames) == job.frames == 12
    for f in frames:
        assert f.shape == (32, 32, 4) and f.dtype == np.uint8
        assert (f[:, :, 3] == 255).all()
    assert np.ptp(np.stack(frames)[:, :, :, :3]) > 10  # a picture, not one flat colour


@needs_torch
def test_vace_gets_the_vector_renderers_depth_and_cast_frame_by_frame(models: dict[str, Path]) -> None:
    from kinema.neural.control import depth_frames, layout_frames

    backend = _backend(models, "wan-vace")
    rec = backend.pipe = _Recorder(backend.pipe)
    jobs = _jobs()
    for job in jobs:
        list(backend.render_shot(job))
    assert len(rec.calls) == 4  # two chunks per shot
    size = (32, 32)
    refs = []
    for job, calls in zip(jobs, (rec.calls[:2], rec.calls[2:]), strict=True):
        depth = list(depth_frames(job, size))
        starts = [s for s, _ in plan_chunks(job.frames, 9, 4)]
        for call, start in zip(calls, starts, strict=True):
            video = [np.asarray(v) for v in call["video"]]
            masks = [np.asarray(m) for m in call["mask"]]
            keep = 0 if start == 0 else 4
            for i, (v, m) in enumerate(zip(video, masks, strict=True)):
                if i < keep:  # the previous chunk's last frames, kept as they are
                    assert (m == 0).all()
                else:
                    assert (m == 255).all()
                    assert np.array_equal(v, depth[min(start + i, job.frames - 1)])
            refs.append([np.asarray(r) for r in call["reference_images"]])
    wolf = reference_image(jobs[0].sprites["wolf"], jobs[0].cast[0], 32)
    assert all(len(r) == 1 and np.array_equal(r[0], wolf) for r in refs)  # one set, every shot

    layout = _backend(models, "wan-vace", control="layout", window=200)
    rec = layout.pipe = _Recorder(layout.pipe)
    list(layout.render_shot(jobs[1]))
    pictures = list(layout_frames(jobs[1], size))
    video = rec.calls[0]["video"]
    assert len(video) == 13  # Wan takes 4k + 1 frames: the last picture is held for the extra one
    assert all(np.array_equal(np.asarray(v), pictures[min(i, 11)]) for i, v in enumerate(video))


@needs_torch
def test_ltx_keyframes_come_from_the_vector_render(models: dict[str, Path]) -> None:
    from kinema.neural.control import layout_frames

    backend = _backend(models, "ltx-keyframes", window=200)
    rec = backend.pipe = _Recorder(backend.pipe)
    job = _jobs()[1]
    list(backend.render_shot(job))
    pictures = list(layout_frames(job, (32, 32)))
    conds = rec.calls[0]["conditions"]
    assert [c.frame_index for c in conds] == [0, 5, 11]
    assert all(np.array_equal(np.asarray(c.image), pictures[c.frame_index]) for c in conds)


@needs_torch
def test_chained_chunks_join_without_a_jump(models: dict[str, Path]) -> None:
    backend = _backend(models, "wan-vace", overlap=4)
    rec = backend.pipe = _Recorder(backend.pipe)
    job = _jobs(scenes=[{**_film()["scenes"][0], "shots": [{"id": "long", "duration": 1.5}]}])[0]
    frames = np.stack([f[:, :, :3].astype(np.float32) for f in backend.render_shot(job)])
    assert len(frames) == job.frames == 18
    chunks = plan_chunks(job.frames, 9, 4)
    assert len(chunks) > 2 and len(rec.outputs) == len(chunks)
    step = np.abs(np.diff(frames, axis=0)).mean(axis=(1, 2, 3))  # step[j]: frame j to j+1
    inside = max(float(np.abs(np.diff(o[:n] * 255, axis=0)).mean(axis=(1, 2, 3)).max())
                 for o, (_, n) in zip(rec.outputs, chunks, strict=True))
    for start, _ in chunks[1:]:
        seam = step[start - 1:start + 4]  # into, across and out of the cross-faded overlap
        assert seam.max() <= inside + 1.0  # + 1 grey level: rounding to uint8


@needs_torch
def test_same_seed_same_frames(models: dict[str, Path]) -> None:
    job = _jobs()[0]
    backend = _backend(models, "wan-vace")
    a = [f.copy() for f in backend.render_shot(job)]
    b = [f.copy() for f in _backend(models, "wan-vace").render_shot(job)]
    c = [f.copy() for f in backend.render_shot(replace(job, seed=job.seed + 1))]
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    assert not all(np.array_equal(x, y) for x, y in zip(a, c, strict=True))


# ---- the command line ----------------------------------------------------------------------

@needs_torch
def test_kinema_render_films_two_shots_with_a_tiny_model(models: dict[str, Path], tmp_film: Any,
                                                         tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kinema.cli import app

    film = tmp_film(_film())
    out = tmp_path / "neural.mp4"
    args = ["render", str(film), "-o", str(out), "-q", "--backend", "wan-vace", "--model",
            str(models["wan-vace"]), "--steps", "2", "--device", "cpu"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    frames = list(decode(out))
    assert len(frames) == 24 and frames[0].shape == (32, 32, 3)


@needs_torch
def test_cli_errors_say_what_to_do(models: dict[str, Path], tmp_film: Any, tmp_path: Path) -> None:
    import torch
    from typer.testing import CliRunner

    from kinema.cli import app

    film = str(tmp_film(_film()))
    out = tmp_path / "x.mp4"
    runner = CliRunner()

    def run(*extra: str) -> Any:
        return runner.invoke(app, ["render", film, "-o", str(out), "-q", *extra])

    r = run("--backend", "wan-vace")
    assert r.exit_code == 2 and "--model DIR" in r.output
    r = run("--backend", "wan-vace", "--model", str(models["ltx"]), "--device", "cpu")
    assert r.exit_code == 2 and "holds a LTXPipeline model" in r.output
    r = run("--backend", "sora", "--model", str(models["ltx"]))
    assert r.exit_code == 2 and "kinema backends" in r.output
    if not torch.cuda.is_available():
        r = run("--backend", "ltx", "--model", str(models["ltx"]))
        assert r.exit_code == 2 and "no CUDA GPU" in r.output and "--device cpu" in r.output
    assert not out.exists()


@needs_torch
def test_backends_lists_each_backend_and_checks_a_model(models: dict[str, Path]) -> None:
    from typer.testing import CliRunner

    from kinema.cli import app

    r = CliRunner().invoke(app, ["backends", "--model", str(models["ltx"])])
    assert r.exit_code == 0
    lines = {ln.split()[0]: ln for ln in r.output.splitlines() if ln and not ln.startswith(" ")}
    assert {"vector", "wan", "wan-vace", "ltx", "ltx-keyframes"} <= set(lines)
    block = r.output.split("ltx ", 1)[1]
    assert "weights: ok" in block.split("ltx-keyframes")[0]
    assert "not a WanVACEPipeline folder" in r.output
