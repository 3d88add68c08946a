"""The `kinema` command line."""

from __future__ import annotations

import contextlib
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Bars

from kinema import __version__
from kinema.atomic import check_parent, write_text
from kinema.cli_control import (
    CacheOpt,
    StoryboardBeside,
    cache_app,
    edit_cmd,
    err,
    export_cmd,
    fail,
    import_timeline_cmd,
    render_film,
    say,
    storyboard_cmd,
)
from kinema.crash import GuardedGroup
from kinema.errors import InputError, KinemaError, OutputError
from kinema.film.job import Progress
from kinema.screenplay import load
from kinema.screenplay.model import Format, Screenplay, Shot

# A prompt file larger than this is refused unread; the planner reads at most 5,000 characters.
MAX_PROMPT_FILE_BYTES = 1024 * 1024

app = typer.Typer(cls=GuardedGroup, add_completion=False, no_args_is_help=True,
                  help="kinema: text to film. Render screenplays into MP4 films.")
app.add_typer(cache_app, name="cache")
app.command("export")(export_cmd)
app.command("import-timeline")(import_timeline_cmd)
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

    def frames(self, n: int) -> None:
        self.bars.advance(self.frames_task, n)


# Options shared by `render` and `generate`: how the picture is drawn and where.
_JSON = typer.Option("--json", help="Print one JSON object with the figures.")
_QUIET = typer.Option("--quiet", "-q", help="No progress bar.")
_NO_CACHE = typer.Option("--no-cache", help="Draw every shot; neither read nor fill the cache.")
_BACKEND = typer.Option(help="vector, or a neural one (see `kinema backends`).")
_MODEL = typer.Option(help="Local diffusers model folder (neural backends).")
_STEPS = typer.Option(help="Denoising steps (neural backends).")
_OFFLOAD = typer.Option("--cpu-offload", help="Neural: idle parts in RAM.")
_TILING = typer.Option("--vae-tiling", help="Neural: decode frames in tiles.")
_DEVICE = typer.Option(help="Neural: auto (CUDA), cuda, or cpu (tiny models).")
_EXECUTOR = typer.Option(help="Where shots are drawn: local (this process), processes (one per core) or "
                                "ray (a Ray cluster; pip install 'kinema[ray]').")
_WORKERS = typer.Option(help="Processes for --executor processes (default: one per core); CPUs of the "
                             "Ray started for --executor ray without --address.")
_ADDRESS = typer.Option(help="--executor ray: auto (this node's cluster), HOST:PORT of its head, or "
                             "ray://HOST:10001 (Ray client); default: start a Ray on this machine.")
_NO_AUDIO = typer.Option("--no-audio", help="A silent film: no soundtrack (docs/sound.md).")
_NO_MUSIC = typer.Option("--no-music", help="The soundtrack without its score.")


def _sound(no_audio: bool, no_music: bool) -> Any:
    from kinema.audio.film import Sound

    return None if no_audio else Sound(music=not no_music)


def _film(play: Screenplay, output: Path, screenplay: Path, as_json: bool, quiet: bool,
          cache: Path | None, no_cache: bool, backend: str, model: Path | None, steps: int | None,
          cpu_offload: bool, vae_tiling: bool, device: str, executor: str, workers: int | None,
          address: str | None = None, tap: Any = None, sound: Any = "default") -> tuple[Any, str | None]:
    """Render `play` with the command's options, progress bars on stderr unless quiet."""
    exe, neural = _where(executor, workers, address, backend, model, steps, cpu_offload, vae_tiling, device)
    # Ray prints its cluster's messages (a worker died, a task retried) on stdout, which is
    # kept for --json: they go to stderr with the progress bars.
    with contextlib.redirect_stdout(sys.stderr) if exe.name == "ray" else contextlib.nullcontext():
        try:
            return _film_on(play, output, screenplay, as_json, quiet, cache, no_cache, neural, exe, tap, sound)
        finally:
            close = getattr(exe, "close", None)
            if close is not None:
                close()


