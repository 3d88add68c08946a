"""`make bench` (world part): a 60-second scene with 10 bodies and about 5,800 live particles.

Reports the simulation alone (every state of the scene, particles included) against a full
`kinema render` of the same scene at 1280x720, 24 fps, and the particles' share of a frame's
drawing. The issue's target: simulation under 10 % of the render. Markdown to stdout, JSON to
out/bench_world.json.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def scene() -> dict[str, Any]:
    cast = [
        {"id": "car", "asset": {"emoji": "🚙"}, "archetype": "vehicle", "appearance": {"tint": "#c62828"}},
        {"id": "dog", "asset": {"emoji": "🐕"}, "archetype": "canine"},
        {"id": "cat", "asset": {"emoji": "🐈"}, "archetype": "feline"},
        {"id": "bird", "asset": {"emoji": "🐦"}, "archetype": "bird"},
    ] + [{"id": f"walker{i}", "asset": {"emoji": "🧍"}, "archetype": "human"} for i in range(6)]
    actions = [
        {"at": 0, "who": "car", "do": "drive", "speed": 10},
        {"at": 0, "who": "dog", "do": "chase", "target": "car"},
        {"at": 0, "who": "cat", "do": "knead"},
        {"at": 0, "who": "bird", "do": "fly", "to_x": 400, "speed": 8},
    ] + [{"at": 2 * i, "until": 2 * i + 40, "who": f"walker{i}", "do": "walk", "to_x": 30}
         for i in range(6)]
    for k in range(10):  # a jump every few seconds keeps landings and their dust coming
        actions.append({"at": 5 + 5 * k, "until": 7 + 5 * k, "who": "cat", "do": "jump"})
    return {
        "kinema": 1, "title": "world bench", "seed": 1,
        "format": {"width": 1280, "height": 720, "fps": 24},
        "cast": cast,
        "scenes": [{
            "id": "b1",
            "setting": {"place": "road", "time": "day", "weather": "snow"},
            "staging": {"car": {"x": -20}, "dog": {"x": -25}, "cat": {"x": 0}, "bird": {"x": -10},
                        **{f"walker{i}": {"x": -8 + 2 * i} for i in range(6)}},
            "actions": actions,
            "shots": [{"id": f"b{i}", "duration": 10, "size": "wide", "subjects": ["car"], "move": "track"}
                      for i in range(6)],
        }],
    }


def simulate_only(play: Any) -> tuple[float, float]:
    from kinema.world import simulate

    start = time.perf_counter()
    counts = [len(s.particles) for s in simulate(play, play.scenes[0])]
    return time.perf_counter() - start, statistics.mean(counts[len(counts) // 4:])


def particle_draw_ms(play: Any) -> float:
    """Milliseconds per frame in draw_particles alone, over one shot of the scene."""
    import numpy as np
    import skia

    from kinema.film.takes import load_sprites, shot_jobs
    from kinema.render.particles import draw_particles

    job = list(shot_jobs(play, load_sprites(play, None, "bench")))[3]
    buf = np.zeros((720, 1280, 4), np.uint8)
    surf = skia.Surface(buf, colorType=skia.kRGBA_8888_ColorType, alphaType=skia.kPremul_AlphaType)
    start = time.perf_counter()
    for st, cam in zip(job.states, job.cameras, strict=True):
        draw_particles(surf.getCanvas(), st.particles, cam, 1280, 720)
        surf.flushAndSubmit()
    return (time.perf_counter() - start) / job.frames * 1000


def main() -> None:
    from kinema.film.render import render
    from kinema.screenplay import Screenplay

    play = Screenplay.model_validate(scene())
    sim_s, particles = simulate_only(play)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        render(play, Path(tmp) / "bench_world.mp4")
        render_s = time.perf_counter() - start
    draw_ms = particle_draw_ms(play)
    out = {"machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
           "python": sys.version.split()[0], "scene_s": play.duration, "bodies": len(play.cast),
           "mean_live_particles": round(particles), "simulate_s": round(sim_s, 2),
           "render_s": round(render_s, 2), "simulate_share": round(sim_s / render_s, 3),
           "particle_draw_ms_per_frame": round(draw_ms, 2)}
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench_world.json").write_text(json.dumps(out, indent=2))
    print("| world bench | value |\n|---|---|")
    for k, v in out.items():
        print(f"| {k} | {v} |")
    print(f"\nsimulation is {100 * sim_s / render_s:.1f} % of the render (target < 10 %)")


if __name__ == "__main__":
    main()
