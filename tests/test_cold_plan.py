"""A cold `kinema plan` (issue 13: < 3 s with the cold start): the planner's jieba dictionary and
open vocabulary load from their shipped files, which answer exactly as jieba's own dictionary and
a dictionary of the rows would."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
import yaml

from kinema.plan import open_lexicon, parse, segmenter

ROOT = Path(__file__).resolve().parents[1]


def _dev_prompts() -> list[str]:
    rows = yaml.safe_load((ROOT / "tests/data/director_prompts.yaml").read_text("utf-8"))
    return [r["prompt"] for r in rows if r["split"] == "dev"]


def test_the_shipped_jieba_dictionary_is_built_from_its_sources() -> None:
    """tools/build_segmenter.py rebuilds the same bytes from jieba and the planner's words."""
    out = subprocess.run([sys.executable, str(ROOT / "tools/build_segmenter.py"), "--check"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_planner_uses_the_shipped_dictionary_and_cuts_as_jieba_does() -> None:
    fast = parse._segmenter()
    assert isinstance(fast.FREQ, segmenter.Words)  # not stale: the fingerprint matched
    added = parse.added_words()
    slow = segmenter.slow(added)
    assert fast.total == slow.total
    texts = [*_dev_prompts(), "马上去火车站", "一只狼在山顶上对着月亮嚎叫 x+y 3.5 abc-d"]
    texts += ["".join(w for w, _ in added[:2000]), *(w for w, _ in added[::50])]
    for text in texts:
        assert list(fast.cut(text, HMM=False)) == list(slow.cut(text, HMM=False)), text


def test_a_stale_dictionary_is_not_used() -> None:
    added = [*parse.added_words(), ("狼山顶", 9)]
    tok = segmenter.tokenizer(added)
    assert not isinstance(tok.FREQ, segmenter.Words)
    assert tok.FREQ["狼山顶"] == 9 and "狼山" in tok.FREQ


def test_words_answer_as_jieba_prefix_dictionary() -> None:
    words = segmenter.Words(["ab", "abc", "abd", "b"], array("I", [5, 0, 7, 2]))
    assert "a" in words and words["a"] == 0 and words.get("a") == 0  # a prefix only
    assert words["ab"] == 5 and words.get("abc") == 0 and words["abd"] == 7 and words["b"] == 2
    assert "c" not in words and "abe" not in words and "" in words and words.get("c") is None
    with pytest.raises(KeyError):
        words["abcd"]


def test_the_open_vocabulary_is_sorted_one_row_a_word() -> None:
    """The lookup is a binary search over the rows as tools/build_lexicon.py writes them; it finds
    what a dictionary of the rows would."""
    raw = (ROOT / "src/kinema/plan/data/open_lexicon.tsv.gz").read_bytes()
    rows = [line for line in gzip.decompress(raw).decode("utf-8").splitlines() if not line.startswith("#")]
    assert rows == sorted(rows)
    split = [line.split("\t", 2) for line in rows]
    rest = {(lang, word): r for lang, word, r in split}
    assert len(rest) == len(rows)
    table = open_lexicon.table()
    for lang, word, _ in split[::7]:
        assert table.get((lang, word)) == rest[(lang, word)]
        assert table.get((lang, word[:-1])) == rest.get((lang, word[:-1]))  # a prefix is no row
        assert ((lang, word + "~") in table) == ((lang, word + "~") in rest)
    assert list(table.words("zq")) == [word for lang, word, _ in split if lang == "zq"]


# What a plan never needs: the encoder, the sound, the neural backends, the studio, the LLM client.
NOT_IMPORTED = ("av", "scipy", "torch", "fastapi", "httpx", "kinema.render.vector", "kinema.audio",
                "kinema.encode.writer", "kinema.neural", "kinema.studio", "kinema.plan.llm")
_RUN = """
import runpy, sys
sys.argv = ["kinema", "plan", sys.argv[1], "-o", sys.argv[2]]
try:
    runpy.run_module("kinema", run_name="__main__")
except SystemExit as e:
    assert not e.code, e.code
print(" ".join(sorted(sys.modules)))
"""


def test_a_cold_chinese_plan_loads_no_jieba_cache_and_nothing_it_does_not_use(tmp_path: Path) -> None:
    """A fresh `kinema plan` of a Chinese prompt, dailies on, neither builds nor reads jieba's
    dictionary cache (a user's first run and CI have none), and
    imports nothing a plan does not use."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    out = tmp_path / "film.yaml"
    run = subprocess.run([sys.executable, "-c", _RUN, "一位老人在雾中的公园里打太极", str(out)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert out.exists() and not list(tmp_path.glob("jieba*")), sorted(p.name for p in tmp_path.iterdir())
    modules = set(run.stdout.splitlines()[-1].split())
    assert "kinema.plan.dailies" in modules
    assert not [m for m in NOT_IMPORTED if m in modules]