def _where(executor: str, workers: int | None, address: str | None, backend: str, model: Path | None,
           steps: int | None, cpu_offload: bool, vae_tiling: bool, device: str) -> tuple[Any, Any]:
    """The executor, and the backend as the film's process holds it. On Ray a neural backend is
    loaded by the GPU workers only: this process holds a stand-in that names it."""
    from kinema.film.executor import executor_named
    from kinema.neural.command import backend_from_options

    if executor == "ray" and backend != "vector":
        from kinema.film.ray_executor import RemoteBackend
        from kinema.neural.registry import BACKENDS

        if backend not in BACKENDS:
            backend_from_options(backend, model, steps, cpu_offload, vae_tiling, device)  # names the known ones
        if model is None:
            raise KinemaError(f"--backend {backend} needs --model DIR, a diffusers model folder that every "
                              f"GPU node of the cluster can read (see docs/neural.md)")
        spec = (backend, str(model), steps, cpu_offload, vae_tiling, device)
        return executor_named(executor, workers, address, spec), RemoteBackend(spec)
    exe = executor_named(executor, workers, address)
    return exe, backend_from_options(backend, model, steps, cpu_offload, vae_tiling, device)


def _film_on(play: Screenplay, output: Path, screenplay: Path, as_json: bool, quiet: bool,
             cache: Path | None, no_cache: bool, neural: Any, exe: Any, tap: Any,
             sound: Any) -> tuple[Any, str | None]:
    if quiet or as_json:
        done: tuple[Any, str | None] = render_film(play, output, screenplay, None, cache, no_cache,
                                                   neural, exe, tap, sound)
        return done
    total = sum(round(s.duration * play.format.fps) for s in play.scenes)
    with Bars(TextColumn("{task.description:<28}"), BarColumn(), MofNCompleteColumn(),
              TimeRemainingColumn(), console=err, transient=False) as bars:
        prog = _RichProgress(bars, total, sum(len(s.shots) for s in play.scenes))
        done = render_film(play, output, screenplay, prog, cache, no_cache, neural, exe, tap, sound)
        bars.advance(prog.shots_task)
    return done


def _report(result: Any, note: str | None, as_json: bool, quiet: bool, extra: str = "") -> None:
    if as_json:
        print(json.dumps(asdict(result)))
    elif not quiet:
        say(f"wrote {extra}{result.output}: {result.duration_s:g} s, {result.frames} frames, "
            f"{result.width}x{result.height} at {result.fps} fps, {result.shots} shots in "
            f"{result.wall_s:.1f} s ({result.realtime_factor:.2f}x real time, "
            f"peak {result.peak_rss_mb:.0f} MB)")
        if note:
            say(note)


@app.command("render")
def render_cmd(
    screenplay: Annotated[Path, typer.Argument(help="Screenplay file (.yaml, .yml or .json).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The MP4 to write.")] = Path("out.mp4"),
    seed: Annotated[int | None, typer.Option(help="Override the screenplay's seed.")] = None,
    as_json: Annotated[bool, _JSON] = False,
    quiet: Annotated[bool, _QUIET] = False,
    cache: CacheOpt = None,
    no_cache: Annotated[bool, _NO_CACHE] = False,
    backend: Annotated[str, _BACKEND] = "vector",
    model: Annotated[Path | None, _MODEL] = None,
    steps: Annotated[int | None, _STEPS] = None,
    cpu_offload: Annotated[bool, _OFFLOAD] = False,
    vae_tiling: Annotated[bool, _TILING] = False,
    device: Annotated[str, _DEVICE] = "auto",
    executor: Annotated[str, _EXECUTOR] = "local",
    workers: Annotated[int | None, _WORKERS] = None,
    address: Annotated[str | None, _ADDRESS] = None,
    no_audio: Annotated[bool, _NO_AUDIO] = False,
    no_music: Annotated[bool, _NO_MUSIC] = False,
) -> None:
    """Validate, simulate each scene, film each shot and encode an H.264 MP4.

    Shots come from the shot cache when nothing they depend on changed (see --cache).
    """
    try:
        play = load(screenplay)
        if seed is not None:
            play = play.model_copy(update={"seed": seed})
        result, note = _film(play, output, screenplay, as_json, quiet, cache, no_cache, backend, model,
                             steps, cpu_offload, vae_tiling, device, executor, workers, address,
                             sound=_sound(no_audio, no_music))
    except KinemaError as e:
        fail(e)
        return
    _report(result, note, as_json, quiet)


@app.command("schema")
def schema_cmd() -> None:
    """Print the screenplay's JSON Schema."""
    print(json.dumps(Screenplay.model_json_schema(), indent=2, ensure_ascii=False))


@app.command("validate")
def validate_cmd(screenplay: Annotated[Path, typer.Argument(help="Screenplay file.")]) -> None:
    """Check a screenplay and print a one-line summary."""
    from kinema.film.takes import load_sprites

    try:
        play = load(screenplay)
        load_sprites(play, screenplay.parent, screenplay.name)  # unknown emoji, missing files
    except KinemaError as e:
        fail(e)
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
        fail(e)
        return
    say(f"wrote {trace}: {frames} frames, {len(play.scenes)} scene(s)")


