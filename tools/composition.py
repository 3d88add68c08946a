"""Score the planner on the compositional prompt table (tests/data/composition_prompts.yaml).

Every row is planned with `kinema.plan.plan` and checked from the screenplay alone (nothing is
rendered). A row is right when it is planned (no refusal) and every expectation it carries holds:

- objects: every named object is cast (a member whose name.en is the entity key of that name).
- place: the first scene's setting.place.
- colour: every member of that noun carries appearance.tint == lexicon COLOURS[word] (and one exists).
- count: the members of that noun, each counted appearance.count times, sum to exactly n.
- relation: read in the first scene whose staging holds both a and b (and c). x is staging.x
  (screen left is smaller x: no shot is mirrored), y is staging.y with None (on the ground) as 0,
  depth is staging.depth (the depth plane counted from the camera, larger is farther).
  A member's end x is its last keyframe's x, else the to_x of its last action that has one, else
  its staging x.
    left_of / right_of: x(a) at least 0.5 m left / right of x(b), at the start and at the end,
      and no shot of the scene mirrored.
    on_top_of: y(a) > y(b) and |x(a) - x(b)| <= 1.5 m.   under: y(a) < y(b), same |dx|.
    in_front_of / behind: depth(a) < / > depth(b) and |dx| <= 3 m (no depth staged: wrong).
    next_to: 0.5 m <= |dx| <= 3 m and |dy| <= 1 m, at the start and at the end.
    inside: |dx| <= 1 m and |dy| <= 1 m.
    between: x(a) strictly between x(b) and x(c) (two members when b and c are one noun).
- person_verb: a human-archetype member has an action whose verb is one of the listed ones.
- interaction: a and b in one scene, |x(a) - x(b)| <= 1.5 m at the start and at the end (they
  travel together); for ride and sit_on also y(a) > y(b).

    python tools/composition.py [--split dev|heldout|all] [--docs docs/quality.md]
    python tools/composition.py --table tests/data/person_action_prompts.yaml --marker person-actions \
        --docs docs/quality.md   # the second measure of people's actions (issue 20)
    python tools/composition.py --table tests/data/composition*_prompts.yaml \
        tests/data/person_action_prompts.yaml --marker composition-pooled --docs docs/quality.md
        # every table at once: each category's cells over all of them, and the acceptance read there

With several tables the rows are pooled: a table of 5 to 8 rows a cell moves 0.12-0.2 with one row,
the pooled cells (30 to 60 held-out rows) are what the acceptance is read on, beside each table's own.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kinema.atomic import write_text
from kinema.errors import KinemaError
from kinema.plan import catalog, plan
from kinema.plan.lexicon import COLOURS
from kinema.plan.life import background
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Archetype, Scene

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "composition_prompts.yaml"
START, END = "<!-- composition:start -->", "<!-- composition:end -->"
CATEGORIES = ("place_alone", "single_object", "two_objects", "colour", "relation", "count",
              "person_action", "interaction")
RELATIONS = ("left_of", "right_of", "on_top_of", "under", "in_front_of", "behind", "next_to", "inside",
             "between")
INTERACTIONS = ("ride", "sit_on", "hold", "carry", "hug", "push")
# Issue 20's acceptance: these categories right >= FLOOR on the held-out half, in both languages.
ACCEPTANCE, FLOOR = ("relation", "colour", "two_objects", "person_action"), 0.9
DURATION = 10.0  # seconds: a benchmark clip's length
APART, NEAR, TOGETHER, INSIDE = 0.5, 3.0, 1.5, 1.0  # metres


def load(path: Path = TABLE) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return rows


def key(name: str) -> str:
    """The entity key a catalog English name stands for."""
    return catalog().en_index[name.lower()].key


def _members(play: Screenplay, noun: str) -> list[str]:
    k = key(noun)
    return [m.id for m in play.cast if m.name.en == k]


def _end_x(scene: Scene, who: str) -> float:
    x = scene.staging[who].x
    for a in scene.actions:
        if a.who == who and a.to_x is not None:
            x = a.to_x
    pins = [k for k in scene.keyframes if k.who == who and k.x is not None]
    if pins:  # a member moved by pins (a pushed cart) ends at its last one
        last = max(pins, key=lambda k: k.at)
        assert last.x is not None
        x = last.x
    return x


def _y(scene: Scene, who: str) -> float:
    y = scene.staging[who].y
    return 0.0 if y is None else y


def _depth(scene: Scene, who: str) -> float | None:
    d = getattr(scene.staging[who], "depth", None)
    return None if d is None else float(d)


def _mirrored(scene: Scene) -> bool:
    return any(getattr(s, "mirror", False) or getattr(s, "flip", False) for s in scene.shots)


def _pick(play: Screenplay, scene: Scene, nouns: list[str]) -> list[str] | None:
    """Distinct staged members for the nouns, in order (two trees: the first two tree members)."""
    used: list[str] = []
    for noun in nouns:
        free = [i for i in _members(play, noun) if i in scene.staging and i not in used]
        if not free:
            return None
        used.append(free[0])
    return used


def relation_ok(play: Screenplay, rel: dict[str, str]) -> bool:
    nouns = [rel["a"], rel["b"], *([rel["c"]] if "c" in rel else [])]
    for scene in play.scenes:
        ids = _pick(play, scene, nouns)
        if ids is None:
            continue
        return _relation_in(scene, rel["rel"], ids)
    return False


def _relation_in(scene: Scene, rel: str, ids: list[str]) -> bool:
    a, b = ids[0], ids[1]
    st = scene.staging
    dx0, dx1 = st[a].x - st[b].x, _end_x(scene, a) - _end_x(scene, b)
    dy = _y(scene, a) - _y(scene, b)
    if rel == "left_of":
        return dx0 <= -APART and dx1 <= -APART and not _mirrored(scene)
    if rel == "right_of":
        return dx0 >= APART and dx1 >= APART and not _mirrored(scene)
    if rel == "on_top_of":
        return dy > 0 and abs(dx0) <= TOGETHER
    if rel == "under":
        return dy < 0 and abs(dx0) <= TOGETHER
    if rel in ("in_front_of", "behind"):
        da, db = _depth(scene, a), _depth(scene, b)
        if da is None or db is None or abs(dx0) > NEAR:
            return False
        return da < db if rel == "in_front_of" else da > db
    if rel == "next_to":
        return all(APART <= abs(d) <= NEAR for d in (dx0, dx1)) and abs(dy) <= 1.0
    if rel == "inside":
        return abs(dx0) <= INSIDE and abs(dy) <= 1.0
    if rel == "between":
        xa, xb, xc = st[a].x, st[b].x, st[ids[2]].x
        return min(xb, xc) < xa < max(xb, xc)
    raise ValueError(f"unknown relation {rel!r}")


def interaction_ok(play: Screenplay, it: dict[str, str]) -> bool:
    for scene in play.scenes:
        ids = _pick(play, scene, [it["a"], it["b"]])
        if ids is None:
            continue
        a, b = ids
        together = (abs(scene.staging[a].x - scene.staging[b].x) <= TOGETHER
                    and abs(_end_x(scene, a) - _end_x(scene, b)) <= TOGETHER)
        if it["rel"] in ("ride", "sit_on"):
            together = together and _y(scene, a) > _y(scene, b)
        return together
    return False


def person_verb_ok(play: Screenplay, verbs: list[str]) -> bool:
    humans = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    return any(a.who in humans and a.do.value in verbs for s in play.scenes for a in s.actions)


def objects_ok(play: Screenplay, names: list[str]) -> bool:
    have = {m.name.en for m in play.cast}
    return all(key(n) in have for n in names)


def colour_ok(play: Screenplay, colours: dict[str, str]) -> bool:
    for noun, word in colours.items():
        ms = [m for m in play.cast if m.name.en == key(noun)]
        want = COLOURS[word].lower()
        if not ms or any((m.appearance.tint or "").lower() != want for m in ms):
            return False
    return True


def count_ok(play: Screenplay, counts: dict[str, int]) -> bool:
    for noun, n in counts.items():
        got = sum(m.appearance.count for m in play.cast if m.name.en == key(noun))
        if got != n:
            return False
    return True


@dataclass
class Outcome:
    refused: bool
    objects: bool | None  # None: the row names no objects
    right: bool
    failed: list[str] = field(default_factory=list)  # the keys that did not hold


def score(row: dict[str, Any]) -> Outcome:
    try:
        play = plan(row["prompt"], DURATION).screenplay
    except KinemaError:
        return Outcome(True, False if row.get("objects") else None, False, ["refused"])
    # Only what the prompt named is scored: a park's trees and the passers-by are the planner's own.
    play = play.model_copy(update={"cast": [m for m in play.cast if not background(m.id)]})
    checks: dict[str, bool] = {}
    if "objects" in row:
        checks["objects"] = objects_ok(play, row["objects"])
    if "place" in row:
        checks["place"] = play.scenes[0].setting.place.value == row["place"]
    if "colour" in row:
        checks["colour"] = colour_ok(play, row["colour"])
    if "count" in row:
        checks["count"] = count_ok(play, row["count"])
    if "relation" in row:
        checks["relation"] = relation_ok(play, row["relation"])
    if "person_verb" in row:
        checks["person_verb"] = person_verb_ok(play, row["person_verb"])
    if "interaction" in row:
        checks["interaction"] = interaction_ok(play, row["interaction"])
    failed = [k for k, ok in checks.items() if not ok]
    return Outcome(False, checks.get("objects"), not failed, failed)


def _share(k: int, n: int) -> str:
    return f"{k / n:.2f}" if n else "–"


def table(rows: list[dict[str, Any]], outcomes: list[Outcome], splits: list[str]) -> str:
    groups: dict[tuple[str, str, str], list[Outcome]] = defaultdict(list)
    for row, out in zip(rows, outcomes, strict=True):
        for split in (row["split"], "all"):
            groups[(row["category"], row["lang"], split)].append(out)
    lines = ["| category | lang | split | n | refused | objects cast | right |",
             "|---|---|---|---|---|---|---|"]
    for cat in CATEGORIES:
        for lang in ("en", "zh"):
            for split in splits:
                g = groups.get((cat, lang, split), [])
                if not g:
                    continue  # a table without this category (tests/data/person_action_prompts.yaml)
                named = [o for o in g if o.objects is not None]
                lines.append(f"| {cat} | {lang} | {split} | {len(g)} "
                             f"| {_share(sum(o.refused for o in g), len(g))} "
                             f"| {_share(sum(bool(o.objects) for o in named), len(named))} "
                             f"| {_share(sum(o.right for o in g), len(g))} |")
    return "\n".join(lines)


def acceptance(rows: list[dict[str, Any]], outcomes: list[Outcome]) -> str:
    """Issue 20's acceptance read on the held-out rows: no refusals, and each accepted category right
    >= FLOOR in each language."""
    held = [(r, o) for r, o in zip(rows, outcomes, strict=True) if r["split"] == "heldout"]
    if not held:
        return "Acceptance: no held-out rows scored."
    refused = sum(o.refused for _, o in held)
    cells = []
    for cat in ACCEPTANCE:
        for lang in ("en", "zh"):
            g = [o for r, o in held if r["category"] == cat and r["lang"] == lang]
            if g:
                cells.append((f"{cat} {lang}", sum(o.right for o in g) / len(g), len(g)))
    low = [f"{name} {share:.2f}" for name, share, _ in cells if share < FLOOR]
    listed = ", ".join(f"{name} {share:.2f} (n {n})" for name, share, n in cells)
    verdict = "met" if not refused and not low else \
        f"not met ({refused} refused; below {FLOOR}: {', '.join(low) or 'none'})"
    return f"Acceptance on the held-out rows: {verdict}. {listed}."


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def write_docs(path: Path, body: str, start: str = START, end: str = END) -> None:
    """Replace the block between the markers (or append one), keeping the rest of the file."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{start}\n{body}\n{end}"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    write_text(path, text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--table", type=Path, nargs="+", default=[TABLE],
                    help="one table, or several whose rows are pooled")
    ap.add_argument("--docs", type=Path,
                    help="write the figures into this file between the composition markers")
    ap.add_argument("--failures", action="store_true", help="list the rows that are not right")
    ap.add_argument("--marker", default="composition",
                    help="the docs block's name: <!-- NAME:start --> … <!-- NAME:end -->")
    args = ap.parse_args(argv)
    rows = [r for t in args.table for r in load(t) if args.split == "all" or r["split"] == args.split]
    outcomes = [score(r) for r in rows]
    splits = ["dev", "heldout", "all"] if args.split == "all" else [args.split]
    stamp = f"{datetime.date.today().isoformat()}, {machine()}, {len(rows)} rows, clips of {DURATION:g} s"
    body = f"Figures of {stamp}.\n\n{table(rows, outcomes, splits)}"
    if len(args.table) > 1:
        names = ", ".join(f"`{t.name}`" for t in args.table)
        body = f"Pooled over {names}. {body}\n\n{acceptance(rows, outcomes)}"
    print(body)
    if args.failures:
        for row, out in zip(rows, outcomes, strict=True):
            if not out.right:
                where = f"{row['category']}/{row['lang']}/{row['split']}"
                print(f"- [{where}] {row['prompt']}: {', '.join(out.failed)}")
    if args.docs:
        write_docs(args.docs, body, f"<!-- {args.marker}:start -->", f"<!-- {args.marker}:end -->")
    return 0


if __name__ == "__main__":
    sys.exit(main())
