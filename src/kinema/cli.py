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
from kinema.atomic import publish
from kinema.errors import KinemaError, OutputError
from kinema.pipeline import Progress, load_sprites, render
from kinema.screenplay import load
from kinema.screenplay.model import Screenplay, Shot

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="kinema: text to film. Render screenplays into MP4 films.")
err = Console(stderr=True)


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
) -> None:
    """Validate, simulate each scene, film each shot and encode an H.264 MP4."""
    try:
        play = load(screenplay)
        if seed is not None:
            play = play.model_copy(update={"seed": seed})
        if quiet or as_json:
            result = render(play, output, screenplay.parent, screenplay.name)
        else:
            total = sum(round(s.duration * play.format.fps) for s in play.scenes)
            with Bars(TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=False) as bars:
                prog = _RichProgress(bars, total, sum(len(s.shots) for s in play.scenes))
                result = render(play, output, screenplay.parent, screenplay.name, prog)
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


@app.command("version")
def version_cmd() -> None:
    """Print kinema's version."""
    print(__version__)


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
    import os
    import tempfile

    from kinema.screenplay import dump_yaml

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dump_yaml(play))
        publish(Path(tmp), path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _run_plan(prompt: str | None, prompt_file: Path | None, duration: float, lang: str,
              seed: int) -> Screenplay:
    from kinema.plan import plan

    result = plan(_plan_text(prompt, prompt_file), duration=duration, lang=lang, seed=seed)
    for note in result.notes:
        err.print(f"note: {note}", highlight=False, markup=False)
    return result.screenplay


_PROMPT = typer.Argument(help="What the film shows, in Chinese or English.")
_DURATION = typer.Option(help="Length of the film in seconds.")
_LANG = typer.Option(help="auto, zh or en.")
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
    except KinemaError as e:
        _fail(e)
        return
    err.print(f"wrote {yaml_path} and {result.output}: {result.duration_s:g} s, {result.shots} shots "
              f"in {result.wall_s:.1f} s")
