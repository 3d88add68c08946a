"""The planner against a table of prompts (tests/data/plan_prompts.yaml): cast, setting, shots."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from kinema.plan import catalog, plan
from kinema.plan.lexicon import COLOURS
from kinema.screenplay import Screenplay

TABLE = Path(__file__).parent / "data" / "plan_prompts.yaml"
ROWS: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
MIN_RECALL = 0.95
# The keys test_setting_shots_and_colour checks row by row; cast only counts towards recall.
CHECKED = ("place", "time", "weather", "tint", "verb", "shots", "archetype")
SHOT_KEYS = {"single", "first", "last", "scenes"}


def _expected(row: dict[str, Any]) -> Counter[str]:
    """Entity keys with counts: 'bird*3' is three birds; any catalog name stands for its entity."""
    out: Counter[str] = Counter()
    for item in row["cast"]:
        name, _, n = item.partition("*")
        out[catalog().en_index[name].key] += int(n or 1)
    return out


def _cast(play: Screenplay) -> Counter[str]:
    """A group member (a flock: appearance.count copies) counts as that many."""
    out: Counter[str] = Counter()
    for m in play.cast:
        out[m.name.en] += m.appearance.count
    return out


def _plan(row: dict[str, Any]) -> Screenplay:
    return plan(row["prompt"], float(row.get("duration", 30))).screenplay


def test_table_is_big_and_bilingual() -> None:
    chinese = [r for r in ROWS if any("\u4e00" <= ch <= "\u9fff" for ch in r["prompt"])]
    assert len(ROWS) >= 80 and len(chinese) * 2 >= len(ROWS)


def test_entity_recall() -> None:
    found = wanted = 0
    missed: list[str] = []
    for row in ROWS:
        want, got = _expected(row), _cast(_plan(row))
        wanted += sum(want.values())
        found += sum(min(n, got[k]) for k, n in want.items())
        missed += [f"{row['prompt']}: {k}" for k, n in want.items() if got[k] < n]
    recall = found / wanted
    print(f"entity recall {recall:.1%} ({found}/{wanted})")
    assert recall >= MIN_RECALL, f"recall {recall:.1%}; missed: {missed}"


def test_every_row_checks_something() -> None:
    """A row with no checked key (or a misspelt one) passes whatever the planner does."""
    idle = [r["prompt"] for r in ROWS if not any(r.get(k) for k in CHECKED)]
    assert not idle, f"rows that check nothing: {idle}"
    known = {"prompt", "cast", "duration", *CHECKED}
    unknown = [(r["prompt"], sorted(set(r) - known | set(r.get("shots", {})) - SHOT_KEYS)) for r in ROWS]
    assert not [u for u in unknown if u[1]], f"keys no test reads: {[u for u in unknown if u[1]]}"


@pytest.mark.parametrize("row", ROWS, ids=[f"{i:02d}" for i in range(len(ROWS))])
def test_setting_shots_and_colour(row: dict[str, Any]) -> None:
    play = _plan(row)
    first = play.scenes[0]
    for key in ("place", "time", "weather"):
        if key in row:
            assert getattr(first.setting, key).value == row[key], key
    for name, colour in row.get("tint", {}).items():
        key = catalog().en_index[name].key
        assert COLOURS[colour] in {m.appearance.tint for m in play.cast if m.name.en == key}
    if "verb" in row:
        assert row["verb"] in {a.do.value for s in play.scenes for a in s.actions}
    for name, archetype in row.get("archetype", {}).items():
        key = catalog().en_index[name].key
        cast = {m.archetype.value for m in play.cast if m.name.en == key}
        assert cast == {archetype}, (name, cast)  # in the cast, and cast as that kind of body
    shots = row.get("shots", {})
    if shots.get("single"):
        assert len(first.shots) == 1 and first.shots[0].duration == play.duration
    if "first" in shots:
        assert first.shots[0].size.value == shots["first"]
    if "last" in shots:
        assert first.shots[-1].size.value == shots["last"]
    if "scenes" in shots:
        assert len(play.scenes) == shots["scenes"]
