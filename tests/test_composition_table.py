"""The compositional prompt tables (tests/data/composition_prompts.yaml and the fresh
composition_more_prompts.yaml) are well-formed.

Only the table is checked here; the planner's scores on it are figures (tools/composition.py,
docs/quality.md), not a test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from kinema.plan import catalog
from kinema.plan.lexicon import COLOURS, MAX_COUNT
from kinema.screenplay.model import Place

DATA = Path(__file__).parent / "data"
# each table and the rows it holds at least (the first is 16 a category and language, the fresh one
# 16 for four categories and 8 for interaction and count, the probe table 10 a category and language)
TABLES = {"composition_prompts.yaml": (240, 16), "composition_more_prompts.yaml": (160, 8),
          "composition_probe_prompts.yaml": (120, 10)}


def _rows(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return rows


CATEGORIES = ("place_alone", "single_object", "two_objects", "colour", "relation", "count",
              "person_action", "interaction")
NEEDS = {"place_alone": set(), "single_object": {"objects"}, "two_objects": {"objects"},
         "colour": {"objects", "colour"}, "relation": {"objects", "relation"}, "count": {"objects", "count"},
         "person_action": {"person_verb"}, "interaction": {"objects", "interaction"}}
KEYS = {"prompt", "lang", "category", "split", "objects", "place", "colour", "relation", "count",
        "person_verb", "interaction"}
RELATIONS = {"left_of", "right_of", "on_top_of", "under", "in_front_of", "behind", "next_to", "inside",
             "between"}
INTERACTIONS = {"ride", "sit_on", "hold", "carry", "hug", "push"}


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _known(name: str) -> bool:
    return name.lower() in catalog().en_index


@pytest.mark.parametrize("name", sorted(TABLES))
def test_size_and_languages(name: str) -> None:
    rows = _rows(name)
    langs = Counter(r["lang"] for r in rows)
    assert len(rows) >= TABLES[name][0] and langs["en"] == langs["zh"], langs
    for r in rows:
        assert _chinese(r["prompt"]) == (r["lang"] == "zh"), r["prompt"]


def test_prompts_unique() -> None:
    """No prompt twice, within a table or across the tables (the fresh one copies nothing)."""
    every = [r for name in sorted(TABLES) for r in _rows(name)] + _rows("person_action_prompts.yaml")
    dup = [p for p, n in Counter(r["prompt"].strip().lower() for r in every).items() if n > 1]
    assert not dup, dup


@pytest.mark.parametrize("name", sorted(TABLES))
def test_keys_per_category(name: str) -> None:
    for r in _rows(name):
        assert r["category"] in CATEGORIES, r
        assert not set(r) - KEYS, (r["prompt"], set(r) - KEYS)
        assert NEEDS[r["category"]] <= set(r), (r["prompt"], NEEDS[r["category"]] - set(r))
    assert all(len(r["objects"]) == 1 for r in _rows(name) if r["category"] == "single_object")
    assert all(len(r["objects"]) == 2 for r in _rows(name) if r["category"] == "two_objects")


@pytest.mark.parametrize("name", sorted(TABLES))
def test_names_are_catalog_names(name: str) -> None:
    for r in _rows(name):
        named = set(r.get("objects", []))
        named |= set(r.get("colour", {})) | set(r.get("count", {}))
        for k in ("relation", "interaction"):
            named |= {v for role, v in r.get(k, {}).items() if role in ("a", "b", "c")}
        assert all(_known(n) for n in named), (r["prompt"], [n for n in named if not _known(n)])
        # every noun a check names is also an object the row expects cast
        assert named <= set(r.get("objects", [])), r["prompt"]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_values(name: str) -> None:
    places = {p.value for p in Place}
    for r in _rows(name):
        assert r.get("place", "plain") in places, r["prompt"]
        assert all(w in COLOURS for w in r.get("colour", {}).values()), r["prompt"]
        assert all(isinstance(n, int) and 1 <= n <= MAX_COUNT for n in r.get("count", {}).values()), r["prompt"]
        if "relation" in r:
            rel = r["relation"]
            assert rel["rel"] in RELATIONS and ("c" in rel) == (rel["rel"] == "between"), r["prompt"]
        if "interaction" in r:
            assert r["interaction"]["rel"] in INTERACTIONS, r["prompt"]
        verbs = r.get("person_verb", [])
        assert "idle" not in verbs and all(isinstance(v, str) for v in verbs), r["prompt"]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_splits_half_and_half(name: str) -> None:
    """Within each category and language, rows alternate dev, heldout, ... in file order."""
    seen: Counter[tuple[str, str]] = Counter()
    for r in _rows(name):
        group = (r["category"], r["lang"])
        assert r["split"] == ("dev" if seen[group] % 2 == 0 else "heldout"), r["prompt"]
        seen[group] += 1
    cats = {c for c, _ in seen}
    assert set(seen) == {(c, lang) for c in cats for lang in ("en", "zh")}
    assert all(n % 2 == 0 and n >= TABLES[name][1] for n in seen.values()), seen


def _tool() -> Any:
    """tools/composition.py, loaded by path (tools/ is not a package)."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "tools" / "composition.py"
    spec = importlib.util.spec_from_file_location("composition_scorer", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_pooled_acceptance_reads_held_out_cells_per_language() -> None:
    tool = _tool()
    rows = [{"category": "relation", "lang": lang, "split": split}
            for lang in ("en", "zh") for split in ("dev", "heldout") for _ in range(10)]
    right = tool.Outcome(False, True, True)
    wrong = tool.Outcome(False, True, False, ["relation"])
    # dev rows all wrong (never read), held-out: en 9/10, zh 8/10
    outs = [wrong] * 10 + [right] * 9 + [wrong] + [wrong] * 10 + [right] * 8 + [wrong] * 2
    text = tool.acceptance(rows, outs)
    assert text.startswith("Acceptance on the held-out rows: not met")
    assert "relation zh 0.80" in text and "relation en 0.90 (n 10)" in text
    outs[-2:] = [right, right]
    assert tool.acceptance(rows, outs).startswith("Acceptance on the held-out rows: met.")
    refused = tool.Outcome(True, None, False, ["refused"])
    assert "1 refused" in tool.acceptance(rows, [*outs[:-1], refused])
