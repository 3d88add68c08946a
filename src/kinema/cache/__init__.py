"""The content-addressed shot cache: edit one shot, re-render one shot."""

from kinema.cache.keys import Neighbours, code_fingerprint, shot_key, shown
from kinema.cache.segments import CachedRender, Segment, assemble, render_cached, shot_segments
from kinema.cache.store import Entry, Store, default_dir

__all__ = [
           "CachedRender",
           "Entry",
           "Neighbours",
           "Segment",
           "Store",
           "assemble",
           "code_fingerprint",
           "default_dir",
           "render_cached",
           "shot_key",
           "shot_segments",
           "shown",
]
