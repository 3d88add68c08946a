"""The film's sound made on one worker thread beside the picture, AAC included.

A shot's sound depends on its take alone (kinema.audio.film), and a take is whole before its first
frame is drawn, so its premix is made while the picture of that shot renders instead of after it
(the sound of a one-shot film no longer waits for the whole picture). One worker adds the premixes
to the mix in the order the takes were handed in, film order, as the render did itself before, so
the soundtrack's bytes are the same. The numpy, scipy and skia work of the two threads mostly runs
outside the interpreter lock, and the encoder's threads leave part of a core idle on two cores.
Once the last shot's premix is in, the same worker measures the film's loudness and encodes its
AAC ahead into a spool (kinema.audio.encode.AacSpool), which the film's container copies.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from kinema.audio.cache import shot_premix
from kinema.audio.encode import AacSpool
from kinema.audio.film import FilmSound, Mix
from kinema.cache.store import Store
from kinema.errors import OutputError
from kinema.film.takes import Take


class SoundBeside:
    """`take` each take in film order as it is made; `made` then says, in the same order, whether
    its sound was made here (False: from the shot cache); `aac` is the film's encoded soundtrack."""

    def __init__(self, film_sound: FilmSound, store: Store | None) -> None:
        self._film_sound = film_sound
        self._store = store
        self._mix = Mix()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kinema-sound")
        self._jobs: dict[int, Future[bool]] = {}
        self._aac: Future[AacSpool] | None = None

    def take(self, take: Take) -> None:
        self._jobs[take.index] = self._pool.submit(self._add, take)
        if take.index == take.total - 1:  # the film's last shot: its soundtrack can be encoded next
            self._aac = self._pool.submit(self._encode)

    def _encode(self) -> AacSpool:
        return AacSpool(self._mix.pieces())

    def _add(self, take: Take) -> bool:
        premix, made = shot_premix(self._film_sound, take, self._store)
        self._mix.add_premix(premix)
        return made

    def made(self, index: int) -> bool:
        """Waits for the shot's sound; raises what making it raised."""
        return self._jobs.pop(index).result()

    def aac(self) -> AacSpool:
        """The film's soundtrack, encoded (waits for it); every take must have been handed in."""
        for index in sorted(self._jobs):
            self.made(index)
        if self._aac is None:
            raise OutputError("the film's sound: its last shot was never handed in")
        return self._aac.result()

    def close(self) -> None:
        for job in self._jobs.values():
            job.cancel()
        if self._aac is not None:
            self._aac.cancel()
        self._pool.shutdown(wait=True)  # never close the mix under a running worker
        if self._aac is not None and self._aac.done() and not self._aac.cancelled() \
                and self._aac.exception() is None:
            self._aac.result().close()
        self._mix.close()
