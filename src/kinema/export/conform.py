"""The way back: an editor's timeline applied to the screenplay it was exported from.

Each clip is matched to its shot (by kinema's metadata, else its EDL reel, its media file's
name or its name), and the track's clips become the film's shots:

- a clip's length is its shot's duration, to the frame;
- clips missing from the track (or disabled) are shots deleted; a scene with none left goes;
- the order of the clips is the order of the shots within each scene, and of the scenes.

A scene is one simulated take and its shots film consecutive windows of it. Reordering the
shots of a scene reorders the camera set-ups while the world's time runs on: each shot films
the moment at its new place. Moving a whole scene moves its action with it. A trimmed head
shortens the shot like a trimmed tail (the shot still starts where the previous one ends).
What the screenplay cannot say is refused, naming the clip: a scene's shots split apart by
another scene's, a shot used twice, gaps, transitions, speed changes, several picture tracks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import opentimelineio as otio

from kinema.atomic import check_parent, write_text
from kinema.edit import round_trip
from kinema.errors import InputError, KinemaError
from kinema.export.names import reel_names, shot_of_media
from kinema.film.takes import shot_frames
from kinema.screenplay import Screenplay, parse

MAX_TIMELINE_BYTES = 64 * 1024 * 1024  # thousands of clips take a few MB; more is not a timeline
_ADAPTERS = {".otio": "otio_json", ".otioz": "otioz", ".otiod": "otiod", ".edl": "cmx_3600", ".xml": "fcp_xml"}


class ConformError(KinemaError):
    pass


@dataclass(frozen=True)
class Cut:
    """One clip of the edited track, as the shot it shows."""

    shot: str
    name: str  # the clip's name, for messages
    frames: int
    head: int  # frames trimmed from the shot's start


def read_timeline(path: Path, fps: int) -> otio.schema.Timeline:
    """The edited timeline through OpenTimelineIO's adapter for its suffix."""
    adapter = _ADAPTERS.get(path.suffix.lower())
    if adapter is None:
        raise InputError(f"{path}: expected a timeline ending in {', '.join(_ADAPTERS)}")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if (adapter == "otiod") != path.is_dir():
        raise InputError(f"{path}: expected {'an .otiod folder' if adapter == 'otiod' else 'a file'}")
    content = path / "content.otio" if adapter == "otiod" else path
    if not content.is_file():  # a FIFO or device would block the adapter's read
        raise InputError(f"{content}: not a regular file")
    if content.stat().st_size > MAX_TIMELINE_BYTES and adapter != "otioz":
        raise InputError(f"{content}: {content.stat().st_size:,} bytes; a timeline is at most "
                         f"{MAX_TIMELINE_BYTES:,}")
    kwargs: dict[str, Any] = {"rate": fps} if adapter == "cmx_3600" else {}
    try:
        tl = otio.adapters.read_from_file(str(path), adapter_name=adapter, **kwargs)
    except Exception as e:  # the adapters raise anything from OTIOError to KeyError on bad input
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise InputError(f"{path}: cannot read it as a {adapter} timeline: {first}") from None
    if not isinstance(tl, otio.schema.Timeline):
        raise InputError(f"{path}: holds a {type(tl).__name__}, not a timeline")
    return tl


def _shot_of(clip: otio.schema.Clip, ids: set[str], reels: dict[str, str]) -> str | None:
    """Which shot a clip shows: the first of its clues that names one."""
    meta = clip.metadata.get("kinema")
    cmx = clip.metadata.get("cmx_3600")
    ref = clip.media_reference
    url = getattr(ref, "target_url", None) or ""
    clues = [
        meta.get("shot") if isinstance(meta, dict) else None,
        reels.get(str(cmx.get("reel", "")).strip()) if isinstance(cmx, dict) else None,
        shot_of_media(os.path.basename(unquote(urlparse(url).path))) if url else None,
        clip.name.split(":", 1)[0].strip(),
    ]
    return next((c for c in clues if isinstance(c, str) and c in ids), None)


