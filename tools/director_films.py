"""Render films of the director's prompt table and measure them with `kinema eval` (issue 13).

For each category and language of tests/data/director_prompts.yaml, its first development row
and its first held-out row (20 categories × 2 languages × 2 = 80 films): planned as `kinema
plan` plans (the rule planner, then the dailies), rendered at 10 s, and evaluated with
`kinema.evaluate.evaluate` given the screenplay. Reported per split and language:

- films, shots;
- coverage: the share of shots whose subjects are in frame ≥ 90 % of the shot, and the share
  of films whose coverage is ok (every shot, and every cast member on screen ≥ 1 s);
- the median render and evaluation time of one film.

    python tools/director_films.py [--docs docs/quality.md] [--out out/director_films]
                                   [--per-group 1] [--limit N]

Part of `make eval`. A tool of the repository, not of the package.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console

from kinema.evaluate.report import evaluate
from kinema.film.render import render
from kinema.plan.dailies import review
from kinema.plan.director import plan

sys.path.insert(0, str(Path(__file__).resolve().parent))
from composition import machine, write_docs  # tools/ is not a package: found through sys.path
from director import TABLE, load

START, END = "<!-- director-films:start -->", "<!-- director-films:end -->"
DURATION = 10.0
err = Console(stderr=True)


@dataclass
class Film:
    row: dict[str, Any]
    shots: int = 0
    shots_ok: int = 0
    ok: bool = False
    unseen: tuple[str, ...] = ()  # cast members on screen less than a second
    render_s: float = 0.0
    eval_s: float = 0.0
    error: str | None = None


def pick(rows: list[dict[str, Any]], per_group: int) -> list[dict[str, Any]]:
    """The first `per_group` development and held-out rows of each category and language, in file order."""
    taken: dict[tuple[str, str, str], int] = defaultdict(int)
    out = []
    for r in rows:
        key = (r["category"], r["lang"], r["split"])
        if taken[key] < per_group:
            taken[key] += 1
            out.append(r)
    return out


def film(row: dict[str, Any], out: Path, index: int) -> Film:
    f = Film(row)
    try:
        play = plan(row["prompt"], DURATION, lang=row["lang"], seed=0).screenplay
        play, _, _ = review(play)
        video = out / f"{index:03d}-{row['split']}-{row['lang']}.mp4"
        t0 = time.perf_counter()
        render(play, video)
        f.render_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = evaluate(video, play)
        f.eval_s = time.perf_counter() - t0
    except Exception as e:  # a failure is a row of the table, not the end of the run
        f.error = f"{type(e).__name__}: {e}".splitlines()[0][:160]
        return f
    coverage = report["coverage"]
    f.shots = len(coverage["shots"])
    f.shots_ok = sum(1 for s in coverage["shots"] if s["ok"])
    f.ok = bool(coverage["ok"])
    f.unseen = tuple(e for e, v in coverage["entities"].items() if not v["ok"])
    return f


def table(films: list[Film]) -> str:
    lines = ["| split | lang | films | failed | shots | shots covered | films covered | median render "
             "| median eval |", "|---|---|---|---|---|---|---|---|---|"]
    for split in ("dev", "heldout", "all"):
        for lang in ("en", "zh", "all"):
            fs = [f for f in films if split in ("all", f.row["split"]) and lang in ("all", f.row["lang"])]
            done = [f for f in fs if f.error is None]
            if not fs:
                continue
            shots = sum(f.shots for f in done)
            covered = sum(f.shots_ok for f in done)
            lines.append(
                f"| {split} | {lang} | {len(fs)} | {len(fs) - len(done)} | {shots} | "
                f"{covered / max(1, shots):.2f} | {sum(f.ok for f in done) / max(1, len(done)):.2f} | "
                f"{statistics.median(f.render_s for f in done) if done else 0:.1f} s | "
                f"{statistics.median(f.eval_s for f in done) if done else 0:.1f} s |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--out", type=Path, default=Path("out/director_films"))
    ap.add_argument("--per-group", type=int, default=1, help="rows per category, language and split")
    ap.add_argument("--limit", type=int, help="only the first N picked rows (a quick look)")
    ap.add_argument("--docs", type=Path, help="write the figures into this file between the markers")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = pick(load(args.table), args.per_group)[:args.limit]
    films = []
    for i, row in enumerate(rows):
        f = film(row, args.out, i)
        what = f.error or f"{f.shots_ok}/{f.shots} shots covered"
        err.print(f"[{i + 1}/{len(rows)}] {row['prompt'][:60]}: {what}")
        films.append(f)
    missed = [f for f in films if f.error is None and not f.ok]
    stamp = f"{datetime.date.today().isoformat()}, {machine()}, {len(films)} films of {DURATION:g} s at 720p"
    body = (f"### Director table, rendered\n\nFilms of the director table's prompts, planned with the "
            f"dailies, rendered and measured by `kinema eval` (tools/director_films.py, part of "
            f"`make eval`): the first development and held-out row of every category and language. "
            f"Figures of {stamp}.\n\n{table(films)}")
    if missed:
        body += "\n\nFilms whose coverage `kinema eval` found wanting:\n\n" + "\n".join(
            f"- {f.row['prompt']} ({f.row['split']}, {f.row['lang']}): {f.shots - f.shots_ok} of {f.shots} "
            f"shots uncovered" + (f"; on screen < 1 s: {', '.join(f.unseen)}" if f.unseen else "")
            for f in missed)
    failed = [f for f in films if f.error is not None]
    if failed:
        body += "\n\nFilms that failed:\n\n" + "\n".join(f"- {f.row['prompt']}: {f.error}" for f in failed)
    print(body)
    if args.docs:
        write_docs(args.docs, body, START, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
