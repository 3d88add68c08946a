"""The director prompt table (tests/data/director_prompts.yaml) is well-formed.

Only the table is checked here; the planner's scores on it are figures (tools/director.py,
docs/quality.md), not a test."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from kinema.plan.catalog import catalog
from kinema.screenplay.model import Place, Verb

TABLE = Path(__file__).parent / "data" / "director_prompts.yaml"
ROWS: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
# The second check written after the first half of the work: same keys, also split dev/held-out.
MORE = Path(__file__).parent / "data" / "director_more_prompts.yaml"
MORE_ROWS: list[dict[str, Any]] = yaml.safe_load(MORE.read_text(encoding="utf-8"))
KEYS = {"prompt", "lang", "category", "split", "named", "place", "effects", "verbs"}
EFFECTS = {"fire", "smoke", "water", "fireworks", "lightning", "mist", "ink", "sparks", "melting",
           "explosion", "rain", "snow"}


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_size_categories_and_languages() -> None:
    assert len(ROWS) >= 400
    assert len({r["category"] for r in ROWS}) >= 20
    langs = Counter(r["lang"] for r in ROWS)
    assert set(langs) == {"en", "zh"}
    assert langs["zh"] * 2 == len(ROWS), langs


def test_prompts_are_distinct() -> None:
    dup = [p for p, n in Counter(r["prompt"] for r in ROWS).items() if n > 1]
    assert not dup


def test_more_table_size_and_languages() -> None:
    assert len(MORE_ROWS) >= 120
    assert len({r["category"] for r in MORE_ROWS}) >= 20
    assert sum(r["lang"] == "zh" for r in MORE_ROWS) * 2 == len(MORE_ROWS)
    assert not {r["prompt"] for r in MORE_ROWS} & {r["prompt"] for r in ROWS}


@pytest.mark.parametrize("row", ROWS + MORE_ROWS, ids=lambda r: r["prompt"][:40])
def test_row(row: dict[str, Any]) -> None:
    assert set(row) <= KEYS, set(row) - KEYS
    assert {"prompt", "lang", "category", "split", "named"} <= set(row)
    assert row["lang"] in ("en", "zh")
    assert _chinese(row["prompt"]) == (row["lang"] == "zh")
    assert row["split"] in ("dev", "heldout")
    keys = {e.key for e in catalog().entities.values()} | set(catalog().en_index)  # a key or any name
    assert isinstance(row["named"], list)
    for item in row["named"]:
        assert set(item) == {"word", "any"}
        assert item["word"] in row["prompt"], item["word"]  # the word as written
        assert item["any"] and not set(item["any"]) - keys, set(item["any"]) - keys
    places = {p.value for p in Place}
    verbs = {v.value for v in Verb}
    for k, allowed in (("place", places), ("effects", EFFECTS), ("verbs", verbs)):
        if k in row:
            assert row[k] and not set(row[k]) - allowed, (k, set(row[k]) - allowed)


@pytest.mark.parametrize("rows", [ROWS, MORE_ROWS], ids=["main", "more"])
def test_split_alternates_within_each_group(rows: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in rows:
        groups[(r["category"], r["lang"])].append(r["split"])
    for group, splits in groups.items():
        want = ["dev" if i % 2 == 0 else "heldout" for i in range(len(splits))]
        assert splits == want, group
        assert len(splits) % 2 == 0, group  # half and half


@functools.cache
def _scorer() -> Any:
    """tools/director.py, loaded by path (tools/ is not a package)."""
    import importlib.util
    import sys

    tools = Path(__file__).resolve().parent.parent / "tools"
    sys.path.insert(0, str(tools))
    try:
        spec = importlib.util.spec_from_file_location("director_scorer", tools / "director.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # dataclasses look their module up there
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(tools))
    return mod


def test_effects_in_reads_weather_verbs_and_effects() -> None:
    from kinema.screenplay.load import validate

    play = validate({
        "kinema": 1,
        "cast": [{"id": "ship", "asset": {"emoji": "🚀"}}, {"id": "man", "asset": {"emoji": "🧑"}}],
        "scenes": [
            {"id": "a", "setting": {"weather": "fog"}, "staging": {"ship": {}},
             "actions": [{"at": 0, "who": "ship", "do": "ignite"}], "shots": [{"id": "a1", "duration": 2}]},
            {"id": "b", "setting": {"weather": "snow"}, "staging": {"man": {}},
             "effects": [{"kind": "ink"}], "shots": [{"id": "b1", "duration": 2}]},
        ]}, "test")
    assert _scorer().effects_in(play) == {"mist", "fog", "fire", "smoke", "snow", "ink"}  # (fog: its picture)
    assert _scorer().effects_in(play.model_copy(update={"scenes": play.scenes[1:]})) == {"snow", "ink"}


def test_effects_in_knows_every_effect_kind_the_world_draws() -> None:
    """Every kind of scene effect the world draws is shown under some word, so a thing the film
    shows as its effect (soap bubbles drawn rising, confetti fluttering) is never scored as missed."""
    from kinema.screenplay.model import EffectKind

    for kind in EffectKind:
        assert _scorer()._KIND_EFFECTS.get(kind.value), kind
    row = {"prompt": "a baby laughing at soap bubbles", "lang": "en", "category": "children_family",
           "split": "dev", "named": [{"word": "soap bubbles", "any": ["bubbles"]}]}
    assert (_scorer().score(row).named, _scorer().score(row).found) == (1, 1)


def test_score_counts_named_things_cast() -> None:
    scorer = _scorer()
    row = {"prompt": "A wolf howls at the moon on a mountain", "lang": "en", "category": "animals",
           "split": "dev", "named": [{"word": "wolf", "any": ["wolf"]},
                                     {"word": "moon", "any": ["pirate flag"]}]}
    out = scorer.score(row)
    assert out.refused is None and (out.named, out.found) == (2, 1) and out.missed == ["moon"]


def test_score_counts_a_named_thing_shown_as_its_effect() -> None:
    """A bonfire the film draws as the fire effect is found where `any` names fire; a thing no
    effect shows is still missed."""
    scorer = _scorer()
    row = {"prompt": "A firefighter sprays water on a burning house at night", "lang": "en",
           "category": "disasters", "split": "dev",
           "named": [{"word": "burning", "any": ["fire"]}, {"word": "night", "any": ["ink"]}]}
    out = scorer.score(row)
    assert "fire" in scorer.effects_in(plan_of(row["prompt"]))
    assert (out.named, out.found) == (2, 1) and out.missed == ["night"]


def test_score_counts_a_world_stood_on_as_the_ground_the_film_paints() -> None:
    """The moon an astronaut stands on is painted as the space scene's cratered ground, so it is
    found though no moon hangs in the sky; a moon looked at from a hill must be cast to be found."""
    scorer = _scorer()
    moon = ["full moon", "crescent moon"]
    on = {"prompt": "An astronaut plants a flag on the moon", "lang": "en", "category": "space",
          "split": "dev", "named": [{"word": "moon", "any": moon}]}
    assert plan_of(on["prompt"]).scenes[0].setting.place == Place.SPACE
    assert scorer.score(on).missed == []
    zh = {"prompt": "宇航员在月球上插了一面旗", "lang": "zh", "category": "space", "split": "dev",
          "named": [{"word": "月球", "any": moon}]}
    assert scorer.score(zh).missed == []
    assert scorer.place_stood_on("moon", "en") == (Place.SPACE,) and scorer.place_stood_on("ball", "en") == ()
    under = {"prompt": "A wolf howls on a hill under the moon", "lang": "en", "category": "animals",
             "split": "dev", "named": [{"word": "moon", "any": ["pirate flag"]}]}
    assert scorer.score(under).missed == ["moon"]


def plan_of(prompt: str):  # type: ignore[no-untyped-def]
    from kinema.plan.director import plan
    return plan(prompt, 12.0).screenplay


def test_score_counts_a_named_place_the_film_paints() -> None:
    """A desert the film paints as its ground is found where `any` names the desert picture; a
    mountain named where the film paints a road is not, nor a volcano (a picture of its own found in
    the mountains) where the mountains are painted."""
    scorer = _scorer()
    row = {"prompt": "A camel walks across the desert", "lang": "en", "category": "animals", "split": "dev",
           "named": [{"word": "desert", "any": ["desert"]}, {"word": "sand", "any": ["volcano"]}]}
    out = scorer.score(row)
    assert plan_of(row["prompt"]).scenes[0].setting.place == Place.DESERT
    assert (out.named, out.found) == (2, 1) and out.missed == ["sand"]
    assert scorer.place_named("window") == (Place.WALL,) and scorer.place_named("volcano") == ()
    road = {"prompt": "A truck drives down the road", "lang": "en", "category": "vehicles_travel",
            "split": "dev", "named": [{"word": "road", "any": ["mountain"]}]}
    assert plan_of(road["prompt"]).scenes[0].setting.place != Place.MOUNTAINS
    assert scorer.score(road).missed == ["road"]