def _frames(t: otio.opentime.RationalTime, fps: int, what: str) -> int:
    v = float(t.rescaled_to(fps).value)
    if abs(v - round(v)) > 1e-6:
        raise ConformError(f"{what}: {v:.3f} frames at the film's {fps} fps; conform the timeline to {fps} fps")
    return round(v)


def cuts(tl: otio.schema.Timeline, play: Screenplay, source: str) -> list[Cut]:
    """The picture track's clips as shots, in order; what cannot be a shot is refused."""
    fps = play.format.fps
    video = [t for t in tl.tracks if t.kind == otio.schema.TrackKind.Video and t.enabled]
    if len(video) != 1:
        raise ConformError(f"{source}: {len(video)} picture tracks; a kinema film has one: flatten the edit "
                           f"onto a single video track")
    ids = [shot.id for scene in play.scenes for shot in scene.shots]
    reels = dict(zip(reel_names(ids), ids, strict=True))
    out: list[Cut] = []
    seen: dict[str, str] = {}
    for item in video[0]:
        if isinstance(item, otio.schema.Gap):
            if _frames(item.duration(), fps, f"{source}: a gap") > 0:
                where = f"after clip {out[-1].name!r}" if out else "at the start"
                raise ConformError(f"{source}: a gap {where}; a film has no gaps: close it or put a shot there")
            continue
        if isinstance(item, otio.schema.Transition):
            after = f" after clip {out[-1].name!r}" if out else ""
            raise ConformError(f"{source}: a transition{after}; set transitions on the shot in the screenplay "
                               f"(kinema edit --shot ID --transition dissolve) and cut the timeline")
        if not isinstance(item, otio.schema.Clip):
            raise ConformError(f"{source}: {item.name or type(item).__name__!r} is a nested "
                               f"{type(item).__name__}; flatten it into clips")
        if not item.enabled:
            continue  # a disabled clip is a deleted shot
        name = item.name or "(unnamed)"
        if item.effects:
            effect = item.effects[0].effect_name or "speed"
            raise ConformError(f"{source}: clip {name!r} has an effect ({effect}); kinema plays shots at their "
                               f"own speed: remove it")
        shot = _shot_of(item, set(ids), reels)
        if shot is None:
            raise ConformError(f"{source}: clip {name!r} is not a shot of {play.title or 'the screenplay'} "
                               f"(no kinema metadata, reel, media name or clip name matches its shots)")
        if shot in seen:
            raise ConformError(f"{source}: clip {name!r} uses shot {shot!r} again (first as {seen[shot]!r}); "
                               f"a shot plays once: insert a new shot with kinema edit --insert-after")
        seen[shot] = name
        trimmed = item.trimmed_range()
        frames = _frames(trimmed.duration, fps, f"{source}: clip {name!r}")
        if frames < 1:
            continue
        out.append(Cut(shot, name, frames, _frames(trimmed.start_time, fps, f"{source}: clip {name!r}")))
    if not out:
        raise ConformError(f"{source}: no clips on the picture track; a film needs at least one shot")
    return out


def _scenes_in_order(cuts_: list[Cut], scene_of: dict[str, str], source: str) -> list[tuple[str, list[Cut]]]:
    """The cuts grouped by scene, in order; a scene split apart by another is refused."""
    runs: list[tuple[str, list[Cut]]] = []
    for cut in cuts_:
        scene = scene_of[cut.shot]
        if runs and runs[-1][0] == scene:
            runs[-1][1].append(cut)
            continue
        if any(s == scene for s, _ in runs):
            raise ConformError(f"{source}: clip {cut.name!r} (scene {scene}) comes after scene "
                               f"{runs[-1][0]}'s shots, apart from the rest of scene {scene}; a scene is one "
                               f"simulated take whose shots stay together: move the whole scene, or split it "
                               f"in the screenplay")
        runs.append((scene, [cut]))
    return runs


def _reorder(seq: Any, items: list[Any]) -> None:
    """Replace a list's items in place (a ruamel list keeps its style and comments on the kept)."""
    del seq[:]
    seq.extend(items)


