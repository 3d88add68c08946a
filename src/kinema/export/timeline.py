"""Timeline export through OpenTimelineIO: one clip per shot, pointing at its cached segment.

The clips carry the prompt, the shot's text and the seed as metadata, so an editor can carry
on in DaVinci Resolve, Premiere or Kdenlive. EDL and FCP XML go through the CMX 3600 and FCP
adapters from PyPI.
"""

from __future__ import annotations

from pathlib import Path

import opentimelineio as otio

from kinema.atomic import write_text
from kinema.errors import OutputError
from kinema.film.render import Segment
from kinema.screenplay.model import Screenplay

ADAPTERS = {"otio": "otio_json", "edl": "cmx_3600", "fcpxml": "fcp_xml"}


def timeline(play: Screenplay, segs: list[Segment]) -> otio.schema.Timeline:
    fps = play.format.fps
    tl = otio.schema.Timeline(name=play.title or "kinema film")
    tl.global_start_time = otio.opentime.RationalTime(0, fps)
    tl.metadata["kinema"] = {"prompt": play.prompt, "seed": play.seed, "title": play.title}
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    tl.tracks.append(track)
    for seg in segs:
        span = otio.opentime.TimeRange(otio.opentime.RationalTime(0, fps),
                                       otio.opentime.RationalTime(seg.frames, fps))
        ref = otio.schema.ExternalReference(target_url=seg.path.resolve().as_uri(), available_range=span)
        ref.name = seg.shot.id  # EDL reel and FCP file names come from it, not from "segment.mp4"
        clip = otio.schema.Clip(name=seg.shot.id, media_reference=ref, source_range=span)
        clip.metadata["kinema"] = {
            "shot": seg.shot.id, "scene": seg.scene.id, "description": seg.shot.description,
            "size": seg.shot.size.value, "move": seg.shot.move.value,
            "transition": seg.shot.transition.value, "subjects": list(seg.shot.subjects),
            "prompt": play.prompt, "seed": play.seed, "key": seg.key,
        }
        track.append(clip)
    return tl


def check(kind: str, fps: int) -> None:
    """Before any rendering: the format exists, and EDL and FCP XML can express the rate."""
    if kind not in ADAPTERS:
        raise OutputError(f"--format: expected one of {', '.join(ADAPTERS)}, got {kind!r}")
    if kind != "otio" and not otio.opentime.RationalTime.is_smpte_timecode_rate(fps):
        raise OutputError(f"--format {kind}: SMPTE timecode has no {fps} fps; format.fps must be a "
                          f"timecode rate such as 24, 25, 30, 50 or 60 (or export otio)")


def write(tl: otio.schema.Timeline, kind: str, output: Path) -> None:
    """Write atomically: the adapter renders to a string, which is published whole."""
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{output}: output directory {str(parent)!r} does not exist")
    text = otio.adapters.write_to_string(tl, adapter_name=ADAPTERS[kind])
    write_text(output, text)