def _studio_data() -> Path:
    import os

    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "kinema" / "studio"


@app.command("studio")
def studio_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8750,
    data: Annotated[Path | None, typer.Option(help="Films, versions, jobs and renders (default "
                                              "~/.local/share/kinema/studio).")] = None,
    token: Annotated[str | None, typer.Option(envvar="KINEMA_STUDIO_TOKEN", help="Every request must carry "
                                              "it (Authorization: Bearer); needed off 127.0.0.1.")] = None,
    workers: Annotated[int | None, typer.Option(help="Render processes (default one per core).")] = None,
) -> None:
    """Serve the studio: make a film from a sentence and direct it shot by shot (docs/studio.md)."""
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        fail(KinemaError(f"--host {host}: other machines could reach the studio; give --token (or "
                         f"KINEMA_STUDIO_TOKEN) so that every request must carry it"))
    if workers is not None and not 1 <= workers <= 64:
        fail(KinemaError(f"--workers must be between 1 and 64, got {workers}"))
    import uvicorn

    from kinema.studio.app import create_app

    uvicorn.run(create_app(data or _studio_data(), workers, token or None), host=host, port=port)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


def _plan_text(prompt: str | None, prompt_file: Path | None) -> str:
    if prompt_file is not None:
        from kinema.screenplay.load import read_bounded

        try:  # bounded: /dev/zero or a huge file is refused, not read into memory
            data = read_bounded(prompt_file, MAX_PROMPT_FILE_BYTES, "prompt file")
            return data.decode("utf-8")
        except InputError as e:
            raise InputError(f"{prompt_file}: {e}") from None
        except UnicodeDecodeError as e:
            raise InputError(f"{prompt_file}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    return prompt or ""


def _write_plan(play: Screenplay, path: Path) -> None:
    """Atomic: a half-written screenplay never replaces a good one."""
    from kinema.screenplay import dump_yaml

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{path}: cannot make its folder {str(path.parent)!r}: {e.strerror or e}") from None
    check_parent(path)
    write_text(path, dump_yaml(play))


def _run_plan(prompt: str | None, prompt_file: Path | None, duration: float, lang: str,
              seed: int, aspect: str | None = None, resolution: str | None = None,
              fps: int | None = None, dailies: bool = True, planner: str = "rules") -> Screenplay:
    play = _planned(prompt, prompt_file, duration, lang, seed, aspect, resolution, fps, planner)
    if not dailies:
        return play
    from kinema.plan.dailies import review

    play, notes, _ = review(play)  # every shot checked in the film's own format, and mended
    for note in notes:
        say(f"note: {note}")
    return play


def _planned(prompt: str | None, prompt_file: Path | None, duration: float, lang: str,
             seed: int, aspect: str | None, resolution: str | None, fps: int | None,
             planner: str = "rules") -> Screenplay:
    from kinema.plan import plan
    from kinema.screenplay.picture import picture

    picture(Format(), aspect, resolution, fps)  # a bad option fails before any planning
    # --planner llm (issue 13): kinema.plan.llm asks an OpenAI-compatible endpoint, else the rules.
    if planner not in ("rules", "llm"):
        raise KinemaError(f"--planner must be rules or llm, got {planner!r}")
    if planner == "llm":
        from kinema.plan import llm

        plan = llm.plan
    result = plan(_plan_text(prompt, prompt_file), duration=duration, lang=lang, seed=seed)
    for note in result.notes:
        say(f"note: {note}")
    play = result.screenplay
    if (aspect, resolution, fps) == (None, None, None):
        return play
    from kinema.screenplay.load import validate

    # Validated again: another fps changes every frame count the limits are measured in.
    data = play.model_dump(mode="json")
    data["format"] = picture(play.format, aspect, resolution, fps).model_dump(mode="json")
    return validate(data, "the planned film")


_PROMPT = typer.Argument(help="What the film shows, in Chinese or English.")
_DURATION = typer.Option(help="Length of the film in seconds.")
_LANG = typer.Option(help="auto, zh (jieba reads the whole text) or en (English only).")
_PFILE = typer.Option("--prompt-file", help="Read the prompt from this UTF-8 file.")
_ASPECT = typer.Option(help="Picture shape: 16:9, 9:16, 1:1, 4:3 or 21:9 (default 16:9).")
_RESOLUTION = typer.Option(help="720p, 1080p ... (the short side) or WxH (default 720p).")
_FPS = typer.Option(help="Frames per second (default 24).")
_PLANNER = typer.Option(help="rules (offline, deterministic) or llm (an OpenAI-compatible endpoint named by "
                             "KINEMA_LLM_URL and KINEMA_LLM_MODEL; falls back to rules with a note).")
_DAILIES = typer.Option(help="Simulate the planned film and check every shot (subjects in frame, size, "
                             "no empty close-up), mending what fails; --no-dailies skips it.")


@app.command("plan")
def plan_cmd(
    prompt: Annotated[str | None, _PROMPT] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The screenplay to write.")] = (
        Path("film.yaml")),
    duration: Annotated[float, _DURATION] = 60.0,
    lang: Annotated[str, _LANG] = "auto",
    seed: Annotated[int, typer.Option(help="The film's seed.")] = 0,
    prompt_file: Annotated[Path | None, _PFILE] = None,
    aspect: Annotated[str | None, _ASPECT] = None,
    resolution: Annotated[str | None, _RESOLUTION] = None,
    fps: Annotated[int | None, _FPS] = None,
    dailies: Annotated[bool, _DAILIES] = True,
    planner: Annotated[str, _PLANNER] = "rules",
) -> None:
    """Plan a screenplay from a sentence or an outline."""
    try:
        play = _run_plan(prompt, prompt_file, duration, lang, seed, aspect, resolution, fps, dailies, planner)
        _write_plan(play, output)
    except KinemaError as e:
        fail(e)
        return
    shots = sum(len(s.shots) for s in play.scenes)
    print(f"wrote {output}: {len(play.cast)} cast, {len(play.scenes)} scene(s), {shots} shot(s), "
          f"{play.duration:g} s, {play.format.width}x{play.format.height} at {play.format.fps} fps")


