"""Build the planner's jieba dictionary (src/kinema/plan/data/jieba_words.bin, plan/segmenter.py):
jieba's own prefix dictionary with every word the planner adds, as a sorted word list and a
frequency array that a cold `kinema plan` loads in a few hundredths of a second.

    .venv/bin/python tools/build_segmenter.py            # writes the file
    .venv/bin/python tools/build_segmenter.py --check    # exit 1 if the committed file is stale

Run it after a change to the planner's tables or the open vocabulary (`make lexicon` does); a
stale file is never used (its fingerprint no longer matches), only slower. Deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kinema.plan import segmenter
from kinema.plan.parse import added_words

OUT = Path(__file__).resolve().parents[1] / "src" / "kinema" / "plan" / segmenter.DATA


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = ap.parse_args()
    data = segmenter.build(added_words())
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != data:
            sys.exit(f"{OUT} is stale: run tools/build_segmenter.py")
        print(f"{OUT}: up to date")
        return
    OUT.write_bytes(data)
    print(f"wrote {OUT}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
