"""The editing timeline through OpenTimelineIO: one clip per shot, named for an editor.

Each clip is named `id: description`, carries its EDL reel name (eight characters, unique),
markers at the world's events in its frames, and the prompt, seed and shot fields as
metadata. The timeline carries the film's title, frame rate and start timecode. Media
references are what `url` makes of each media path: the cached segment, or collected media beside the
timeline (`export.handoff`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import opentimelineio as otio

from kinema.errors import KinemaError
from kinema.export.media import ClipMedia
from kinema.export.names import clip_name, marker_name, reel_names
from kinema.screenplay.model import Screenplay

DEFAULT_START_TC = "01:00:00:00"  # where editors expect a programme to start
_MARKER_COLOURS = {"hit": otio.schema.MarkerColor.RED, "bump": otio.schema.MarkerColor.ORANGE,
                   "land": otio.schema.MarkerColor.YELLOW, "takeoff": otio.schema.MarkerColor.GREEN,
                   "ignite": otio.schema.MarkerColor.ORANGE}


@dataclass(frozen=True)
class AudioStem:
    """One audio stem of the film (dialogue, effects, music), as long as the film.

    The sound issue makes these; `timeline` already lays each on its own audio track, and
    the bundles and `--collect` carry their files like the picture's.
    """

    name: str
    path: Path
    frames: int  # the film's length, at its frame rate


def start_frames(text: str, fps: int) -> int:
    """`HH:MM:SS:FF` (non-drop) as a frame count at `fps`; an error names --start-tc."""
    m = re.fullmatch(r"(\d{2}):(\d{2}):(\d{2}):(\d{2,3})", text.strip())
    if m is None or int(m[2]) > 59 or int(m[3]) > 59 or int(m[4]) >= fps:
        raise KinemaError(f"--start-tc: expected HH:MM:SS:FF (non-drop, frames below the film's {fps} fps), "
                          f"got {text!r}")
    h, mi, s, f = (int(x) for x in m.groups())
    return ((h * 60 + mi) * 60 + s) * fps + f


def timecode(frames: int, fps: int) -> str:
    s, f = divmod(frames, fps)
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}:{f:02d}"


def _span(start: int, frames: int, fps: int) -> otio.opentime.TimeRange:
    rt = otio.opentime.RationalTime
    return otio.opentime.TimeRange(rt(start, fps), rt(frames, fps))


def _marker(frame: int, event: str, fps: int) -> otio.schema.Marker:
    kind = event.split(":", 1)[0]
    marker = otio.schema.Marker(name=marker_name(event), marked_range=_span(frame, 0, fps),
                                color=_MARKER_COLOURS.get(kind, otio.schema.MarkerColor.CYAN))
    marker.metadata["kinema"] = {"event": event, "frame": frame}
    return marker


def timeline(play: Screenplay, clips: Sequence[ClipMedia], url: Callable[[Path], str],
             start: int = 0, media: str = "copy", stems: Sequence[AudioStem] = ()) -> otio.schema.Timeline:
    fps = play.format.fps
    tl = otio.schema.Timeline(name=play.title or "kinema film")
    tl.global_start_time = otio.opentime.RationalTime(start, fps)
    tl.metadata["kinema"] = {"prompt": play.prompt, "seed": play.seed, "title": play.title, "fps": fps,
                             "start_timecode": timecode(start, fps), "media": media}
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    tl.tracks.append(track)
    reels = reel_names([c.shot.id for c in clips])
    for c, reel in zip(clips, reels, strict=True):
        span = _span(0, c.frames, fps)
        ref = otio.schema.ExternalReference(target_url=url(c.path), available_range=span)
        ref.name = c.path.name if c.key is None else c.shot.id  # a cached segment is "segment.mp4"
        clip = otio.schema.Clip(name=clip_name(c.shot), media_reference=ref, source_range=span)
        clip.metadata["cmx_3600"] = {"reel": reel}  # the EDL's reel, instead of a truncated file name
        clip.metadata["kinema"] = {
            "shot": c.shot.id, "scene": c.scene.id, "description": c.shot.description, "reel": reel,
            "size": c.shot.size.value, "move": c.shot.move.value, "transition": c.shot.transition.value,
            "subjects": list(c.shot.subjects), "prompt": play.prompt, "seed": play.seed, "key": c.key,
            "frames": c.frames, "media": media,
        }
        for frame, event in c.events:
            clip.markers.append(_marker(frame, event, fps))
        track.append(clip)
    # The sound issue's stems: one audio track each, below the picture.
    for stem in stems:
        audio = otio.schema.Track(name=stem.name, kind=otio.schema.TrackKind.Audio)
        span = _span(0, stem.frames, fps)
        ref = otio.schema.ExternalReference(target_url=url(stem.path), available_range=span)
        audio.append(otio.schema.Clip(name=stem.name, media_reference=ref, source_range=span))
        tl.tracks.append(audio)
    return tl
