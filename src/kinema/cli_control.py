"""Commands for control: the shot cache, timeline export, storyboards and edits.

Registered on the main typer app by `kinema.cli`; kept apart so the core CLI stays small.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from kinema.errors import KinemaError

# Lines that people and scripts grep (summaries, notes, errors) are never wrapped, whatever
# the terminal's width or COLUMNS; only progress bars follow the width.
err = Console(stderr=True, soft_wrap=True)


def say(line: str) -> None:
    """One unwrapped line on stderr, printed as written (no markup, no highlighting)."""
    err.print(line, highlight=False, markup=False, soft_wrap=True)
cache_app = typer.Typer(no_args_is_help=True, help="The shot cache: rendered shots reused across renders.")

CACHE_HELP = "Shot cache directory (default $KINEMA_CACHE, $XDG_CACHE_HOME/kinema or ~/.cache/kinema)."
CacheOpt = Annotated[Path | None, typer.Option("--cache", help=CACHE_HELP)]


def fail(e: KinemaError) -> None:
    """The error as one unwrapped line, and its exit code."""
    err.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(code=e.exit_code)


def store_for(cache: Path | None):  # type: ignore[no-untyped-def]
    from kinema.cache import Store, default_dir

    return Store(cache if cache is not None else default_dir())


@cache_app.command("clear")
def cache_clear_cmd(cache: CacheOpt = None) -> None:
    """Remove every cached shot."""
    store = store_for(cache)
    sounds = store.count("sound")
    entries, size = store.clear()
    print(f"{store.root}: removed {entries - sounds} shot(s) and the sound of {sounds}, {size / 1e6:.1f} MB")


@cache_app.command("dir")
def cache_dir_cmd(cache: CacheOpt = None) -> None:
    """Print the cache directory in use."""
    print(store_for(cache).root)


def export_cmd(
    screenplay: Annotated[Path, typer.Argument(help="Screenplay file.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The timeline to write (.otio, .otioz, "
                                         ".otiod, .edl, .xml).")],
    fmt: Annotated[str | None, typer.Option("--format", help="otio, otioz, otiod, edl, fcpxml, or stems "
                                            "(a folder of WAVs; default: from the output's suffix).")] = None,
    collect: Annotated[Path | None, typer.Option("--collect", help="Copy every shot's media into this "
                                                 "folder; the timeline refers to it relatively.")] = None,
    media: Annotated[str, typer.Option("--media", help="copy (the cached H.264 segments), or prores, "
                                       "dnxhr, h264: intraframe editing media drawn again.")] = "copy",
    start_tc: Annotated[str, typer.Option("--start-tc", help="The timeline's start timecode.")] = "01:00:00:00",
    cache: CacheOpt = None,
    no_audio: Annotated[bool, typer.Option("--no-audio", help="No sound stems as audio tracks.")] = False,
    no_music: Annotated[bool, typer.Option("--no-music", help="The sound without its score.")] = False,
) -> None:
    """Export an editing timeline: one clip per shot, named, with markers, media and sound stems
    beside it; or (--format stems) the sound stems alone, as WAV files in a folder."""
    from kinema.audio.film import Sound
    from kinema.export import export, plan
    from kinema.film.takes import load_sprites
    from kinema.screenplay import load

    try:
        play = load(screenplay)
        sound = None if no_audio else Sound(music=not no_music)
        if fmt == "stems":
            from kinema.audio.stems import export_stems

            files = export_stems(play, output, screenplay.parent, screenplay.name, sound or Sound(music=False))
            say(f"wrote {output}: {', '.join(p.name for p in files)}")
            return
        handoff = plan(play, output, fmt, media, collect, start_tc, sound)
        sprites = load_sprites(play, screenplay.parent, screenplay.name)
        done = export(handoff, sprites, store_for(cache), screenplay.parent, screenplay.name)
    except KinemaError as e:
        fail(e)
        return
    where = (" (media in the bundle)" if handoff.bundle else
             f" (media in {done.media_dir})" if done.media_dir is not None else "")
    if media == "copy":
        say(f"wrote {output}{where}: {done.clips} clip(s), {done.rendered} shot(s) rendered, "
            f"{done.cached} from the cache")
    else:
        say(f"wrote {output}{where}: {done.clips} clip(s), {done.rendered} shot(s) drawn as {media}")


def import_timeline_cmd(
    timeline: Annotated[Path, typer.Argument(help="The edited timeline (.otio, .otioz, .otiod, .edl, .xml).")],
    screenplay: Annotated[Path, typer.Option("--screenplay", help="The screenplay it was exported from.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The screenplay to write.")],
) -> None:
    """Apply an editor's timeline to the screenplay: trims, order and deletions become shots."""
    from kinema.export.conform import conform_file

    try:
        notes = conform_file(timeline, screenplay, output)
    except KinemaError as e:
        fail(e)
        return
    for line in notes:
        say(line)
    say(f"wrote {output}")


