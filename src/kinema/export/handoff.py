"""The hand-off: a timeline an editor opens on another machine, its media travelling with it.

Three ways the media go:

- `copy` without `--collect`: the clips point at the cached segments (`file://` URLs). Quick,
  for this machine only: clearing the cache takes the media away.
- `--collect DIR`: every shot's media is copied into DIR, one file a shot (`001-a.mp4`), and
  the timeline refers to them by paths relative to its own folder.
- a bundle (`.otioz`, `.otiod`): OpenTimelineIO's own adapters put the timeline and the media
  in one zip or folder, with relative references.

Everything is checked before any shot is drawn; every file is written beside its target and
renamed into place, a bundle folder as a whole.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import opentimelineio as otio

from kinema.atomic import PartDir, PartFile, check_parent, write_text
from kinema.audio.film import SOUND, Sound
from kinema.cache.store import Store
from kinema.errors import OutputError
from kinema.export.media import ClipMedia, check_media, encode_media, media_ext
from kinema.export.names import media_names
from kinema.export.timeline import DEFAULT_START_TC, AudioStem, start_frames, timeline
from kinema.film.render import segments
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Screenplay

FORMATS = {"otio": "otio_json", "edl": "cmx_3600", "fcpxml": "fcp_xml", "otioz": "otioz", "otiod": "otiod"}
BUNDLES = ("otioz", "otiod")
_SUFFIXES = {".otio": "otio", ".edl": "edl", ".xml": "fcpxml", ".otioz": "otioz", ".otiod": "otiod"}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # zip's earliest date: entries carry no time of writing
BUNDLE_CONTENT = "content.otio"  # what OpenTimelineIO's bundles hold the timeline in


def format_for(fmt: str | None, output: Path) -> str:
    """--format, else the output's suffix (`.otioz`, `.edl` ...), else otio."""
    kind = fmt if fmt is not None else _SUFFIXES.get(output.suffix.lower(), "otio")
    if kind not in FORMATS:
        raise OutputError(f"--format: expected one of {', '.join(FORMATS)}, got {kind!r}")
    return kind


def check(kind: str, fps: int) -> None:
    """The format exists, and EDL and FCP XML can express the rate."""
    if kind not in FORMATS:
        raise OutputError(f"--format: expected one of {', '.join(FORMATS)}, got {kind!r}")
    if kind in ("edl", "fcpxml") and not otio.opentime.RationalTime.is_smpte_timecode_rate(fps):
        raise OutputError(f"--format {kind}: SMPTE timecode has no {fps} fps; format.fps must be a "
                          f"timecode rate such as 24, 25, 30, 50 or 60 (or export otio)")


@dataclass(frozen=True)
class Handoff:
    """One export, checked: what to write, where, with which media."""

    play: Screenplay
    output: Path
    kind: str
    media: str = "copy"
    collect: Path | None = None  # the media folder, for a timeline that is not a bundle
    start: int = 0  # the timeline's first frame, as a timecode at the film's rate
    sound: Sound | None = SOUND  # the stems as audio tracks (not in an EDL); None: picture only

    @property
    def bundle(self) -> bool:
        return self.kind in BUNDLES


def plan(play: Screenplay, output: Path, fmt: str | None = None, media: str = "copy",
         collect: Path | None = None, start_tc: str = DEFAULT_START_TC, sound: Sound | None = SOUND) -> Handoff:
    """Every option and path checked before any shot is drawn; errors are exit-2 messages."""
    output = Path(output)
    kind = format_for(fmt, output)
    check(kind, play.format.fps)
    check_media(media, play.format)
    start = start_frames(start_tc, play.format.fps)
    if kind in BUNDLES and collect is not None:
        raise OutputError(f"--collect: a .{kind} bundle carries its media inside; leave --collect out")
    if kind == "otiod":
        check_parent_dir(output)
    else:
        check_parent(output)
    if collect is None and media != "copy" and kind not in BUNDLES:
        collect = output.parent / f"{output.stem}_media"  # re-encoded media need a home beside it
    if collect is not None:
        collect = Path(collect)
        if not collect.parent.is_dir():
            raise OutputError(f"--collect {collect}: its parent folder {str(collect.parent)!r} does not exist")
        if collect.exists() and not collect.is_dir():
            raise OutputError(f"--collect {collect}: exists and is not a folder")
    return Handoff(play, output, kind, media, collect, start, sound if kind != "edl" else None)


def check_parent_dir(target: Path) -> None:
    """An `.otiod` target: its folder exists, and it is absent or a bundle we may replace."""
    if not target.parent.is_dir():
        raise OutputError(f"{target}: output directory {str(target.parent)!r} does not exist")
    if not os.access(target.parent, os.W_OK):
        raise OutputError(f"{target}: output directory {str(target.parent)!r} is not writable")
    if target.is_symlink() or (target.exists() and not (target / BUNDLE_CONTENT).is_file()):
        raise OutputError(f"{target}: exists and is not an .otiod bundle (no {BUNDLE_CONTENT}); "
                          f"kinema replaces only a bundle")


