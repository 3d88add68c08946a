"""The world trace: one JSON line per frame with every entity's motion, contacts and events.

It lets physics be checked from outside (docs/trace.md documents the format). The file is
written beside its destination under a temporary name and renamed only when complete.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kinema.atomic import PartFile
from kinema.errors import OutputError
from kinema.screenplay.model import Archetype, Screenplay
from kinema.world.flock import stats
from kinema.world.formation import formation_stats
from kinema.world.particles import KIND_NAMES, PIECE
from kinema.world.rig import HUMAN_JOINTS
from kinema.world.simulate import simulate
from kinema.world.skeleton import JOINT_NAMES
from kinema.world.state import EntityState

TRACE_VERSION = 1
_FIELDS = ("x", "y", "vx", "vy", "facing", "tilt", "verb", "grounded", "contacts", "squash", "stretch",
           "reach", "paw", "wing", "wiggle", "recoil", "arms", "height", "depth")


def _entity(e: EntityState, archetype: Archetype) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e.id}
    for k in _FIELDS:
        v = getattr(e, k)
        out[k] = list(v) if isinstance(v, tuple) else v
    if e.joints:  # a person's rig, in world metres; only then, so other traces stay as they were
        out["joints"] = {name: [round(e.x + e.facing * x, 4), round(e.y + y, 4)]
                         for name, (x, y) in zip(HUMAN_JOINTS, e.joints, strict=True)}
        out["expression"] = e.expression
        if e.gaze:
            out["gaze"] = list(e.gaze)
    elif e.skeleton:  # an animal's or a vehicle's own joints (world/skeleton.py)
        if e.expression:  # an animal's face: blink, asleep, mouth open
            out["expression"] = e.expression
        if e.gaze:  # whom it attends to: its head and eyes turn that way
            out["gaze"] = list(e.gaze)
        names = JOINT_NAMES[archetype]
        out["joints"] = {name: [round(e.x + e.facing * x, 4), round(e.y + y, 4)]
                         for name, (x, y) in zip(names, e.skeleton, strict=True)}
    return out


def trace_records(play: Screenplay) -> Iterator[dict[str, Any]]:
    """A header, then per scene a scene record followed by one record per frame."""
    yield {"type": "trace", "version": TRACE_VERSION, "title": play.title, "seed": play.seed,
           "fps": play.format.fps}
    kinds_of = {m.id: m.archetype for m in play.cast}
    for scene in play.scenes:
        world = simulate(play, scene)
        yield {"type": "scene", "scene": scene.id, "frames": world.frames,
               "gravity": scene.setting.gravity, "place": scene.setting.place.value,
               "props": [asdict(p) for p in world.props]}
        for s in world:
            kinds: dict[str, int] = {}
            for k in s.particles.kind.tolist():
                name = KIND_NAMES[k] if k < PIECE else "piece"
                kinds[name] = kinds.get(name, 0) + 1
            rec = {"type": "frame", "scene": scene.id, "frame": s.frame, "t": s.t,
                   "entities": [_entity(e, kinds_of[e.id]) for e in s.entities], "events": list(s.events),
                   "particles": dict(sorted(kinds.items()))}
            if s.groups:  # only scenes with a group: other traces stay byte for byte as they were
                rec["groups"] = [{"id": g.id, "kind": g.kind, "count": len(g), **stats(g)} for g in s.groups]
            if s.formations:
                xs, ys = world.terrain.xs, world.terrain.ys
                rec["formations"] = [formation_stats(f, xs, ys) for f in s.formations]
            yield rec


def write_trace(play: Screenplay, path: Path) -> int:
    """Write the trace atomically; returns the number of frame records."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = PartFile(path, ".part.jsonl")
    except OSError as e:
        raise OutputError(f"cannot write the trace {path}: {e.strerror}") from None
    frames = 0
    with part, open(part.path, "w", encoding="utf-8") as f:
        for rec in trace_records(play):
            frames += rec["type"] == "frame"
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        f.close()
        part.publish()
    return frames
