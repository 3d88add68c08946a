"""`make eval`: render the example films and the seed scenes' prompts, evaluate each, and write
docs/quality.md (a table of scores) with one contact sheet per film beside it.

Run as `python tools/quality.py [--out out/quality] [--docs docs]` (what `make eval` does).
A tool of the repository, not of the package: it reads examples/ and writes docs/.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from rich.console import Console

from kinema.atomic import write_bytes
from kinema.evaluate.report import evaluate
from kinema.evaluate.video import EvaluationError
from kinema.film.render import render
from kinema.film.takes import shot_frames
from kinema.screenplay import dump_yaml, load
from kinema.screenplay.model import Screenplay

# The seed scenes' English prompts and durations (the scenes the product is judged on).
SEED_SCENES: tuple[tuple[str, str, float], ...] = (
    ("wolf", "On a moonlit night a wolf stands on a mountain top and howls at the moon. "
             "Start with a wide shot, then cut to a close-up of the wolf.", 60),
    ("neon", "A girl walks under the neon lights of a city at night, in one continuous shot.", 60),
    ("cat", "A cat kneads a soft blanket.", 20),
    ("car", "A red off-road car speeds along a mountain dirt road, raising a trail of dust.", 30),
    ("punch", "Two boxers fight in a ring; one lands a punch on the other's face.", 20),
    ("dog", "A dog jumps from one window to another.", 15),
    ("tiger", "A tiger made of flowers bursts apart in mid-air into a cloud of petal particles, "
              "then reassembles into the tiger.", 20),
    ("trailer", 'A trailer for "The Wandering Earth 3": the planetary engines ignite; Earth leaves the '
                "solar system; a spaceship flies through an asteroid belt near Jupiter; an astronaut "
                "looks toward a distant new home.", 60),
)
THUMB_W = 192
err = Console(stderr=True)


@dataclass(frozen=True)
class Film:
    name: str
    source: str  # where the screenplay came from
    play: Screenplay
    base_dir: Path | None


def films(examples: Path) -> list[Film]:
    out = [Film(p.stem, f"examples/{p.name}", load(p), p.parent) for p in sorted(examples.glob("*.yaml"))]
    from kinema.plan import plan

    for sid, prompt, duration in SEED_SCENES:
        out.append(Film(f"seed-{sid}", f"plan: seed scene {sid} (en)",
                        plan(prompt, duration=duration, lang="en", seed=0).screenplay, None))
    return out


def middle_frames(play: Screenplay) -> list[int]:
    """The middle frame of every shot, in film order."""
    out, start = [], 0
    for counts in shot_frames(play):
        for n in counts:
            out.append(start + n // 2)
            start += n
    return out


def contact_sheet(frames: list[np.ndarray], columns: int = 5) -> np.ndarray:
    thumbs = [cv2.resize(f, (THUMB_W, max(2, round(f.shape[0] * THUMB_W / f.shape[1]))),
                         interpolation=cv2.INTER_AREA) for f in frames]
    th = max(t.shape[0] for t in thumbs)
    rows = -(-len(thumbs) // columns)
    cols = min(columns, len(thumbs))
    pad = 4
    sheet = np.full((rows * (th + pad) + pad, cols * (THUMB_W + pad) + pad, 3), 24, np.uint8)
    for k, t in enumerate(thumbs):
        r, c = divmod(k, columns)
        y, x = pad + r * (th + pad), pad + c * (THUMB_W + pad)
        sheet[y:y + t.shape[0], x:x + THUMB_W] = t
    return sheet


def _fmt(x: Any, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def row(film: Film, r: dict[str, Any], sheet: str) -> str:
    c, co, cov, ft = r["cuts"], r["consistency"], r["coverage"], r["footing"]
    phys = r["physics"] or []
    fitted = [p for p in phys if p["fitted_gravity"] is not None]
    gravity = ", ".join(f"{p['fitted_gravity']:.2f}/{p['gravity']:g}" for p in fitted) or "no flight"
    sunk = max((p["max_penetration_m"] for p in phys), default=0.0)
    bad = [s["id"] for s in cov["shots"] if not s["ok"]]
    bad += [e for e, x in cov["entities"].items() if not x["ok"]]
    return (f"| {film.name} | {film.source} | {r['video']['duration_s']:g} s | {len(c['planned'])} | "
            f"{_fmt(c['precision'], 2)} / {_fmt(c['recall'], 2)} / {_fmt(c['f1'], 2)} | "
            f"{_fmt(r['flicker']['score'], 4)} ({_fmt(r['flicker']['static_score'], 4)}) | "
            f"{_fmt(r['smoothness']['score'], 4)} | {_fmt(r['dynamics']['degree'], 2)} | "
            f"{_fmt(co['same_minus_different'], 2)} ({_fmt(co['across_shots'], 2)}) | {gravity} | "
            f"{sunk:.3f} m | {ft['feet_off_ground_px_max']:.1f} px ({_fmt(ft['feet_off_ground_share'], 3)}) | "
            f"{_fmt(ft['overlap_frame_share'], 3)} | {'ok' if cov['ok'] else 'no: ' + ', '.join(bad)} | "
            f"{r['wall_s']:.1f} s | ![{film.name}]({sheet}) |")


COMPOSITION = "## Composition"  # the heading of the section tools/composition.py fills
HEADER = """# Quality report

