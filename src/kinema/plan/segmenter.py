"""jieba with the planner's words in it, its prefix dictionary pre-built and shipped
(data/jieba_words.bin, built by tools/build_segmenter.py).

jieba builds its prefix dictionary (about 500,000 entries) from dict.txt on first use and caches
it in the temp folder as a marshal dump; building or loading it, 0.6 s either way, and adding the
planner's 27,000 words was a third of a cold Chinese `kinema plan`. Here the finished
dictionary is a sorted word list and a frequency array that load in a few hundredths of a second
and answer jieba's two questions by binary search: is this fragment the start of a word, and what
is a word's frequency. The cut is the same: the file holds exactly what jieba plus the planner's
`add_word` calls hold, and is used only while its fingerprint (jieba's version, its dict.txt, every
added word and frequency in order) matches; otherwise jieba is built the slow way.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources

import jieba

DATA = "data/jieba_words.bin"
FORMAT = 1


def fingerprint(added: Sequence[tuple[str, int]]) -> str:
    """What the dictionary is made of: jieba's own and the added words, in the order added."""
    h = hashlib.sha256(f"kinema-jieba {FORMAT} {jieba.__version__} {_dict_size()}\n".encode())
    for word, freq in added:
        h.update(f"{word}\t{freq}\n".encode())
    return h.hexdigest()


def _dict_size() -> int:
    return os.path.getsize(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"))


class Words(Mapping[str, int]):
    """jieba's FREQ, read-only: every word and every prefix of one is a key, a prefix that is no
    word at 0. Keeps only the words (sorted): a fragment is a key when the first word not below
    it starts with it."""

    def __init__(self, words: list[str], freqs: array[int]) -> None:
        self.words, self.freqs = words, freqs

    def _find(self, frag: str) -> int | None:
        """The frequency of frag, 0 for a prefix only, None when no word starts with it."""
        i = bisect_left(self.words, frag)
        if i == len(self.words):
            return None
        w = self.words[i]
        if w == frag:
            return int(self.freqs[i])
        return 0 if w.startswith(frag) else None

    def __contains__(self, frag: object) -> bool:
        return isinstance(frag, str) and self._find(frag) is not None

    def __getitem__(self, frag: str) -> int:
        f = self._find(frag)
        if f is None:
            raise KeyError(frag)
        return f

    def get(self, frag: str, default: int | None = None) -> int | None:  # type: ignore[override]
        f = self._find(frag)
        return default if f is None else f

    def __iter__(self) -> Iterator[str]:  # the words only, not their bare prefixes
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)


def slow(added: Sequence[tuple[str, int]]) -> jieba.Tokenizer:
    """jieba built its own way (dict.txt or its temp-folder cache), the words added one by one."""
    jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter would reach the CLI's stderr
    tok = jieba.Tokenizer()
    for word, freq in added:
        tok.add_word(word, freq=freq)
    tok.initialize()
    return tok


def build(added: Sequence[tuple[str, int]]) -> bytes:
    """The file's bytes: a JSON head, the words, their frequencies (uint32, little-endian)."""
    tok = slow(added)
    freq: dict[str, int] = tok.FREQ
    keys = sorted(freq)
    # A key with no frequency that starts another key is a bare prefix: the search finds it.
    kept = [k for i, k in enumerate(keys)
            if freq[k] or i + 1 == len(keys) or not keys[i + 1].startswith(k)]
    freqs = array("I", (freq[k] for k in kept))
    if sys.byteorder == "big":
        freqs.byteswap()
    head = {"format": FORMAT, "fingerprint": fingerprint(added), "total": tok.total, "words": len(kept)}
    payload = json.dumps(head, sort_keys=True).encode() + b"\0" + "\n".join(kept).encode() + b"\0"
    return zlib.compress(payload + freqs.tobytes(), 9)


def read(data: bytes) -> tuple[dict[str, object], Words]:
    head_b, words_b, freqs_b = zlib.decompress(data).split(b"\0", 2)
    head: dict[str, object] = json.loads(head_b)
    freqs = array("I")
    freqs.frombytes(freqs_b)
    if sys.byteorder == "big":
        freqs.byteswap()
    words = words_b.decode("utf-8").split("\n")
    if len(words) != len(freqs) or freqs.itemsize != 4:
        raise ValueError("a damaged segmenter dictionary")
    return head, Words(words, freqs)


def tokenizer(added: Sequence[tuple[str, int]]) -> jieba.Tokenizer:
    """jieba knowing the added words: from the shipped file when it was built from these words
    and this jieba, else the slow way."""
    try:
        head, words = read(resources.files("kinema.plan").joinpath(DATA).read_bytes())
        fresh = head.get("fingerprint") == fingerprint(added) and isinstance(head.get("total"), int)
    except (OSError, ValueError, zlib.error):
        fresh = False
    if not fresh:
        return slow(added)
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total, tok.initialized = words, head["total"], True
    return tok
