"""tools/vocabulary.py, the word-by-word audit of the open vocabulary: its halves are fixed by the
word in any process, and a word's reading is the planner's."""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import vocabulary  # tools/ is not a package: found through sys.path


def test_the_halves_are_fixed_by_the_word() -> None:
    for word in ("dog", "cat", "bridge", "狗", "桥梁", "champagne"):
        # crc32, not Python's salted string hash: the same half in every process
        assert vocabulary.half(word) == ("dev" if zlib.crc32(word.encode("utf-8")) % 2 == 0 else "heldout")
    assert {vocabulary.half(w) for w in ("dog", "cat", "bridge", "nest", "tree", "house")} == {"dev", "heldout"}


def test_a_reading_is_the_planners() -> None:
    assert vocabulary.reading("dog", "en") == "entity dog"
    assert vocabulary.reading("狗", "zh") == "entity dog"
    assert vocabulary.reading("qwertyuiop", "en") is None


def test_a_gloss_is_read_as_its_head() -> None:
    assert vocabulary._gloss_head("tank (military vehicle) (loanword)") == "tank"
    assert vocabulary._gloss_head("a relative (i.e. family relation)") == "relative"
    assert vocabulary._gloss_head("bridge; fig. connection") == "bridge"
