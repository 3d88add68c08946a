"""Score the director on its prompt table (tests/data/director_prompts.yaml).

Every row is planned with `kinema.plan.director.plan` in this process and scored from the
screenplay alone (nothing is rendered), per split and language:

- recall: the share of `named` items for which some cast member's entity key (name.en) is one of `any`
  (names or the keys the catalog casts them under), or the film shows an effect `any` names (a
  bonfire drawn as the fire effect where `any` says fire: the flames are on screen, not a prop), or
  one a picture in `any` shows (the lightning effect where `any` lists ⚡ "high voltage"); a
  picture of one person doing something ("person walking") counts as that person ("person"); or a
  scene's painted place is the one a picture `any` names reads as (the desert, a window: the wall
  with its windows, a mountain: the mountains), or the named word, read alone as a picture `any`
  names, reads as the painted place where one stands on it (on the moon: the space painter's
  cratered ground): the film paints it as the ground, not as a prop; or a picture `any` names reads
  as the time of day a scene under an open sky is set at (sunrise: dawn, its sun low on the horizon).
- refused: plan raised (any exception: a crash is a refusal to the user too).
- nothing cast: `named` is non-empty, the plan succeeded, but the cast is empty.
- place: the first scene's setting.place is one of `place` (rows with a place only).
- effects: the share of named effect words that effects_in(screenplay) shows.
- verbs: some action in the film uses one of `verbs` (rows with verbs only).
- plan time: median wall time of one plan() call in this process (after a warm-up plan);
  cold start: median of 3 fresh `kinema plan` processes on the table's first row (dailies on), on
  the clock and in CPU seconds (the clock on this shared machine runs several times the CPU).
- dailies: every shot of every film checked as planned and after the dailies mended it
  (kinema.plan.dailies, what `kinema plan` runs), the share of shots that pass; the median plan
  time with the dailies. `--no-dailies` leaves them out (seconds instead of minutes).

    python tools/director.py [--split dev|heldout|all] [--docs docs/quality.md] [--failures] [--no-dailies]
"""

from __future__ import annotations

import argparse
import datetime
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kinema.plan.catalog import catalog
from kinema.plan.dailies import check, review
from kinema.plan.director import plan
from kinema.plan.groups import people_in
from kinema.plan.life import background
from kinema.plan.parse import Clause, parse_clause
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Place, TimeOfDay, Verb, Weather

sys.path.insert(0, str(Path(__file__).resolve().parent))
from composition import machine, write_docs  # tools/ is not a package: found through sys.path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "data" / "director_prompts.yaml"
START, END = "<!-- director:start -->", "<!-- director:end -->"
DURATION = 12.0  # seconds: the length a new user's first film is tried at
COLD_RUNS = 3
DAILIES = True

# What each world verb shows by itself (the world draws its particles).
_VERB_EFFECTS: dict[Verb, set[str]] = {
    Verb.IGNITE: {"fire", "smoke"},
    Verb.BREATHE_FIRE: {"fire"},
    Verb.BURN: {"fire", "smoke"},
    Verb.SPRAY: {"water"},
    Verb.MELT: {"melting"},
    Verb.EXPLODE: {"explosion", "fire", "smoke"},
    Verb.LAUNCH: {"fire", "smoke"},  # engines fire: flame and smoke from the tail (world/lift.py)
}
_WEATHER_EFFECTS = {Weather.RAIN: {"rain"}, Weather.SNOW: {"snow"}, Weather.FOG: {"mist"}}
# Effect kinds (scene.effects) and the effect words of the table each one shows.
_KIND_EFFECTS = {"fire": {"fire", "smoke"}, "smoke": {"smoke"}, "sparks": {"sparks"},
                 "fireworks": {"fireworks"}, "explosion": {"explosion", "fire", "smoke", "sparks"},
                 "lightning": {"lightning"}, "water": {"water"}, "ink": {"ink"},
                 "bubbles": {"bubbles"}, "confetti": {"confetti"}}
# The catalog's pictures of what an effect word's particles show, as the tables name it (a row
# naming lightning lists ⚡ and 🌩️, fog 🌫️): a film that draws the bolts, the fog or the snowfall
# shows the thing named, though no prop is cast. A picture of two (⛈️: lightning and rain) only
# where both are shown.
_EFFECT_PICTURES: dict[str, frozenset[str]] = {
    "high voltage": frozenset({"lightning"}), "cloud with lightning": frozenset({"lightning"}),
    "cloud with lightning and rain": frozenset({"lightning", "rain"}),
    "fog": frozenset({"mist"}), "foggy": frozenset({"mist"}),
    "cloud with rain": frozenset({"rain"}), "snowflake": frozenset({"snow"}),
    "cloud with snow": frozenset({"snow"}), "droplet": frozenset({"water"}),
    "collision": frozenset({"explosion"}), "sparkler": frozenset({"fireworks"}),
    "confetti ball": frozenset({"confetti"}),
}