def render_film(play, output: Path, screenplay: Path, progress, cache: Path | None,  # type: ignore[no-untyped-def]
                no_cache: bool, backend=None, executor=None, tap=None, sound="default"):
    """Render through the shot cache unless asked not to; returns (RenderResult, note)."""
    from kinema.film.render import render

    store = None if no_cache or backend is not None else store_for(cache)
    extra = {} if sound == "default" else {"sound": sound}  # None: --no-audio
    done = render(play, output, store, backend, progress, screenplay.parent, screenplay.name, executor,
                  tap, **extra)
    if backend is not None:
        return done, f"rendered with the {backend.name} backend"
    if store is None:
        return done, None
    note = (f"shot cache {store.root}: {len(done.reused)} reused, {len(done.rendered)} rendered"
            + (f" ({', '.join(done.rendered)})" if 0 < len(done.rendered) <= 8 else "")
            + (f"\nsound: made for {len(done.sound_made)} of {done.shots} shot(s), the rest from the shot cache"
               if sound is not None else ""))
    return done, note


def storyboard_cmd(
    screenplay: Annotated[Path, typer.Argument(help="Screenplay file.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The sheet to write: .png or .pdf.")] = (
        Path("storyboard.png")),
) -> None:
    """Draw a storyboard sheet: a panel per shot with a frame, its size, move, duration and action."""
    from kinema.film.takes import load_sprites
    from kinema.screenplay import load
    from kinema.storyboard import write

    try:
        play = load(screenplay)
        write(play, load_sprites(play, screenplay.parent, screenplay.name), output)
    except KinemaError as e:
        fail(e)
        return
    shots = sum(len(s.shots) for s in play.scenes)
    say(f"wrote {output}: {shots} panel(s)")


def _opt(help_text: str, *names: str) -> Any:
    return typer.Option(*names, help=help_text)


def edit_cmd(
    screenplay: Annotated[Path, typer.Argument(help="Screenplay file to edit in place.")],
    shot: Annotated[str | None, _opt("The shot to change.", "--shot")] = None,
    size: Annotated[str | None, _opt("Shot size (with --shot or --insert-after).", "--size")] = None,
    duration: Annotated[float | None, _opt("Seconds (with --shot or --insert-after).", "--duration")] = None,
    move: Annotated[str | None, _opt("Camera move (with --shot or --insert-after).", "--move")] = None,
    transition: Annotated[str | None, _opt("How the shot begins.", "--transition")] = None,
    description: Annotated[str | None, _opt("The shot's description.", "--description")] = None,
    cast: Annotated[str | None, _opt("The cast member to change.", "--cast")] = None,
    tint: Annotated[str | None, _opt("Tint as #rrggbb (with --cast).", "--tint")] = None,
    insert_after: Annotated[str | None, _opt("Insert a new shot after this one.", "--insert-after")] = None,
    new_id: Annotated[str | None, _opt("Id of the inserted shot (default: <after>.1).", "--id")] = None,
    delete: Annotated[str | None, _opt("Delete this shot.", "--delete")] = None,
    setting: Annotated[str | None, _opt("The scene whose setting changes.", "--setting")] = None,
    time: Annotated[str | None, _opt("Time of day (with --setting).", "--time")] = None,
    place: Annotated[str | None, _opt("Place (with --setting).", "--place")] = None,
    weather: Annotated[str | None, _opt("Weather (with --setting).", "--weather")] = None,
) -> None:
    """Edit a screenplay in place, keeping its comments; the result is validated first."""
    from kinema.edit import Edit, edit_file

    fields = {"size": size, "duration": duration, "move": move, "transition": transition,
              "description": description}
    try:
        _, done = edit_file(screenplay, Edit(
            shot=shot, shot_fields=fields, cast=cast, tint=tint, insert_after=insert_after,
            new_id=new_id, delete=delete, setting=setting,
            setting_fields={"time": time, "place": place, "weather": weather}))
    except KinemaError as e:
        fail(e)
        return
    print(f"{screenplay}: {'; '.join(done)}")


class StoryboardBeside:
    """`kinema generate` leaves a storyboard beside the film (out.mp4 → out.storyboard.png),
    drawn from the render's own pass over the shots: no scene is simulated twice."""

    def __init__(self, play, video: Path) -> None:  # type: ignore[no-untyped-def]
        from kinema.film.loop import middle
        from kinema.film.render import FrameTap
        from kinema.storyboard import check_output, panel

        self.play, self.path = play, video.with_suffix(".storyboard.png")
        check_output(self.path)
        self.panels: list[Any] = []
        self.tap = FrameTap(middle, lambda take, i, frame: self.panels.append(panel(play, take, frame)))

    def write(self) -> Path:
        from kinema.storyboard import write_panels

        return write_panels(self.play, self.panels, self.path)