@app.command("generate")
def generate_cmd(
    prompt: Annotated[str | None, _PROMPT] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="The MP4 to write.")] = Path("out.mp4"),
    duration: Annotated[float, _DURATION] = 60.0,
    lang: Annotated[str, _LANG] = "auto",
    seed: Annotated[int, typer.Option(help="The film's seed.")] = 0,
    prompt_file: Annotated[Path | None, _PFILE] = None,
    aspect: Annotated[str | None, _ASPECT] = None,
    resolution: Annotated[str | None, _RESOLUTION] = None,
    fps: Annotated[int | None, _FPS] = None,
    as_json: Annotated[bool, _JSON] = False,
    quiet: Annotated[bool, _QUIET] = False,
    cache: CacheOpt = None,
    no_cache: Annotated[bool, _NO_CACHE] = False,
    backend: Annotated[str, _BACKEND] = "vector",
    model: Annotated[Path | None, _MODEL] = None,
    steps: Annotated[int | None, _STEPS] = None,
    cpu_offload: Annotated[bool, _OFFLOAD] = False,
    vae_tiling: Annotated[bool, _TILING] = False,
    device: Annotated[str, _DEVICE] = "auto",
    executor: Annotated[str, _EXECUTOR] = "local",
    workers: Annotated[int | None, _WORKERS] = None,
    address: Annotated[str | None, _ADDRESS] = None,
    dailies: Annotated[bool, _DAILIES] = True,
    planner: Annotated[str, _PLANNER] = "rules",
    no_audio: Annotated[bool, _NO_AUDIO] = False,
    no_music: Annotated[bool, _NO_MUSIC] = False,
) -> None:
    """Plan and render; the screenplay (out.yaml) and a storyboard (out.storyboard.png) are
    written beside the video. Shots go through the shot cache, so the storyboard and a render
    after an edit reuse the work."""
    try:
        play = _run_plan(prompt, prompt_file, duration, lang, seed, aspect, resolution, fps, dailies, planner)
        yaml_path = output.with_suffix(".yaml")
        _write_plan(play, yaml_path)
        beside = StoryboardBeside(play, output)
        result, note = _film(play, output, yaml_path, as_json, quiet, cache, no_cache, backend, model,
                             steps, cpu_offload, vae_tiling, device, executor, workers, address,
                             beside.tap, sound=_sound(no_audio, no_music))
        board = beside.write()
    except KinemaError as e:
        fail(e)
        return
    _report(result, note, as_json, quiet, extra=f"{yaml_path}, {board} and ")


