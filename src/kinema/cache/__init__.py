"""The content-addressed shot cache: edit one shot, re-render one shot.

Keys and the store live here; the film stage (`kinema.film.render`) reads and fills it.
"""

from kinema.cache.keys import Neighbours, code_fingerprint, shot_key, shown
from kinema.cache.store import Entry, Store, default_dir

__all__ = ["Entry", "Neighbours", "Store", "code_fingerprint", "default_dir", "shot_key", "shown"]
