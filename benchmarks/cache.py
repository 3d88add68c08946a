"""`make bench`, the shot cache: a 60-second, 10-shot film rendered cold, then one shot changed.

The film is examples/wolf.yaml (1280x720, 24 fps) with each of its five shots split in two.
Every render is `kinema render --json` in its own process; times are whole processes
(start-up included) and the in-process wall time. The target: changing one shot and
re-rendering takes under 25 % of the full render. Figures go to stdout as Markdown and to
out/bench_cache.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "examples" / "wolf.yaml"
SIZES = ["extreme-wide", "wide", "full", "medium", "medium-close", "close-up"]


def ten_shots() -> dict[str, Any]:
    data = yaml.safe_load(FILM.read_text(encoding="utf-8"))
    for scene in data["scenes"]:
        shots = []
        for shot in scene["shots"]:
            half = shot["duration"] / 2
            shots.append({**shot, "id": f"{shot['id']}a", "duration": half})
            shots.append({**shot, "id": f"{shot['id']}b", "duration": half, "transition": "cut"})
        scene["shots"] = shots
    return data


def render(film: Path, out: Path, *flags: str) -> tuple[float, dict[str, Any]]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out), "--json",
                           *flags], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, json.loads(proc.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kinema-bench-cache-"))
    try:
        data = ten_shots()
        film = tmp / "film.yaml"
        film.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        shots = [s for sc in data["scenes"] for s in sc["shots"]]
        plain = [render(film, tmp / "plain.mp4", "--no-cache")[0] for _ in range(args.repeats)]
        cold, hit, edit = [], [], []
        for r in range(args.repeats):
            cache = tmp / f"cache{r}"
            cold.append(render(film, tmp / "cold.mp4", "--cache", str(cache))[0])
            hit.append(render(film, tmp / "hit.mp4", "--cache", str(cache))[0])
            # One shot changes: a different shot, and a different size, each repeat.
            shot = shots[2 + 3 * r % len(shots)]
            old = shot["size"]
            shot["size"] = next(s for s in SIZES if s != old)
            edited = tmp / "edited.yaml"
            edited.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
            shot["size"] = old
            edit.append(render(edited, tmp / "edit.mp4", "--cache", str(cache))[0])
            shutil.rmtree(cache)
        med = {k: round(statistics.median(v), 2) for k, v in
               {"plain": plain, "cold": cold, "hit": hit, "edit": edit}.items()}
        result = {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "film": "examples/wolf.yaml split into 10 shots, 60 s, 1280x720, 24 fps",
            "repeats": args.repeats,
            "process_wall_s_median": med,
            "edit_vs_full": round(med["edit"] / med["cold"], 3),
            "edit_vs_uncached": round(med["edit"] / med["plain"], 3),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench_cache.json").write_text(json.dumps(result, indent=2))
    print(f"machine: {result['machine']}\nfilm: {result['film']}, median of {args.repeats}\n")
    print("| measure | wall, whole process | target |\n|---|---|---|")
    print(f"| full render, no cache (`--no-cache`) | {med['plain']} s | |")
    print(f"| full render, empty cache (10 shots rendered) | {med['cold']} s | |")
    print(f"| unchanged, every shot from the cache | {med['hit']} s | |")
    print(f"| one shot's size changed (1 shot rendered) | {med['edit']} s | |")
    print(f"| changed / full render | {result['edit_vs_full']:.1%} | < 25 % |")


if __name__ == "__main__":
    main()
