"""The `kinema` command line."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Bars

from kinema import __version__
from kinema.atomic import write_text
from kinema.cli_control import (
    CacheOpt,
    cache_app,
    edit_cmd,
    export_cmd,
    render_film,
    storyboard_beside,
    storyboard_cmd,
)
from kinema.errors import KinemaError, OutputError
from kinema.pipeline import Progress, load_sprites, render
from kinema.screenplay import load
from kinema.screenplay.model import Screenplay, Shot

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="kinema: text to film. Render screenplays into MP4 films.")
err = Console(stderr=True)
app.add_typer(cache_app, name="cache")
app.command("export")(export_cmd)
app.command("storyboard")(storyboard_cmd)
app.command("edit")(edit_cmd)


class _RichProgress(Progress):
    def __init__(self, bars: Bars, total_frames: int, shots: int) -> None:
        self.bars = bars
        self.shots_task = bars.add_task("shots", total=shots)
        self.frames_task = bars.add_task("frames", total=total_frames)
        self.started = False

    def shot(self, index: int, total: int, shot: Shot, frames: int) -> None:
        if self.started:
            self.bars.advance(self.shots_task)
        self.started = True
        self.bars.update(self.shots_task, description=f"shot {shot.id} ({shot.size.value})")

    def frame(self) -> None:
        self.bars.advance(self.frames_task)


def _fail(e: KinemaError) -> None:
    err.print(f"[bold red]error:[/] {e}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code=e.exit_code)


@app.command("render")
def render_cmd(
    screenplay: Annotated[Path, typer.Argument(help="Screenplay file (.yaml, .yml or .json).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The MP4 to write.")] = Path("out.mp4"),
    seed: Annotated[int | None, typer.Option(help="Override the screenplay's seed.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object with the figures.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    cache: CacheOpt = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Render every shot; bypass the cache.")] = False,
    backend: Annotated[str, typer.Option(help="vector, or a neural one (see `kinema backends`).")] = "vector",
    model: Annotated[Path | None, typer.Option(help="Local diffusers model folder (neural backends).")] = None,
    steps: Annotated[int | None, typer.Option(help="Denoising steps (neural backends).")] = None,
    cpu_offload: Annotated[bool, typer.Option("--cpu-offload", help="Neural: idle parts in RAM.")] = False,
    vae_tiling: Annotated[bool, typer.Option("--vae-tiling", help="Neural: decode frames in tiles.")] = False,
    device: Annotated[str, typer.Option(help="Neural: auto (CUDA), cuda, or cpu (tiny models).")] = "auto",
) -> None:
    """Validate, simulate each scene, film each shot and encode an H.264 MP4.

    Shots come from the shot cache when nothing they depend on changed (see --cache).
    """
    note = None
    try:
        play = load(screenplay)
        if seed is not None:
            play = play.model_copy(update={"seed": seed})
        from kinema.neural.command import backend_from_options, render_with

        neural = backend_from_options(backend, model, steps, cpu_offload, vae_tiling, device)
        film = render_film if neural is None else render_with(neural)
        if quiet or as_json:
            result, note = film(play, output, screenplay, None, cache, no_cache)
        else:
            total = sum(round(s.duration * play.format.fps) for s in play.scenes)
            with Bars(TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=False) as bars:
                prog = _RichProgress(bars, total, sum(len(s.shots) for s in play.scenes))
                result, note = film(play, output, screenplay, prog, cache, no_cache)
                bars.advance(prog.shots_task)
    except KinemaError as e:
        _fail(e)
        return
    if as_json:
        print(json.dumps(asdict(result)))
    elif not quiet:
        err.print(f"wrote {result.output}: {result.duration_s:g} s, {result.frames} frames, "
                  f"{result.shots} shots in {result.wall_s:.1f} s "
                  f"({result.realtime_factor:.2f}x real time, peak {result.peak_rss_mb:.0f} MB)")
        if note:
            err.print(note, highlight=False, markup=False)


@app.command("schema")
def schema_cmd() -> None:
    """Print the screenplay's JSON Schema."""
    print(json.dumps(Screenplay.model_json_schema(), indent=2, ensure_ascii=False))


@app.command("validate")
def validate_cmd(screenplay: Annotated[Path, typer.Argument(help="Screenplay file.")]) -> None:
    """Check a screenplay and print a one-line summary."""
    try:
        play = load(screenplay)
        load_sprites(play, screenplay.parent, screenplay.name)  # unknown emoji, missing files
    except KinemaError as e:
        _fail(e)
        return
    shots = sum(len(s.shots) for s in play.scenes)
    print(f"{screenplay}: ok, {len(play.scenes)} scene(s), {shots} shot(s), {play.duration:g} s")


@app.command("backends")
def backends_cmd(
    model: Annotated[Path | None, typer.Option(help="Check this model folder against each backend.")] = None,
) -> None:
    """List the render backends: packages, GPU and weights present, and what each needs."""
    from kinema.neural.command import print_backends

    print_backends(model)


@app.command("version")
def version_cmd() -> None:
    """Print kinema's version."""
    print(__version__)


