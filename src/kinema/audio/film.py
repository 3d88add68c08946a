"""A film's sound, shot by shot: each shot's stems (ambience, effects, music, voice) from its take,
then the film's mix, measured while it is made, normalised to −16 LUFS, limited and handed out in
pieces for the AAC encoder or the stem files.

Per shot, not per film: a shot's stems depend on its own take (world states, cameras), on its
position in the film (the score, the spoken lines, a scene change's ambience cross-fade) and on
nothing drawn, so it can be cached (kinema.audio.cache). The mix streams through a spool file on
disk, read back by slices, so memory stays flat however long the film; the loudness gain is known
only at the end, so the samples are read back once to be scaled and encoded. AAC is
encoded once for the whole film (not per segment, where each would start with its own priming
silence), so the picture stays a stream copy of the shot cache's segments.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import IO

import numpy as np

from kinema.audio import loudness
from kinema.audio import voice as speech
from kinema.audio.ambience import ambience
from kinema.audio.effects import effects
from kinema.audio.rate import SR, at
from kinema.audio.score import Score
from kinema.film.takes import Take, shot_frames
from kinema.screenplay.model import Scene, Screenplay

STEMS = ("ambience", "effects", "music", "voice")
SCENE_FADE_S = 1.0  # the outgoing scene's ambience fades under the incoming one
END_FADE_S = 2.0
CHUNK = 48_000


@dataclass(frozen=True)
class Sound:
    """What the soundtrack has: `music=False` is `--no-music`."""

    music: bool = True


SOUND = Sound()  # the default: effects, ambience and music


def shot_samples(start_frame: int, frames: int, fps: int) -> tuple[int, int]:
    """A shot's film samples [a, b): exact frame starts, so shots tile the film's audio."""
    return at(start_frame, fps), at(start_frame + frames, fps)


class FilmSound:
    """Stems per take, in any order: a take's sound depends only on the take and the screenplay."""

    def __init__(self, play: Screenplay, sound: Sound = SOUND) -> None:
        self.play = play
        self.sound = sound
        self.score = Score(play) if sound.music else None
        counts = shot_frames(play)
        flat = [n for c in counts for n in c]
        self.starts = [0, *accumulate(flat)]  # film frame of each shot, and the film's length
        self.scene_frames = [sum(c) for c in counts]
        self.scene_of = {sc.id: i for i, sc in enumerate(play.scenes)}
        self.total = at(self.starts[-1], play.format.fps)
        self.spoken = speech.lines(play, self.starts)  # every line placed now: errors before any shot

    def window(self, take: Take) -> tuple[int, int, int]:
        """The shot's film samples [a, b) and its first sample in scene time."""
        fps = self.play.format.fps
        a, b = shot_samples(self.starts[take.index], take.job.frames, fps)
        return a, b, at(take.job.states[0].frame, fps) if take.job.states else 0

    def previous_scene(self, take: Take) -> tuple[Scene, int] | None:
        """At a scene's first sample, the scene before and its length in samples: its bed fades
        under this one."""
        i = self.scene_of[take.scene.id]
        if self.window(take)[2] != 0 or i == 0:
            return None
        return self.play.scenes[i - 1], at(self.scene_frames[i - 1], self.play.format.fps)

    def fades_out(self, b: int) -> bool:
        return b > self.total - int(END_FADE_S * SR)

    def stems(self, take: Take) -> dict[str, np.ndarray]:
        job = take.job
        a, b, s0 = self.window(take)
        n = b - a
        amb = np.zeros((n, 2))
        if not job.shot.title:
            amb = ambience(take.scene.setting, self.play.seed, take.scene.id, s0, s0 + n)
            before = self.previous_scene(take)
            if before is not None:  # a scene change: the last scene's bed goes on under this one, fading
                prev, p0 = before
                f = min(int(SCENE_FADE_S * SR), n)
                ramp = np.sin(np.linspace(0, math.pi / 2, f))[:, None]
                amb[:f] *= ramp
                amb[:f] += ambience(prev.setting, self.play.seed, prev.id, p0, p0 + f) * np.cos(
                    np.linspace(0, math.pi / 2, f))[:, None]
        fx = effects(job, take.scene, n)
        music = self.score.render(a, b) if self.score is not None else np.zeros((n, 2))
        voice = speech.render(self.spoken, a, b)
        music = music * speech.duck(self.spoken, a, b)[:, None]
        if self.fades_out(b):  # the film's last seconds: music and ambience fade out
            k = np.arange(a, b)
            fade = np.clip((self.total - k) / (END_FADE_S * SR), 0.0, 1.0)[:, None]
            music, amb = music * fade, amb * fade
        return {"ambience": amb.astype(np.float32), "effects": fx, "music": music.astype(np.float32),
                "voice": voice.astype(np.float32)}


