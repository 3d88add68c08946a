"""`kinema eval`: one streaming pass over the video, plus the screenplay's plan when given."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from kinema.evaluate.audio import audio_report, trace_events
from kinema.evaluate.consistency import Consistency
from kinema.evaluate.coverage import Coverage
from kinema.evaluate.cuts import CutDetector, score
from kinema.evaluate.dynamics import Dynamics
from kinema.evaluate.flicker import Flicker
from kinema.evaluate.flow import Flow, grey
from kinema.evaluate.footing import Footing, frame_footing
from kinema.evaluate.physics import Physics
from kinema.evaluate.placement import Box, Cuts, entity_box, filmed, planned_cuts
from kinema.evaluate.smoothness import Smoothness
from kinema.evaluate.tracefile import physics_from_trace
from kinema.evaluate.video import EvaluationError, VideoInfo, probe, stream
from kinema.film.takes import load_sprites, shot_frames
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Screenplay, in_sky

Tick = Callable[[int], None]  # called with the number of frames done so far


def _check_match(info: VideoInfo, play: Screenplay, source: str) -> int:
    fmt = play.format
    if (fmt.width, fmt.height) != (info.width, info.height):
        raise EvaluationError(f"{source}: format is {fmt.width}x{fmt.height} but {info.path} is "
                              f"{info.width}x{info.height}; was the video rendered from this screenplay?")
    if abs(fmt.fps - info.fps) > 0.01:
        raise EvaluationError(f"{source}: format.fps is {fmt.fps} but {info.path} runs at {info.fps:g} fps")
    planned = sum(sum(c) for c in shot_frames(play))
    if info.frames and info.frames != planned:
        raise EvaluationError(f"{source}: the screenplay plans {planned} frames but {info.path} has "
                              f"{info.frames}; was the video rendered from this screenplay?")
    return planned


def _plan_pass(play: Screenplay, info: VideoInfo, consistency: Consistency, coverage: Coverage,
               physics: Physics, footing: Footing, sprites: dict[str, Sprite]) -> None:
    """One re-simulation of the film serves every measure that reads the plan."""
    archetypes = {m.id: m.archetype for m in play.cast}
    for f in filmed(play, sprites):
        footing.add(frame_footing(f.job, f.at))
        shown: dict[str, bool] = {}
        for e in f.state.entities:
            box = entity_box(e, archetypes[e.id], f.camera, info.width, info.height)
            shown[e.id] = box.on_screen(info.width, info.height)
            consistency.offer(f.index, f.shot_id, e.id, box, box.visible(info.width, info.height))
        for g in f.state.groups:  # a group is on screen where its copies are, not its unseen leader
            sx = (g.x - f.camera.cx) * f.camera.ppm + info.width / 2
            sy = info.height / 2 - (g.y - f.camera.cy) * f.camera.ppm
            shown[g.id] = bool(((sx >= 0) & (sx < info.width) & (sy >= 0) & (sy < info.height)).any())
        coverage.add(f, shown)
        physics.add(f)


def _rounded(x: Any) -> Any:
    if isinstance(x, float):
        return round(x, 4)
    if isinstance(x, dict):
        return {k: _rounded(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_rounded(v) for v in x]
    return x


def evaluate(video: Path, play: Screenplay | None = None, source: str = "<screenplay>",
             tick: Tick | None = None, keep: dict[int, np.ndarray] | None = None,
             trace: Path | None = None, base_dir: Path | None = None) -> dict[str, Any]:
    """Every measure of the film as one JSON-ready dict (see docs/evaluation.md).

    `trace`: a world trace (JSON Lines); the physics probes then read it instead of the
    re-simulated screenplay, and work without a screenplay.

    `keep`: frame indices whose analysis-size RGB frame is copied into it (contact sheets).
    `base_dir`: where the screenplay's own asset files are (its folder), for the footing pass."""
    start = time.perf_counter()
    info = probe(video)
    traced = physics_from_trace(trace) if trace is not None else None
    plan: Cuts | None = None
    consistency, physics = Consistency(), None
    coverage: Coverage | None = None
    footing: dict[str, object] | None = None
    crops: dict[int, list[tuple[str, str, Box]]] = {}
    if play is not None:
        planned = _check_match(info, play, source)
        plan = planned_cuts(play)
        # (a body the sky paints is no member the world places: plan/sky.py)
        coverage = Coverage([m.id for m in play.cast if not in_sky(m.id)], play.format.fps)
        physics = Physics(play.seed)
        feet = Footing()
        _plan_pass(play, info, consistency, coverage, physics, feet, load_sprites(play, base_dir, source))
        crops = consistency.plan()
        footing = feet.summary()

    flow = Flow()
    cuts = CutDetector(info.fps)
    flicker, smooth = Flicker(), Smoothness(flow)
    dynamics = Dynamics.for_video(flow, info.fps, info.analysis_width, info.analysis_height)
    prev = None
    count = 0
    for i, small, frame in stream(info):
        gray = grey(small)
        cuts.add(i, small)
        if prev is not None:
            flicker.add(i, prev[0], small, flow(prev[1], gray))
        smooth.add(i, small, gray)
        dynamics.add(i, gray)
        if i in crops:
            full = frame.to_ndarray(format="rgb24")
            for eid, sid, box in crops[i]:
                consistency.add(full, eid, sid, box)
        if keep is not None and i in keep:
            keep[i] = small.copy()
        prev = (small, gray)
        count = i + 1
        if tick is not None:
            tick(count)
    if play is not None and count != planned:
        raise EvaluationError(f"{source}: the screenplay plans {planned} frames but {video} decodes "
                              f"to {count}")

    detected = cuts.finish()
    boundaries = plan.boundaries if plan is not None else detected
    found = {"found": detected}
    cut_report = found if plan is None else {**found, **score(detected, plan.hard, plan.soft)}
    report: dict[str, Any] = {
        "video": {"path": str(video), "width": info.width, "height": info.height, "fps": info.fps,
                  "frames": count, "duration_s": count / info.fps if info.fps else 0.0,
                  "analysis_width": info.analysis_width, "analysis_height": info.analysis_height},
        "screenplay": source if play is not None else None,
        "cuts": cut_report,
        "flicker": flicker.summary(boundaries),
        "smoothness": smooth.summary(boundaries),
        "dynamics": dynamics.summary(boundaries),
        "consistency": consistency.summary() if play is not None else None,
        "physics": traced if traced is not None else physics.summary() if physics is not None else None,
        "coverage": coverage.summary() if coverage is not None else None,
        "footing": footing,
        "audio": audio_report(video, info.fps, trace_events(trace, round(info.fps)) if trace is not None
                              else None),
        "wall_s": time.perf_counter() - start,
    }
    return dict(_rounded(report))
