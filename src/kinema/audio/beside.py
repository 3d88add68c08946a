"""The film's sound made on one worker thread beside the picture.

A shot's sound depends on its take alone (kinema.audio.film), and a take is whole before its first
frame is drawn, so its premix is made while the picture of that shot renders instead of after it
(the sound of a one-shot film no longer waits for the whole picture). One worker adds the premixes
to the mix in the order the takes were handed in, film order, as the render did itself before, so
the soundtrack's bytes are the same. The numpy, scipy and skia work of the two threads mostly runs
outside the interpreter lock, and the encoder's threads leave part of a core idle on two cores.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from kinema.audio.cache import shot_premix
from kinema.audio.film import FilmSound, Mix
from kinema.cache.store import Store
from kinema.film.takes import Take


class SoundBeside:
    """`take` each take in film order as it is made; `made` then says, in the same order, whether
    its sound was made here (False: from the shot cache); `pieces` is the film's mix at the end."""

    def __init__(self, film_sound: FilmSound, store: Store | None) -> None:
        self._film_sound = film_sound
        self._store = store
        self._mix = Mix()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kinema-sound")
        self._jobs: dict[int, Future[bool]] = {}

    def take(self, take: Take) -> None:
        self._jobs[take.index] = self._pool.submit(self._add, take)

    def _add(self, take: Take) -> bool:
        premix, made = shot_premix(self._film_sound, take, self._store)
        self._mix.add_premix(premix)
        return made

    def made(self, index: int) -> bool:
        """Waits for the shot's sound; raises what making it raised."""
        return self._jobs.pop(index).result()

    def pieces(self) -> Iterator[np.ndarray]:
        for index in sorted(self._jobs):
            self.made(index)
        return self._mix.pieces()

    def close(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        self._pool.shutdown(wait=True)  # never close the mix under a running worker
        self._mix.close()
