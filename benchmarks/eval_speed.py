"""Evaluation speed: `kinema eval --screenplay --json` on the 60-second 720p wolf film.

Renders examples/wolf.yaml to out/bench_eval/wolf.mp4 once (kept between runs), then runs the
evaluation three times, each in its own process, and prints the median wall time and peak RSS.
Target: under 60 s on the 2-core machine.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINEMA = [sys.executable, "-m", "kinema"]


def main() -> None:
    out = ROOT / "out" / "bench_eval"
    out.mkdir(parents=True, exist_ok=True)
    video = out / "wolf.mp4"
    yaml = ROOT / "examples" / "wolf.yaml"
    if not video.exists():
        subprocess.run([*KINEMA, "render", str(yaml), "-o", str(video), "-q"], check=True)
    walls, rss = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run([*KINEMA, "eval", str(video), "--screenplay", str(yaml), "--json"],
                              check=True, capture_output=True, text=True)
        walls.append(time.perf_counter() - start)
        rss.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
        report = json.loads(done.stdout)
    result = {"film_s": report["video"]["duration_s"], "frames": report["video"]["frames"],
              "eval_wall_s_median": round(statistics.median(walls), 2),
              "eval_wall_s": [round(w, 2) for w in walls], "peak_rss_mb": round(max(rss), 1),
              "target_s": 60}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
