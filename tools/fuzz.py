"""`make fuzz`: 10,000 hostile cases through the CLI (tests/fuzzing.py), figures into
docs/reliability.md, every case that fails kept in tests/data/fuzz_regressions/.

    python tools/fuzz.py --cases 10000 --seed 1 --docs docs/reliability.md
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import (  # noqa: E402
    HOSTILE_FILES,
    REGRESSIONS,
    Case,
    Outcome,
    cases,
    make_hostile_files,
    run_in_tmp,
)
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

START, END = "<!-- fuzz:start -->", "<!-- fuzz:end -->"


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def keep(o: Outcome, n: int) -> Path:
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    kind = "hang" if o.hang else "crash" if o.crash else "partial"
    path = REGRESSIONS / f"fuzz-{kind}-{o.case.command}-{n:05d}.yaml"
    path.write_text(f"# {kind}: {o.why}\n" + o.case.to_yaml(), encoding="utf-8")
    return path


def run(total: int, seed_value: int, render_share: int) -> tuple[Counter[str], list[Outcome], float, float]:
    counts: Counter[str] = Counter()
    bad: list[Outcome] = []
    slowest = [0.0]
    hostile = Path(tempfile.mkdtemp(prefix="kinema-hostile-"))
    make_hostile_files(hostile)

    @seed(seed_value)
    @settings(max_examples=total, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(cases(HOSTILE_FILES, render_share))
    def one(case: Case) -> None:
        o = run_in_tmp(case, hostile)
        counts["cases"] += 1
        kind = "render (drawn)" if o.rendered else ("render (refused)" if case.command == "render"
                                                    and o.exit_code == 2 else case.command)
        if case.command == "render" and not o.rendered and o.exit_code == 0:
            kind = "render (long film: validated)"
        counts[kind] += 1
        counts[f"exit {o.exit_code}"] += 1
        counts["crashes"] += o.crash
        counts["hangs"] += o.hang
        counts["partial outputs"] += o.partial
        slowest[0] = max(slowest[0], o.seconds)
        if not o.ok:
            bad.append(o)
            print(f"FAILED ({o.why}): kept as {keep(o, counts['cases'])}", flush=True)
        if counts["cases"] % 500 == 0:
            print(f"{counts['cases']} cases, {counts['crashes']} crashes, {counts['hangs']} hangs, "
                  f"{counts['partial outputs']} partial", flush=True)

    start = time.perf_counter()
    one()
    return counts, bad, time.perf_counter() - start, slowest[0]


def report(counts: Counter[str], wall: float, slowest: float, seed_value: int) -> str:
    kinds = ["validate", "render (drawn)", "render (refused)", "render (long film: validated)", "plan", "edit"]
    rows = "\n".join(f"| {k} | {counts[k]:,} |" for k in kinds)
    machine = f"{cpu_name()}, {os.cpu_count()} cores (shared), Python {platform.python_version()}"
    per_case = wall / max(1, counts["cases"]) * 1000
    command = f"tools/fuzz.py --cases {counts['cases']} --seed {seed_value}"
    return "\n".join([
        START,
        f"Last run: {datetime.date.today().isoformat()}, `make fuzz` (`{command}`).",
        "",
        "| figure | value |",
        "|---|---|",
        f"| cases | {counts['cases']:,} |",
        f"| exit 0 / exit 2 | {counts['exit 0']:,} / {counts['exit 2']:,} |",
        f"| crashes (exit 1 or other, a traceback, an exception out of the CLI) | {counts['crashes']} |",
        f"| hangs (no answer in 60 s) | {counts['hangs']} |",
        f"| partial outputs (left by a failure, or a failed edit that changed the file) | "
        f"{counts['partial outputs']} |",
        f"| time | {wall:,.0f} s ({per_case:.0f} ms a case; slowest case {slowest:.1f} s) |",
        f"| machine | {machine}, {platform.system()} |",
        "",
        "| command | cases |",
        "|---|---|",
        rows,
        END,
    ])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--render-share", type=int, default=2, help="of 10 screenplay cases, how many render")
    ap.add_argument("--docs", type=Path, default=ROOT / "docs" / "reliability.md")
    args = ap.parse_args()
    os.environ.setdefault("KINEMA_CACHE", tempfile.mkdtemp(prefix="kinema-fuzz-cache-"))
    os.environ.setdefault("KINEMA_LOG_DIR", tempfile.mkdtemp(prefix="kinema-fuzz-logs-"))
    counts, bad, wall, slowest = run(args.cases, args.seed, args.render_share)
    block = report(counts, wall, slowest, args.seed)
    print(block)
    doc = args.docs.read_text(encoding="utf-8") if args.docs.exists() else f"{START}\n{END}\n"
    doc = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda m: block, doc, flags=re.S)
    args.docs.write_text(doc, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