@app.command("contact")
def contact_cmd(
    screenplays: Annotated[list[Path], typer.Argument(help="Screenplay files.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Folder for the sheets (NAME.png).")] = (
        Path("docs/gallery")),
) -> None:
    """Contact sheets: the middle frame of every shot (four of a long take), one PNG per film."""
    from kinema.contact import write

    try:
        for p in screenplays:
            out.mkdir(parents=True, exist_ok=True)
            print(write(p, out))
    except KinemaError as e:
        fail(e)
    except OSError as e:
        fail(OutputError(f"{out}: {e.strerror or e}"))


@app.command("eval")
def eval_cmd(
    video: Annotated[Path, typer.Argument(help="The MP4 to evaluate.")],
    screenplay: Annotated[Path | None, typer.Option(
        help="The screenplay it was rendered from: planned cuts, consistency, physics, coverage, "
             "footing.")] = None,
    trace: Annotated[Path | None, typer.Option(
        help="A world trace (kinema simulate): the physics probes read it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object (docs/evaluation.md).")] = (
        False),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Measure a film: cuts, flicker, smoothness, dynamics, consistency, physics, coverage, footing."""
    from kinema.evaluate import evaluate
    from kinema.evaluate.text import summary_lines
    from kinema.evaluate.video import probe

    try:
        play = load(screenplay) if screenplay is not None else None
        name = screenplay.name if screenplay is not None else "<screenplay>"
        base = screenplay.parent if screenplay is not None else None
        if quiet or as_json:
            report = evaluate(video, play, name, trace=trace, base_dir=base)
        else:
            with Bars(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=err, transient=True) as bars:
                task = bars.add_task("evaluating", total=probe(video).frames or None)
                report = evaluate(video, play, name, lambda n: bars.update(task, completed=n), trace=trace,
                                  base_dir=base)
    except KinemaError as e:
        fail(e)
        return
    print(json.dumps(report, ensure_ascii=False) if as_json else "\n".join(summary_lines(report)))


@app.command("batch")
def batch_cmd(
    prompts: Annotated[Path, typer.Argument(help="UTF-8 file: one prompt per line (# comments skipped).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the films and report.jsonl.")] = Path("batch"),
    duration: Annotated[float, _DURATION] = 60.0,
    lang: Annotated[str, _LANG] = "auto",
    seed: Annotated[int, typer.Option(help="Every film's seed.")] = 0,
    aspect: Annotated[str | None, _ASPECT] = None,
    resolution: Annotated[str | None, _RESOLUTION] = None,
    fps: Annotated[int | None, _FPS] = None,
    quiet: Annotated[bool, _QUIET] = False,
    cache: CacheOpt = None,
    no_cache: Annotated[bool, _NO_CACHE] = False,
    executor: Annotated[str, _EXECUTOR] = "local",
    workers: Annotated[int | None, _WORKERS] = None,
    address: Annotated[str | None, _ADDRESS] = None,
    dailies: Annotated[bool, _DAILIES] = True,
    no_audio: Annotated[bool, _NO_AUDIO] = False,
    no_music: Annotated[bool, _NO_MUSIC] = False,
) -> None:
    """Many prompts, many films: NAME.yaml, NAME.mp4 and NAME.storyboard.png per prompt in --out,
    and report.jsonl (prompt, files, seconds, notes, error). Films made by an earlier run are
    skipped; a prompt that fails records its error and the others go on (exit code 2 at the end)."""
    from kinema import batch

    options = batch.Options(duration, lang, seed, aspect, resolution, fps, dailies)
    try:
        batch.read_prompts(prompts)  # a bad file fails before Ray starts
        exe, _ = _where(executor, workers, address, "vector", None, None, False, False, "auto")
        with contextlib.redirect_stdout(sys.stderr) if exe.name == "ray" else contextlib.nullcontext():
            try:
                lines = batch.run(prompts, out, options,
                                  lambda play, video, path, tap: render_film(play, video, path, None, cache,
                                                                             no_cache, None, exe, tap,
                                                                             _sound(no_audio, no_music)),
                                  (lambda s: None) if quiet else say)
            finally:
                close = getattr(exe, "close", None)
                if close is not None:
                    close()
    except KinemaError as e:
        fail(e)
        return
    failed = [r for r in lines if r.error is not None]
    made = sum(1 for r in lines if r.error is None and not r.skipped)
    skipped = sum(1 for r in lines if r.skipped)
    if not quiet:
        say(f"wrote {out / batch.REPORT}: {made} film(s) made, {skipped} skipped, {len(failed)} failed")
    if failed:
        fail(KinemaError(f"{len(failed)} of {len(lines)} prompt(s) failed (lines "
                         f"{', '.join(str(r.line) for r in failed)}); see {out / batch.REPORT}"))
