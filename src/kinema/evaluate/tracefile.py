"""Physics probes from a world trace (`kinema simulate --trace`, JSON Lines) instead of
re-simulating: the trace carries each scene's gravity and place, and per frame every
entity's position, vertical speed and ground contact.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kinema.evaluate.physics import Physics, SceneProbe
from kinema.evaluate.video import EvaluationError
from kinema.screenplay.model import Place, Setting


def _need(rec: dict[str, Any], key: str, where: str) -> Any:
    if key not in rec:
        raise EvaluationError(f"{where}: missing field '{key}'")
    return rec[key]


def _frame(probe: SceneProbe, rec: dict[str, Any], where: str) -> None:
    try:
        t = float(_need(rec, "t", where))
        for ent in _need(rec, "entities", where):
            probe.add(t, str(_need(ent, "id", where)), float(_need(ent, "x", where)),
                      float(_need(ent, "y", where)), float(_need(ent, "vy", where)),
                      bool(_need(ent, "grounded", where)), str(_need(ent, "verb", where)))
    except (TypeError, ValueError, AttributeError):
        raise EvaluationError(f"{where}: entities: expected numbers for t, x, y and vy") from None


def physics_from_trace(path: Path) -> list[dict[str, object]]:
    if not path.is_file():
        raise EvaluationError(f"{path}: trace file not found")
    physics: Physics | None = None
    settings: dict[str, Setting] = {}
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                where = f"{path}:{n}"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as bad:
                    raise EvaluationError(f"{where}: not JSON: {bad.msg}") from None
                kind = rec.get("type") if isinstance(rec, dict) else None
                if kind == "trace":
                    physics = Physics(int(_need(rec, "seed", where)))
                elif physics is None:
                    raise EvaluationError(f"{where}: the trace must start with a 'trace' header record")
                elif kind == "scene":
                    place = _need(rec, "place", where)
                    try:
                        settings[str(_need(rec, "scene", where))] = Setting(place=Place(place),
                                                         gravity=float(_need(rec, "gravity", where)))
                    except ValueError:
                        raise EvaluationError(f"{where}: place: unknown place {place!r}") from None
                elif kind == "frame":
                    sid = _need(rec, "scene", where)
                    if sid not in settings:
                        raise EvaluationError(f"{where}: scene: {sid!r} has no scene record before it")
                    _frame(physics.scene(sid, settings[sid]), rec, where)
    except UnicodeDecodeError:
        raise EvaluationError(f"{path}: not a UTF-8 text file") from None
    if physics is None:
        raise EvaluationError(f"{path}: empty trace")
    return physics.summary()
