"""Shot keys: a stable hash of everything a finished shot's pixels depend on, never its id.

A shot is a pure function of its ShotJob (see docs/architecture.md), plus the transitions
that reach into it from its neighbours. The key hashes exactly those inputs: the shot's
fields except its id, the states of the entities it shows, its cameras, the setting, the
cast it shows (fields and asset bytes), the format, the seed, the renderer's version and a
fingerprint of the drawing code, and what the neighbouring shots' transitions ask of it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kinema import RENDERER_VERSION
from kinema.assets import resolve
from kinema.encode.transitions import END_FADE_S
from kinema.film.job import ShotJob
from kinema.screenplay.model import Asset, CastMember

KEY_VERSION = 1
# Wider than the renderer's own cull (2 body heights): an entity counted as shown when it is
# not only costs a needless re-render, the reverse would reuse a stale shot.
SHOWN_MARGIN = 3.0
# The code that turns a job into pixels: a change in any of these files changes every key.
_CODE = ("render", "encode", "world", "film", "assets.py", "bodies.py", "materials.py", "seeds.py")


# Job fields hashed above, or through their inputs: sprites through the cast's asset bytes,
# the environment through the setting, the seed and the code fingerprint.
_KNOWN_JOB_FIELDS = {"shot", "setting", "cast", "sprites", "states", "cameras", "environment", "format", "seed",
                     "picks"}


def code_fingerprint() -> str:
    return fingerprint(_CODE)


@lru_cache(maxsize=4)
def fingerprint(code: tuple[str, ...]) -> str:
    """A hash of the named files and packages under src/kinema (path and bytes of each)."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.blake2b(digest_size=16)
    for name in code:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


@dataclass(frozen=True)
class Neighbours:
    """What a shot's finished frames depend on beyond its job."""

    ends: str | None  # the next shot's transition (its fade-out tail), None for the last shot
    frames_after: int  # frames after this shot in the film (the final fade to black)
    previous_key: str | None  # set when the shot dissolves from the previous shot's last frame


def shown(job: ShotJob) -> tuple[str, ...]:
    """Cast ids the shot can show: on screen horizontally in at least one frame, with margin."""
    ids = {m.id for m in job.cast if m.id in job.sprites}
    w, h = job.format.width, job.format.height
    out: set[str] = set()
    for state, cam in zip(job.states, job.cameras, strict=True):
        for e in state.entities:
            if e.id in ids and e.id not in out:
                sx, _ = cam.to_screen(e.x, e.y, w, h)
                pad = e.height * max(e.squash, 1.0) * cam.ppm * SHOWN_MARGIN
                if -pad < sx < w + pad:
                    out.add(e.id)
        for g in state.groups:  # a group's copies spread far from its leader: count it as shown
            if g.id in ids:
                out.add(g.id)
    return tuple(sorted(out))


def _asset_digest(asset: Asset, base_dir: Path | None) -> str:
    return hashlib.blake2b(resolve(asset, base_dir).data, digest_size=16).hexdigest()


def member_digest(member: CastMember, base_dir: Path | None) -> dict[str, Any]:
    """The member's fields and the bytes of every asset it carries (file paths say nothing)."""
    assets = {name: _asset_digest(value, base_dir) for name, value in member
              if isinstance(value, Asset)}
    return {"fields": member.model_dump(mode="json", exclude={"id"}), "assets": assets}


def shot_key(job: ShotJob, near: Neighbours, base_dir: Path | None = None) -> str:
    fps = job.format.fps
    ids = shown(job)
    members = {m.id: m for m in job.cast}
    head = {
        "key": KEY_VERSION,
        "renderer": RENDERER_VERSION,
        "code": code_fingerprint(),
        "shot": job.shot.model_dump(mode="json", exclude={"id", "narration", "spoken"}),  # heard, not seen
        "setting": job.setting.model_dump(mode="json"),
        "format": job.format.model_dump(mode="json"),
        "seed": job.seed,
        "frames": job.frames,
        # Cast ids are names, but subjects and entity states refer to them: keep them.
        "cast": {i: member_digest(members[i], base_dir) for i in ids},
        "ends": near.ends,
        "end_fade": min(near.frames_after, round(END_FADE_S * fps)),
        "previous": near.previous_key if job.shot.transition == "dissolve" else None,
    }
    h = hashlib.blake2b(digest_size=20)
    h.update(json.dumps(head, sort_keys=True, ensure_ascii=False).encode())
    for f in dataclasses.fields(job):  # a field added to ShotJob later is hashed as plain data
        if f.name not in _KNOWN_JOB_FIELDS:
            h.update(f.name.encode())
            feed(h, getattr(job, f.name))
    for state, cam in zip(job.states, job.cameras, strict=True):
        feed(h, cam)
        for f in dataclasses.fields(state):
            if f.name == "entities":
                for e in state.entities:
                    if e.id in ids:
                        feed(h, e)
            else:
                h.update(f.name.encode())
                feed(h, getattr(state, f.name))
    return h.hexdigest()


def feed(h: Any, value: object) -> None:
    """Hash plain data exactly: dataclasses field by field, arrays by their bytes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        h.update(type(value).__name__.encode() + b"(")
        for f in dataclasses.fields(value):
            feed(h, getattr(value, f.name))
        h.update(b")")
    elif isinstance(value, np.ndarray):
        h.update(f"{value.dtype}{value.shape}".encode())
        h.update(np.ascontiguousarray(value).tobytes())
    elif isinstance(value, (tuple, list)):
        h.update(b"[")
        for v in value:
            feed(h, v)
        h.update(b"]")
    elif isinstance(value, dict):
        feed(h, sorted(value.items()))
    else:  # numbers, strings, enums, None: repr is exact (floats round-trip)
        h.update(repr(value).encode() + b";")
