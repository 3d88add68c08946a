"""Frame spans that cross a shot boundary are left out of the motion measures."""

from __future__ import annotations

from collections.abc import Sequence


def crosses(first: int, last: int, boundaries: Sequence[int]) -> bool:
    """Whether frames first..last straddle a boundary (the first frame of a new shot)."""
    return any(first < b <= last for b in boundaries)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None
