"""Seeded randomness that depends only on names, never on call order across modules."""

from __future__ import annotations

import hashlib

import numpy as np


def derive(seed: int, *names: str | int) -> int:
    h = hashlib.blake2b(digest_size=8)
    h.update(str(seed).encode())
    for n in names:
        h.update(b"\x00" + str(n).encode())
    return int.from_bytes(h.digest(), "little")


def rng(seed: int, *names: str | int) -> np.random.Generator:
    return np.random.default_rng(derive(seed, *names))
