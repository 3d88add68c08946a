"""Sound made from the film's own world: effects at the sample of each world event, ambience per
place, time and weather, a procedural score, mixed per shot and encoded once for the film.

Public API: `Sound` (what to make), `FilmSound` (per-shot stems and the film's mix),
`SAMPLE_RATE`. See docs/sound.md.
"""

from kinema.audio.film import STEMS, FilmSound, Sound, shot_samples

SAMPLE_RATE = 48_000

__all__ = ["SAMPLE_RATE", "STEMS", "FilmSound", "Sound", "shot_samples"]
