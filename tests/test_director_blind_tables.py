"""Well-formedness of the blind director tables (tests/data/director_fresh5_prompts.yaml,
director_fresh6_prompts.yaml, director_fresh7_prompts.yaml, director_fresh8_prompts.yaml,
director_fresh9_prompts.yaml, director_fresh10_prompts.yaml, director_fresh11_prompts.yaml,
director_fresh12_prompts.yaml, director_fresh13_prompts.yaml, director_fresh14_prompts.yaml,
director_fresh15_prompts.yaml, director_fresh16_prompts.yaml, director_fresh17_prompts.yaml,
director_fresh18_prompts.yaml, director_fresh19_prompts.yaml and director_fresh20_prompts.yaml).

Checks the shape only (size, languages, categories, splits, picture names); it never runs the
planner on the rows, so the table stays blind.
"""

from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from kinema.plan.catalog import catalog

# table number -> (rows, categories); rows split evenly between en and zh, 4 rows per (category, lang)
SHAPES = {5: (200, 25), 6: (200, 25), 7: (160, 20), 8: (160, 20), 9: (160, 20), 10: (160, 20),
          11: (160, 20), 12: (160, 20), 13: (160, 20), 14: (160, 20), 15: (160, 20),
          16: (160, 20), 17: (160, 20), 18: (160, 20), 19: (160, 20), 20: (160, 20)}
TABLES = [Path(__file__).parent / "data" / f"director_fresh{n}_prompts.yaml" for n in SHAPES]
EFFECTS = {"fire", "smoke", "water", "fireworks", "lightning", "mist", "ink", "sparks", "melting",
           "explosion", "rain", "snow"}


def _rows(table: Path):
    return yaml.safe_load(table.read_text(encoding="utf-8"))


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.stem)
def test_size_languages_and_categories(table: Path) -> None:
    size, categories = SHAPES[int(table.stem.removeprefix("director_fresh").removesuffix("_prompts"))]
    rows = _rows(table)
    assert len(rows) == size
    assert Counter(r["lang"] for r in rows) == {"en": size // 2, "zh": size // 2}
    per = Counter((r["category"], r["lang"]) for r in rows)
    assert len({c for c, _ in per}) == categories
    assert set(per.values()) == {4}


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.stem)
def test_splits_alternate_within_each_group(table: Path) -> None:
    groups = defaultdict(list)
    for r in _rows(table):
        groups[(r["category"], r["lang"])].append(r["split"])
    for key, splits in groups.items():
        assert splits == ["dev", "heldout", "dev", "heldout"], key


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.stem)
def test_prompts_distinct_and_named_words_in_prompt(table: Path) -> None:
    rows = _rows(table)
    prompts = [r["prompt"] for r in rows]
    assert len(set(prompts)) == len(prompts)
    for r in rows:
        assert set(r) <= {"prompt", "lang", "category", "split", "named", "place", "effects", "verbs"}
        assert 1 <= len(r["named"]) <= 3, r["prompt"]
        for named in r["named"]:
            assert named["word"] in r["prompt"], (named["word"], r["prompt"])
            assert named["any"], named["word"]
        assert set(r.get("effects", [])) <= EFFECTS, r["prompt"]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.stem)
def test_picture_names_exist_in_catalog(table: Path) -> None:
    names = set(catalog().en_index)
    missing = sorted({a for r in _rows(table) for n in r["named"] for a in n["any"] if a not in names})
    assert not missing, missing
