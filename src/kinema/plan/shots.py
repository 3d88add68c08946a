"""Shot design with film grammar: establish wide, move in to a close-up, cover an interaction with
a two-shot and reaction shots; an explicit request (a size sequence, a single take) wins."""

from __future__ import annotations

from dataclasses import dataclass

from kinema.screenplay.model import CameraMove, Shot, ShotSize, Transition

MIN_SHOT, MAX_SHOT, TARGET_SHOT = 2.0, 12.0, 7.5
UNIT = 0.125  # durations are whole eighths of a second: their sums are exact in binary floats
LADDER = (ShotSize.EXTREME_WIDE, ShotSize.WIDE, ShotSize.FULL, ShotSize.MEDIUM, ShotSize.MEDIUM_CLOSE,
          ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP)
# Wider shots hold longer: the eye needs time to read a landscape.
_WEIGHT = {ShotSize.EXTREME_WIDE: 1.3, ShotSize.WIDE: 1.2, ShotSize.FULL: 1.0, ShotSize.MEDIUM: 0.9,
           ShotSize.MEDIUM_CLOSE: 0.85, ShotSize.CLOSE_UP: 1.0, ShotSize.EXTREME_CLOSE_UP: 0.8}


@dataclass(frozen=True)
class Coverage:
    duration: float
    subjects: list[str]  # everyone the scene shows, primary first
    primary: str
    requested: list[ShotSize]  # sizes named in the prompt, in order
    single_take: bool
    moving: bool  # the subject travels: follow it
    interaction: bool  # two or more actors act on each other
    vast: bool  # a big landscape: establish extreme-wide
    first_transition: Transition


def shot_count(duration: float) -> int:
    lo = max(1, -int(-duration // MAX_SHOT))
    hi = max(lo, int(duration // MIN_SHOT))
    return max(lo, min(hi, round(duration / TARGET_SHOT)))


def _ramp(first: ShotSize, last: ShotSize, n: int) -> list[ShotSize]:
    a, b = LADDER.index(first), LADDER.index(last)
    if n == 1:
        return [last]
    idx = [round(a + (b - a) * k / (n - 1)) for k in range(n)]
    # Two cuts of the same size are a jump cut: step the repeat one size away.
    for k in range(1, n - 1):
        if idx[k] == idx[k - 1]:
            step = 1 if b >= a else -1
            alt = idx[k] - step if 0 <= idx[k] - step < len(LADDER) and idx[k] - step != idx[k - 1] else idx[k]
            idx[k] = alt if alt != idx[k - 1] else min(len(LADDER) - 1, idx[k] + step)
    return [LADDER[i] for i in idx]


def durations(total: float, weights: list[float]) -> list[float]:
    """Split total over the shots by weight, in whole units, each within 2–12 s where it can be."""
    units = round(total / UNIT)
    share = [w / sum(weights) * units for w in weights]
    lo, hi = round(MIN_SHOT / UNIT), round(MAX_SHOT / UNIT)
    parts = [min(hi, max(lo, round(s))) if units >= lo * len(weights) else max(1, round(s)) for s in share]
    # Hand the rounding remainder to the shots that can still take it, widest first.
    k = 0
    while sum(parts) != units and k < 10 * units:
        j = k % len(parts)
        diff = units - sum(parts)
        if diff > 0 and parts[j] < hi:
            parts[j] += 1
        elif diff < 0 and parts[j] > max(1, lo if units >= lo * len(parts) else 1):
            parts[j] -= 1
        k += 1
    out = [p * UNIT for p in parts[:-1]]
    out.append(total - sum(out))  # exact when total is a whole number of units
    return out


def design(cov: Coverage, id_prefix: str) -> list[Shot]:
    if cov.single_take:
        return [Shot(id=f"{id_prefix}-1", duration=cov.duration, size=ShotSize.FULL, subjects=cov.subjects,
                     move=CameraMove.TRACK, transition=cov.first_transition,
                     description="one continuous take, tracking the subject")]
    n = shot_count(cov.duration)
    first = cov.requested[0] if cov.requested else (ShotSize.EXTREME_WIDE if cov.vast else ShotSize.WIDE)
    last = cov.requested[-1] if len(cov.requested) > 1 else ShotSize.CLOSE_UP
    if len(cov.requested) == 1 and n > 1:
        first = cov.requested[0]
    sizes = _ramp(first, last, n)
    if len(cov.requested) > 2 and n >= len(cov.requested):
        sizes[: len(cov.requested)] = cov.requested  # a longer list of sizes is followed as written
    others = [s for s in cov.subjects if s != cov.primary]
    shots: list[Shot] = []
    lengths = durations(cov.duration, [_WEIGHT[s] for s in sizes])
    for k, (size, length) in enumerate(zip(sizes, lengths, strict=True)):
        subjects = list(cov.subjects)
        desc = "establishing shot" if k == 0 else ""
        if cov.interaction and others and 0 < k < n - 1 and LADDER.index(size) >= 3:
            # Coverage of an interaction: a two-shot, then reaction shots alternating.
            turn = (k - 1) % 3
            subjects = [cov.primary, others[0]] if turn == 0 else [cov.primary] if turn == 1 else [others[0]]
            desc = "two-shot" if turn == 0 else "reaction shot"
        elif LADDER.index(size) >= 3:
            subjects = [cov.primary]
        if k == 0:
            move = CameraMove.STATIC
        elif cov.moving and LADDER.index(size) <= 3:
            move = CameraMove.TRACK
        elif size in (ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP) and k == n - 1:
            move = CameraMove.PUSH_IN
        else:
            move = CameraMove.STATIC
        transition = cov.first_transition if k == 0 else Transition.CUT
        shots.append(Shot(id=f"{id_prefix}-{k + 1}", duration=length, size=size, subjects=subjects, move=move,
                          transition=transition, description=desc))
    return shots
