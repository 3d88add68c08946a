"""The cluster planned on paper, measured: docs/scale.md's figures.

For every example: what one shot job costs a fresh worker (rebuilding its take: simulating its
scene up to the shot's end, the cameras, the environment; then drawing and encoding it), what
the film's own process does before each job can leave (simulating the scenes in order to key
the shots), and from these a predicted wall time for 1, 2, 8 and 64 workers (each on its own
core). For the films named by --measure, the same film is then rendered with 1 and 2 local
worker processes (`--executor processes`), and the peak memory of a worker is read.

    .venv/bin/python tools/scale_plan.py --measure trailer   # writes out/scale.json, prints Markdown
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
WORKERS = (1, 2, 8, 64)


@dataclass
class ShotCost:
    shot: str
    frames: int
    rebuild_s: float  # take_at in a worker: its scene simulated through the shot, cameras, environment
    draw_encode_s: float
    driver_s: float  # the film's process: this take's share of simulating the film in order

    @property
    def job_s(self) -> float:
        return self.rebuild_s + self.draw_encode_s


def worker_start_s() -> float:
    """A fresh interpreter importing what a shot job needs (paid once per worker)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import kinema.film.render, kinema.render.vector"], check=True)
    return time.perf_counter() - start


def costs(path: Path) -> list[ShotCost]:
    from kinema.film.render import ShotTask, make_segment
    from kinema.film.takes import load_sprites, take_at, takes
    from kinema.screenplay import load

    play = load(path)
    sprites = load_sprites(play, path.parent, path.name)
    driver = []
    start = time.perf_counter()
    for _ in takes(play, sprites):  # what segments() does before it hands out each job
        now = time.perf_counter()
        driver.append(now - start)
        start = now
    out = []
    for i, d in enumerate(driver):
        start = time.perf_counter()
        take = take_at(play, sprites, i)
        rebuilt = time.perf_counter() - start
        task = ShotTask(play, str(path.parent), path.name, i, take.job.frames, None, None, None, take)
        start = time.perf_counter()
        made = make_segment(task)
        drawn = time.perf_counter() - start
        if not isinstance(made.source, (Path, bytes)):
            made.source.close()
        out.append(ShotCost(take.job.shot.id, take.job.frames, rebuilt, drawn, d))
    return out


def predict(shots: list[ShotCost], workers: int, start_s: float) -> float:
    """List scheduling in film order: a job leaves when the film's process has simulated up to
    it, and runs on the first free worker (which paid `start_s` once)."""
    free = [start_s] * workers
    ready = end = 0.0
    for s in shots:
        ready += s.driver_s
        w = min(range(workers), key=lambda k: free[k])
        finish = max(ready, free[w]) + s.job_s
        free[w] = finish
        end = max(end, finish)
    return end


def critical_path(shots: list[ShotCost], start_s: float) -> tuple[float, str]:
    """Unlimited workers: the latest (release + job) over the shots, and which shot it is."""
    ready, best, which = 0.0, 0.0, ""
    for s in shots:
        ready += s.driver_s
        if max(ready, start_s) + s.job_s > best:
            best, which = max(ready, start_s) + s.job_s, s.shot
    return best, which


def measured(path: Path, workers: int) -> dict[str, float]:
    """Render with N local worker processes in a child; wall time and the workers' peak RSS."""
    code = ("import json, resource, sys, time\n"
            "from pathlib import Path\n"
            "from kinema.film.executor import ProcessExecutor\n"
            "from kinema.film.render import render\n"
            "from kinema.screenplay import load\n"
            "p = Path(sys.argv[1]); t = time.perf_counter()\n"
            "r = render(load(p), sys.argv[2], base_dir=p.parent, source=p.name, "
            "executor=ProcessExecutor(int(sys.argv[3])))\n"
            "print(json.dumps({'wall_s': time.perf_counter() - t, 'driver_rss_mb': r.peak_rss_mb, "
            "'worker_rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n")
    out = ROOT / "out" / f"scale-{path.stem}-{workers}.mp4"
    proc = subprocess.run([sys.executable, "-c", code, str(path), str(out), str(workers)], check=True,
                          capture_output=True, text=True)
    out.unlink(missing_ok=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("films", nargs="*", help="example names (default: every example)")
    ap.add_argument("--measure", nargs="*", default=["trailer"], help="films rendered with 1 and 2 workers")
    args = ap.parse_args()
    (ROOT / "out").mkdir(exist_ok=True)
    names = args.films or sorted(p.stem for p in EXAMPLES.glob("*.yaml"))
    start_s = worker_start_s()
    result: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "worker_start_s": round(start_s, 2), "films": {}}
    print(f"machine: {result['machine']}; a worker's start (interpreter + imports): {start_s:.2f} s\n")
    print("| film | shots | frames | job per shot: min / median / max s | film's process, serial s "
          "| critical path s (shot) | predicted 1 / 2 / 8 / 64 workers s |")
    print("|---|---|---|---|---|---|---|")
    films: dict[str, object] = {}
    for name in names:
        shots = costs(EXAMPLES / f"{name}.yaml")
        jobs = sorted(s.job_s for s in shots)
        cp, which = critical_path(shots, start_s)
        pred = {n: round(predict(shots, n, start_s), 1) for n in WORKERS}
        films[name] = {"shots": [s.__dict__ for s in shots], "critical_path_s": round(cp, 2),
                       "critical_shot": which, "predicted_s": pred,
                       "driver_serial_s": round(sum(s.driver_s for s in shots), 2)}
        print(f"| {name} | {len(shots)} | {sum(s.frames for s in shots)} | {jobs[0]:.1f} / "
              f"{jobs[len(jobs) // 2]:.1f} / {jobs[-1]:.1f} | {sum(s.driver_s for s in shots):.1f} | "
              f"{cp:.1f} ({which}) | {' / '.join(f'{pred[n]:.1f}' for n in WORKERS)} |", flush=True)
    result["films"] = films
    runs: dict[str, object] = {}
    for name in args.measure:
        path = EXAMPLES / f"{name}.yaml"
        runs[name] = {str(n): measured(path, n) for n in (1, 2)}
        print(f"\n{name}: measured with local worker processes here: {json.dumps(runs[name])}")
        detail = films.get(name)
        if isinstance(detail, dict):
            print(f"{name} per shot (rebuild + draw/encode = job, s):")
            for s in detail["shots"]:
                print(f"  {s['shot']}: {s['rebuild_s']:.2f} + {s['draw_encode_s']:.2f} "
                      f"({s['frames']} frames); film's process {s['driver_s']:.2f}")
    result["measured"] = runs
    result["tool_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (ROOT / "out" / "scale.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
