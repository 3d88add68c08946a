"""Style and camera words (issue 20, items 5 and 6): the prompt table's dev rows plan to the look,
the moves and the timing they name, and no style or camera word is cast.

Held-out rows are scored by tools/style_camera.py (docs/quality.md), not asserted here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kinema.plan.camera_words import take_camera
from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.plan.style_words import take_style
from kinema.screenplay.model import CameraMove, Screenplay, ShotSize, Style

TABLE = Path(__file__).parent / "data" / "style_camera_prompts.yaml"
ROWS: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
DEV = [r for r in ROWS if r["split"] == "dev"]


def check(row: dict[str, Any], play: Screenplay) -> list[str]:
    """What the planned film gets wrong against the row (empty: all right)."""
    wrong = []
    # The planner names a member by its entity key; a place's passers-by (plan/life.py) are not named.
    cast = sorted({m.name.en for m in play.cast if not background(m.id)})
    extra = [c for c in cast if c not in row["objects"]]
    if extra:  # a style or camera word cast as a member
        wrong.append(f"cast {extra}, want only {row['objects']}")
    if "style" in row and play.style != Style(row["style"]):
        wrong.append(f"style {play.style.value}, want {row['style']}")
    if row["category"] == "style" and play.style == Style.PLAIN:
        wrong.append("no style")
    shots = [s for sc in play.scenes for s in sc.shots if not s.title]
    moves = [s.move for s in shots]
    want = [CameraMove(m) for m in row.get("moves", [])]
    it = iter(moves)
    if not all(any(m == w for m in it) for w in want):
        wrong.append(f"moves {[m.value for m in moves]}, want {row['moves']} in order")
    if "speed" in row and any(s.speed != row["speed"] for s in shots):
        wrong.append(f"speeds {[s.speed for s in shots]}, want {row['speed']}")
    if "size" in row and shots[0].size != ShotSize(row["size"]):
        wrong.append(f"first size {shots[0].size.value}, want {row['size']}")
    return wrong


def test_table_alternates_and_is_balanced() -> None:
    for cat in ("style", "camera"):
        for lang in ("en", "zh"):
            group = [r["split"] for r in ROWS if r["category"] == cat and r["lang"] == lang]
            assert len(group) >= 16 and group == ["dev", "heldout"] * (len(group) // 2), (cat, lang)
    styles = {r["style"] for r in ROWS if r["category"] == "style"}
    assert styles == {s.value for s in Style} - {"plain"}, styles


@pytest.mark.parametrize("row", DEV, ids=[r["prompt"][:40] for r in DEV])
def test_dev_row(row: dict[str, Any]) -> None:
    result = plan(row["prompt"], duration=20.0, seed=1)
    assert check(row, result.screenplay) == [], row["prompt"]


def test_style_phrase_is_taken_out() -> None:
    text, req = take_style("a sunflower field painted like Van Gogh")
    assert req is not None and req.style == Style.IMPASTO and "gogh" not in text.lower()
    for zh, rest in (("水墨画风格，一只熊猫", "，一只熊猫"), ("一辆车，黑白画面", "一辆车，"),
                     ("水彩画风格的小猫", "小猫")):
        assert take_style(zh)[0] == rest, zh  # the whole phrase goes, suffixes and all
    assert take_style("a vintage car on a road")[1] is None  # a vintage car is not a vintage look
    assert take_style("a girl holds a pencil")[1] is None


def test_camera_moves_in_order_and_speed_scales_time() -> None:
    text, req = take_camera("pan left across the city, then zoom in on the cat")
    assert [m for m, _ in req.moves] == [CameraMove.PAN_LEFT, CameraMove.ZOOM] and "zoom" not in text
    plain = plan("a dog runs on a beach", duration=20.0, seed=1).screenplay
    slow = plan("a dog runs on a beach in slow motion", duration=20.0, seed=1).screenplay
    assert all(s.speed == 0.25 for sc in slow.scenes for s in sc.shots)
    for a, b in zip(plain.scenes[0].actions, slow.scenes[0].actions, strict=True):
        assert b.at == pytest.approx(a.at * 0.25)  # the same story in the same film time


def test_two_moves_split_the_film() -> None:
    play = plan("pan left across the mountains, then zoom in on the wolf", duration=40.0, seed=1).screenplay
    moves = [s.move for sc in play.scenes for s in sc.shots]
    half = len(moves) // 2
    assert set(moves[:half]) == {CameraMove.PAN_LEFT} and set(moves[-half:]) == {CameraMove.ZOOM}, moves
