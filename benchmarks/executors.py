"""`make bench`: the trailer (examples/trailer.yaml, 60 s, 1280x720, 4 scenes) drawn by each
executor on this machine: local (one process), processes (one per core) and ray (a Ray started
for the run, one task slot per core).

Each render is `kinema render --no-cache --json` in its own process, the executors interleaved,
medians over the repeats. `wall_s` is render()'s own figure (Ray's start included); `process_s`
adds the interpreter's start and Ray's shutdown. Every run must give the same bytes. Figures go
to stdout as Markdown and to out/bench_executors.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "examples" / "trailer.yaml"
EXECUTORS = ("local", "processes", "ray")


def one(executor: str, out: Path) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(FILM), "-o", str(out), "--json",
                           "--no-cache", "--executor", executor], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"--executor {executor} failed:\n{proc.stderr[-2000:]}")
    result: dict[str, float] = json.loads(proc.stdout)
    result["process_s"] = time.perf_counter() - start
    result["sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()  # type: ignore[assignment]
    out.unlink()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()
    try:
        import ray  # noqa: F401
    except ImportError:
        raise SystemExit("benchmarks/executors.py needs the ray extra: pip install 'kinema[ray]'") from None
    tmp = Path(tempfile.mkdtemp(prefix="kinema-bench-exe-"))
    runs: dict[str, list[dict[str, float]]] = {e: [] for e in EXECUTORS}
    for i in range(args.repeats):
        for e in EXECUTORS:
            runs[e].append(one(e, tmp / f"{e}{i}.mp4"))
    tmp.rmdir()
    digests = {r["sha256"] for rs in runs.values() for r in rs}
    if len(digests) != 1:
        raise SystemExit(f"the executors gave different bytes: {sorted(digests)}")  # type: ignore[arg-type]
    keys = ("wall_s", "process_s", "peak_rss_mb")
    med = {e: {k: round(statistics.median(r[k] for r in rs), 2) for k in keys} for e, rs in runs.items()}
    result = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "film": "examples/trailer.yaml, 60 s, 1280x720, 24 fps", "repeats": args.repeats,
              "median": med, "runs": {e: [r["wall_s"] for r in rs] for e, rs in runs.items()}}
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench_executors.json").write_text(json.dumps(result, indent=2))
    base = med["local"]["wall_s"]
    print(f"machine: {result['machine']}\nfilm: {result['film']}, median of {args.repeats}, same bytes\n")
    print("| executor | render wall s | process wall s | realtime factor | vs local | driver peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for e in EXECUTORS:
        m = med[e]
        print(f"| {e} | {m['wall_s']} | {m['process_s']} | {60 / m['wall_s']:.2f}x | "
              f"{base / m['wall_s']:.2f}x | {m['peak_rss_mb']} |")


if __name__ == "__main__":
    main()