Written by `make eval` (`python tools/quality.py`): every film in `examples/` and
every seed scene's English prompt planned with `kinema plan`, rendered, then measured with
`kinema eval --screenplay`. The measures are offline proxies computed on the CPU, described
field by field in [evaluation.md](evaluation.md); they are not VBench scores.

Columns: cuts planned; hard-cut precision / recall / F1 (within one frame); flicker, all pixels
(static pixels); motion smoothness; dynamic degree; character consistency as same − different
member (across-shot similarity of the same member); fitted / scene gravity per scene with
airborne bodies; deepest foot below the ground (the feet point under the body's middle, so a
car astride a crest has it a few centimetres under the crest between its wheels); feet off the
drawn ground, the worst gap in
pixels at the film's resolution (the share of grounded body-frames more than 2 px off); the
share of frames where two bodies on one depth plane overlap by more than 10 % of the smaller;
coverage (cast on screen 1 s, shot subjects in frame 90 % of the shot); evaluation time; a
contact sheet with the middle frame of every shot.

"""
TABLE = ("| film | screenplay | length | cuts | P / R / F1 | flicker | smoothness | dynamic | "
         "consistency | gravity | sunk | feet off ground | overlaps | coverage | eval | shots |\n"
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--examples", type=Path, default=Path("examples"))
    ap.add_argument("--out", type=Path, default=Path("out/quality"))
    ap.add_argument("--docs", type=Path, default=Path("docs"))
    ap.add_argument("--only", nargs="*", help="film names to include (default: all)")
    ap.add_argument("--reuse", action="store_true",
                    help="evaluate a video already in --out if it was rendered from the same screenplay")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sheets = args.docs / "quality"
    sheets.mkdir(parents=True, exist_ok=True)
    rows = []
    for film in films(args.examples):
        if args.only and film.name not in args.only:
            continue
        video = args.out / f"{film.name}.mp4"
        # The screenplay is kept beside its video: a video is reused only for the same screenplay.
        stamp, planned = video.with_suffix(".yaml"), dump_yaml(film.play)
        if not (args.reuse and video.exists() and stamp.exists()
                and stamp.read_text(encoding="utf-8") == planned):
            err.print(f"{film.name}: rendering {film.play.duration:g} s")
            render(film.play, video, base_dir=film.base_dir, source=film.source)
            write_bytes(stamp, planned.encode("utf-8"))
        keep: dict[int, np.ndarray] = dict.fromkeys(middle_frames(film.play), np.empty(0))
        try:
            report = evaluate(video, film.play, film.source, keep=keep, base_dir=film.base_dir)
        except EvaluationError as e:  # one film that cannot be measured does not sink the report
            rows.append(f"| {film.name} | {film.source} | not evaluated: {e} |" + " |" * 13)
            err.print(f"{film.name}: {e}")
            continue
        sheet = contact_sheet([f for f in keep.values() if f.size])
        ok, png = cv2.imencode(".png", cv2.cvtColor(sheet, cv2.COLOR_RGB2BGR))
        if ok:
            write_bytes(sheets / f"{film.name}.png", png.tobytes())
        rows.append(row(film, report, f"quality/{film.name}.png"))
        err.print(f"{film.name}: evaluated in {report['wall_s']:.1f} s")
    out = args.docs / "quality.md"
    # The composition section (tools/composition.py, `make composition`) is kept as it stands.
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    tail = "\n" + old[old.index(COMPOSITION):] if COMPOSITION in old else ""
    write_bytes(out, (HEADER + TABLE + "\n".join(rows) + "\n" + tail).encode("utf-8"))
    err.print(f"wrote {args.docs / 'quality.md'}")


if __name__ == "__main__":
    main()
