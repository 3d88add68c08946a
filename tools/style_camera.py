"""Style and camera words (issue 20, items 5 and 6): scores and contact sheets.

    python tools/style_camera.py score      # the prompt table, dev and heldout (docs/quality.md)
    python tools/style_camera.py gallery    # docs/gallery/composition/: a sheet per look and per camera word

Each prompt is planned by the rule planner (`kinema plan`), so the sheets show what a person typing
the prompt gets. A look's sheet shows the middle frame of every shot; a camera word's sheet the
first and the last frame of every shot, so the move shows.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from kinema.contact import middle_frames, sheet, thumbnail_size, write_png
from kinema.film.loop import picked_frames
from kinema.film.takes import Take, load_sprites
from kinema.plan.dailies import review
from kinema.plan.director import plan
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Screenplay, Style

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "tests" / "data" / "style_camera_prompts.yaml"
OUT = ROOT / "docs" / "gallery" / "composition"
sys.path.insert(0, str(ROOT / "tests"))
from test_style_camera_table import check  # noqa: E402  (the one scorer, shared with the test)

# One prompt per look and per camera word: the table's dev rows, in English and Chinese.
LOOKS = {
    Style.WATERCOLOUR: "a fox runs through a forest in the style of a watercolour painting",
    Style.NOIR: "a black and white film of a man walking down a street at night",
    Style.NEON: "a cyberpunk city at night with a robot walking",
    Style.IMPASTO: "梵高风格的星空下，一只狼在山顶嚎叫",
    Style.SKETCH: "a pencil sketch of a horse galloping across a plain",
    Style.PIXEL: "pixel art of a knight fighting a dragon",
    Style.COMIC: "a comic book scene of a superhero flying over the city",
    Style.UKIYOE: "浮世绘风格的巨浪和小船",
    Style.INK: "水墨画风格，一只熊猫在竹林里吃竹子",
    Style.SEPIA: "a vintage sepia film of a train crossing a desert",
}
CAMERA = {
    "pan-left": "a lighthouse on a beach at sunset; the camera pans left",
    "tilt": "a wolf on a peak; tilt up to the moon",
    "zoom": "zoom in on a cat sleeping on a sofa",
    "dolly": "a slow dolly in towards a man standing in the rain",
    "orbit": "the camera orbits around a dancer on a stage",
    "aerial": "航拍一群马穿过草原",
    "first-person": "第一人称视角，一个男人在森林里奔跑",
    "slow-motion": "slow-mo of a boxer punching another boxer",
    "time-lapse": "timelapse: snails cross a garden path",
    "rack-focus": "a rack focus from a candle to a woman behind it",
}


def score() -> None:
    rows: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    total: Counter[tuple[str, str, str]] = Counter()
    good: Counter[tuple[str, str, str]] = Counter()
    subject: Counter[tuple[str, str, str]] = Counter()
    for r in rows:
        key = (r["category"], r["lang"], r["split"])
        play = plan(r["prompt"], duration=20.0, seed=1).screenplay
        wrong = check(r, play)
        total[key] += 1
        good[key] += not wrong
        subject[key] += any(m.name.en in r["objects"] for m in play.cast)  # the subject itself grounded
        if wrong and r["split"] == "dev":  # held-out rows are only counted, never shown
            print(f"miss [{r['split']}] {r['prompt']}: {'; '.join(wrong)}")
    print("| category | lang | dev right | heldout right | dev subject cast | heldout subject cast |")
    print("|---|---|---|---|---|---|")
    for cat in ("style", "camera"):
        for lang in ("en", "zh"):
            cells = [f"{c[(cat, lang, s)]}/{total[(cat, lang, s)]}"
                     for c in (good, subject) for s in ("dev", "heldout")]
            print(f"| {cat} | {lang} | {' | '.join(cells)} |")


def _planned(prompt: str, duration: float) -> Screenplay:
    """As `kinema plan` makes it: the rule planner, then the dailies."""
    return review(plan(prompt, duration=duration, seed=1).screenplay)[0]


def _ends(play: Screenplay) -> list[tuple[str, np.ndarray]]:
    """Frames near the start and the end of every shot (past the fades), drawn small."""
    play = thumbnail_size(play)

    def pick(take: Take) -> tuple[int, ...]:
        n = take.job.frames
        return (n // 8, n - 1 - n // 8)

    out = []
    for take, i, frame in picked_frames(play, load_sprites(play, None, "gallery"), VectorBackend(), pick):
        s = take.job.shot
        speed = f" · x{s.speed:g}" if s.speed != 1 else ""
        when = "start" if i < take.job.frames // 2 else "end"
        out.append((f"{s.id}  {s.size.value} · {s.move.value}{speed}  {when}", frame.copy()))
    return out




def gallery(duration: float) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for style, prompt in LOOKS.items():
        play = _planned(prompt, duration)
        assert play.style == style, (prompt, play.style)
        write_png(sheet(f"{style.value}  ·  {prompt}", middle_frames(play)), OUT / f"style_{style.value}.png")
        print("wrote", OUT / f"style_{style.value}.png")
    for name, prompt in CAMERA.items():
        play = _planned(prompt, duration)
        write_png(sheet(f"{name}  ·  {prompt}", _ends(play), columns=4), OUT / f"camera_{name}.png")
        print("wrote", OUT / f"camera_{name}.png")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("score", "gallery"))
    ap.add_argument("--duration", type=float, default=16.0)
    args = ap.parse_args()
    score() if args.what == "score" else gallery(args.duration)


if __name__ == "__main__":
    main()
