"""Contact sheets of held-out prompts (issue 13): docs/gallery/open/.

One held-out row from each of 12 categories of tests/data/director_prompts.yaml (English and
Chinese in turn, the first such row in file order, so the pick is not chosen by how it looks),
planned as `kinema plan` does (dailies on), 12 s, written as NN-category.yaml and its contact
sheet NN-category.png, with an index (README.md) listing each prompt and the planner's notes.

    .venv/bin/python tools/open_gallery.py [--out docs/gallery/open]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kinema import contact  # noqa: E402
from kinema.atomic import write_text  # noqa: E402
from kinema.plan.dailies import review  # noqa: E402
from kinema.plan.director import plan  # noqa: E402
from kinema.screenplay.load import dump_yaml  # noqa: E402

TABLE = ROOT / "tests/data/director_prompts.yaml"
DURATION = 12.0
SHEETS = 12


def picks(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    categories = list(dict.fromkeys(str(r["category"]) for r in rows))
    for k, cat in enumerate(categories[:SHEETS]):
        lang = "en" if k % 2 == 0 else "zh"
        out.append(next(r for r in rows
                        if r["split"] == "heldout" and r["category"] == cat and r["lang"] == lang))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs/gallery/open")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    index = ["# Held-out prompts, as a new user would try them\n",
             "Made by `tools/open_gallery.py`: one held-out row of each of 12 categories of "
             "tests/data/director_prompts.yaml, planned with the dailies, 12 s, the middle frame of "
             "each shot.\n"]
    for k, row in enumerate(picks(rows)):
        name = f"{k + 1:02d}-{row['category']}"
        result = plan(str(row["prompt"]), DURATION)
        play, notes, _ = review(result.screenplay)
        path = args.out / f"{name}.yaml"
        write_text(path, dump_yaml(play))
        contact.write(path, args.out)
        said = "; ".join([*result.notes, *notes]) or "none"
        index.append(f"## {name}\n\n> {row['prompt']}\n\n![{name}]({name}.png)\n\nNotes: {said}\n")
        print(name, flush=True)
    write_text(args.out / "README.md", "\n".join(index))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