def effects_in(play: Screenplay) -> set[str]:
    """The table's effect words this screenplay shows: weather, verbs that draw particles, and the
    scenes' named effects. The hook the director's scoring reads; extend it as the world grows."""
    shown: set[str] = set()
    for scene in play.scenes:
        shown |= _WEATHER_EFFECTS.get(scene.setting.weather, set())
        for a in scene.actions:
            shown |= _VERB_EFFECTS.get(a.do, set())
        for fx in getattr(scene, "effects", []):
            shown |= _KIND_EFFECTS.get(str(fx.kind.value), set())
    return shown


def load(path: Path = TABLE) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return rows


@dataclass
class Outcome:
    refused: str | None = None  # why plan raised
    named: int = 0
    found: int = 0
    empty: bool = False  # names something, nothing cast
    place: bool | None = None  # None: the row names no place
    effects: tuple[int, int] = (0, 0)  # shown, named
    verbs: bool | None = None
    seconds: float = 0.0
    shots: int = 0  # the film's shots
    passed_before: int = 0  # of them, those the dailies pass as planned
    passed: int = 0  # and after the dailies mended the film
    dailies_s: float = 0.0
    cpu_s: float = 0.0  # processor seconds of planning and dailies: what a quiet machine's clock would read
    missed: list[str] = field(default_factory=list)


@cache
def _naming_nothing(text: str, lang: str = "en") -> Clause | None:
    """The clause `text` reads as, where it casts nothing (so its places and times are all it says)."""
    clause = parse_clause(text, lang)
    return None if clause.mentions else clause


def place_named(name: str) -> tuple[Place, ...]:
    """The places a picture's name reads as alone, where it reads as nothing else ("desert", "window":
    the wall, "mountain": the mountains; not "volcano", a picture of its own found in the mountains)."""
    clause = _naming_nothing(name)
    return () if clause is None else tuple(p for p, _ in clause.places)


def place_stood_on(word: str, lang: str) -> tuple[Place, ...]:
    """The places a named word reads as where something stands on it, where it reads as nothing
    else: "on the moon" is the space painter's grey cratered ground (parse._on_a_world), so a film
    of someone on the moon shows the moon it names as the ground, not as a prop in its own sky."""
    clause = _naming_nothing(f"在{word}上" if lang == "zh" else f"on the {word}", lang)
    return () if clause is None else tuple(p for p, _ in clause.places)


def time_named(name: str) -> tuple[TimeOfDay, ...]:
    """The times of day a picture's name reads as alone ("sunrise": dawn, "sunset"), where it reads
    as nothing else: a film set then under an open sky paints its sun low on the horizon."""
    clause = _naming_nothing(name)
    return () if clause is None else tuple(clause.times)


# Places painted under an open sky, whose sky shows the time of day (the sun low at dawn and sunset).
_OPEN_SKY = frozenset(set(Place) - {Place.ROOM, Place.RING, Place.WALL, Place.UNDERWATER, Place.SPACE})


@cache
def pictures_read(word: str, lang: str) -> frozenset[str]:
    """The pictures a named word alone is cast as."""
    return frozenset(m.entity.key for m in parse_clause(word, lang).mentions)


def score(row: dict[str, Any]) -> Outcome:
    out = Outcome(named=len(row["named"]))
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        play = plan(row["prompt"], DURATION).screenplay
    except Exception as e:  # any failure is a refusal to the user
        out.seconds = time.perf_counter() - t0
        out.refused = f"{type(e).__name__}: {e}".splitlines()[0][:120]
        return out
    out.seconds = time.perf_counter() - t0
    if DAILIES:
        t1 = time.perf_counter()
        before = check(play)
        play, _, after = review(play)
        out.dailies_s = time.perf_counter() - t1
        out.shots = len(after)
        out.passed_before, out.passed = sum(c.ok for c in before), sum(c.ok for c in after)
    out.cpu_s = time.process_time() - c0
    named = [m for m in play.cast if not background(m.id)]  # not the place's own life (plan/life.py)
    cast = {m.name.en for m in named}
    # A picture of one person doing something ("person walking", "woman swimming") is that person:
    # a dog walker drawn walking is the person the row names.
    cast |= {n.split()[0] for n in cast if len(n.split()) > 1 and n.split()[0] in ("person", "man", "woman")
             and n.split()[1].endswith("ing")}
    shown = effects_in(play)
    painted = {s.setting.place for s in play.scenes}
    skies = {s.setting.time for s in play.scenes if s.setting.place in _OPEN_SKY}
    index = catalog().en_index
    for item in row["named"]:
        # Compared as entities: a picture's CLDR name and the key the planner casts it under are one
        # ("couch and lamp" is cast as "sofa").
        wanted = set(item["any"]) | {index[k].key for k in item["any"] if k in index}
        # A picture of several people (a couple, a family) is cast as its people (plan/groups.py).
        together = [{p.key for p in people_in(index[k])} for k in item["any"] if k in index]
        drawn = {k for k in item["any"] if k in _EFFECT_PICTURES and _EFFECT_PICTURES[k] <= shown}
        if cast & wanted or any(group and group <= cast for group in together) or shown & set(item["any"]) \
                or drawn \
                or painted & {p for k in item["any"] for p in place_named(k)} \
                or skies & {t for k in item["any"] for t in time_named(k)} \
                or (painted & set(place_stood_on(item["word"], row["lang"]))
                    and pictures_read(item["word"], row["lang"]) & wanted):
            out.found += 1
        else:
            out.missed.append(item["word"])
    out.empty = bool(row["named"]) and not named
    if "place" in row:
        out.place = play.scenes[0].setting.place.value in row["place"]
        if not out.place:
            out.missed.append(f"place {play.scenes[0].setting.place.value}")
    if "effects" in row:
        shown = effects_in(play)
        want = set(row["effects"])
        out.effects = (len(want & shown), len(want))
        out.missed += [f"effect {w}" for w in sorted(want - shown)]
    if "verbs" in row:
        done = {a.do.value for s in play.scenes for a in s.actions}
        out.verbs = bool(done & set(row["verbs"]))
        if not out.verbs:
            out.missed.append("verb " + "/".join(row["verbs"]))
    return out


