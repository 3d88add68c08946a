"""Exports beside the film: editable timelines (OpenTimelineIO)."""

from kinema.export.timeline import ADAPTERS, check, timeline, write

__all__ = ["ADAPTERS", "check", "timeline", "write"]