def premix(stems: dict[str, np.ndarray]) -> np.ndarray:
    """A shot's four stems summed (in float64), as float32: what the film's mix spools and meters."""
    total = sum(stems[k].astype(np.float64) for k in STEMS)
    assert isinstance(total, np.ndarray)
    return total.astype(np.float32)


class SpoolReader:
    """A spool's samples read back by slice. Not a memory map: the pages a map has touched stay in
    the process's memory, which would grow with the film (230 MB for ten minutes)."""

    def __init__(self, fd: int, samples: int) -> None:
        self._fd = fd
        self.shape = (samples, 2)

    def __getitem__(self, k: slice, /) -> np.ndarray:
        a, b, step = k.indices(self.shape[0])
        if step != 1:
            raise ValueError("a spool is read in contiguous slices")
        if b <= a:
            return np.zeros((0, 2), np.float32)
        return np.frombuffer(os.pread(self._fd, (b - a) * 8, a * 8), np.float32).reshape(b - a, 2)


class Spool:
    """Stereo float32 samples spooled to an unnamed temporary file, read back in pieces."""

    def __init__(self) -> None:
        self._f: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self.samples = 0

    def write(self, x: np.ndarray) -> None:
        self._f.write(np.ascontiguousarray(x, np.float32).tobytes())
        self.samples += x.shape[0]

    def view(self) -> SpoolReader:
        self._f.flush()
        return SpoolReader(self._f.fileno(), self.samples)

    def close(self) -> None:
        self._f.close()


class Mix:
    """The film's mix (and, when asked, its stems), streamed: `add` each shot's stems in film order,
    then `pieces` gives the normalised, limited mix; `stem_pieces` a stem at the same gain."""

    def __init__(self, keep_stems: bool = False) -> None:
        self.meter = loudness.Meter()
        self.mix = Spool()
        self.stems = {k: Spool() for k in STEMS} if keep_stems else {}

    def add(self, stems: dict[str, np.ndarray]) -> None:
        self.add_premix(premix(stems))
        for k, s in self.stems.items():
            s.write(stems[k])

    def add_premix(self, x: np.ndarray) -> None:
        """A shot's premix (made now or from the shot cache), metered as it is spooled."""
        self.meter.add(x.astype(np.float64))
        self.mix.write(x)

    @property
    def gain(self) -> float:
        lufs = self.meter.integrated()
        return 1.0 if not math.isfinite(lufs) else 10 ** ((loudness.TARGET_LUFS - lufs) / 20)

    def pieces(self) -> Iterator[np.ndarray]:
        x = self.mix.view()
        gain = self.gain
        gains = loudness.limiter_gains(loudness.window_peaks(x, gain), gain)
        for s in range(0, x.shape[0], CHUNK):
            yield loudness.apply(x[s:s + CHUNK], s, gains, gain)

    def stem_pieces(self, name: str) -> Iterator[np.ndarray]:
        x = self.stems[name].view()
        gain = self.gain
        for s in range(0, x.shape[0], CHUNK):
            yield (np.asarray(x[s:s + CHUNK], np.float64) * gain).astype(np.float32)

    def close(self) -> None:
        self.mix.close()
        for s in self.stems.values():
            s.close()