def _rate(k: int, n: int) -> str:
    return f"{k / n:.2f}" if n else "–"


def table(rows: list[dict[str, Any]], outs: list[Outcome], splits: list[str]) -> str:
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for row, o in zip(rows, outs, strict=True):
        for split in (row["split"], "all"):
            for lang in (row["lang"], "all"):
                groups[(split, lang)].append(o)
    lines = ["| split | lang | n | recall | refused | nothing cast | place | effects | verbs | median plan "
             "| shots | dailies pass (planned → mended) | median with dailies | its CPU |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for split in splits:
        for lang in ("en", "zh", "all"):
            g = groups.get((split, lang), [])
            if not g:
                continue
            placed = [o for o in g if o.place is not None]
            verbed = [o for o in g if o.verbs is not None]
            ms = statistics.median(o.seconds for o in g) * 1000
            shots = sum(o.shots for o in g)
            lines.append(
                f"| {split} | {lang} | {len(g)} | {_rate(sum(o.found for o in g), sum(o.named for o in g))} "
                f"| {sum(o.refused is not None for o in g)} | {sum(o.empty for o in g)} "
                f"| {_rate(sum(bool(o.place) for o in placed), len(placed))} "
                f"| {_rate(sum(o.effects[0] for o in g), sum(o.effects[1] for o in g))} "
                f"| {_rate(sum(bool(o.verbs) for o in verbed), len(verbed))} | {ms:.1f} ms "
                f"| {shots} | {_rate(sum(o.passed_before for o in g), shots)} → "
                f"{_rate(sum(o.passed for o in g), shots)} "
                f"| {statistics.median(o.seconds + o.dailies_s for o in g):.2f} s "
                f"| {statistics.median(o.cpu_s for o in g):.2f} s |")
    return "\n".join(lines)


def cold_start(prompt: str, runs: int = COLD_RUNS) -> tuple[float, float]:
    """Median seconds of a fresh `kinema plan` process (imports, tables, planning, writing): on the
    clock, and of processor time (user + system, which a loaded machine's queue does not inflate)."""
    exe = Path(sys.executable).with_name("kinema")
    times, cpu = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([str(exe), "plan", prompt, "--duration", f"{DURATION:g}",
                            "-o", str(Path(tmp) / f"cold{i}.yaml")], check=True, capture_output=True)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            times.append(time.perf_counter() - t0)
            cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--docs", type=Path, help="write the figures into this file between the director markers")
    ap.add_argument("--failures", action="store_true", help="list what each row missed")
    ap.add_argument("--no-dailies", action="store_true", help="score the plans only, without the dailies")
    args = ap.parse_args(argv)
    global DAILIES
    DAILIES = not args.no_dailies
    every = load(args.table)
    rows = [r for r in every if args.split == "all" or r["split"] == args.split]
    plan(every[0]["prompt"], DURATION)  # warm-up: tables load once per process
    outs = [score(r) for r in rows]
    cold = cold_start(every[0]["prompt"])
    splits = ["dev", "heldout", "all"] if args.split == "all" else [args.split]
    stamp = f"{datetime.date.today().isoformat()}, {machine()}, {len(rows)} rows, films of {DURATION:g} s"
    body = (f"## Director table\n\nIssue 13's table of prompts written the way people write them "
            f"(tests/data/director_prompts.yaml, 20 categories, half in Chinese), scored from the "
            f"screenplay by tools/director.py (`make director`). Figures of {stamp}.\n\n"
            f"{table(rows, outs, splits)}\n\n"
            f"Cold start (a fresh `kinema plan` process, median of {COLD_RUNS}): {cold[0]:.2f} s, "
            f"{cold[1]:.2f} s of CPU; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")
    print(body)
    if args.failures:
        for row, o in zip(rows, outs, strict=True):
            if o.refused or o.missed:
                what = o.refused or ", ".join(o.missed)
                print(f"- [{row['category']}/{row['lang']}/{row['split']}] {row['prompt']}: {what}")
    if args.docs:
        write_docs(args.docs, body, START, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
