"""Exports beside the film: editing timelines (OpenTimelineIO) with their media, and the way
back (an edited timeline applied to the screenplay)."""

from kinema.export.handoff import FORMATS, Handoff, check, export, plan, write
from kinema.export.media import MEDIA
from kinema.export.timeline import AudioStem, timeline

__all__ = ["FORMATS", "MEDIA", "AudioStem", "Handoff", "check", "export", "plan", "timeline", "write"]