@app.command("simulate")
def simulate_cmd(
    screenplay: Annotated[Path, typer.Argument(help="Screenplay file.")],
    trace: Annotated[Path, typer.Option("--trace", help="The JSON Lines trace to write.")] = Path(
        "trace.jsonl"),
    seed: Annotated[int | None, typer.Option(help="Override the screenplay's seed.")] = None,
) -> None:
    """Simulate every scene and write the world trace (docs/trace.md), no frames."""
    from kinema.world.trace import write_trace

    try:
        play = load(screenplay)
        if seed is not None:
            play = play.model_copy(update={"seed": seed})
        frames = write_trace(play, trace)
    except KinemaError as e:
        _fail(e)
        return
    err.print(f"wrote {trace}: {frames} frames, {len(play.scenes)} scene(s)", highlight=False)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


def _plan_text(prompt: str | None, prompt_file: Path | None) -> str:
    if prompt_file is not None:
        try:
            return prompt_file.read_text(encoding="utf-8")
        except OSError as e:
            raise OutputError(f"cannot read the prompt file {prompt_file}: {e.strerror}") from None
    return prompt or ""


def _write_plan(play: Screenplay, path: Path) -> None:
    """Atomic: a half-written screenplay never replaces a good one."""
    from kinema.screenplay import dump_yaml

    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, dump_yaml(play))


def _run_plan(prompt: str | None, prompt_file: Path | None, duration: float, lang: str,
              seed: int) -> Screenplay:
    from kinema.plan import plan

    result = plan(_plan_text(prompt, prompt_file), duration=duration, lang=lang, seed=seed)
    for note in result.notes:
        err.print(f"note: {note}", highlight=False, markup=False)
    return result.screenplay


_PROMPT = typer.Argument(help="What the film shows, in Chinese or English.")
_DURATION = typer.Option(help="Length of the film in seconds.")
_LANG = typer.Option(help="auto, zh (jieba reads the whole text) or en (English only).")
_PFILE = typer.Option("--prompt-file", help="Read the prompt from this UTF-8 file.")


@app.command("plan")
def plan_cmd(
    prompt: Annotated[str | None, _PROMPT] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The screenplay to write.")] = (
        Path("film.yaml")),
    duration: Annotated[float, _DURATION] = 60.0,
    lang: Annotated[str, _LANG] = "auto",
    seed: Annotated[int, typer.Option(help="The film's seed.")] = 0,
    prompt_file: Annotated[Path | None, _PFILE] = None,
) -> None:
    """Plan a screenplay from a sentence or an outline."""
    try:
        play = _run_plan(prompt, prompt_file, duration, lang, seed)
        _write_plan(play, output)
    except KinemaError as e:
        _fail(e)
        return
    shots = sum(len(s.shots) for s in play.scenes)
    print(f"wrote {output}: {len(play.cast)} cast, {len(play.scenes)} scene(s), {shots} shot(s), "
          f"{play.duration:g} s")


@app.command("generate")
def generate_cmd(
    prompt: Annotated[str | None, _PROMPT] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The MP4 to write.")] = Path("out.mp4"),
    duration: Annotated[float, _DURATION] = 60.0,
    lang: Annotated[str, _LANG] = "auto",
    seed: Annotated[int, typer.Option(help="The film's seed.")] = 0,
    prompt_file: Annotated[Path | None, _PFILE] = None,
) -> None:
    """Plan and render; the screenplay is written beside the video (out.yaml) for editing."""
    try:
        play = _run_plan(prompt, prompt_file, duration, lang, seed)
        yaml_path = output.with_suffix(".yaml")
        _write_plan(play, yaml_path)
        result = render(play, output, yaml_path.parent, yaml_path.name)
        board = storyboard_beside(play, output, yaml_path.parent, yaml_path.name)
    except KinemaError as e:
        _fail(e)
        return
    err.print(f"wrote {yaml_path} and {result.output}: {result.duration_s:g} s, {result.shots} shots "
              f"in {result.wall_s:.1f} s; storyboard {board}")


@app.command("eval")
def eval_cmd(
    video: Annotated[Path, typer.Argument(help="The MP4 to evaluate.")],
    screenplay: Annotated[Path | None, typer.Option(
        help="The screenplay it was rendered from: planned cuts, consistency, physics, coverage.")] = None,
    trace: Annotated[Path | None, typer.Option(
        help="A world trace (kinema simulate): the physics probes read it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object (docs/evaluation.md).")] = (
        False),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Measure a film: cuts, flicker, smoothness, dynamics, consistency, physics, coverage."""
    from kinema.evaluate import evaluate
    from kinema.evaluate.text import summary_lines
    from kinema.evaluate.video import probe

    try:
        play = load(screenplay) if screenplay is not None else None
        name = screenplay.name if screenplay is not None else "<screenplay>"
        if quiet or as_json:
            report = evaluate(video, play, name, trace=trace)
        else:
            with Bars(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=True) as bars:
                task = bars.add_task("evaluating", total=probe(video).frames or None)
                report = evaluate(video, play, name, lambda n: bars.update(task, completed=n), trace=trace)
    except KinemaError as e:
        _fail(e)
        return
    print(json.dumps(report, ensure_ascii=False) if as_json else "\n".join(summary_lines(report)))