@dataclass(frozen=True)
class Done:
    clips: int
    rendered: int  # shots drawn (into the cache, or as editing media)
    cached: int  # shots whose segment came from the cache
    media_dir: Path | None  # where collected media went, for a timeline that is not a bundle


def export(h: Handoff, sprites: dict[str, Sprite], store: Store, base_dir: Path | None,
           source: str) -> Done:
    play = h.play
    ids = [shot.id for scene in play.scenes for shot in scene.shots]
    names = media_names(ids, media_ext(h.media))

    def clips(folder: Path | None, place: Callable[[Path, Path], None]) -> Iterator[ClipMedia]:
        if h.media != "copy":
            assert folder is not None  # plan() gives re-encoded media a folder
            yield from encode_media(play, sprites, h.media, lambda i: folder / names[i])
            return
        for i, seg in enumerate(segments(play, sprites, store, base_dir=base_dir, source=source)):
            path = seg.path
            if folder is not None:
                place(path, folder / names[i])
                path = folder / names[i]
            yield ClipMedia(seg.scene, seg.shot, seg.frames, path, seg.events, seg.key, not seg.hit)

    if h.bundle:
        with PartDir(h.output) as work:
            stage = work.path / "media"
            stage.mkdir()
            made = list(clips(stage, _link))
            tl = timeline(play, made, lambda p: p.resolve().as_uri(), h.start, h.media,
                          _stems(h, sprites, stage, made))
            _write_bundle(tl, h.kind, h.output, work)
        return _done(h, made, None)
    if h.collect is not None:
        h.collect.mkdir(exist_ok=True)
        made = list(clips(h.collect, _copy))
        base = h.output.parent.resolve()
        tl = timeline(play, made, lambda p: Path(os.path.relpath(p.resolve(), base)).as_posix(), h.start,
                      h.media, _stems(h, sprites, h.collect, made))
    else:
        made = list(clips(None, _copy))
        beside = h.output.parent / f"{h.output.stem}_stems"
        if h.sound is not None:
            beside.mkdir(exist_ok=True)
        tl = timeline(play, made, lambda p: p.resolve().as_uri(), h.start, h.media,
                      _stems(h, sprites, beside, made))
    write(tl, h.kind, h.output)
    return _done(h, made, h.collect)


def _stems(h: Handoff, sprites: dict[str, Sprite], folder: Path, made: list[ClipMedia]) -> list[AudioStem]:
    """The film's sound stems as WAV files in `folder`, one audio track each (none for an EDL or
    without sound). The world is simulated again; nothing is drawn."""
    if h.sound is None:
        return []
    from kinema.audio.stems import write_stems

    frames = sum(c.frames for c in made)
    return [AudioStem(p.stem, p, frames) for p in write_stems(h.play, sprites, folder, h.sound)]


def _done(h: Handoff, made: list[ClipMedia], media_dir: Path | None) -> Done:
    drawn = sum(c.drawn for c in made)
    return Done(len(made), drawn, len(made) - drawn, media_dir)


def _link(src: Path, dst: Path) -> None:
    """Into a private staging folder: a hard link where the disk allows, a copy otherwise."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _copy(src: Path, dst: Path) -> None:
    """A copy beside the timeline, independent of the cache, written whole or not at all."""
    with PartFile(dst) as part:
        with src.open("rb") as r, part.path.open("wb") as w:
            shutil.copyfileobj(r, w, 1 << 20)
        part.publish()


def write(tl: otio.schema.Timeline, kind: str, output: Path) -> None:
    """A text timeline, written atomically: the adapter renders a string, published whole."""
    check_parent(output)
    if kind == "edl":
        # The CMX writer counts record time from zero; a track trimmed to start at minus the
        # start timecode puts the first event at it, as the CMX reader itself builds tracks.
        tl = tl.deepcopy()
        track = tl.tracks[0]
        track.source_range = otio.opentime.TimeRange(-tl.global_start_time, track.available_range().duration)
    text = otio.adapters.write_to_string(tl, adapter_name=FORMATS[kind])
    write_text(output, text)


def _write_bundle(tl: otio.schema.Timeline, kind: str, output: Path, work: PartDir) -> None:
    """OpenTimelineIO's bundle adapter into the work folder, then into place."""
    built = work.path / f"bundle.{kind}"
    try:
        otio.adapters.write_to_file(tl, str(built), adapter_name=kind,
                                    media_policy=otio.adapters.file_bundle_utils.MediaReferencePolicy.ErrorIfNotFile)
    except otio.exceptions.OTIOError as e:
        raise OutputError(f"{output}: the {kind} adapter refused the timeline: {e}") from None
    if kind == "otiod":
        work.publish_dir(built)
        return
    with PartFile(output) as part:
        with part.path.open("wb") as f:
            _normalised_zip(built, f)
        part.publish()


def _normalised_zip(src: Path, dst: BinaryIO) -> None:
    """The adapter's zip with every entry's date and mode fixed: same film, same bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            fixed.file_size = info.file_size
            with zin.open(info) as r, zout.open(fixed, "w", force_zip64=info.file_size > 2**31) as w:
                shutil.copyfileobj(r, w, 1 << 20)