def _duration(frames: int, fps: int) -> float | int:
    d = round(frames / fps, 6)  # six places: exact enough for 40,000 shots of cumulative rounding
    return int(d) if float(d).is_integer() else d


def conform(doc_data: Any, play: Screenplay, cuts_: list[Cut], source: str,
            exact: Iterable[str] = ()) -> list[str]:
    """Reorder, delete and re-time the shots in the screenplay's data; returns what was done."""
    fps = play.format.fps
    frames_now = {shot.id: n for scene, counts in zip(play.scenes, shot_frames(play), strict=True)
                  for shot, n in zip(scene.shots, counts, strict=True)}
    scene_of = {shot.id: scene.id for scene in play.scenes for shot in scene.shots}
    runs = _scenes_in_order(cuts_, scene_of, source)
    scenes = {s.get("id"): s for s in doc_data["scenes"]}
    notes: list[str] = []
    exact = set(exact)
    for scene_id, run in runs:
        scene = scenes[scene_id]
        shots = {s.get("id"): s for s in scene["shots"]}
        kept = [c.shot for c in run]
        gone = [i for i in shots if i not in kept]
        if gone:
            notes.append(f"scene {scene_id}: deleted shot(s) {', '.join(gone)}")
        if kept != [i for i in shots if i in kept]:
            notes.append(f"scene {scene_id}: shots reordered to {', '.join(kept)}; the world's time runs on, "
                         f"so each films the moment at its new place")
        _reorder(scene["shots"], [shots[i] for i in kept])
        for c in run:
            if c.frames != frames_now[c.shot] or scene_id in exact:
                shots[c.shot]["duration"] = _duration(c.frames, fps)
            if c.frames != frames_now[c.shot]:
                notes.append(f"shot {c.shot}: {frames_now[c.shot]} → {c.frames} frames")
            if c.head > 0:
                notes.append(f"shot {c.shot}: its head was trimmed by {c.head} frame(s); the shot starts where "
                             f"the one before it ends, so only its length is kept")
    order = [s for s, _ in runs]
    dropped = [s for s in scenes if s not in order]
    if dropped:
        notes.append(f"deleted scene(s) {', '.join(dropped)}")
    if order != [s for s in scenes if s in order]:
        notes.append(f"scenes reordered to {', '.join(order)}")
    _reorder(doc_data["scenes"], [scenes[s] for s in order])
    return notes


def conform_file(timeline_path: Path, screenplay: Path, output: Path) -> list[str]:
    """Read both, apply the timeline, check the result frame by frame, write `output` atomically."""
    check_parent(Path(output))
    doc = round_trip(Path(screenplay))
    play = parse(doc.dump(), doc.source)
    cuts_ = cuts(read_timeline(Path(timeline_path), play.format.fps), play, Path(timeline_path).name)
    wanted = [(c.shot, c.frames) for c in cuts_]
    notes = conform(doc.data, play, cuts_, Path(timeline_path).name)
    new = doc.dump()
    got = _frames_of(parse(new, Path(output).name))
    if got != wanted:
        # Cumulative rounding moved a shot by a frame: every shot of those scenes gets its exact length.
        wrong = {scene for (shot, n), (_, m) in zip(got, wanted, strict=True) if n != m
                 for scene in [_scene_of(play, shot)]}
        doc = round_trip(Path(screenplay))
        notes = conform(doc.data, play, cuts_, Path(timeline_path).name, exact=wrong)
        new = doc.dump()
        got = _frames_of(parse(new, Path(output).name))
        if got != wanted:
            raise ConformError(f"{timeline_path}: the shots' lengths cannot be expressed to the frame "
                               f"(wanted {wanted}, got {got})")
    write_text(Path(output), new)
    return notes


def _frames_of(play: Screenplay) -> list[tuple[str, int]]:
    return [(shot.id, n) for scene, counts in zip(play.scenes, shot_frames(play), strict=True)
            for shot, n in zip(scene.shots, counts, strict=True)]


def _scene_of(play: Screenplay, shot_id: str) -> str:
    return next(scene.id for scene in play.scenes for shot in scene.shots if shot.id == shot_id)
