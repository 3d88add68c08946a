"""Each shot's sound in the shot cache, under a key of everything its stems depend on, so a render
after an edit makes again only the sound of the shots the edit reached; the film's loudness,
limiter and AAC then run over all the shots' premixes, cached or made.

A shot's stems depend on its take (world states with every entity, not only those it shows, and
its cameras), its scene's id, setting and effects, its place in the film (its samples, the scene
before it at a scene change, the film's final fade), the notes of the score and the spoken lines
that reach into it, the seed, the format and the audio code. The key hashes exactly those.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import numpy as np

from kinema.audio import voice as speech
from kinema.audio.film import FilmSound, premix
from kinema.cache.keys import feed, fingerprint
from kinema.cache.store import Store
from kinema.errors import OutputError
from kinema.film.takes import Take

SOUND_KEY_VERSION = 1
PREMIX_FILE = "premix.npy"
_CODE = ("audio", "seeds.py")  # the code that turns a take into stems


def sound_key(fs: FilmSound, take: Take) -> str:
    a, b, s0 = fs.window(take)
    job, scene = take.job, take.scene
    before = fs.previous_scene(take)
    head: dict[str, Any] = {
        "sound": SOUND_KEY_VERSION,
        "code": fingerprint(_CODE),
        "music": fs.sound.music,
        "window": [a, b, s0],
        "end_fade": fs.total if fs.fades_out(b) else None,
        "shot": job.shot.model_dump(mode="json", exclude={"id"}),
        "scene": [scene.id, scene.setting.model_dump(mode="json"),
                  [e.model_dump(mode="json") for e in scene.effects]],
        "before": before and [before[0].id, before[0].setting.model_dump(mode="json"), before[1]],
        "cast": [m.model_dump(mode="json") for m in job.cast],
        "format": job.format.model_dump(mode="json"),
        "seed": job.seed,
    }
    h = hashlib.blake2b(digest_size=20)
    h.update(json.dumps(head, sort_keys=True, ensure_ascii=False).encode())
    feed(h, speech.reaching(fs.spoken, a, b))
    feed(h, fs.score.window(a, b) if fs.score is not None else None)
    feed(h, job.states)
    feed(h, job.cameras)
    return h.hexdigest()


def shot_premix(fs: FilmSound, take: Take, store: Store | None) -> tuple[np.ndarray, bool]:
    """The take's premix (its stems summed), and whether it was made here (False: read from the
    shot cache). The premix, not the four stems, is kept: the film's mix needs only it, and it is
    a quarter of the bytes (384 kB a second of film)."""
    if store is None:
        return premix(fs.stems(take)), True
    key = sound_key(fs, take)
    entry = store.get(key)
    if entry is not None:
        return np.load(entry.file(PREMIX_FILE), allow_pickle=False), False
    x = premix(fs.stems(take))
    with store.put(key, {"sound": take.job.shot.id, "samples": int(x.shape[0])}) as d:
        np.save(d / PREMIX_FILE, x, allow_pickle=False)
    if store.get(key) is None:
        raise OutputError(f"cache directory {store.root}: the sound of shot {take.job.shot.id} did not "
                          f"verify after writing")
    return x, True
