"""Contact sheets for the composition table (issue 20): one per category, and the people's actions.

    python tools/composition_gallery.py [--only NAME ...]   # writes docs/gallery/composition/

Each prompt is planned as `kinema plan` plans it (the rule planner, then the dailies, seed 1) and
drawn small (THUMB_SHORT pixels high; 180 for the actions). A category's sheet shows four frames
of its first shot, so what moves shows; `actions_*.png` show one person per composed action
(motions.py), four frames 0.5 s apart, so the motion reads as the action. The looks' and
camera words' sheets are tools/style_camera.py's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from kinema.contact import sheet, thumbnail_size, write_png
from kinema.film.loop import picked_frames
from kinema.film.takes import Take, load_sprites
from kinema.plan.dailies import review
from kinema.plan.director import plan
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Screenplay

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "gallery" / "composition"
DURATION = 8.0

# One prompt per category of tests/data/composition_prompts.yaml (its dev rows, or new ones).
CATEGORIES = {
    "place_alone": "a quiet beach at sunset",
    "single_object": "a red bicycle",
    "two_objects": "a bird and a cat",
    "colour": "a red car and a blue bicycle",
    "relation": "a bicycle on the left of a car",
    "count": "三只黑猫和一只白狗",
    "person_action": "a woman sweeping the floor",
    "interaction": "A person is riding a bike",
}
# People's actions, composed in motions.py: a sheet of each group, prompts in both languages.
ACTIONS = {
    "sport": ["A person is marching", "a man skiing", "a girl ice skating", "A person is skateboarding",
              "a man shadow boxing", "a girl skipping rope", "a basketball player dribbling",
              "a man golfing"],
    "music": ["a person playing the guitar", "a boy playing the violin", "一个女人在弹钢琴",
              "a drummer drumming",
              "一个人在吹笛子", "a singer singing", "a conductor conducting", "a boy clapping his hands"],
    "work": ["a woman sweeping the floor", "一个男人在做饭", "a chef chopping onions", "a man juggling balls",
             "a carpenter hammering", "a farmer digging", "a man typing", "a man rowing a boat"],
    "hand": ["an old woman knitting a scarf", "奶奶正在织毛衣", "a tailor sewing a shirt",
             "a girl embroidering a flower", "a teenager texting on her phone",
             "a painter painting at an easel",
             "一个女孩在拉大提琴", "一个老人在看报纸"],
}


def _planned(prompt: str) -> Screenplay:
    return review(plan(prompt, duration=DURATION, seed=1).screenplay)[0]


def _frames(play: Screenplay, times: tuple[float, ...], label: str,
            short: int = 0) -> list[tuple[str, np.ndarray]]:
    """Frames of the first shot at `times` seconds into it (clamped to the shot), `short` pixels on
    the short side (the contact sheet's size when 0)."""
    play = thumbnail_size(play)
    if short:
        fmt = play.format
        k = short / min(fmt.width, fmt.height)
        play = play.model_copy(update={"format": fmt.model_copy(
            update={"width": round(fmt.width * k / 2) * 2, "height": round(fmt.height * k / 2) * 2})})
    fps = play.format.fps

    def pick(take: Take) -> tuple[int, ...]:
        if take.index != 0:
            return ()
        n = take.job.frames
        return tuple(min(n - 1, round(t * fps)) for t in times)

    out = []
    for _take, i, frame in picked_frames(play, load_sprites(play, None, "gallery"), VectorBackend(), pick):
        out.append((f"{label}  t={i / fps:.1f}s", frame.copy()))
    return out


def _save(arr: np.ndarray, path: Path) -> None:
    write_png(arr, path)
    print("wrote", path.relative_to(ROOT))


def _verb(play: Screenplay) -> str:
    people = {m.id for m in play.cast if m.archetype.value == "human"}
    return next((a.do.value for s in play.scenes for a in s.actions if a.who in people), "idle")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="sheet names to draw (category_<name>, actions_<group>)")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    want = set(args.only or [])
    for cat, prompt in CATEGORIES.items():
        name = f"category_{cat}"
        if want and name not in want:
            continue
        play = _planned(prompt)
        _save(sheet(f"{cat}  ·  {prompt}", _frames(play, (1.0, 2.5, 4.0, 6.0), cat), columns=4),
              OUT / f"{name}.png")
    for group, prompts in ACTIONS.items():
        name = f"actions_{group}"
        if want and name not in want:
            continue
        frames = []
        for prompt in prompts:
            play = _planned(prompt)
            frames += _frames(play, (1.5, 2.0, 2.5, 3.0), f"{_verb(play)}: {prompt}", short=180)
        _save(sheet(f"people's actions ({group}), four frames 0.5 s apart", frames, columns=4),
              OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
