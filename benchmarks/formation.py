"""`make bench`: the flower tiger (examples/flower_tiger.yaml, 450 flowers) against the real-time floor.

Reports the median realtime factor of a full `kinema render --no-cache` over three runs (the
seed scenes' floor is 3x at 720p), and per shot the drawing cost of the pieces: ms per frame
with the formation drawn and with `draw_formation` a no-op, in the same process, best of two.

The realtime factor is also given by CPU time (film seconds over the render process's user +
system seconds), beside the seed scene examples/neon.yaml rendered in the same run, interleaved:
on a machine shared with other work the wall-clock factor measures the load, while the CPU
factor is a lower bound of the idle wall-clock one (the renderer's x264 threads only add CPU
time to the wall time they overlap).
Figures go to stdout as Markdown and to out/bench_formation.json.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "examples" / "flower_tiger.yaml"
SEED = ROOT / "examples" / "neon.yaml"  # a seed scene with people, on the same floor
FLOOR = 3.0


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def full_render(out: Path, film: Path = FILM) -> dict[str, Any]:
    """`kinema render --json` in its own process, with `cpu_s` (its user + system seconds) and
    `cpu_factor` (film seconds per CPU second) added."""
    before = _children_cpu()
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out), "--json",
                           "--no-cache", "--quiet"], capture_output=True, text=True, check=True)
    cpu = _children_cpu() - before
    done: dict[str, Any] = json.loads(proc.stdout)
    done["cpu_s"] = round(cpu, 2)
    done["cpu_factor"] = round(done["duration_s"] / cpu, 2)
    return done


def pieces_cost() -> list[dict[str, Any]]:
    from kinema.film.takes import load_sprites, shot_jobs
    from kinema.render import vector
    from kinema.screenplay import load

    play = load(FILM)
    real = vector.draw_formation
    backend = vector.VectorBackend()
    rows = []
    try:
        for job in shot_jobs(play, load_sprites(play, None, "bench")):
            picked = replace(job, picks=tuple(range(0, job.frames, 2)))
            best: dict[str, float] = {}
            for _ in range(2):
                for name, fn in (("with", real), ("without", lambda *a: 0)):
                    vector.draw_formation = fn  # type: ignore[assignment]
                    start = time.perf_counter()
                    n = sum(1 for _ in backend.render_shot(picked))
                    ms = (time.perf_counter() - start) / n * 1000
                    best[name] = min(best.get(name, ms), ms)
            rows.append({"shot": job.shot.id, "size": job.shot.size.value, "with_ms": round(best["with"], 2),
                         "without_ms": round(best["without"], 2)})
    finally:
        vector.draw_formation = real
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        runs, seeds = [], []
        for i in range(3):  # interleaved, so both see the same load
            runs.append(full_render(Path(tmp) / f"tiger{i}.mp4"))
            seeds.append(full_render(Path(tmp) / f"neon{i}.mp4", SEED))
    factor = statistics.median(r["realtime_factor"] for r in runs)
    cpu_factor = statistics.median(r["cpu_factor"] for r in runs)
    seed_cpu = statistics.median(r["cpu_factor"] for r in seeds)
    out = {"machine": f"{platform.machine()}, {os.cpu_count()} cores", "film": "examples/flower_tiger.yaml, "
           "20 s, 1280x720, 24 fps, 450 flowers", "realtime_factor_median": factor,
           "realtime_factors": [r["realtime_factor"] for r in runs],
           "cpu_factor_median": cpu_factor, "seed_neon_cpu_factor_median": seed_cpu,
           "seed_neon_realtime_factor_median": statistics.median(r["realtime_factor"] for r in seeds),
           "load_average": os.getloadavg()[0],
           "peak_rss_mb": max(r["peak_rss_mb"] for r in runs), "floor": FLOOR, "shots": pieces_cost()}
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench_formation.json").write_text(json.dumps(out, indent=2))
    print(f"flower tiger: {factor:.2f}x real time (median of 3; floor {FLOOR}x), peak "
          f"{out['peak_rss_mb']} MB; by CPU time {cpu_factor:.2f}x (the seed scene neon in the same run: "
          f"{seed_cpu:.2f}x); load average {out['load_average']:.1f}")
    print("\n| shot | size | with pieces, ms/frame | without | pieces |\n|---|---|---|---|---|")
    for r in out["shots"]:  # type: ignore[attr-defined]
        print(f"| {r['shot']} | {r['size']} | {r['with_ms']} | {r['without_ms']} | "
              f"{r['with_ms'] - r['without_ms']:.2f} |")


if __name__ == "__main__":
    main()
